// Package acbench compares, side by side, the Aho-Corasick automaton
// behind names.Index.Mentions (internal/ahocorasick) with published Go
// Aho-Corasick modules, on the folded keys of the 300,000 names of issue
// 15 and a folded 5 KB article: search time, build time and memory a byte
// of the patterns. Run it with
//
//	cd internal/acbench && go test -run '^$' -bench . -benchtime 3x
//
// It is a module of its own so that the library's go.mod does not name
// the modules it compares with; the package holds nothing but the
// benchmarks.
package acbench
