package names

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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
		}
		i += n
		for j := 0; j < len(dec); {
			r, w := utf8.DecodeRune(dec[j:])
			j += w
			switch {
			case unicode.In(r, unicode.Mn, unicode.Me):
				if !latin {
					emit(r)
				}
			case r == 0x200B: // ZERO WIDTH SPACE separates words in Khmer, Thai, Lao, Burmese
				pending, latin = true, false
			case unicode.Is(unicode.Cf, r):
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
			}
		}
	}
	return dst
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

// hidden reports whether r, which is b, is a format character (bidi
// controls, ZWJ, ZWNJ, ZWSP, word joiner, soft hyphen, tags), a
// variation selector or another default-ignorable character, or has a
// compatibility decomposition that differs from its canonical one
// (fullwidth and halfwidth forms, mathematical alphanumerics, ligatures,
// circled and superscript letters): the characters that let two strings
// that look different, or alike, fold to one key.
func hidden(r rune, b string) bool {
	if unicode.In(r, unicode.Cf, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point) {
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
	s = norm.NFC.String(s)
	var b []byte
	var one [utf8.UTFMax * 4]byte
	pending, latin := false, false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		part := s[i : i+w]
		i += w
		var f []byte
		switch {
		case hidden(r, part):
			f = append(one[:0], part...)
		case unicode.In(r, unicode.Mn, unicode.Me) && latin:
			continue
		default:
			f = AppendFold(one[:0], part)
			if len(f) == 0 {
				pending, latin = true, false
				continue
			}
			if last, _ := utf8.DecodeLastRune(f); !unicode.In(last, unicode.Mn, unicode.Me, unicode.Mc) {
				latin = unicode.Is(unicode.Latin, last)
			}
		}
		if pending && len(b) > 0 {
			b = append(b, ' ')
		}
		pending = false
		b = append(b, f...)
	}
	return string(b)
}
