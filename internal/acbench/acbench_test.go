package acbench

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	bobu "github.com/BobuSumisu/aho-corasick"
	cloudflare "github.com/cloudflare/ahocorasick"
	coregx "github.com/coregx/ahocorasick"
	petar "github.com/petar-dambovaliev/aho-corasick"

	"github.com/coopframe/cooperation/internal/ahocorasick"
	"github.com/coopframe/cooperation/internal/newsroom"
	"github.com/coopframe/cooperation/names"
)

// corpus is the folded, sorted, distinct keys of the 300,000 names of
// package newsroom (as names.Index.Mentions gives them to its automaton)
// and a folded 5 KB article of the day (as Mentions scans it).
var corpus = sync.OnceValues(func() ([]string, string) {
	ns := newsroom.NewsNames(300000, 1)
	keys := make([]string, len(ns))
	for i, n := range ns {
		keys[i] = names.Fold(n.Text)
	}
	slices.Sort(keys)
	return slices.Compact(keys), names.Fold(newsroom.NewsArticle(ns, 0, 5000, 1))
})

// An engine is one module's automaton: how to build it and how to search
// with it. Each searches as its module does best for finding names: the
// leftmost-longest choice where the module has it (ours, petar, coregx),
// else every occurrence (BobuSumisu) or the set of patterns found
// (cloudflare).
type engine struct {
	name  string
	small bool // too slow or too large to build for 300,000 keys: only the 3,000

	build  func(keys []string) any
	search func(a any, text string) int // the number of matches
}

var engines = []engine{
	{"coopframe", false, func(keys []string) any { a := ahocorasick.Build(keys); return &a },
		func(a any, text string) int {
			return len(a.(*ahocorasick.Automaton).LeftmostLongest(text, func(int, int, int) bool { return true }))
		}},
	{"coopframe-all", false, func(keys []string) any { a := ahocorasick.Build(keys); return &a },
		func(a any, text string) int { return len(a.(*ahocorasick.Automaton).FindAll(text)) }},
	{"petar-dambovaliev", false, func(keys []string) any {
		b := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.LeftMostLongestMatch})
		return b.Build(keys)
	}, func(a any, text string) int { return len(a.(petar.AhoCorasick).FindAll(text)) }},
	{"petar-dambovaliev-dfa", true, func(keys []string) any {
		b := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.LeftMostLongestMatch, DFA: true})
		return b.Build(keys)
	}, func(a any, text string) int { return len(a.(petar.AhoCorasick).FindAll(text)) }},
	{"coregx", false, func(keys []string) any {
		a, err := coregx.NewBuilder().SetMatchKind(coregx.LeftmostLongest).AddStrings(keys).Build()
		if err != nil {
			panic(err)
		}
		return a
	}, func(a any, text string) int { return len(a.(*coregx.Automaton).FindAll([]byte(text), -1)) }},
	{"BobuSumisu", false, func(keys []string) any { return bobu.NewTrieBuilder().AddStrings(keys).Build() },
		func(a any, text string) int { return len(a.(*bobu.Trie).Match([]byte(text))) }},
	{"cloudflare", true, func(keys []string) any { return cloudflare.NewStringMatcher(keys) },
		func(a any, text string) int { return len(a.(*cloudflare.Matcher).MatchThreadSafe([]byte(text))) }},
}

var (
	sinkAny   any
	sinkCount int
)

func patternBytes(keys []string) int {
	n := 0
	for _, k := range keys {
		n += len(k)
	}
	return n
}

// corpora are the 300,000 keys and every hundredth of them: cloudflare's
// matcher holds a 256-way table a pattern byte (it asks for 40 GB for the
// 300,000 keys) and petar-dambovaliev's DFA takes more than a minute to
// build them, so those two are compared on the 3,000 only.
func corpora() []struct {
	name string
	keys []string
} {
	keys, _ := corpus()
	var small []string
	for i := 0; i < len(keys); i += 100 {
		small = append(small, keys[i])
	}
	return []struct {
		name string
		keys []string
	}{{"300k", keys}, {"3k", small}}
}

