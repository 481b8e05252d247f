package cooperation

import (
	"fmt"
	"strconv"
)

// enum holds the names of one enumerated type, indexed by value, and gives
// every enum in the package the same String and text-marshalling behaviour:
// an unknown value or name is an error, never a silent default.
type enum[T ~uint8] struct {
	typ   string   // the Go type name, for messages
	names []string // names[v] is the text of value v
}

// String returns the name of v, or "Type(n)" for an unknown value.
func (e enum[T]) String(v T) string {
	if int(v) < len(e.names) {
		return e.names[v]
	}
	return e.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Marshal returns the name of v; an unknown value is an error.
func (e enum[T]) Marshal(v T) ([]byte, error) {
	if int(v) >= len(e.names) {
		return nil, fmt.Errorf("cooperation: unknown %s %d", e.typ, uint8(v))
	}
	return []byte(e.names[v]), nil
}

// Unmarshal sets *v to the value named b; an unknown name is an *EnumError.
func (e enum[T]) Unmarshal(b []byte, v *T) error {
	for i, s := range e.names {
		if s == string(b) {
			*v = T(i)
			return nil
		}
	}
	return &EnumError{Type: e.typ, Value: string(b), Known: e.names}
}

// EnumError reports text that is not a known value of an enumerated type.
type EnumError struct {
	Type  string   // the Go type, such as "ActorKind"
	Value string   // the text given
	Known []string // the accepted values
}

// Error returns the message, prefixed with the package name.
func (e *EnumError) Error() string {
	return fmt.Sprintf("cooperation: unknown %s %q (known: %v)", e.Type, e.Value, e.Known)
}

func quote(s string) string { return strconv.Quote(s) }
