package names

import (
	"fmt"
	"strconv"

	"github.com/coopframe/cooperation/internal/enum"
)

// ParseError reports text that is not a known value of one of this
// package's enumerated types ([Kind], [MatchKind], [Order], [IssueKind]).
type ParseError struct {
	Type   string // the Go type, such as "Kind"
	Input  string // the text given
	Reason string
}

// Error returns the message, prefixed with the package name.
func (e *ParseError) Error() string {
	return fmt.Sprintf("names: invalid %s %q: %s", e.Type, e.Input, e.Reason)
}

func marshalEnum[T ~uint8](e enum.Names[T], v T) ([]byte, error) {
	if b, ok := e.Marshal(v); ok {
		return b, nil
	}
	return nil, &ParseError{Type: e.Type, Input: strconv.Itoa(int(v)), Reason: "unknown value"}
}

func unmarshalEnum[T ~uint8](e enum.Names[T], b []byte, v *T) error {
	x, ok := e.Parse(b)
	if !ok {
		return &ParseError{Type: e.Type, Input: string(b), Reason: "want one of " + e.List()}
	}
	*v = x
	return nil
}
