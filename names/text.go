package names

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/coopframe/cooperation/internal/enum"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/rangetable"
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
// Invisible characters are those that change a name's bytes but not how
// it looks: ZERO WIDTH SPACE, word joiners, soft hyphens, byte order
// marks, tag characters (U+E0000–U+E007F), U+034F COMBINING GRAPHEME
// JOINER, the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and the
// other format and default-ignorable characters. Some are allowed where
// a script needs them:
//
//   - U+200B ZERO WIDTH SPACE only when lang is Khmer, Burmese, Thai or
//     Lao, which separate words with it (CLDR's own Khmer names contain
//     it);
//   - ZWJ and ZWNJ (U+200D, U+200C) between letters, marks or emoji of
//     scripts that use them (Arabic and Persian, the Indic scripts,
//     Khmer, Burmese, emoji ZWJ sequences), not next to a letter of a
//     script that never does (Latin, Cyrillic, Greek, Armenian,
//     Georgian, Cherokee, Han, Kana, Hangul, Bopomofo), nor at either
//     end of a word;
//   - variation selectors after a base they are defined for: U+FE0E and
//     U+FE0F after an emoji, U+FE00–U+FE0D after a Han ideograph, a
//     Myanmar letter or a mathematical symbol (the standardized variants),
//     U+E0100–U+E01EF after a Han ideograph (the Ideographic Variation
//     Database, used for Japanese names), the Mongolian free variation
//     selectors after a Mongolian letter;
//   - tag characters in an emoji tag sequence (a subdivision flag: U+1F3F4,
//     tags, U+E007F CANCEL TAG).
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
	// The state the contextual checks need, kept as the loop goes so that
	// no character is looked at more than a few times (a run of joiners or
	// tags must not cost the square of its length). lastBefore(i) is the
	// last character of s[:i] that is not a mark of no script of its own
	// (Inherited), or -1; it reads each character once, and only where
	// there is a joiner or a tag to judge.
	last, seen := rune(-1), 0
	lastBefore := func(i int) rune {
		for _, r := range s[seen:i] {
			if !unicode.Is(unicode.Inherited, r) {
				last = r
			}
		}
		seen = i
		return last
	}
	tagEnd := -1    // the end of the run of tags that s[i:] is in, once found
	tagsOK := false // that run is an emoji tag sequence
	for i, r := range s {
		switch {
		case r < 0x20 || (0x7f <= r && r < 0xa0):
			out = append(out, Issue{Kind: IssueControl, Offset: i, Message: fmt.Sprintf("control character %U", r)})
		case r < 0x300:
			// Latin-1 and Latin Extended: no special character but the
			// soft hyphen.
			if r == 0x00AD {
				out = append(out, Issue{Kind: IssueInvisible, Offset: i, Message: fmt.Sprintf("invisible character %U", r)})
			} else if unicode.Is(unicode.Latin, r) {
				scripts |= 1
			}
		case !maybeIgnorable(r) || !unicode.Is(special, r):
			// Most characters: one look-up in special, and the script
			// tables only where the scripts have letters.
			if mayBeLGC(r) {
				switch {
				case unicode.Is(unicode.Latin, r):
					scripts |= 1
				case unicode.Is(unicode.Cyrillic, r):
					scripts |= 2
				case unicode.Is(unicode.Greek, r):
					scripts |= 4
				}
			}
		case unicode.Is(unicode.Bidi_Control, r):
			out = append(out, Issue{Kind: IssueBidi, Offset: i, Message: fmt.Sprintf("bidirectional formatting character %U", r)})
		case r == 0x200B:
			if !spaceless {
				out = append(out, Issue{Kind: IssueInvisible, Offset: i, Message: fmt.Sprintf("invisible character %U", r)})
			}
		case unicode.Is(unicode.Join_Control, r):
			if !joinerOK(s, i, r, lastBefore(i)) {
				out = append(out, Issue{Kind: IssueInvisible, Offset: i, Message: fmt.Sprintf("invisible character %U (a joiner where the script does not use one)", r)})
			}
		case unicode.Is(unicode.Variation_Selector, r):
			if !variationOK(s, i, r) {
				out = append(out, Issue{Kind: IssueInvisible, Offset: i, Message: fmt.Sprintf("invisible character %U (a variation selector with no variant to select)", r)})
			}
		case 0xE0000 <= r && r <= 0xE007F:
			if i >= tagEnd {
				tagEnd, tagsOK = tagRun(s, i, lastBefore(i))
			}
			if !tagsOK {
				out = append(out, Issue{Kind: IssueInvisible, Offset: i, Message: fmt.Sprintf("invisible character %U (a tag character)", r)})
			}
		case invisible(r):
			out = append(out, Issue{Kind: IssueInvisible, Offset: i, Message: fmt.Sprintf("invisible character %U", r)})
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

// special holds every character CheckText judges apart (bidi controls,
// joiners, variation selectors, format and default-ignorable
// characters), merged once so that an ordinary letter costs one look-up
// instead of one in each table.
var special = rangetable.Merge(unicode.Bidi_Control, unicode.Join_Control, unicode.Variation_Selector,
	unicode.Cf, unicode.Other_Default_Ignorable_Code_Point)

// mayBeLGC reports whether r is outside the blocks that hold no Latin,
// Cyrillic or Greek letter (Armenian to Cyrillic Extended-C, U+0530–U+1C7F;
// CJK to Cyrillic Extended-B, U+2E80–U+A63F; Hangul to the Latin
// ligatures, U+AC00–U+FAFF), which are most of the non-Latin names; it is
// written by hand for speed, and TestMayBeLGC checks it against the
// tables.
func mayBeLGC(r rune) bool {
	return r < 0x0530 || 0x1C80 <= r && r < 0x2E80 || 0xA640 <= r && r < 0xAC00 || r >= 0xFB00
}

// invisible reports whether r is a format or default-ignorable character
// that shows nothing (U+2060 WORD JOINER, U+FEFF, the invisible math
// operators, U+034F COMBINING GRAPHEME JOINER, the Hangul fillers, the
// deprecated Khmer inherent vowels, unassigned default-ignorables), other
// than those CheckText treats apart (bidi controls, joiners, ZWSP,
// variation selectors, tags). Format characters that show (the Arabic
// number signs and other prepended concatenation marks) and the Egyptian
// hieroglyph format controls, which arrange visible signs, are not
// invisible.
func invisible(r rune) bool {
	if unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) {
		return true
	}
	return unicode.Is(unicode.Cf, r) && !unicode.Is(unicode.Prepended_Concatenation_Mark, r) &&
		!unicode.Is(unicode.Egyptian_Hieroglyphs, r)
}

// noJoiners are the scripts whose letters never take ZWJ or ZWNJ: they
// neither join nor form conjuncts. The Unicode data that says which
// scripts do (Joining_Type, Indic_Syllabic_Category) is in neither the
// standard library nor x/text, so the list is written by hand; it names
// the scripts a joiner is used to spoof, and lets every other script,
// and emoji, keep them.
var noJoiners = []*unicode.RangeTable{
	unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Armenian, unicode.Georgian, unicode.Cherokee,
	unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo,
}

// joinerOK reports whether the ZWJ or ZWNJ r at s[i:] stands where a
// script needs it: between two letters, marks or emoji (before, the base
// before it, skipping marks of no script of their own, or -1), neither of
// a script in noJoiners.
func joinerOK(s string, i int, r rune, before rune) bool {
	next := i + utf8.RuneLen(r)
	if before < 0 || next == len(s) {
		return false
	}
	after, _ := utf8.DecodeRuneInString(s[next:])
	joins := func(c rune) bool {
		return unicode.In(c, unicode.L, unicode.M) && !unicode.In(c, noJoiners...) || unicode.Is(emoji, c)
	}
	return joins(before) && joins(after)
}

// emoji are the characters that take the emoji and text presentation
// selectors U+FE0F and U+FE0E, and that ZWJ joins: the bases of
// Unicode's emoji-variation-sequences.txt, widened to the blocks of emoji
// (U+2600–U+27BF, U+1F000–U+1FAFF, which hold the skin tone modifiers
// and the regional indicators). Neither the standard library nor
// x/text has the Emoji property, so the table is written by hand. The
// keycap bases (#, *, 0–9) count only before U+20E3 (see variationOK).
var emoji = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x00A9, 0x00AE, 5}, {0x203C, 0x2049, 13}, {0x2122, 0x2139, 23},
		{0x2194, 0x2199, 1}, {0x21A9, 0x21AA, 1}, {0x231A, 0x231B, 1}, {0x2328, 0x23CF, 167},
		{0x23E9, 0x23F3, 1}, {0x23F8, 0x23FA, 1}, {0x24C2, 0x24C2, 1}, {0x25AA, 0x25AB, 1},
		{0x25B6, 0x25C0, 10}, {0x25FB, 0x25FE, 1}, {0x2600, 0x27BF, 1}, {0x2934, 0x2935, 1},
		{0x2B05, 0x2B07, 1}, {0x2B1B, 0x2B1C, 1}, {0x2B50, 0x2B55, 5}, {0x3030, 0x303D, 13},
		{0x3297, 0x3299, 2},
	},
	R32: []unicode.Range32{{0x1F000, 0x1FAFF, 1}},
}

