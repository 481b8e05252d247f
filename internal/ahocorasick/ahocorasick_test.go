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
