package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/rangetable"
)

// Fold returns the matching key of a name: the form two spellings of the
// same name share, so that "Nguyễn Mạnh Hùng", "NGUYEN MANH HUNG" and
// "Nguyen  Manh-Hung" all give "nguyen manh hung". See [AppendFold].
func Fold(s string) string {
	var buf [64]byte
	return string(AppendFold(buf[:0], s))
}

// AppendFold appends the matching key of s to dst and returns the result.
// The key is made by:
//
//   - compatibility decomposition (NFKD, from x/text's norm tables), which
//     also folds width: fullwidth "ＡＳＥＡＮ" is "asean", halfwidth katakana
//     are fullwidth;
//   - lower-casing, with ß as "ss" and ς as σ;
//   - dropping the combining marks of Latin letters only (ễ is e), and
//     mapping by hand the Latin letters that have no decomposition: đ to d
//     (Vietnamese), ł to l, ø to o, æ to ae, œ to oe, þ to th; the marks
//     of other scripts stay, since Khmer, Burmese, Thai and Lao vowel signs
//     are part of the word (ភ្នំពេញ keeps every sign);
//   - dropping ZWJ, ZWNJ and other format characters, and treating ZWSP,
//     spaces, punctuation and symbols as word breaks, written as one space,
//     none at either end ("Pauk-Phaw" is "pauk phaw", "Dato'" is "dato").
//
// The result is valid UTF-8 in NFC-compatible order; Fold is idempotent.
//
// This is written by hand rather than as an x/text transform chain
// (norm, cases.Fold, runes.Remove): the chain allocates on every call and
// costs microseconds, while names are folded by the hundred thousand when an
// index is built. Here one pass over the runes reads x/text's decomposition
// tables (norm.Properties) directly and allocates nothing beyond dst.
func AppendFold(dst []byte, s string) []byte {
	dst, _ = appendFold(dst, s, false)
	return dst
}

// appendFold is AppendFold. If track is set, it also reports whether the
// key needed a hidden character (see [hidden]) removed or replaced by its
// compatibility form: the query of a match that is MatchNormalized
// unless the name matched is written with the same characters.
func appendFold(dst []byte, s string, track bool) ([]byte, bool) {
	return foldCore(dst, s, track, foldBlocks())
}

// foldRef is appendFold without its fast path (see fold_table.go): the
// reference the fast path is derived from and tested against.
func foldRef(dst []byte, s string, track bool) ([]byte, bool) {
	return foldCore(dst, s, track, nil)
}

// foldCore is appendFold, with the fast path of blocks.
func foldCore(dst []byte, s string, track bool, blocks []foldBlock) ([]byte, bool) {
	hid := false
	start := len(dst)
	pending := false // a word break is due before the next letter
	latin := false   // the last letter written was Latin
	emit := func(r rune) {
		if pending && len(dst) > start {
			dst = append(dst, ' ')
		}
		pending = false
		dst = utf8.AppendRune(dst, r)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				if pending && len(dst) > start {
					dst = append(dst, ' ')
				}
				pending = false
				dst = append(dst, c)
				latin = c >= 'a'
			case 'A' <= c && c <= 'Z':
				if pending && len(dst) > start {
					dst = append(dst, ' ')
				}
				pending = false
				dst = append(dst, c+'a'-'A')
				latin = true
			default:
				pending = true
				latin = false
			}
			continue
		}
		if blocks != nil && c < 0xEA {
			r, w := utf8.DecodeRuneInString(s[i:])
			if e := foldLookup(blocks, r); e.kind != foldSlow {
				switch e.kind {
				case foldLetter:
					if pending && len(dst) > start {
						dst = append(dst, ' ')
					}
					pending = false
					dst = append(dst, e.out[:e.n]...)
					latin = e.latin
				case foldBreak:
					pending, latin = true, false
				case foldMark:
					if !latin {
						emit(r)
					}
				case foldMc:
					emit(r)
				}
				i += w
				continue
			}
			// CJK Unified Ideographs and Extension A: letters with no
			// decomposition and no case, none of them Latin.
			if 0x3400 <= r && r < 0x4DC0 || 0x4E00 <= r && r < 0xA000 {
				if pending && len(dst) > start {
					dst = append(dst, ' ')
				}
				pending, latin = false, false
				dst = append(dst, s[i:i+w]...)
				i += w
				continue
			}
		}
		p := norm.NFKD.PropertiesString(s[i:])
		n := p.Size()
		if n == 0 { // invalid UTF-8: skip the byte, as a break
			i++
			pending = true
			continue
		}
		dec := p.Decomposition()
		if dec == nil {
			dec = []byte(s[i : i+n]) // does not allocate: the conversion does not escape
		} else if track && !hid {
			hid = string(dec) != string(norm.NFD.PropertiesString(s[i:]).Decomposition())
		}
		i += n
		for j := 0; j < len(dec); {
			r, w := utf8.DecodeRune(dec[j:])
			j += w
			switch {
			case unicode.In(r, unicode.Mn, unicode.Me):
				if !latin {
					emit(r)
				} else if track && !hid {
					hid = unicode.Is(ignorable, r) // a variation selector, CGJ
				}
			case r == 0x200B: // ZERO WIDTH SPACE separates words in Khmer, Thai, Lao, Burmese
				pending, latin = true, false
				hid = hid || track
			case unicode.Is(unicode.Cf, r):
				hid = hid || track
				// ZWJ, ZWNJ, soft hyphen, bidi marks: invisible, not part of the key
			case unicode.In(r, unicode.L, unicode.N, unicode.Mc):
				switch r {
				case 'ß', 'ẞ':
					emit('s')
					emit('s')
					latin = true
					continue
				case 'đ', 'Đ':
					r = 'd'
				case 'ł', 'Ł':
					r = 'l'
				case 'ø', 'Ø':
					r = 'o'
				case 'þ', 'Þ':
					emit('t')
					r = 'h'
				case 'æ', 'Æ':
					emit('a')
					r = 'e'
				case 'œ', 'Œ':
					emit('o')
					r = 'e'
				case 'ς':
					r = 'σ'
				default:
					r = unicode.ToLower(r)
				}
				emit(r)
				if !unicode.Is(unicode.Mc, r) {
					latin = unicode.Is(unicode.Latin, r)
				}
			default: // spaces, punctuation, symbols, controls
				pending, latin = true, false
				if track && !hid {
					hid = unicode.Is(ignorable, r) // unassigned default-ignorables
				}
			}
		}
	}
	return dst, hid
}

