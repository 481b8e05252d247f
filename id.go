package cooperation

import (
	"fmt"
	"strings"

	"github.com/coopframe/cooperation/names"
)

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

// MarshalText implements [encoding.TextMarshaler]: the zero ID is "",
// and an ID that is not valid is a *[ParseError], so that nothing written
// in the JSON form holds one.
func (id ID) MarshalText() ([]byte, error) {
	if id == "" {
		return nil, nil
	}
	if err := checkID(string(id)); err != nil {
		return nil, err
	}
	return []byte(id), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: "" is the zero ID,
// and text that is not a valid ID is a *[ParseError], so that [Decode]
// never gives an ID that [ParseID] would refuse (one holding a line break
// could otherwise reach an output's structure).
func (id *ID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = ""
		return nil
	}
	s := string(b) // one copy, both checked and kept
	if err := checkID(s); err != nil {
		return err
	}
	*id = ID(s)
	return nil
}

// IDFrom returns an ID made from a name, for building a dataset in Go:
// the name folded as [names.Fold] folds it (lower case, Latin letters
// without their marks, "Đà Nẵng" as "da nang", "Straße" as "strasse"),
// with each run of anything but the letters a-z and the digits 0-9 turned
// into one hyphen and none at either end, cut to at most 128 bytes at a
// hyphen where it can: IDFrom("Ministry of Post & Telecoms (MPTC)") is
// "ministry-of-post-telecoms-mptc". It does not transliterate: letters of
// other scripts (Chinese, Khmer, Thai, Cyrillic, ...) are dropped like
// punctuation, so a name with no Latin letter or digit gives the zero ID
// "", and the caller chooses the ID (or passes a romanised name). The
// result is always either a valid ID or "". Different names may give the
// same ID; [Dataset.Validate] reports duplicates (rule id.duplicate).
func IDFrom(name string) ID {
	folded := names.Fold(name)
	var b strings.Builder
	b.Grow(min(len(folded), maxIDLen))
	hyphen := false // a hyphen is due before the next letter or digit
	for i := 0; i < len(folded); i++ {
		c := folded[i]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteByte(c)
			continue
		}
		hyphen = true
	}
	s := b.String()
	if len(s) > maxIDLen {
		cut := s[:maxIDLen]
		if s[maxIDLen] != '-' { // the cut falls inside a word: drop it
			if k := strings.LastIndexByte(cut, '-'); k > 0 {
				cut = cut[:k]
			}
		}
		s = strings.TrimSuffix(cut, "-")
	}
	return ID(s)
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
