// Package enum gives the enumerated types of this module one behaviour for
// String and text marshalling: a value is its index into a list of names,
// and an unknown value or name is an error, never a silent default. Each
// public package wraps the failure in its own parse error.
package enum

import "strconv"

// Names holds the names of one enumerated type T, indexed by value.
type Names[T ~uint8] struct {
	Type  string   // the Go type name, for messages ("ActorKind")
	Names []string // Names[v] is the text of value v
}

// String returns the name of v, or "Type(n)" for an unknown value.
func (e Names[T]) String(v T) string {
	if int(v) < len(e.Names) {
		return e.Names[v]
	}
	return e.Type + "(" + strconv.Itoa(int(v)) + ")"
}

// Known reports whether v is a value with a name.
func (e Names[T]) Known(v T) bool { return int(v) < len(e.Names) }

// Marshal returns the name of v and reports whether v is known.
func (e Names[T]) Marshal(v T) ([]byte, bool) {
	if int(v) >= len(e.Names) {
		return nil, false
	}
	return []byte(e.Names[v]), true
}

// Parse returns the value named b and reports whether there is one.
func (e Names[T]) Parse(b []byte) (T, bool) {
	for i, s := range e.Names {
		if s == string(b) {
			return T(i), true
		}
	}
	return 0, false
}

// List returns the accepted names, quoted, for messages.
func (e Names[T]) List() string {
	s := ""
	for i, n := range e.Names {
		if n == "" {
			continue
		}
		if s != "" && i > 0 {
			s += ", "
		}
		s += strconv.Quote(n)
	}
	return s
}
