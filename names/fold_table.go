package names

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The fast path of appendFold for the blocks most non-ASCII names are
// written in: Latin-1 Supplement, Latin Extended-A and -B, the combining
// diacritical marks, Khmer and Latin Extended Additional (Vietnamese).
// appendFold's general path reads x/text's decomposition tables and
// several Unicode category tables for every rune (600 ns and more for a
// Vietnamese name); here one table look-up says what a rune does.
//
// The table is not written by hand nor generated into a file: it is
// derived, on first use (about 3 ms, once a process), from the general
// path itself (foldRef), rune by rune, keeping only the runes whose effect does not depend on what comes
// before them but for the one thing the fast path tracks (whether the last
// letter was Latin) and that hide nothing (see [hidden]). So the two
// cannot disagree; TestFoldTable checks every code point and random
// strings against the general path anyway.

// foldKind is what a rune of the fast path does.
type foldKind uint8

const (
	foldSlow   foldKind = iota // take the general path
	foldLetter                 // write out (after a pending break), then the last letter is Latin or not
	foldBreak                  // a word break: punctuation, symbols, spaces
	foldMark                   // a combining mark: dropped after a Latin letter, else written
	foldMc                     // a spacing mark: written; the last letter stays what it was
)

type foldEntry struct {
	kind  foldKind
	latin bool // for foldLetter: the letter written is Latin
	n     uint8
	out   [5]byte
}

// foldBlock is the fast path's table of one block of code points.
type foldBlock struct {
	lo, hi rune // [lo, hi)
	e      []foldEntry
}

var foldBlocks = sync.OnceValue(func() []foldBlock {
	blocks := []foldBlock{{lo: 0x80, hi: 0x250}, {lo: 0x300, hi: 0x370}, {lo: 0x1780, hi: 0x1800}, {lo: 0x1E00, hi: 0x1F00}}
	for i := range blocks {
		b := &blocks[i]
		b.e = make([]foldEntry, b.hi-b.lo)
		for r := b.lo; r < b.hi; r++ {
			b.e[r-b.lo] = deriveFoldEntry(r)
		}
	}
	return blocks
})

// deriveFoldEntry says what r does in the general path of appendFold, or
// foldSlow if that depends on more than the fast path tracks.
func deriveFoldEntry(r rune) foldEntry {
	var one [utf8.UTFMax]byte
	s := string(utf8.AppendRune(one[:0], r))
	if hidden(r, s) || !utf8.ValidRune(r) {
		return foldEntry{}
	}
	p := norm.NFKD.PropertiesString(s)
	dec := p.Decomposition()
	var first rune
	if dec == nil {
		first = r
	} else {
		first, _ = utf8.DecodeRune(dec)
	}
	out, _ := foldRef(nil, s, false)
	switch {
	case dec == nil && unicode.In(r, unicode.Mn, unicode.Me):
		return foldEntry{kind: foldMark}
	case dec == nil && unicode.Is(unicode.Mc, r):
		if string(out) != s {
			return foldEntry{}
		}
		return foldEntry{kind: foldMc}
	case unicode.In(first, unicode.L, unicode.N) && len(out) > 0 && len(out) <= 5:
		// The first rune of the decomposition is a letter, written
		// first; what follows it must not depend on the state either:
		// the result must be the same after a Latin letter, another
		// letter and a break.
		for _, pre := range []string{"a", "я", "a ", "ж-"} {
			got, _ := foldRef(nil, pre+s, false)
			want, _ := foldRef(nil, pre, false)
			if pre == "a " || pre == "ж-" {
				want = append(want, ' ')
			}
			if string(got) != string(append(want, out...)) {
				return foldEntry{}
			}
		}
		// Whether the last letter is Latin: a mark after it is dropped.
		after, _ := foldRef(nil, s+"\u0301", false)
		e := foldEntry{kind: foldLetter, n: uint8(len(out))}
		copy(e.out[:], out)
		switch string(after) {
		case string(out):
			e.latin = true
		case string(out) + "\u0301":
		default:
			return foldEntry{}
		}
		// Nothing pending after it.
		if got, _ := foldRef(nil, s+"b", false); string(got) != string(out)+"b" {
			return foldEntry{}
		}
		return e
	case dec == nil && len(out) == 0 && !unicode.Is(unicode.Cf, r) && r != 0x200B:
		if got, _ := foldRef(nil, "a"+s+"\u0301", false); string(got) != "a \u0301" {
			return foldEntry{}
		}
		return foldEntry{kind: foldBreak}
	}
	return foldEntry{}
}

// foldLookup returns the fast path's entry for r (foldSlow if none).
func foldLookup(blocks []foldBlock, r rune) *foldEntry {
	for i := range blocks {
		if b := &blocks[i]; r < b.hi {
			if r >= b.lo {
				return &b.e[r-b.lo]
			}
			break
		}
	}
	return &slowEntry
}

var slowEntry foldEntry