// variationOK reports whether the variation selector r at s[i:] follows a
// base it is defined for (see CheckText).
func variationOK(s string, i int, r rune) bool {
	base, _ := utf8.DecodeLastRuneInString(s[:i])
	if i == 0 {
		return false
	}
	switch {
	case r == 0xFE0E || r == 0xFE0F:
		if base == '#' || base == '*' || '0' <= base && base <= '9' {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			return next == 0x20E3 // COMBINING ENCLOSING KEYCAP
		}
		return unicode.Is(emoji, base)
	case 0xFE00 <= r && r <= 0xFE0D:
		return unicode.In(base, unicode.Han, unicode.Myanmar, unicode.Sm)
	case r >= 0xE0100:
		return unicode.Is(unicode.Han, base)
	default: // the Mongolian free variation selectors
		return unicode.Is(unicode.Mongolian, base)
	}
}

// tagRun returns the end of the run of tag characters (U+E0000–U+E007F)
// that starts at s[i:], after base, and whether it is an emoji tag
// sequence: after U+1F3F4 WAVING BLACK FLAG, one or more tags
// U+E0020–U+E007E and U+E007F CANCEL TAG to end it.
func tagRun(s string, i int, base rune) (end int, ok bool) {
	ok = base == 0x1F3F4
	n := 0 // tags before the cancel tag
	for end = i; end < len(s); {
		r, w := utf8.DecodeRuneInString(s[end:])
		if r < 0xE0000 || r > 0xE007F {
			break
		}
		end += w
		if r == 0xE007F {
			return end, ok && n > 0
		}
		ok = ok && r >= 0xE0020
		n++
	}
	return end, false
}
