// Package wipo imports the party-level membership of the treaties the
// World Intellectual Property Organization administers, as published by
// datahub.io's core dataset membership-to-copyright-treaties (from WIPO's
// treaty tables, https://www.wipo.int/treaties/en/; ODC-PDDL-1.0), into a
// [cooperation.Dataset]. Every value it cannot carry over is reported as a
// [cooperation.Problem] located by file, line and column, never dropped or
// guessed, and a [Ledger] counts both, cell by cell.
//
// # What is carried
//
// The file has six columns: Contracting Party, Treaty, Signature Date,
// Instrument Type, Instrument Date and Entry Into Force Date, in any order.
// Each distinct Treaty becomes one agreement: kind treaty, scope
// multilateral, its ID [cooperation.IDFrom] of the Treaty value ("Berne"
// is "berne", "WIPO Copyright Treaty (WCT)" "wipo-copyright-treaty-wct"),
// the value its one name (English, kind short), citing [Source]. The file
// gives no dates for a treaty as a whole, so the agreements have none.
//
// Each row becomes one [cooperation.Party] of its treaty: Signature Date
// is its Signed, Instrument Date its Ratified, Entry Into Force Date its
// Joined, each an EDTF date as written. Instrument Type is its
// [cooperation.Instrument]:
//
//	Ratification                            InstrumentRatification
//	Acceptance                              InstrumentAcceptance
//	Approval                                InstrumentApproval
//	Accession                               InstrumentAccession, and Role PartyRoleAcceding
//	Declaration/Notification of Succession  InstrumentSuccession
//	Declaration of Continued Application    InstrumentContinuedApplication
//
// The issue asked that continued application and succession "get roles of
// their own"; they get instruments of their own. A successor or continuing
// state is bound like any other party, so its PartyRole stays
// PartyRoleParty and it counts among the treaty's sides; only an
// accession, by a state that did not sign, makes an acceding party, as in
// package huggo. WIPO dates a succession's entry into force from the new
// state's independence, so its Joined often precedes its Ratified; that
// is kept as found.
//
// # Parties' names
//
// Contracting Party is a name, without a code. Four are the
// intergovernmental organisations that are parties (the European Union,
// the European Patent Organisation, the African Intellectual Property
// Organization and the Benelux Organization for Intellectual Property):
// each becomes an actor of kind IGO, with its name and its acronym (the
// part in brackets) as names and the acronym folded as its ID ("eu").
// Every other name is matched, folded as [names.Fold] folds it, against
// the names of every ISO 3166-1 country in every language x/text has
// display names in ([statename.Names]): "Viet Nam" and "Cabo Verde" match
// by their Vietnamese and Portuguese names. Two forms are also tried: "&"
// in an English name read as "and" (CLDR's "Antigua & Barbuda"), and a
// name in the UN's inverted form, "Iran (Islamic Republic of)", by the
// part before the brackets. A match must be to exactly one country. The
// state's actor has the lower-case alpha-2 code as ID ("fr"), the code as
// Country, the file's name (English, kind short) and x/text's English name
// when it differs.
//
// A name that matches no country, or more than one ("Republic of Korea",
// "Russian Federation": x/text has "South Korea" and "Russia"), is
// reported on every row with rule region.unknown: the actor is a state
// without a country code, its ID [cooperation.IDFrom] of the name, and
// validation then reports region.missing for it. No name is matched by
// similarity.
//
// # What is reported
//
//   - a date that is not EDTF: rule date.syntax, the date left empty;
//   - an Instrument Type not in the table above: rule enum.unknown (a
//     warning), the instrument left unstated;
//   - a name that is no state x/text knows: rule region.unknown, as above;
//   - a row without a Treaty or a Contracting Party: rule required, the row
//     not imported;
//   - a row with more or fewer fields than the header: rule record.fields,
//     the row not imported, its fields given in the message.
//
// The rows after a reported one are read. A byte-order mark before the
// header is dropped. A header without one of the six columns, with another
// column or with one twice stops the import with a *FileError, as does a
// file that is not CSV, and one over Importer.MaxBytes (ErrTooLarge).
//
// # The ledger
//
// A data cell is empty when it holds only white space. For every file,
// the non-empty cells read equal the cells carried into a typed field, a
// name or a reference plus the cells reported: a problem names one cell,
// except that one record.fields or required problem stands for every
// non-empty cell of its row. [Ledger] gives the counts, per rule for the
// reported cells. A cell whose value also reaches the dataset (the name of
// an unknown state) counts as reported, not carried. Header cells are not
// counted.
//
// Everything else the model checks (a party listed twice, invalid UTF-8
// in a name, a signature after the ratification) is left to
// [cooperation.Dataset.Validate], which the caller runs on the result.
package wipo
