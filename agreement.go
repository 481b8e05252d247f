package cooperation

import (
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/internal/enum"
	"github.com/coopframe/cooperation/names"
)

// AgreementKind says what kind of instrument an [Agreement] is.
type AgreementKind uint8

// The kinds of agreement. The zero AgreementKind is invalid. In JSON each
// is its name: "mou", "treaty", "agreement", "protocol", "amendment",
// "exchange-of-notes", "joint-statement", "action-plan",
// "letter-of-intent", "contract".
const (
	AgreementUnknown         AgreementKind = iota // not set: invalid
	AgreementMoU                                  // a memorandum of understanding
	AgreementTreaty                               // a treaty
	AgreementAgreement                            // an agreement
	AgreementProtocol                             // a protocol
	AgreementAmendment                            // an amendment to another agreement
	AgreementExchangeOfNotes                      // an exchange of notes
	AgreementJointStatement                       // a joint statement or declaration
	AgreementActionPlan                           // an action plan agreed between parties
	AgreementLetterOfIntent                       // a letter of intent
	AgreementContract                             // a contract
)

var agreementKinds = enum.Names[AgreementKind]{Type: "AgreementKind", Names: []string{
	"", "mou", "treaty", "agreement", "protocol", "amendment", "exchange-of-notes", "joint-statement",
	"action-plan", "letter-of-intent", "contract",
}}

