package names

import (
	"testing"
	"unicode"
)

// TestMayBeLGC checks mayBeLGC against the script tables: every Latin,
// Cyrillic or Greek character is one it may be.
func TestMayBeLGC(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !mayBeLGC(r) && unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek) {
			t.Errorf("mayBeLGC(%U) = false, but it is %s", r, "Latin, Cyrillic or Greek")
		}
	}
}

// TestMaybeIgnorable checks maybeIgnorable against the tables: every
// character of ignorable or special is one it may be.
func TestMaybeIgnorable(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !maybeIgnorable(r) && (unicode.Is(ignorable, r) || unicode.Is(special, r)) {
			t.Errorf("maybeIgnorable(%U) = false, but it is", r)
		}
	}
}

// FuzzFoldHidden checks that tracking hidden characters does not change
// the key, and that a text whose key needed none has a strict key equal
// to its key: the two ways of folding agree.
func FuzzFoldHidden(f *testing.F) {
	for _, s := range []string{
		"ASEAN", "Nguyễn Mạnh Hùng", "AS\u202EEAN", "ＡＳＥＡＮ", "𝐀𝐒𝐄𝐀𝐍", "ASE\u00ADAN", "A\uFE0FSEAN",
		"ក\u200Bខ", "ក\u17B4", "\u3164\uFFA0\u115F", "a\u034Fb", "\xff\x00", "ﬁ ǅ ẞ", "ᄀ\u1161",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, hid := appendFold(nil, s, true)
		if want := Fold(s); string(k) != want {
			t.Fatalf("appendFold(%q, true) = %q, AppendFold gives %q", s, k, want)
		}
		if sk := strictKey(s); !hid && sk != string(k) {
			t.Fatalf("%q needed no hidden character removed, but its strict key %q is not its key %q", s, sk, k)
		}
	})
}
