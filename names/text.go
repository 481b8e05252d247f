package names

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/coopframe/cooperation/internal/enum"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// IssueKind says what CheckText found wrong with a text.
type IssueKind uint8

// The kinds of issue. In JSON and text each is its name: "utf8", "nfc",
// "control", "bidi", "invisible", "mixed-script".
const (
	IssueUTF8        IssueKind = iota // invalid UTF-8
	IssueNFC                          // not in Unicode NFC
	IssueControl                      // a C0 or C1 control character
	IssueBidi                         // a bidirectional formatting character
	IssueInvisible                    // an invisible character
	IssueMixedScript                  // letters of more than one of the Latin, Cyrillic and Greek scripts
)

var issueKinds = enum.Names[IssueKind]{Type: "IssueKind", Names: []string{
	"utf8", "nfc", "control", "bidi", "invisible", "mixed-script",
}}

// String returns the kind's name ("mixed-script").
func (k IssueKind) String() string { return issueKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler]; an unknown kind is a
// *[ParseError].
func (k IssueKind) MarshalText() ([]byte, error) { return marshalEnum(issueKinds, k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown name is
// a *[ParseError].
func (k *IssueKind) UnmarshalText(b []byte) error { return unmarshalEnum(issueKinds, b, k) }

// Suspicious reports whether issues of kind k make a text suspicious
// rather than wrong: only mixed scripts, which some real names have.
func (k IssueKind) Suspicious() bool { return k == IssueMixedScript }

// Issue is a problem CheckText finds in a text.
type Issue struct {
	Kind    IssueKind
	Offset  int // byte offset of the offending character; 0 for issues of the whole text (nfc, mixed-script)
	Message string
}

// CheckText checks a name's text for what makes names unsafe or unequal to
// themselves: invalid UTF-8 (IssueUTF8), text not in Unicode NFC
// (IssueNFC), C0 and C1 control characters (IssueControl), bidirectional
// formatting characters, the "Trojan Source" overrides and isolates
// (IssueBidi), invisible characters (IssueInvisible) and letters of more
// than one of the Latin, Cyrillic and Greek scripts, as in a Cyrillic
// "АЅЕАN" posing as "ASEAN" (IssueMixedScript, which is only [IssueKind.Suspicious]).
//
// ZWJ and ZWNJ are allowed: scripts such as Khmer, Burmese and the Indic
// ones need them. U+200B ZERO WIDTH SPACE is allowed only when lang is
// Khmer, Burmese, Thai or Lao, which separate words with it (CLDR's own
// Khmer names contain it); elsewhere it is invisible noise.
//
// Unicode's confusables data (UTS #39 skeletons) is not in x/text or any
// package this module may depend on, so whole-script confusables such as a
// Cyrillic-only "АОА" are not caught; the mixed-script check covers the
// common attack of swapping a few letters.
func CheckText(s string, lang language.Tag) []Issue {
	var out []Issue
	if isASCII(s) {
		// Most names are ASCII, and ASCII can hold only one of the issues
		// (a control character): it is valid UTF-8, NFC, one script, and
		// holds no bidi or invisible character. Checking it byte by byte
		// keeps validation of such names to one pass.
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x20 || c == 0x7f {
				out = append(out, Issue{Kind: IssueControl, Offset: i, Message: fmt.Sprintf("control character %U", rune(c))})
			}
		}
		return out
	}
	if !utf8.ValidString(s) {
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				return append(out, Issue{Kind: IssueUTF8, Offset: i, Message: "invalid UTF-8"})
			}
			i += n
		}
	}
	base, _ := lang.Base()
	spaceless := false
	switch base.String() {
	case "km", "my", "th", "lo":
		spaceless = true
	}
	var scripts uint8 // bits: 1 Latin, 2 Cyrillic, 4 Greek
	for i, r := range s {
		switch {
		case r < 0x20 || (0x7f <= r && r < 0xa0):
			out = append(out, Issue{Kind: IssueControl, Offset: i, Message: fmt.Sprintf("control character %U", r)})
		case unicode.Is(unicode.Bidi_Control, r):
			out = append(out, Issue{Kind: IssueBidi, Offset: i, Message: fmt.Sprintf("bidirectional formatting character %U", r)})
		case r == 0x200B && !spaceless, r == 0x2060, r == 0xFEFF, r == 0x00AD, r == 0x180E, r == 0x2061, r == 0x2062, r == 0x2063, r == 0x2064:
			out = append(out, Issue{Kind: IssueInvisible, Offset: i, Message: fmt.Sprintf("invisible character %U", r)})
		case unicode.Is(unicode.Latin, r):
			scripts |= 1
		case unicode.Is(unicode.Cyrillic, r):
			scripts |= 2
		case unicode.Is(unicode.Greek, r):
			scripts |= 4
		}
	}
	if scripts&(scripts-1) != 0 {
		out = append(out, Issue{Kind: IssueMixedScript, Message: "letters from more than one of the Latin, Cyrillic and Greek scripts (a possible look-alike)"})
	}
	if !norm.NFC.IsNormalString(s) {
		out = append(out, Issue{Kind: IssueNFC, Message: "not in Unicode NFC; normalise it (norm.NFC.String)"})
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
