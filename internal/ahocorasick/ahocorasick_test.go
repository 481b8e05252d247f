package ahocorasick

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// bruteForce finds every occurrence of every non-empty pattern in text the
// slow way, in FindAll's order: by end offset, longest first among those
// ending at the same byte. A pattern given more than once is reported
// under its first index, as Build keeps it.
func bruteForce(patterns []string, text string) []Match {
	first := map[string]int{}
	var distinct []string
	for i, p := range patterns {
		if _, ok := first[p]; !ok && p != "" {
			first[p] = i
			distinct = append(distinct, p)
		}
	}
	// Longest first; two distinct patterns ending at the same byte differ
	// in length, so this order is total.
	slices.SortStableFunc(distinct, func(a, b string) int { return len(b) - len(a) })
	var out []Match
	for end := 1; end <= len(text); end++ {
		for _, p := range distinct {
			if strings.HasSuffix(text[:end], p) {
				out = append(out, Match{Pattern: first[p], End: end})
			}
		}
	}
	return out
}

func TestFindAll(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string // sorted
		text     string
		want     []Match
	}{
		{"no patterns", nil, "abc", nil},
		{"empty text", []string{"a"}, "", nil},
		{"no match", []string{"x", "yz"}, "abc", nil},
		{"whole text", []string{"abc"}, "abc", []Match{{0, 3}}},
		{"classic", []string{"he", "hers", "his", "she"}, "ushers", []Match{{3, 4}, {0, 4}, {1, 6}}},
		{"overlapping runs", []string{"a", "aa", "aaa"}, "aaaa", []Match{{0, 1}, {1, 2}, {0, 2}, {2, 3}, {1, 3}, {0, 3}, {2, 4}, {1, 4}, {0, 4}}},
		{"failure link to a longer suffix", []string{"abcd", "bc", "bcx"}, "abcx", []Match{{1, 3}, {2, 4}}},
		{"dictionary link skips nodes without a pattern", []string{"abcde", "cd"}, "xabcdx", []Match{{1, 5}}},
		{"duplicate pattern reported once, under its first index", []string{"ab", "ab", "b"}, "ab", []Match{{0, 2}, {2, 2}}},
		{"empty pattern never matches", []string{"", "a"}, "aa", []Match{{1, 1}, {1, 2}}},
		{"UTF-8 bytes", []string{"东盟", "南宁", "宁"}, "中国—东盟 南宁", []Match{{0, 15}, {1, 22}, {2, 22}}},
		{"high bytes", []string{"\xff", "\xff\x00"}, "a\xff\x00\xff", []Match{{0, 2}, {1, 3}, {0, 4}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !slices.IsSorted(tc.patterns) {
				t.Fatalf("patterns %q are not sorted", tc.patterns)
			}
			a := Build(tc.patterns)
			got := a.FindAll(tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("FindAll(%q) (-want +got):\n%s", tc.text, diff)
			}
			if diff := cmp.Diff(bruteForce(tc.patterns, tc.text), got); diff != "" {
				t.Errorf("FindAll(%q) against brute force (-brute +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestZeroAutomaton(t *testing.T) {
	var a Automaton
	if got := a.FindAll("abc"); got != nil {
		t.Errorf("zero Automaton finds %v", got)
	}
}

// TestFindAllRandom compares FindAll with a brute-force search on random
// patterns and texts over small alphabets, where patterns overlap, nest
// and repeat.
func TestFindAllRandom(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, tc := range []struct{ name, alphabet string }{
		{"two letters", "ab"},
		{"three letters", "abc"},
		{"eight letters", "abcdefgh"},
		{"any bytes", "a\x00\xff\xe4\xb8"},
	} {
		alphabet := tc.alphabet
		t.Run(tc.name, func(t *testing.T) {
			word := func(maxLen int) string {
				b := make([]byte, r.Intn(maxLen+1))
				for i := range b {
					b[i] = alphabet[r.Intn(len(alphabet))]
				}
				return string(b)
			}
			for range 300 {
				patterns := make([]string, r.Intn(25))
				for i := range patterns {
					patterns[i] = word(6)
				}
				slices.Sort(patterns)
				a := Build(patterns)
				for range 5 {
					text := word(60)
					if diff := cmp.Diff(bruteForce(patterns, text), a.FindAll(text)); diff != "" {
						t.Fatalf("patterns %q, text %q (-brute +got):\n%s", patterns, text, diff)
					}
				}
			}
		})
	}
}

// FuzzFindAll compares FindAll with a brute-force search: the patterns are
// the fuzzer's first string cut at newlines (sorted, as Build wants them),
// the text its second.
func FuzzFindAll(f *testing.F) {
	f.Add("he\nshe\nhis\nhers", "ushers")
	f.Add("a\naa\naaa\n", "aaaaa")
	f.Add("东盟\n南宁\n宁", "中国—东盟 南宁")
	f.Add("ab\nab\nb\n\xff", "xab\xffab")
	f.Fuzz(func(t *testing.T, list, text string) {
		patterns := strings.Split(list, "\n")
		if len(patterns) > 200 || len(text) > 4096 {
			return // the brute force is quadratic
		}
		slices.Sort(patterns)
		a := Build(patterns)
		if diff := cmp.Diff(bruteForce(patterns, text), a.FindAll(text)); diff != "" {
			t.Fatalf("patterns %q, text %q (-brute +got):\n%s", patterns, text, diff)
		}
	})
}

// leftmostLongest is LeftmostLongest the slow way: every occurrence that
// accept takes, sorted by start and then longest first, and kept unless it
// overlaps the last one kept.
func leftmostLongest(patterns []string, text string, accept func(pattern, start, end int) bool) []Match {
	type occ struct {
		Match
		start int
	}
	var all []occ
	for _, m := range bruteForce(patterns, text) {
		start := m.End - len(patterns[m.Pattern])
		if accept(m.Pattern, start, m.End) {
			all = append(all, occ{m, start})
		}
	}
	slices.SortStableFunc(all, func(a, b occ) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.End - a.End
	})
	var out []Match
	last := 0
	for _, o := range all {
		if o.start >= last {
			out = append(out, o.Match)
			last = o.End
		}
	}
	return out
}

// accepts are the accept functions the tests run LeftmostLongest with:
// everything, and two that reject occurrences by where they are, as the
// word-boundary check of names.Index.Mentions does.
var accepts = []struct {
	name   string
	accept func(text string) func(pattern, start, end int) bool
}{
	{"all", func(string) func(int, int, int) bool { return func(int, int, int) bool { return true } }},
	{"some", func(string) func(int, int, int) bool {
		return func(p, s, e int) bool { return (p*7+s*3+e)%5 != 0 }
	}},
	{"words", func(text string) func(int, int, int) bool {
		return func(p, s, e int) bool {
			return (s == 0 || text[s-1] == ' ') && (e == len(text) || text[e] == ' ')
		}
	}},
}

func TestLeftmostLongest(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string // sorted
		text     string
		want     []Match
	}{
		{"no patterns", nil, "abc", nil},
		{"classic", []string{"he", "hers", "his", "she"}, "ushers", []Match{{3, 4}}},
		{"longest at the same start", []string{"a", "aa", "aaa"}, "aaaa", []Match{{2, 3}, {0, 4}}},
		{"leftmost over longest", []string{"abcd", "bcdefg"}, "abcdefg", []Match{{0, 4}}},
		{"a later match after a pending one", []string{"ab", "abcdefgX", "cd"}, "abcdefgY", []Match{{0, 2}, {2, 4}}},
		{"an earlier start replaces choices after it", []string{"ab", "bcdef", "cd", "xbcdef"}, "xbcdef", []Match{{3, 6}}},
		{"nested words", []string{"a", "a a", "a a a"}, "a a a a", []Match{{2, 5}, {0, 7}}},
		{"empty pattern never matches", []string{"", "a"}, "aa", []Match{{1, 1}, {1, 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !slices.IsSorted(tc.patterns) {
				t.Fatalf("patterns %q are not sorted", tc.patterns)
			}
			a := Build(tc.patterns)
			all := func(int, int, int) bool { return true }
			got := a.LeftmostLongest(tc.text, all)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("LeftmostLongest(%q) (-want +got):\n%s", tc.text, diff)
			}
			if diff := cmp.Diff(leftmostLongest(tc.patterns, tc.text, all), got); diff != "" {
				t.Errorf("LeftmostLongest(%q) against brute force (-brute +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestLeftmostLongestRandom compares LeftmostLongest with the slow way on
// random and nested patterns and texts, with each accept function.
func TestLeftmostLongestRandom(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for _, tc := range []struct{ name, alphabet string }{
		{"two letters", "ab"},
		{"words", "a a b"},
		{"eight letters", "abcdefgh"},
		{"any bytes", "a\x00\xff\xe4\xb8"},
	} {
		alphabet := tc.alphabet
		word := func(maxLen int) string {
			b := make([]byte, r.Intn(maxLen+1))
			for i := range b {
				b[i] = alphabet[r.Intn(len(alphabet))]
			}
			return string(b)
		}
		for _, ac := range accepts {
			t.Run(tc.name+"/"+ac.name, func(t *testing.T) {
				for range 300 {
					patterns := make([]string, r.Intn(25))
					for i := range patterns {
						patterns[i] = word(8)
					}
					if r.Intn(3) == 0 { // nested: a prefix chain of one word
						w := word(12)
						for k := range len(w) {
							patterns = append(patterns, w[:k+1])
						}
					}
					slices.Sort(patterns)
					a := Build(patterns)
					for range 5 {
						text := word(80)
						accept := ac.accept(text)
						if diff := cmp.Diff(leftmostLongest(patterns, text, accept), a.LeftmostLongest(text, accept)); diff != "" {
							t.Fatalf("patterns %q, text %q (-brute +got):\n%s", patterns, text, diff)
						}
					}
				}
			})
		}
	}
}

// TestLeftmostLongestNested runs LeftmostLongest on the nested patterns
// "a", "a a", ... of up to 1,000 words over 200 KB of "a a a ...": FindAll
// would report 100 million occurrences; LeftmostLongest calls accept a
// few times a byte and allocates little more than its answer.
func TestLeftmostLongestNested(t *testing.T) {
	var patterns []string
	for k := 1; k <= 1000; k++ {
		patterns = append(patterns, strings.TrimSpace(strings.Repeat("a ", k)))
	}
	slices.Sort(patterns)
	a := Build(patterns)
	text := strings.Repeat("a ", 100000)
	calls := 0
	var got []Match
	allocs := testing.AllocsPerRun(1, func() {
		calls = 0
		got = a.LeftmostLongest(text, func(int, int, int) bool { calls++; return true })
	})
	if len(got) != 100 {
		t.Errorf("%d matches, want 100", len(got))
	}
	for i, m := range got {
		if want := (i+1)*2000 - 1; m.End != want || len(patterns[m.Pattern]) != 1999 {
			t.Fatalf("match %d is %q ending at %d, want the 1,000 words ending at %d", i, patterns[m.Pattern], m.End, want)
		}
	}
	if calls > 2*len(text) {
		t.Errorf("accept called %d times for %d bytes", calls, len(text))
	}
	if allocs > 40 {
		t.Errorf("%v allocations", allocs)
	}
}

// FuzzLeftmostLongest compares LeftmostLongest with the slow way, with
// the patterns made as in FuzzFindAll and each accept function.
func FuzzLeftmostLongest(f *testing.F) {
	f.Add("he\nshe\nhis\nhers", "ushers")
	f.Add("a\na a\na a a\na a a a", "a a a a a a a a a")
	f.Add("ab\nabcdefgX\ncd", "abcdefgY")
	f.Add("东盟\n南宁\n宁", "中国—东盟 南宁")
	f.Add("ab\nab\nb\n\xff", "xab\xffab\x00\x01")
	f.Fuzz(func(t *testing.T, list, text string) {
		patterns := strings.Split(list, "\n")
		if len(patterns) > 200 || len(text) > 4096 {
			return // the slow way is quadratic
		}
		slices.Sort(patterns)
		a := Build(patterns)
		for _, ac := range accepts {
			accept := ac.accept(text)
			got := a.LeftmostLongest(text, accept)
			if diff := cmp.Diff(leftmostLongest(patterns, text, accept), got); diff != "" {
				t.Fatalf("%s: patterns %q, text %q (-brute +got):\n%s", ac.name, patterns, text, diff)
			}
			dst := []Match{{-1, -1}}
			if diff := cmp.Diff(append(dst[:1:1], got...), a.AppendLeftmostLongest(dst, []byte(text), accept)); diff != "" {
				t.Fatalf("%s: patterns %q, text %q: AppendLeftmostLongest (-LeftmostLongest +Append):\n%s", ac.name, patterns, text, diff)
			}
			last := 0
			for _, m := range got {
				if s := m.End - len(patterns[m.Pattern]); s < last || m.End > len(text) {
					t.Fatalf("%s: match %v overlaps or leaves the text", ac.name, m)
				}
				last = m.End
			}
		}
	})
}

// TestUnsorted builds automata of patterns that are not sorted, against
// Build's doc: the answers may be wrong, but it must not panic.
func TestUnsorted(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for range 300 {
		patterns := make([]string, r.Intn(200))
		for i := range patterns {
			b := make([]byte, r.Intn(8))
			for j := range b {
				b[j] = "ab\xff"[r.Intn(3)]
			}
			patterns[i] = string(b)
		}
		a := Build(patterns)
		a.FindAll("abab\xffba")
		a.LeftmostLongest("abab\xffba", func(int, int, int) bool { return true })
	}
}
