package names

import (
	"cmp"
	"fmt"
	"math/rand"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	gocmp "github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/coopframe/cooperation/internal/ahocorasick"
)

// referenceMentions is Mentions the slow way, as it was written before it
// chose during the scan: every occurrence of every key, filtered by
// boundaryOK, sorted by start and then longest first, and kept unless it
// overlaps the last one kept.
func referenceMentions(ix *Index, text string) []Mention {
	ix.acOnce.Do(func() { ix.ac = ahocorasick.Build(ix.sorted) })
	folded, src := referenceFoldWithOffsets(text)
	var out []Mention
	for _, m := range ix.ac.FindAll(folded) {
		key := ix.sorted[m.Pattern]
		s, e := m.End-len(key), m.End
		if !boundaryOK([]byte(folded), s, e) {
			continue
		}
		out = append(out, Mention{Key: key, Refs: ix.byKey[key], Start: s, End: e})
	}
	// Leftmost, then longest, non-overlapping.
	slices.SortFunc(out, func(a, b Mention) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	kept := out[:0]
	last := -1
	for _, m := range out {
		if m.Start < last {
			continue
		}
		last = m.End
		kept = append(kept, m)
	}
	// Map folded offsets back to the text.
	for i := range kept {
		m := &kept[i]
		m.Start = int(src[m.Start])
		end := int(src[m.End-1])
		_, w := utf8.DecodeRuneInString(text[end:])
		end += w
		for end < len(text) {
			r, w := utf8.DecodeRuneInString(text[end:])
			if !unicode.In(r, unicode.Mn, unicode.Me) {
				break
			}
			end += w
		}
		m.End = end
	}
	return kept
}

type span struct {
	Start, End int
	Key        string
}

// spans drops the Refs of mentions, which follow from the Key (and hold
// language tags, which cmp cannot look into).
func spans(ms []Mention) []span {
	var out []span
	for _, m := range ms {
		out = append(out, span{m.Start, m.End, m.Key})
	}
	return out
}

// referenceFoldWithOffsets is foldWithOffsets as it was before its ASCII
// fast path: it folds text like AppendFold and returns, for every byte of
// the result, the offset in text of the rune it came from.
func referenceFoldWithOffsets(text string) (string, []int32) {
	folded := make([]byte, 0, len(text)+len(text)/4)
	src := make([]int32, 0, cap(folded))
	var one [utf8.UTFMax * 4]byte
	prevLatin := false
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		// Fold one rune at a time; a combining mark after a Latin letter
		// folds to nothing, as in AppendFold.
		var part []byte
		if unicode.In(r, unicode.Mn, unicode.Me) && prevLatin {
			part = nil
		} else {
			part = AppendFold(one[:0], text[i:i+w])
			if len(part) > 0 {
				last, _ := utf8.DecodeLastRune(part)
				if !unicode.In(last, unicode.Mn, unicode.Me, unicode.Mc) {
					prevLatin = unicode.Is(unicode.Latin, last)
				}
			} else if r == 0x200B || !unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
				prevLatin = false
			}
		}
		if len(part) == 0 {
			brk := r == 0x200B || !unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf)
			if brk && len(folded) > 0 && folded[len(folded)-1] != ' ' {
				folded = append(folded, ' ')
				src = append(src, int32(i))
			}
		} else {
			for range part {
				src = append(src, int32(i))
			}
			folded = append(folded, part...)
		}
		i += w
	}
	return string(folded), src
}

// randomIndex indexes n names of up to three words over a small alphabet
// of Latin, Khmer and Chinese letters, marks and breaks, where names
// overlap and nest.
func randomIndex(r *rand.Rand, words []string, n int) *Index {
	return NewIndex(func(yield func(string, Names) bool) {
		for i := range n {
			k := 1 + r.Intn(3)
			var b strings.Builder
			for w := range k {
				if w > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(words[r.Intn(len(words))])
			}
			if !yield(fmt.Sprint("e-", i), Names{{Text: b.String(), Lang: language.Und}}) {
				return
			}
		}
	})
}

var mentionWords = []string{"a", "b", "ab", "ba", "aa", "Á", "a\u0301", "ក", "ក្ក", "ខ", "中", "中国", "国", "-", "\u200b", "\u200d"}

func randomText(r *rand.Rand, words []string, n int) string {
	var b strings.Builder
	seps := []string{" ", "", "-", ". ", "\u200b", "\xff"}
	for range n {
		b.WriteString(words[r.Intn(len(words))])
		b.WriteString(seps[r.Intn(len(seps))])
	}
	return b.String()
}

