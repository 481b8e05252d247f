package cooperation

import "fmt"

// ID identifies an entity of a [Dataset]: an actor, agreement, initiative,
// event or source. IDs are stable ASCII slugs, unique across all kinds in a
// dataset: one to 128 bytes of lower-case letters a-z, digits 0-9 and
// hyphens, starting with a letter or digit, with no hyphen at the end and no
// two hyphens in a row ("cn", "mm-04-government", "clmv-emm-13").
//
// The zero ID is the empty string and means "no reference".
type ID string

// maxIDLen is the longest ID accepted, in bytes.
const maxIDLen = 128

// ParseID checks that s is a valid ID and returns it as one.
// The error, if any, is a *[ParseError] of Type "ID".
func ParseID(s string) (ID, error) {
	if err := checkID(s); err != nil {
		return "", err
	}
	return ID(s), nil
}

// Valid reports whether id is a syntactically valid, non-empty ID.
func (id ID) Valid() bool { return checkID(string(id)) == nil }

func checkID(s string) error {
	switch {
	case s == "":
		return &ParseError{Type: "ID", Input: s, Offset: 0, Reason: "empty"}
	case len(s) > maxIDLen:
		return &ParseError{Type: "ID", Input: s, Offset: maxIDLen, Reason: fmt.Sprintf("longer than %d bytes", maxIDLen)}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-':
			if i == 0 {
				return &ParseError{Type: "ID", Input: s, Offset: i, Reason: "starts with a hyphen"}
			}
			if i == len(s)-1 {
				return &ParseError{Type: "ID", Input: s, Offset: i, Reason: "ends with a hyphen"}
			}
			if s[i-1] == '-' {
				return &ParseError{Type: "ID", Input: s, Offset: i, Reason: "two hyphens in a row"}
			}
		case 'A' <= c && c <= 'Z':
			return &ParseError{Type: "ID", Input: s, Offset: i, Reason: fmt.Sprintf("upper-case letter %q (IDs are lower case)", c)}
		default:
			return &ParseError{Type: "ID", Input: s, Offset: i, Reason: fmt.Sprintf("character %q not allowed (use a-z, 0-9 and -)", c)}
		}
	}
	return nil
}
