package names

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFoldTable checks appendFold, with its fast path, against the
// general path (foldRef) on every code point, alone and after and before
// the contexts that change its state (a Latin letter, another letter, a
// break, a mark), and on random strings of the fast path's blocks mixed
// with others, with and without tracking hidden characters.
func TestFoldTable(t *testing.T) {
	contexts := []string{"", "a", "я", "a ", "-", "ក", "e\u0301", "\u0301", "中"}
	check := func(t *testing.T, s string) {
		t.Helper()
		for _, track := range []bool{false, true} {
			got, gh := appendFold([]byte("x"), s, track)
			want, wh := foldRef([]byte("x"), s, track)
			if string(got) != string(want) || gh != wh {
				t.Fatalf("appendFold(%q, %v) = %q, %v; the general path gives %q, %v", s, track, got, gh, want, wh)
			}
		}
	}
	t.Run("every code point", func(t *testing.T) {
		for r := rune(0); r <= utf8.MaxRune; r++ {
			if !utf8.ValidRune(r) {
				continue
			}
			s := string(r)
			if r < 0x80 || r > 0xA000 && foldLookup(foldBlocks(), r).kind == foldSlow {
				check(t, s) // outside the fast path: once is enough
				continue
			}
			for _, pre := range contexts {
				for _, post := range contexts {
					check(t, pre+s+post)
				}
			}
		}
	})
	t.Run("random strings", func(t *testing.T) {
		rnd := rand.New(rand.NewPCG(15, 1))
		ranges := [][2]rune{{0x20, 0x80}, {0x80, 0x250}, {0x300, 0x370}, {0x1780, 0x1800}, {0x1E00, 0x1F00}, {0x4E00, 0x4E40}, {0x200B, 0x2010}, {0xFF01, 0xFF60}, {0x0400, 0x0500}}
		var b strings.Builder
		for range 200000 {
			b.Reset()
			for range rnd.IntN(12) {
				rg := ranges[rnd.IntN(len(ranges))]
				b.WriteRune(rg[0] + rnd.Int32N(rg[1]-rg[0]))
			}
			if rnd.IntN(20) == 0 {
				b.WriteByte(0xC3) // invalid UTF-8
			}
			check(t, b.String())
		}
	})
}

// TestFoldWithOffsetsTable checks foldWithOffsets, which reads the fast
// path's table too, against the way it was written before
// (referenceFoldWithOffsets) on every code point of the table's blocks
// and of the CJK ideographs, in the contexts of TestFoldTable.
func TestFoldWithOffsetsTable(t *testing.T) {
	contexts := []string{"", "a", "я", "a ", "-", "ក", "e\u0301", "\u0301", "中", "\u200b"}
	for r := rune(0x80); r < 0xA000; r++ {
		if !utf8.ValidRune(r) || (r >= 0x1F00 && r < 0x3400) || (r >= 0x3400 && r%7 != 0) {
			continue // the CJK ideographs all take one branch: a sample is enough
		}
		for _, pre := range contexts {
			for _, post := range contexts {
				text := pre + string(r) + post
				f1, s1 := foldWithOffsets(text)
				f2, s2 := referenceFoldWithOffsets(text)
				if f1 != f2 || !slices.Equal(s1, s2) {
					t.Fatalf("foldWithOffsets(%q) = %q, %v; the reference gives %q, %v", text, f1, s1, f2, s2)
				}
			}
		}
	}
}
