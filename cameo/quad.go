package cameo

import (
	"github.com/coopframe/cooperation/internal/enum"
)

// QuadClass is one of the four classes CAMEO's event codes are grouped
// into. Its numeric value is GDELT's QuadClass column: 1 to 4.
type QuadClass uint8

// The quad classes. The zero QuadClass is no class. In text each is its
// name: "verbal-cooperation", "material-cooperation", "verbal-conflict",
// "material-conflict".
const (
	QuadNone                QuadClass = iota // no class: invalid
	QuadVerbalCooperation                    // 1: statements, appeals, intents, consultations, diplomatic cooperation
	QuadMaterialCooperation                  // 2: material cooperation, aid, yielding, investigation (as GDELT files 09)
	QuadVerbalConflict                       // 3: demands, disapproval, rejection, threats, protest (as GDELT files 14)
	QuadMaterialConflict                     // 4: force posture, reduced relations, coercion, assault, fighting, mass violence
)

var quadNames = enum.Names[QuadClass]{Type: "QuadClass", Names: []string{
	"", "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict",
}}

// QuadClasses lists the four classes in order.
var QuadClasses = [4]QuadClass{QuadVerbalCooperation, QuadMaterialCooperation, QuadVerbalConflict, QuadMaterialConflict}

// String returns the class's name.
func (q QuadClass) String() string { return quadNames.String(q) }

// IsCooperation reports whether q is verbal or material cooperation.
func (q QuadClass) IsCooperation() bool {
	return q == QuadVerbalCooperation || q == QuadMaterialCooperation
}

// MarshalText implements [encoding.TextMarshaler]; an unknown value is an error.
func (q QuadClass) MarshalText() ([]byte, error) {
	if b, ok := quadNames.Marshal(q); ok {
		return b, nil
	}
	return nil, &ParseError{Type: "QuadClass", Input: q.String(), Reason: "unknown value"}
}

// UnmarshalText implements [encoding.TextUnmarshaler]; "" is QuadNone.
func (q *QuadClass) UnmarshalText(b []byte) error {
	v, ok := quadNames.Parse(b)
	if !ok {
		return &ParseError{Type: "QuadClass", Input: string(b), Reason: "want one of " + quadNames.List()}
	}
	*q = v
	return nil
}
