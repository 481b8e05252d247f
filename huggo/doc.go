// Package huggo imports the HUGGO treaty data of the manytreaties project
// (J. Hollway et al., Geneva Graduate Institute; CC BY 4.0) into a
// [cooperation.Dataset]. Every non-empty value of every row is carried
// into a typed field, a name, an identifier or a note, or reported as a
// [cooperation.Problem] located by File, Line and Column (Problem.Path
// stays empty); a [Ledger] per file counts both, cell by cell.
//
// It reads two layouts:
//
//   - the agreements file (HUGGO_clean.csv): one agreement a row. The
//     file has no ID column, so an agreement's ID is "huggo-" and its data
//     row number ("huggo-1" is the first agreement).
//   - membership files (HUGGO_MEM_*.csv): one row a (treaty, state) pair.
//     The rows of one treatyID (manyID in a file without treatyID) are one
//     agreement, each row one party of it, each stateID one actor.
//     Different treaties sharing a manyID (MERCOSUR and an EC–San Marino
//     agreement in the trade file) stay apart. A new agreement's ID is the
//     treatyID in lower case with other characters as "-" ("huggo-" and
//     "intrsc-1972a"). When exactly one row of the agreements file read
//     before has the treaty's Title and Signature, the treaty is that
//     agreement (linked: its parties, identifiers and missing dates are
//     added to it) rather than a copy; an agreement is linked once.
//
// # What is carried where
//
// Agreements file: Title is the English name; TitleAlt an alias (its
// language is not given: validation warns name.language); Signature,
// Force and End are Signed, InForce and Ended; Term is Ended when End is
// empty; Grounds is EndReason; TypeAgree is Kind and TypeAmbit Scope
// (Agreement, Amendment, Protocol, MOU; Bilateral, Multilateral,
// Trilateral as multilateral, Regional); TypeDomain Trade and Health are
// the sectors trade and health; TypeSubject is a topic. Begin equal to
// Signature, and Term equal to End, are carried by those fields.
//
// Membership files: manyID, treatyID (when it differs), gengID, ecolexID,
// ieaID, gptadID and url are the agreement's identifiers, with schemes
// "huggo", "huggo-treaty", "geng", "ecolex", "iea", "gptad" and "url". Of
// the agreement columns every row repeats (Title, Signature, Begin, Force,
// End, Term) the value most rows give is kept, ties to the first; each
// differing cell is reported with rule record.conflict. For a linked
// agreement the agreements file's values are kept and a differing
// membership value is reported the same way.
//
// A row's party signs at stateSignature (StateSignature), consents at
// stateRat (StateRatification), joins at stateForce (StateForce) and
// leaves at stateWithdrawal (StateEnd). stateForce2 to stateWithdrawal2
// (or "..") and stateForce3 on are its Rejoined periods, for a party that
// left. Accession, Acceptance, Succession and Consent date the consent:
// the instrument is accession, acceptance or succession (Consent names
// none), and the day is Ratified when stateRat is empty; on stateRat's day
// they give the instrument; on another day they are reported with rule
// record.conflict, Ratified keeping stateRat. Accession makes the party
// acceding. The trade file's Succession is a flag: 1 is the instrument
// succession. Deposit dates the consent when nothing else does.
// stateForce_ecolex and stateForce_iea equal to stateForce are carried by
// Joined. A different day is another source's account of the party's
// entry into force: it becomes a [cooperation.Claim] on the agreement,
// field "parties[i].joined", citing the source huggo-ecolex or huggo-iea
// (one claim a day, citing both when they agree). Nothing picks one:
// the questions answer "possibly" between the days, and rule
// party.in-force-before-agreement is an error only when every day is
// before the agreement's entry into force.
//
// Everything else (Location, Depository, Published, Secretariat,
// Website, Language, Languages, Text, TextURL, TypeGeo, Coder, Comments
// and Source of the agreements file; Deposit, ProvisionalApp,
// Reservation, stateForce2 of a party that did not leave, Rat=Notif, obsolete, verified, Notes,
// Changes_HUGGO, Verified_HUGGO, Checked_HUGGO and Coder of the
// membership files; a Begin or Term that differs; any column this package
// does not know) is written to the agreement's Note as "column: value",
// one line a value; a membership row's lines are prefixed with its file,
// line and stateID ("HUGGO_MEM_env_reconciled.csv:12 FRA: Coder: Diego").
// The model has no note on a party. Date columns among them are checked
// first, as below.
//
// # States, organisations and subdivisions
//
// A stateID that is an ISO 3166-1 alpha-3 code x/text knows is a state
// with that country code, named by CLDR in English. HUGGO codes states
// with alpha-3 codes, so a two-letter stateID is never read as alpha-2:
// EC is the European Community, not Ecuador. The table codes maps the
// other codes HUGGO uses, each cited to HUGGO's state list, SOURCE.md or
// the trade file's StateName: ALG (Algeria, DZ), KOS (Kosovo, XK), DDR,
// YMD, YUG and SCG (states with their old codes and names), EUE and EUU
// (the European Union), EC (the European Community) and EFTA as IGOs; the
// IGOs the env file writes out (EURATOM, FAO, IAEA, WHO, WMO, each in two
// or three spellings) as one IGO each; Bayern and Baden-Württemberg as the
// subdivisions DE-BY and DE-BW. CSK (Czechoslovakia, ISO 3166-3 CSHH) has
// no ISO 3166-1 code x/text knows: it is a state without a country code,
// reported with rule region.unknown, as is any code neither known nor in
// the table. Every actor keeps its stateIDs as identifiers (scheme
// "huggo-state").
//
// The trade file's StateName is compared, folded, with the actor's names
// and the CLDR names of its country in every language x/text has: equal,
// containing one as whole words ("United States of America") or contained
// in one. A StateName that matches becomes an alias; one that does not
// ("Greece" on a row of TUN, "Russian Federation": CLDR has only the short
// names) is reported with rule region.unknown and not made a name.
//
// # What is reported
//
//   - a date that is not EDTF ("1953-05-5", "1981-09..1981-10",
//     "1971-0706"): rule date.syntax, the date left empty. Dates are EDTF
//     as written; the membership files' dd.mm.yyyy days are converted.
//   - a placeholder for no date, listed once in placeholders (9999-12-31,
//     9999-12-01, 0001-01-01, -001-12-3100..0000..0000): rule
//     date.placeholder, a warning, the date left empty.
//   - a TypeAgree, TypeAmbit or TypeDomain without a counterpart: rule
//     enum.unknown, a warning; a TypeDomain without a built-in sector
//     (Environment, Human Rights, Security, Labour) is kept as a topic.
//   - a stateID or StateName as above: rule region.unknown.
//   - a value other rows of the same treaty, the agreements file, or the
//     party's consent give differently: rule record.conflict, a warning.
//   - a cell that is not valid UTF-8: rule name.utf8 for Title, TitleAlt
//     and StateName, text.utf8 for any other; the value is not imported.
//   - a membership row without a treatyID (or manyID) or stateID: rule
//     required, the row not imported.
//   - a row with more or fewer fields than the header: rule record.fields,
//     the row not imported, its fields given in the message.
//
// The rows after a reported one are read. A byte-order mark before the
// header is dropped. A file that is not CSV, or lacks a needed column,
// stops with a *FileError, as does one over Importer.MaxBytes
// (ErrTooLarge).
//
// # The ledger
//
// A data cell is empty when it holds only white space or HUGGO's (R's)
// "NA". For every file, the non-empty cells read equal the cells carried
// (into a field, a name, an identifier, a reference or a note) plus the
// cells reported: a problem names one cell, except that one record.fields
// or required problem stands for every non-empty cell of its row, and a
// cell with two problems counts under the first. A cell whose value also
// reaches the dataset (an Accession that makes the party acceding, a
// TypeDomain kept as a topic) counts as reported. Header cells are not
// counted.
//
// Everything else the model checks, such as entry into force before
// signature or a party listed twice, is left to
// [cooperation.Dataset.Validate], which the caller runs on the result.
package huggo
