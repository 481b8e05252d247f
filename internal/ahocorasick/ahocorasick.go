// Package ahocorasick is the Aho-Corasick automaton behind
// names.Index.Mentions: every occurrence of every pattern in one pass over
// a text, whatever the number of patterns. Users never name it; start from
// package github.com/coopframe/cooperation/names.
package ahocorasick

import "slices"

// Automaton is an Aho-Corasick automaton over bytes: it finds every
// occurrence of every pattern in one pass over a text, whatever the number
// of patterns. Running x/text/search once per name costs a pass per name;
// with a hundred thousand names that is the difference between
// milliseconds and minutes.
//
// Nodes keep their edges in two parallel arrays (labels and targets),
// sorted by label and searched by binary search, which costs far less
// memory than a 256-way table per node and little time, since most nodes
// have one or two edges. Node v's edges run from nodes[v].first to
// nodes[v+1].first (the last node is a sentinel): 16 bytes a node and 5
// an edge, about 21 bytes a byte of the patterns.
type Automaton struct {
	nodes  []acNode
	labels []byte
	to     []int32
}

type acNode struct {
	first int32 // the node's first edge
	fail  int32 // the longest proper suffix of this node's string that is a trie node
	out   int32 // the pattern ending here, or -1
	dict  int32 // the nearest node on the fail chain with a pattern, or -1
}

// Match is one occurrence of a pattern.
type Match struct {
	Pattern int // index of the pattern
	End     int // byte offset just after the match in the text
}

// Build builds the automaton of patterns, which must be sorted
// (so that each node's edges come out sorted and contiguous when the trie
// is built breadth-first).
func Build(patterns []string) Automaton {
	// Build the trie level by level: at depth d, the children of a node are
	// the distinct bytes at position d of the patterns in its range.
	type span struct {
		node   int32
		lo, hi int // patterns[lo:hi] share the node's prefix
	}
	// A trie has at most one node per pattern byte, plus the root:
	// allocating that much up front avoids copying while growing.
	total := 1
	for _, p := range patterns {
		total += len(p)
	}
	a := Automaton{nodes: make([]acNode, 1, total+1), labels: make([]byte, 0, total), to: make([]int32, 0, total)}
	a.nodes[0] = acNode{out: -1, dict: -1}
	level := []span{{0, 0, len(patterns)}}
	var next []span
	for depth := 0; len(level) > 0; depth++ {
		next = next[:0]
		for _, sp := range level {
			lo := sp.lo
			// A pattern that ends at this depth ends at this node.
			for lo < sp.hi && len(patterns[lo]) == depth {
				if a.nodes[sp.node].out < 0 {
					a.nodes[sp.node].out = int32(lo)
				}
				lo++
			}
			a.nodes[sp.node].first = int32(len(a.labels))
			for lo < sp.hi {
				b := patterns[lo][depth]
				hi := lo
				for hi < sp.hi && len(patterns[hi]) > depth && patterns[hi][depth] == b {
					hi++
				}
				child := int32(len(a.nodes))
				a.nodes = append(a.nodes, acNode{out: -1, dict: -1})
				a.labels = append(a.labels, b)
				a.to = append(a.to, child)
				next = append(next, span{child, lo, hi})
				lo = hi
			}
		}
		level, next = next, level
	}
	// The sentinel ends the last node's edges. Nodes are numbered in
	// breadth-first order, and each node's edges were appended when it was
	// visited, so they are contiguous and in node order.
	n := len(a.nodes)
	a.nodes = append(a.nodes, acNode{first: int32(len(a.labels)), out: -1, dict: -1})
	// Failure and dictionary links, breadth first.
	for v := range n {
		first, end := a.nodes[v].first, a.nodes[v+1].first
		for k := first; k < end; k++ {
			c, label := a.to[k], a.labels[k]
			if v == 0 {
				a.nodes[c].fail = 0
			} else {
				f := a.nodes[v].fail
				for {
					if t, ok := a.step(f, label); ok {
						a.nodes[c].fail = t
						break
					}
					if f == 0 {
						a.nodes[c].fail = 0
						break
					}
					f = a.nodes[f].fail
				}
			}
			f := a.nodes[c].fail
			if a.nodes[f].out >= 0 {
				a.nodes[c].dict = f
			} else {
				a.nodes[c].dict = a.nodes[f].dict
			}
		}
	}
	return a
}

// step returns the child of node v on byte b.
func (a *Automaton) step(v int32, b byte) (int32, bool) {
	first, end := a.nodes[v].first, a.nodes[v+1].first
	i, ok := slices.BinarySearch(a.labels[first:end], b)
	if !ok {
		return 0, false
	}
	return a.to[first+int32(i)], true
}

// FindAll returns every occurrence of every pattern in text, by end
// offset, longest first among those ending at the same byte.
func (a *Automaton) FindAll(text string) []Match {
	if len(a.nodes) == 0 {
		return nil
	}
	var out []Match
	var v int32
	for i := 0; i < len(text); i++ {
		b := text[i]
		for {
			if t, ok := a.step(v, b); ok {
				v = t
				break
			}
			if v == 0 {
				break
			}
			v = a.nodes[v].fail
		}
		for u := v; u >= 0; u = a.nodes[u].dict {
			if u == 0 {
				break
			}
			if p := a.nodes[u].out; p >= 0 {
				out = append(out, Match{Pattern: int(p), End: i + 1})
			}
		}
	}
	return out
}
