package names_test

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/coopframe/cooperation/internal/ahocorasick"
	"github.com/coopframe/cooperation/internal/newsroom"
	"github.com/coopframe/cooperation/names"
)

// The benchmarks of internal/ahocorasick on the newsroom corpus live here,
// beside the corpus (newsroom_corpus_test.go), which package ahocorasick's
// tests cannot reach.

// automatonKeys is the folded, sorted, distinct keys of the 300,000 names,
// as Index.Mentions gives them to its automaton.
var automatonKeys = sync.OnceValue(func() []string {
	ns := newsroomNames()
	keys := make([]string, len(ns))
	for i, n := range ns {
		keys[i] = names.Fold(n.Text)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
})

var (
	sinkAutomaton ahocorasick.Automaton
	sinkMatches   []ahocorasick.Match
)

func patternBytes(keys []string) int {
	n := 0
	for _, k := range keys {
		n += len(k)
	}
	return n
}

// BenchmarkAutomatonBuild builds the automaton of the 300,000 keys and
// reports its size in bytes a byte of the patterns (B/patternbyte, from
// Automaton.Size) and what the heap grew by (heapB/patternbyte).
func BenchmarkAutomatonBuild(b *testing.B) {
	keys := automatonKeys()
	pb := patternBytes(keys)
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	a := ahocorasick.Build(keys)
	runtime.GC()
	runtime.ReadMemStats(&ms1)
	heap := float64(ms1.HeapAlloc) - float64(ms0.HeapAlloc)
	b.ReportAllocs()
	for b.Loop() {
		sinkAutomaton = ahocorasick.Build(keys)
	}
	b.ReportMetric(float64(a.Size())/float64(pb), "B/patternbyte")
	b.ReportMetric(heap/float64(pb), "heapB/patternbyte")
	b.ReportMetric(float64(pb), "patternbytes")
}

// BenchmarkAutomatonLeftmostLongest runs LeftmostLongest of the 300,000
// keys over a folded article of 5 KB and one of 500 KB, accepting every
// occurrence.
func BenchmarkAutomatonLeftmostLongest(b *testing.B) {
	keys := automatonKeys()
	a := ahocorasick.Build(keys)
	all := func(int, int, int) bool { return true }
	for _, size := range []int{5000, 500000} {
		text := names.Fold(newsroom.NewsArticle(newsroomNames(), 0, size, 1))
		b.Run(fmt.Sprintf("%dKB", size/1000), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				sinkMatches = a.LeftmostLongest(text, all)
			}
		})
	}
}

// BenchmarkAutomatonFindAll runs FindAll of the 300,000 keys over a
// folded 5 KB article.
func BenchmarkAutomatonFindAll(b *testing.B) {
	keys := automatonKeys()
	a := ahocorasick.Build(keys)
	text := names.Fold(newsroom.NewsArticle(newsroomNames(), 0, 5000, 1))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sinkMatches = a.FindAll(text)
	}
}
