package ahocorasick

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// The benchmarks on the 300,000 names of the newsroom corpus are in
// package names (automaton_bench_test.go), where the corpus is.

// BenchmarkBuildNoSharing builds the automaton of 100,000 random keys of
// 20 bytes, which share hardly any prefix (a trie node nearly every byte):
// the most bytes a pattern byte the automaton can take.
func BenchmarkBuildNoSharing(b *testing.B) {
	r := rand.New(rand.NewPCG(15, 3))
	keys := make([]string, 100000)
	n := 0
	for i := range keys {
		k := make([]byte, 20)
		for j := range k {
			k[j] = byte('a' + r.IntN(26))
		}
		keys[i] = string(k)
		n += len(k)
	}
	slices.Sort(keys)
	var a Automaton
	b.ReportAllocs()
	for b.Loop() {
		a = Build(keys)
	}
	b.ReportMetric(float64(a.Size())/float64(n), "B/patternbyte")
}