// String returns the kind's name as used in JSON ("mou").
func (k AgreementKind) String() string { return agreementKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler].
func (k AgreementKind) MarshalText() ([]byte, error) { return marshalEnum(agreementKinds, k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *AgreementKind) UnmarshalText(b []byte) error { return unmarshalEnum(agreementKinds, b, k) }

// Scope says how many sides an agreement has.
type Scope uint8

// The scopes. The zero Scope is "unspecified" and is left out of JSON; the
// others are "bilateral", "multilateral" and "regional".
const (
	ScopeUnspecified  Scope = iota
	ScopeBilateral          // exactly two sides; validation checks it
	ScopeMultilateral       // more than two sides
	ScopeRegional           // a regional agreement (multilateral within a region)
)

var scopes = enum.Names[Scope]{Type: "Scope", Names: []string{"", "bilateral", "multilateral", "regional"}}

// String returns the scope's name as used in JSON.
func (s Scope) String() string { return scopes.String(s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Scope) MarshalText() ([]byte, error) { return marshalEnum(scopes, s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Scope) UnmarshalText(b []byte) error { return unmarshalEnum(scopes, b, s) }

// Binding says whether an agreement creates legal obligations.
type Binding uint8

// The values of Binding. The zero Binding is "not stated" and is left out
// of JSON; the others are "binding" and "non-binding".
const (
	BindingUnstated   Binding = iota
	BindingBinding            // legally binding (treaties, most agreements)
	BindingNonBinding         // not binding (most MoUs, joint statements)
)

var bindings = enum.Names[Binding]{Type: "Binding", Names: []string{"", "binding", "non-binding"}}

// String returns the value's name as used in JSON.
func (b Binding) String() string { return bindings.String(b) }

// MarshalText implements [encoding.TextMarshaler].
func (b Binding) MarshalText() ([]byte, error) { return marshalEnum(bindings, b) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (b *Binding) UnmarshalText(t []byte) error { return unmarshalEnum(bindings, t, b) }

// Agreement is an instrument two or more parties conclude: a memorandum, a
// treaty, a joint statement. Its status at any date is derived from its
// dates by [Agreement.StatusAt], never stored.
type Agreement struct {
	ID      ID            `json:"id"`
	Kind    AgreementKind `json:"kind"`
	Names   names.Names   `json:"names"`
	Scope   Scope         `json:"scope,omitempty"`
	Binding Binding       `json:"binding,omitempty"`
	Parties []Party       `json:"parties"`
	// Signatories are the persons who signed, each for a party.
	Signatories []Signatory `json:"signatories,omitempty"`
	// Adopted is when an agreement that is adopted rather than signed (a
	// declaration or joint statement adopted at a meeting) was adopted.
	Adopted edtf.Date `json:"adopted,omitzero"`
	// Signed, InForce and Ended are when the agreement was signed, took
	// effect and ended. An agreement effective on signature has InForce
	// equal to Signed.
	Signed    edtf.Date `json:"signed,omitzero"`
	InForce   edtf.Date `json:"in_force,omitzero"`
	Ended     edtf.Date `json:"ended,omitzero"`
	EndReason string    `json:"end_reason,omitempty"`
	// Inferred marks dates reconstructed from context.
	Inferred bool `json:"inferred,omitempty"`
	// Amends is the agreement this one amends.
	Amends ID `json:"amends,omitempty"`
	// Identifiers are the agreement's IDs in other systems: a UN Treaty
	// Series registration number, a HUGGO manyID.
	Identifiers []Identifier `json:"identifiers,omitempty"`
	// Place is where it was signed; Event the event at which it was signed.
	Place       ID           `json:"place,omitempty"`
	Event       ID           `json:"event,omitempty"`
	Initiatives []ID         `json:"initiatives,omitempty"`
	Sectors     []Sector     `json:"sectors,omitempty"`
	Topics      []string     `json:"topics,omitempty"`
	Commitments []Commitment `json:"commitments,omitempty"`
	Targets     []Target     `json:"targets,omitempty"`
	Amounts     []Amount     `json:"amounts,omitempty"`
	// Claims are values of this agreement's fields that sources state
	// differently from the fields above, or dispute ([Claim]).
	Claims  []Claim `json:"claims,omitempty"`
	Note    string  `json:"note,omitempty"`
	Sources []ID    `json:"sources,omitempty"`
}

// PartyRole is a party's role in an agreement.
type PartyRole uint8

// The party roles. In JSON each is its name: "party", "guarantor",
// "witness", "depositary", "acceding".
const (
	PartyRoleParty      PartyRole = iota // a party bound by or agreeing to the instrument (the zero role)
	PartyRoleGuarantor                   // a guarantor
	PartyRoleWitness                     // a witness
	PartyRoleDepositary                  // the depositary
	PartyRoleAcceding                    // a party that acceded after signature
)

var partyRoles = enum.Names[PartyRole]{Type: "PartyRole", Names: []string{"party", "guarantor", "witness", "depositary", "acceding"}}

// String returns the role's name as used in JSON.
func (r PartyRole) String() string { return partyRoles.String(r) }

// MarshalText implements [encoding.TextMarshaler].
func (r PartyRole) MarshalText() ([]byte, error) { return marshalEnum(partyRoles, r) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *PartyRole) UnmarshalText(b []byte) error { return unmarshalEnum(partyRoles, b, r) }

// Instrument is the kind of instrument by which a party became bound by an
// agreement: one of the means of consent the Vienna Convention on the Law
// of Treaties (1969, arts. 11-16) names, or one of the two by which a new
// state is bound by its predecessor's treaty. [Party.Instrument] holds it
// and [Party.Ratified] the instrument's date.
//
// Succession and continued application are kinds of instrument, not party
// roles: a state bound by either is a party like any other (its Role stays
// PartyRoleParty, so it counts among the agreement's sides), and it is
// bound from its predecessor's date or its own independence, which is
// often before the date of the instrument (Joined before Ratified).
type Instrument uint8

// The kinds of instrument. The zero Instrument is "not stated" and is left
// out of JSON; the others are "ratification", "acceptance", "approval",
// "accession", "succession" and "continued-application".
const (
	InstrumentUnstated             Instrument = iota // not stated
	InstrumentRatification                           // ratification of a signature
	InstrumentAcceptance                             // acceptance, with the effect of ratification
	InstrumentApproval                               // approval, with the effect of ratification
	InstrumentAccession                              // accession by a party that did not sign (its Role is then usually PartyRoleAcceding)
	InstrumentSuccession                             // a notification of succession by a new state to its predecessor's treaty (Vienna Convention on Succession of States in respect of Treaties, 1978, art. 17)
	InstrumentContinuedApplication                   // a declaration by a new state that its predecessor's treaty continues to apply to it (the Czech Republic and Slovakia in 1993)
)

var instruments = enum.Names[Instrument]{Type: "Instrument", Names: []string{
	"", "ratification", "acceptance", "approval", "accession", "succession", "continued-application",
}}

// String returns the instrument's name as used in JSON ("continued-application").
func (i Instrument) String() string { return instruments.String(i) }

// MarshalText implements [encoding.TextMarshaler].
func (i Instrument) MarshalText() ([]byte, error) { return marshalEnum(instruments, i) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (i *Instrument) UnmarshalText(b []byte) error { return unmarshalEnum(instruments, b, i) }

// Party is an actor party to an agreement, with its own dates where they
// differ from the agreement's: a multilateral treaty enters into force for
// each party on its own date, and a party may withdraw and join again.
// [Agreement.StatusFor], [Agreement.PeriodsFor], [Dataset.ActiveAt] and
// the timeline read them. A party is an original party unless its Role is
// PartyRoleAcceding: an original party signed (or adopted) the agreement
// with the others, on the agreement's date unless it has a Signed of its
// own. A party is a state, subdivision, city, government body, party or
// party organ, intergovernmental organisation, grouping, company,
// association, university or medium; not a person, a venue or a
// collectively named group, whose members are the parties (rule
// party.kind).
type Party struct {
	Actor ID        `json:"actor"`
	Role  PartyRole `json:"role,omitempty"`
	// Instrument is the kind of instrument by which the party became
	// bound (ratification, accession, succession ...), when known.
	Instrument Instrument `json:"instrument,omitempty"`
	// Signed is when the party signed, when it differs from the
	// agreement's signature (a multilateral treaty open for signature).
	Signed edtf.Date `json:"signed,omitzero"`
	// Ratified is when the party consented to be bound: the date of its
	// instrument of ratification, acceptance, approval or accession, or of
	// its notification of succession or declaration of continued
	// application (Instrument says which, when known).
	Ratified edtf.Date `json:"ratified,omitzero"`
	// Joined is when the agreement took effect for this party, when that
	// differs from the agreement's own dates (a later ratification or
	// accession).
	Joined edtf.Date `json:"joined,omitzero"`
	// Left is when the party withdrew or ceased to be one (the German
	// Democratic Republic on 1990-10-03).
	Left edtf.Date `json:"left,omitzero"`
	// Rejoined lists the later periods the agreement was in force for a
	// party that left and joined again, in order, each an EDTF interval
	// ("2016-03-01/2019-05-31", or "2021-02-01/.." while it lasts).
	Rejoined []edtf.Date `json:"rejoined,omitempty"`
}

// Signatory is a person who signed an agreement for a party, with the post
// they held that day.
type Signatory struct {
	Person ID     `json:"person"`
	For    ID     `json:"for"`
	Post   string `json:"post,omitempty"`
}

// Status is the stage an agreement is at on a given date, as a whole
// ([Agreement.StatusAt]) or for one of its parties ([Agreement.StatusFor]).
type Status uint8

// The statuses, in the order an agreement or a party passes through
// them. Status is derived, never stored; in text each is its name in
// lower case with hyphens: "unknown", "not-signed", "adopted", "signed",
// "ratified", "in-force", "withdrawn", "ended".
const (
	StatusUnknown   Status = iota // no dates to judge by, or an actor that is not a party
	StatusNotSigned               // before adoption or signature
	StatusAdopted                 // adopted (a declaration adopted at a meeting), not signed
	StatusSigned                  // signed, not (known to be) ratified or in force
	StatusRatified                // ratified, accepted, approved or acceded to by the party, not (known to be) in force for it
	StatusInForce                 // in force (for the party: from its own entry into force, and again in each Rejoined period)
	StatusWithdrawn               // the party withdrew (Party.Left, or the end of a Rejoined period)
	StatusEnded                   // ended (terminated, expired, superseded)
)

var statuses = enum.Names[Status]{Type: "Status", Names: []string{
	"unknown", "not-signed", "adopted", "signed", "ratified", "in-force", "withdrawn", "ended",
}}

// String returns the status's name.
func (s Status) String() string { return statuses.String(s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Status) MarshalText() ([]byte, error) { return marshalEnum(statuses, s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Status) UnmarshalText(b []byte) error { return unmarshalEnum(statuses, b, s) }

// Certainty says how sure a derived answer is, given EDTF bounds.
type Certainty uint8

// The certainties. In text each is its name: "certain", "possible".
const (
	CertaintyCertain  Certainty = iota // true whatever the exact dates within their bounds
	CertaintyPossible                  // true for some dates within the bounds, not for all
)

var certainties = enum.Names[Certainty]{Type: "Certainty", Names: []string{"certain", "possible"}}

// String returns "certain" or "possible".
func (c Certainty) String() string { return certainties.String(c) }

// MarshalText implements [encoding.TextMarshaler].
func (c Certainty) MarshalText() ([]byte, error) { return marshalEnum(certainties, c) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Certainty) UnmarshalText(b []byte) error { return unmarshalEnum(certainties, b, c) }

// StatusAt returns the agreement's status on date d and how certain it is:
// not signed, adopted (Adopted), signed (Signed), in force (InForce),
// ended (Ended). A stage counts as reached on d when its date's latest day
// is no later than d's earliest day; when a later stage's date may also
// have been reached, the result is the stage certainly reached, with
// CertaintyPossible. A date with claims ([Agreement.Claims]: "in_force"
// stated otherwise by another source) is possibly any of its values: it
// is reached certainly when all of them are, possibly when any may be. A
// zero d gives StatusUnknown, and so does an agreement without a date of
// adoption, signature or entry into force, until its end if it has one.
// For one party's status, see [Agreement.StatusFor].
func (a *Agreement) StatusAt(d edtf.Date) (Status, Certainty) {
	w, ok := newStageWalk(d)
	if !ok {
		return StatusUnknown, CertaintyPossible
	}
	w.add(stageOf(a.Adopted, a.Claims, field("adopted")), StatusAdopted)
	w.add(stageOf(a.Signed, a.Claims, field("signed")), StatusSigned)
	w.add(stageOf(a.InForce, a.Claims, field("in_force")), StatusInForce)
	w.add(stageOf(a.Ended, a.Claims, field("ended")), StatusEnded)
	return w.result()
}

// stage is when a stage of an agreement's life was reached: on some day
// in [lo, hi] (minDay, maxDay: no bound), or, when ok is false, never
// (the agreement has no such date).
type stage struct {
	lo, hi edtf.Day
	ok     bool
}

// stageOf returns the stage a date field gives: the union of its values
// with the claims on it counted ([claimedDate]). A field some value of
// which is empty (a claim that it has no value) is possibly never
// reached, so never certainly.
func stageOf(v edtf.Date, cs []Claim, path fieldPath) stage {
	c := claimedDate(v, cs, path, pointSpan)
	if !c.set {
		return stage{}
	}
	s := stage{lo: c.lo, hi: c.hi, ok: true}
	if c.unset {
		s.hi = maxDay
	}
	return s
}

// later returns the stage reached when both x and y are (the later of
// two dates); either alone when the other is missing.
func later(x, y stage) stage {
	switch {
	case !x.ok:
		return y
	case !y.ok:
		return x
	}
	return stage{lo: max(x.lo, y.lo), hi: max(x.hi, y.hi), ok: true}
}

// earlier returns the stage reached when either x or y is (the earlier
// of two dates); either alone when the other is missing.
func earlier(x, y stage) stage {
	switch {
	case !x.ok:
		return y
	case !y.ok:
		return x
	}
	return stage{lo: min(x.lo, y.lo), hi: min(x.hi, y.hi), ok: true}
}

// stageWalk walks the stages of an agreement, or of a party to it, in
// order, and tells the stage reached on a date: the last stage certainly
// reached, possibly followed by one that may have been. StatusAt and
// StatusFor share it.
type stageWalk struct {
	dlo, dhi edtf.Day
	reached  Status
	maybe    bool // a stage after reached may have been reached
	started  bool // some stage of adoption, signature, ratification or entry into force has a date
}

// newStageWalk starts a walk for date d; it reports false for a zero d.
func newStageWalk(d edtf.Date) (stageWalk, bool) {
	if d.IsZero() {
		return stageWalk{}, false
	}
	w := stageWalk{dlo: minDay, dhi: maxDay}
	if lo, ok := d.Earliest(); ok {
		w.dlo = lo
	}
	if hi, ok := d.Latest(); ok {
		w.dhi = hi
	}
	return w, true
}

// add walks past stage st, which gives status s when reached.
func (w *stageWalk) add(st stage, s Status) {
	if !st.ok {
		return
	}
	if s <= StatusInForce {
		w.started = true
	}
	switch {
	case st.hi <= w.dlo:
		w.reached, w.maybe = s, false
	case st.lo <= w.dhi:
		w.maybe = true
	}
}

// result returns the status reached and how certain it is.
func (w *stageWalk) result() (Status, Certainty) {
	switch {
	case w.reached != StatusUnknown && !w.maybe:
		return w.reached, CertaintyCertain
	case w.reached != StatusUnknown:
		return w.reached, CertaintyPossible
	case !w.started:
		return StatusUnknown, CertaintyPossible
	case w.maybe:
		return StatusNotSigned, CertaintyPossible
	}
	return StatusNotSigned, CertaintyCertain
}
