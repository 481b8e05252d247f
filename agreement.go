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

// Party is an actor party to an agreement. Joined is when a party that was
// not an original signatory joined (accession, ratification), if known.
type Party struct {
	Actor ID        `json:"actor"`
	Role  PartyRole `json:"role,omitempty"`
	// Signed is when the party signed, when it differs from the
	// agreement's signature (a multilateral treaty open for signature).
	Signed edtf.Date `json:"signed,omitzero"`
	// Ratified is when the party consented to be bound: ratification,
	// acceptance, approval or accession.
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

// Status is the stage an agreement is at on a given date.
type Status uint8

// The statuses, in the order an agreement passes through them. In text
// each is its name: "unknown", "not-signed", "signed", "in-force",
// "ended".
const (
	StatusUnknown   Status = iota // the agreement has no dates to judge by
	StatusNotSigned               // before signature
	StatusSigned                  // signed, not (known to be) in force
	StatusInForce                 // in force
	StatusEnded                   // ended (terminated, expired, superseded)
)

var statuses = enum.Names[Status]{Type: "Status", Names: []string{"unknown", "not-signed", "signed", "in-force", "ended"}}

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

// StatusAt returns the agreement's status on date d and how certain it is.
// A stage counts as reached on d when its date's latest day is no later
// than d's earliest day; when a later stage's date may also have been
// reached, the result is the stage certainly reached, with
// CertaintyPossible. A zero d, or an agreement without dates, gives
// StatusUnknown.
func (a *Agreement) StatusAt(d edtf.Date) (Status, Certainty) {
	if d.IsZero() {
		return StatusUnknown, CertaintyPossible
	}
	stages := [...]struct {
		date edtf.Date
		s    Status
	}{{a.Signed, StatusSigned}, {a.InForce, StatusInForce}, {a.Ended, StatusEnded}}
	lo, lok := d.Earliest()
	hi, hok := d.Latest()
	reached := StatusUnknown
	maybe := false
	for _, st := range stages {
		if st.date.IsZero() {
			continue
		}
		sl, slok := st.date.Latest()
		se, seok := st.date.Earliest()
		switch {
		case slok && lok && sl <= lo:
			reached = st.s
			maybe = false
		case !seok || !hok || se <= hi:
			maybe = true
		}
	}
	switch {
	case reached != StatusUnknown && !maybe:
		return reached, CertaintyCertain
	case reached != StatusUnknown:
		return reached, CertaintyPossible
	case a.Signed.IsZero() && a.InForce.IsZero():
		return StatusUnknown, CertaintyPossible
	case maybe:
		return StatusNotSigned, CertaintyPossible
	}
	return StatusNotSigned, CertaintyCertain
}