// BenchmarkBuild builds each automaton and reports what the heap grew by
// (after a collection, with the automaton alive), in bytes a byte of the
// patterns (heapB/patternbyte), measured the same way for every module.
func BenchmarkBuild(b *testing.B) {
	for _, c := range corpora() {
		pb := patternBytes(c.keys)
		for _, e := range engines {
			if e.name == "coopframe-all" || e.small && c.name == "300k" {
				continue // the same automaton as coopframe; too large
			}
			b.Run(c.name+"/"+e.name, func(b *testing.B) {
				var ms0, ms1 runtime.MemStats
				first := true
				b.ReportAllocs()
				for b.Loop() {
					if !first {
						sinkAny = e.build(c.keys)
						continue
					}
					first = false
					b.StopTimer()
					sinkAny = nil
					runtime.GC()
					runtime.ReadMemStats(&ms0)
					b.StartTimer()
					sinkAny = e.build(c.keys)
					b.StopTimer()
					runtime.GC()
					runtime.ReadMemStats(&ms1)
					b.StartTimer()
				}
				sinkAny = nil
				b.ReportMetric((float64(ms1.HeapAlloc)-float64(ms0.HeapAlloc))/float64(pb), "heapB/patternbyte")
			})
		}
	}
}

// textOf returns the text the keys are searched in: the folded 5 KB
// article for the 300,000 (it mentions about 40 of them), and for the
// 3,000, which it hardly mentions, a 5 KB text that mentions one in ten
// words.
func textOf(keys []string, article string) string {
	if len(keys) > 100000 {
		return article
	}
	words := strings.Fields(article)
	var b strings.Builder
	for i := 0; b.Len() < 5000; i++ {
		if i%10 == 0 {
			b.WriteString(keys[(i*7919)%len(keys)])
		} else {
			b.WriteString(words[i%len(words)])
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// leftmostLongest is the leftmost-longest choice the slow way: from each
// byte, the longest key there, and on after it.
func leftmostLongest(keys []string, text string) int {
	set := map[string]bool{}
	longest := 0
	for _, k := range keys {
		set[k] = true
		longest = max(longest, len(k))
	}
	n := 0
	for s := 0; s < len(text); {
		e := 0
		for l := min(longest, len(text)-s); l > 0; l-- {
			if set[text[s:s+l]] {
				e = s + l
				break
			}
		}
		if e == 0 {
			s++
			continue
		}
		n++
		s = e
	}
	return n
}

// TestAgree checks that coopframe's leftmost-longest choice is the slow
// way's, and logs how many matches each module reports (they differ by
// what each reports: every occurrence, the set of patterns, or a choice
// without overlaps).
func TestAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every automaton of 300,000 keys")
	}
	_, article := corpus()
	for _, c := range corpora() {
		text := textOf(c.keys, article)
		want := leftmostLongest(c.keys, text)
		for _, e := range engines {
			if e.small && c.name == "300k" {
				continue
			}
			got := e.search(e.build(c.keys), text)
			t.Logf("%s/%s: %d matches (leftmost-longest the slow way: %d)", c.name, e.name, got, want)
			if e.name == "coopframe" && got != want {
				t.Errorf("%s: coopframe finds %d, the slow way %d", c.name, got, want)
			}
		}
	}
}

// BenchmarkSearch searches a folded 5 KB text with each automaton (see
// textOf).
func BenchmarkSearch(b *testing.B) {
	_, article := corpus()
	for _, c := range corpora() {
		text := textOf(c.keys, article)
		for _, e := range engines {
			if e.small && c.name == "300k" {
				continue
			}
			b.Run(c.name+"/"+e.name, func(b *testing.B) {
				a := e.build(c.keys)
				n := e.search(a, text)
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					sinkCount = e.search(a, text)
				}
				b.ReportMetric(float64(n), "matches")
			})
		}
	}
}
