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
