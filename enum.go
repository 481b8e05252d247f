package cooperation

import (
	"fmt"
	"strconv"

	"github.com/coopframe/cooperation/internal/enum"
)

// ParseError reports text that is not a valid value of one of this
// package's types: an [ID], a [Country], a [Clock] or an enumerated value
// such as an [ActorKind]. Type says which; errors.As finds it inside a
// *[DecodeError].
type ParseError struct {
	Type  string // what was parsed: "ID", "Country", "Clock", "ActorKind", ...
	Input string // the text given
	// Offset is the byte offset in Input of the first character that is
	// wrong, or -1 when the text as a whole is (an unknown name or code).
	Offset int
	Reason string
}

// Error returns the message, prefixed with the package name.
func (e *ParseError) Error() string {
	if e.Offset < 0 {
		return fmt.Sprintf("cooperation: invalid %s %q: %s", e.Type, e.Input, e.Reason)
	}
	return fmt.Sprintf("cooperation: invalid %s %q: %s (at byte %d)", e.Type, e.Input, e.Reason, e.Offset)
}

// marshalEnum and unmarshalEnum give every enum of the package the same
// text form: its name, and a *ParseError for an unknown value or name.
func marshalEnum[T ~uint8](e enum.Names[T], v T) ([]byte, error) {
	if b, ok := e.Marshal(v); ok {
		return b, nil
	}
	return nil, &ParseError{Type: e.Type, Input: strconv.Itoa(int(v)), Offset: -1, Reason: "unknown value"}
}

func unmarshalEnum[T ~uint8](e enum.Names[T], b []byte, v *T) error {
	x, ok := e.Parse(b)
	if !ok {
		return &ParseError{Type: e.Type, Input: string(b), Offset: -1, Reason: "want one of " + e.List()}
	}
	*v = x
	return nil
}

func quote(s string) string { return strconv.Quote(s) }