// TestMentionsAgainstReference compares Mentions with referenceMentions on
// random names and texts and on nested names.
func TestMentionsAgainstReference(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	t.Run("random", func(t *testing.T) {
		for range 300 {
			ix := randomIndex(r, mentionWords, 1+r.Intn(30))
			for range 5 {
				text := randomText(r, mentionWords, r.Intn(40))
				if diff := gocmp.Diff(spans(referenceMentions(ix, text)), spans(ix.Mentions(text))); diff != "" {
					t.Fatalf("names %q, text %q (-reference +got):\n%s", ix.sorted, text, diff)
				}
			}
		}
	})
	t.Run("nested", func(t *testing.T) {
		for _, words := range []int{1, 2, 3, 7, 30} {
			ix := nestedIndex(words)
			for _, n := range []int{0, 1, 2, 5, 29, 30, 31, 100} {
				for _, sep := range []string{" ", "  ", "-", "\u200b"} {
					text := strings.Repeat("a"+sep, n) + "b a"
					if diff := gocmp.Diff(spans(referenceMentions(ix, text)), spans(ix.Mentions(text))); diff != "" {
						t.Fatalf("%d words, text %q (-reference +got):\n%s", words, text, diff)
					}
				}
			}
		}
	})
}

// nestedIndex indexes "a", "a a", "a a a", ... up to words words.
func nestedIndex(words int) *Index {
	return NewIndex(func(yield func(string, Names) bool) {
		for k := 1; k <= words; k++ {
			if !yield(fmt.Sprint("n-", k), Names{{Text: strings.TrimSpace(strings.Repeat("a ", k))}}) {
				return
			}
		}
	})
}

// TestMentionsNested runs Mentions on the nested names of up to 1,000
// words over 200 KB of "a a a ...", which took a minute and 6.8 GB when
// every occurrence was collected first (100 million of them). It checks
// the answer and that Mentions allocates a few times the text, not the
// occurrences.
func TestMentionsNested(t *testing.T) {
	ix := nestedIndex(1000)
	text := strings.Repeat("a ", 100000)
	ix.Mentions("") // build the automaton
	var ms []Mention
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	ms = ix.Mentions(text)
	runtime.ReadMemStats(&after)
	if len(ms) != 100 {
		t.Fatalf("%d mentions, want 100", len(ms))
	}
	for i, m := range ms {
		if m.Start != i*2000 || m.End != m.Start+1999 || m.Refs[0].ID != "n-1000" {
			t.Fatalf("mention %d is %s at %d-%d, want n-1000 at %d-%d", i, m.Refs[0].ID, m.Start, m.End, i*2000, i*2000+1999)
		}
	}
	if b := after.TotalAlloc - before.TotalAlloc; b > 20*uint64(len(text)) {
		t.Errorf("Mentions allocated %d bytes for %d bytes of text", b, len(text))
	}
}

// FuzzMentionsReference compares Mentions with referenceMentions, over
// the nested names and a fixed set of random ones, and checks that the
// mentions are in order, do not overlap and stay in the text.
func FuzzMentionsReference(f *testing.F) {
	for _, s := range []string{
		"a a a a a a a a", "a-a-a\u200ba a\xff a", "a\u0301 a\u0301 a", "ក្ក ក ខ 中国国",
		"a\x00a\x1ba\u0085a", "Hello, World! 42-B_c~\x7f", "A\u0301B. C\u200Dd", "a\u202ea\u2066a", "a\u00ada\u2060a", "ａ ａ 𝐚 a", "\xff\xfe\xc3", "a\u200Da a\uFE0F a\U000E0061 ⓐ",
	} {
		f.Add(s)
	}
	nested := nestedIndex(30)
	random := randomIndex(rand.New(rand.NewSource(4)), mentionWords, 40)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return // the reference is quadratic on nested names
		}
		f1, s1 := foldWithOffsets(text)
		f2, s2 := referenceFoldWithOffsets(text)
		if diff := gocmp.Diff(f2, f1); diff != "" || !slices.Equal(s1, s2) {
			t.Fatalf("foldWithOffsets(%q) = %q, %v; the reference gives %q, %v", text, f1, s1, f2, s2)
		}
		for _, ix := range []*Index{nested, random} {
			got := ix.Mentions(text)
			if diff := gocmp.Diff(spans(referenceMentions(ix, text)), spans(got)); diff != "" {
				t.Fatalf("text %q (-reference +got):\n%s", text, diff)
			}
			last := 0
			for _, m := range got {
				if m.Start < last || m.Start >= m.End || m.End > len(text) {
					t.Fatalf("bad offsets %d-%d after %d in %q", m.Start, m.End, last, text)
				}
				if span := text[m.Start:m.End]; m.How != MatchExact && (m.How != MatchNormalized || !hasHidden(span)) {
					t.Fatalf("mention %q is %s", span, m.How)
				}
				last = m.End
			}
		}
	})
}

// TestFoldWithOffsets compares foldWithOffsets, with its ASCII fast path,
// with the way it was written before, on random texts.
func TestFoldWithOffsets(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	words := append([]string{"Hello", "WORLD", "a1", "9", ",", "!", "~", "\x7f", "\x00", "  "}, mentionWords...)
	for range 2000 {
		text := randomText(r, words, r.Intn(30))
		f1, s1 := foldWithOffsets(text)
		f2, s2 := referenceFoldWithOffsets(text)
		if f1 != f2 || !slices.Equal(s1, s2) {
			t.Fatalf("foldWithOffsets(%q) = %q, %v; the reference gives %q, %v", text, f1, s1, f2, s2)
		}
	}
}
