package ahocorasick_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/coopframe/cooperation/internal/ahocorasick"
	"github.com/coopframe/cooperation/internal/ahocorasick/newsroom"
	"github.com/coopframe/cooperation/names"
)

// corpus is the folded, sorted, distinct keys of the 300,000 names of
// package newsroom, and one folded 5 KB article of the day.
var corpus = sync.OnceValues(func() ([]string, string) {
	ns := newsroom.Names(300000, 1)
	keys := make([]string, len(ns))
	for i, n := range ns {
		keys[i] = names.Fold(n.Text)
	}
	slices.Sort(keys)
	return slices.Compact(keys), names.Fold(newsroom.Article(ns, 0, 5000, 1))
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

// BenchmarkBuild builds the automaton of the 300,000 keys and reports
// its size in bytes a byte of the patterns (B/patternbyte, from
// Automaton.Size) and what the heap grew by (heapB/patternbyte).
func BenchmarkBuild(b *testing.B) {
	keys, _ := corpus()
	pb := patternBytes(keys)
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	a := ahocorasick.Build(keys)
	runtime.GC()
	runtime.ReadMemStats(&ms1)
	heap := float64(ms1.HeapAlloc) - float64(ms0.HeapAlloc)
	runtime.KeepAlive(a)
	b.ReportAllocs()
	for b.Loop() {
		sinkAutomaton = ahocorasick.Build(keys)
	}
	b.ReportMetric(float64(a.Size())/float64(pb), "B/patternbyte")
	b.ReportMetric(heap/float64(pb), "heapB/patternbyte")
	b.ReportMetric(float64(pb), "patternbytes")
}

// BenchmarkLeftmostLongest runs LeftmostLongest of the 300,000 keys over
// a folded article of 5 KB and one of 500 KB, accepting every occurrence:
// the time a byte should not grow with the text.
func BenchmarkLeftmostLongest(b *testing.B) {
	keys, _ := corpus()
	a := ahocorasick.Build(keys)
	all := func(int, int, int) bool { return true }
	for _, size := range []int{5000, 500000} {
		text := names.Fold(newsroom.Article(newsroom.Names(300000, 1), 0, size, 1))
		b.Run(fmt.Sprintf("%dKB", size/1000), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				sinkMatches = a.LeftmostLongest(text, all)
			}
		})
	}
}

// BenchmarkFindAll runs FindAll of the 300,000 keys over a folded 5 KB
// article.
func BenchmarkFindAll(b *testing.B) {
	keys, text := corpus()
	a := ahocorasick.Build(keys)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sinkMatches = a.FindAll(text)
	}
}

// BenchmarkBuildNoSharing builds the automaton of 100,000 random keys of
// 20 bytes, which share hardly any prefix (a trie node nearly every byte):
// the most bytes a pattern byte the automaton can take.
func BenchmarkBuildNoSharing(b *testing.B) {
	r := rand.New(rand.NewPCG(15, 3))
	keys := make([]string, 100000)
	for i := range keys {
		k := make([]byte, 20)
		for j := range k {
			k[j] = byte('a' + r.IntN(26))
		}
		keys[i] = string(k)
	}
	slices.Sort(keys)
	var a ahocorasick.Automaton
	b.ReportAllocs()
	for b.Loop() {
		a = ahocorasick.Build(keys)
	}
	b.ReportMetric(float64(a.Size())/float64(patternBytes(keys)), "B/patternbyte")
}
