package cameo

import (
	"github.com/coopframe/cooperation/internal/enum"
)

// Plover is one of the 16 event categories of PLOVER.
//
// CAMEO root codes map to categories as the PLOVER manual's table "PLOVER
// equivalents to CAMEO cue categories" gives them (PLOVER_MANUAL.tex in
// https://github.com/openeventdata/PLOVER, commit 5e0c24f; the table
// rootPlover holds it, once):
//
//	01 MAKE PUBLIC STATEMENT             dropped (PloverNone)
//	02 APPEAL                            dropped (PloverNone)
//	03 EXPRESS INTENT TO COOPERATE       AGREE
//	04 CONSULT                           CONSULT
//	05 ENGAGE IN DIPLOMATIC COOPERATION  SUPPORT
//	06 ENGAGE IN MATERIAL COOPERATION    COOPERATE
//	07 PROVIDE AID                       AID
//	08 YIELD, 081 to 083                 CONCEDE
//	08 YIELD, 084 to 087                 RETREAT
//	09 INVESTIGATE                       ACCUSE
//	10 DEMAND                            REQUEST
//	11 DISAPPROVE                        ACCUSE
//	12 REJECT                            REJECT
//	13 THREATEN                          THREATEN
//	14 PROTEST                           PROTEST
//	15 EXHIBIT FORCE POSTURE             MOBILIZE
//	16 REDUCE RELATIONS                  SANCTION
//	17 COERCE                            COERCE
//	18 ASSAULT                           ASSAULT
//	19 FIGHT                             ASSAULT
//	20 USE UNCONVENTIONAL MASS VIOLENCE  ASSAULT
//
// The manual's table gives "FIGHT (see Note 1)" for 20, a category PLOVER
// no longer has; its note makes it a fight with mode unconventional, and
// the repository's CAMEO2PLOVER-2021.txt maps every code under 20 to
// ASSAULT, which this package follows. 080 ("Yield, not specified below")
// is in neither half of 08 and has no category. The manual maps by root
// code only and leaves exceptions to the user; this package makes none.
type Plover uint8

// The PLOVER categories, in the manual's order. The zero Plover is no
// category (a code PLOVER drops). In text each is its name in lower case:
// "agree", "consult", ..., "assault".
const (
	PloverNone      Plover = iota // no category: CAMEO 01, 02 and 080
	PloverAgree                   // AGREE: agree to, offer or promise cooperation
	PloverConsult                 // CONSULT: meet, visit, telephone, mediate, negotiate
	PloverSupport                 // SUPPORT: praise, defend, recognise, sign an agreement
	PloverConcede                 // CONCEDE: verbal concessions
	PloverCooperate               // COOPERATE: material cooperation
	PloverAid                     // AID: provide aid
	PloverRetreat                 // RETREAT: material concessions: release, ease sanctions, withdraw
	PloverRequest                 // REQUEST: requests, demands and orders
	PloverAccuse                  // ACCUSE: accuse, criticise, investigate
	PloverReject                  // REJECT: reject, refuse, defy
	PloverThreaten                // THREATEN: threats
	PloverProtest                 // PROTEST: demonstrations, strikes, riots
	PloverSanction                // SANCTION: reductions of relations
	PloverMobilize                // MOBILIZE: force posture
	PloverCoerce                  // COERCE: coercion, arrests, repression
	PloverAssault                 // ASSAULT: violence
)

var ploverNames = enum.Names[Plover]{Type: "Plover", Names: []string{
	"", "agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request",
	"accuse", "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault",
}}

// rootPlover maps each CAMEO root code but 08 to its PLOVER category (the
// table in the doc of Plover; 08 is split by base code in
// EventCode.Plover).
var rootPlover = [21]Plover{
	1: PloverNone, 2: PloverNone, 3: PloverAgree, 4: PloverConsult, 5: PloverSupport,
	6: PloverCooperate, 7: PloverAid, 9: PloverAccuse, 10: PloverRequest,
	11: PloverAccuse, 12: PloverReject, 13: PloverThreaten, 14: PloverProtest, 15: PloverMobilize,
	16: PloverSanction, 17: PloverCoerce, 18: PloverAssault, 19: PloverAssault, 20: PloverAssault,
}

// String returns the category's name in lower case ("" for PloverNone).
func (p Plover) String() string { return ploverNames.String(p) }

// Quad returns PLOVER's own quad class of the category (the manual's table
// "Quad categories in PLOVER"): AGREE, CONSULT, SUPPORT and CONCEDE are
// verbal cooperation; COOPERATE, AID and RETREAT material cooperation;
// REQUEST, ACCUSE, REJECT, SANCTION and THREATEN verbal conflict; PROTEST,
// MOBILIZE, COERCE and ASSAULT material conflict.
func (p Plover) Quad() QuadClass {
	switch p {
	case PloverAgree, PloverConsult, PloverSupport, PloverConcede:
		return QuadVerbalCooperation
	case PloverCooperate, PloverAid, PloverRetreat:
		return QuadMaterialCooperation
	case PloverRequest, PloverAccuse, PloverReject, PloverSanction, PloverThreaten:
		return QuadVerbalConflict
	case PloverProtest, PloverMobilize, PloverCoerce, PloverAssault:
		return QuadMaterialConflict
	}
	return QuadNone
}

// MarshalText implements [encoding.TextMarshaler]; an unknown value is an error.
func (p Plover) MarshalText() ([]byte, error) {
	if b, ok := ploverNames.Marshal(p); ok {
		return b, nil
	}
	return nil, &ParseError{Type: "Plover", Input: p.String(), Reason: "unknown value"}
}

// UnmarshalText implements [encoding.TextUnmarshaler]; "" is PloverNone.
func (p *Plover) UnmarshalText(b []byte) error {
	v, ok := ploverNames.Parse(b)
	if !ok {
		return &ParseError{Type: "Plover", Input: string(b), Reason: "want one of " + ploverNames.List()}
	}
	*p = v
	return nil
}