// hasHidden reports whether s has a character that AppendFold removes
// though a reader may not see it, or replaces by its compatibility form:
// see [hidden].
func hasHidden(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if hidden(r, s[i:i+w]) {
			return true
		}
		i += w
	}
	return false
}

// ignorable holds the format characters, variation selectors and other
// default-ignorable characters, merged once for one look-up.
var ignorable = rangetable.Merge(unicode.Cf, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point)

// maybeIgnorable reports whether r is outside the blocks that hold no
// format, default-ignorable or bidi control character, nor variation
// selector (the Indic scripts to Hangul Jamo, U+0900–U+115E; Hangul
// Jamo to Khmer, U+1161–U+17B3; superscripts to CJK and Hangul,
// U+2070–U+FDFF, except U+3164 HANGUL FILLER), which are most of the
// non-Latin names. It is written by hand for speed, and
// TestMaybeIgnorable checks it against the tables.
func maybeIgnorable(r rune) bool {
	return !(0x0900 <= r && r < 0x115F || 0x1161 <= r && r < 0x17B4 || 0x2070 <= r && r < 0xFE00 && r != 0x3164)
}

// hidden reports whether r, which is b, is a format character (bidi
// controls, ZWJ, ZWNJ, ZWSP, word joiner, soft hyphen, tags), a
// variation selector or another default-ignorable character, or has a
// compatibility decomposition that differs from its canonical one
// (fullwidth and halfwidth forms, mathematical alphanumerics, ligatures,
// circled and superscript letters): the characters that let two strings
// that look different, or alike, fold to one key.
func hidden(r rune, b string) bool {
	if maybeIgnorable(r) && unicode.Is(ignorable, r) {
		return true
	}
	k := norm.NFKD.PropertiesString(b).Decomposition()
	return k != nil && string(k) != string(norm.NFD.PropertiesString(b).Decomposition())
}

// strictKey is the key of s as AppendFold makes it, but with the hidden
// characters (see [hidden]) kept as they are written: two names with the
// same strict key differ only in what folding is meant to ignore (case,
// Latin diacritics, punctuation, spaces). It allocates; it is for the
// rare names with hidden characters.
func strictKey(s string) string {
	// The runs between hidden characters are folded whole, as Fold folds
	// a text, so that a text with none has its Fold as strict key: folded
	// character by character, a mark whose base folds to a separator, or
	// that follows another script's letter, would come out otherwise. A
	// separator at either end of a run, which folding a run alone trims,
	// is kept as a space.
	var b []byte
	// isSep and lastSep ask Fold itself, with a letter beside the run,
	// whether the run starts or ends with what folds to a separator: a
	// character such as U+21AE decomposes into a separator and a mark, so
	// asking of its first or last character alone is not enough.
	isSep := func(t string) bool {
		return t != "" && strings.HasPrefix(Fold("a"+t), "a ")
	}
	lastSep := func(t string) bool {
		return t != "" && strings.HasSuffix(Fold(t+"a"), " a")
	}
	run := func(t string) {
		f := AppendFold(nil, t)
		if len(f) == 0 {
			if t != "" && len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
			return
		}
		if isSep(t) && len(b) > 0 && b[len(b)-1] != ' ' {
			b = append(b, ' ')
		}
		b = append(b, f...)
		if lastSep(t) {
			b = append(b, ' ')
		}
	}
	start := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if hidden(r, s[i:i+w]) {
			run(s[start:i])
			b = append(b, s[i:i+w]...)
			start = i + w
		}
		i += w
	}
	if start == 0 {
		return Fold(s)
	}
	run(s[start:])
	return strings.TrimRight(string(b), " ")
}
