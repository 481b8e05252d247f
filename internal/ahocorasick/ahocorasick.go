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
// nodes[v+1].first (the last node is a sentinel): 20 bytes a node and 5
// an edge, about 25 bytes a byte of the patterns.
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
	depth int32 // the length of the node's string
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
				a.nodes = append(a.nodes, acNode{out: -1, dict: -1, depth: int32(depth + 1)})
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

// LeftmostLongest returns the occurrences of patterns in text that accept
// takes, chosen leftmost first, then longest, without overlaps: the
// occurrence that starts first wins, among those starting at the same
// byte the longest, and the search goes on after its end. accept is
// called with a pattern's index and its offsets in text, and only for
// occurrences that could be chosen; what it rejects is as if it were not
// there.
//
// Unlike FindAll it does not collect every occurrence first: nested
// patterns ("a", "a a", "a a a", ...) occur many times at every byte,
// and collecting them costs time and memory in the product of the text's
// length and the number of patterns. It keeps only the choices that can
// still change: occurrences inside one already chosen are skipped, and a
// choice is final once the automaton's state shows that no occurrence
// yet to come can start before it. It holds at most one tentative choice
// a byte of the longest pattern.
//
// The scan runs over text[L:] from the end L of the last final choice,
// as if the text started there (the state is moved down its failure
// links when L moves, which costs no more than the steps that built it
// up), so an occurrence that starts before L is never looked at. At each
// byte it looks at the occurrences ending there, longest first, until
// one becomes a tentative choice; only those that start inside another
// tentative choice are passed over, so the time is linear in the text
// but for names that nest inside a longer tentative one.
func (a *Automaton) LeftmostLongest(text string, accept func(pattern, start, end int) bool) []Match {
	if len(a.nodes) == 0 {
		return nil
	}
	type choice struct{ pattern, start, end int }
	var (
		out     []Match
		pending []choice // tentative choices, in order, not overlapping, all starting at or after last
		head    int      // pending[head:] are live
		last    int      // the end of the last final choice
		v       int32
	)
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
		end := i + 1
		u := v
		if a.nodes[u].out < 0 {
			u = a.nodes[u].dict
		}
		j := head
		for ; u > 0; u = a.nodes[u].dict {
			start := end - int(a.nodes[u].depth)
			for j < len(pending) && pending[j].end <= start {
				j++
			}
			if j < len(pending) && pending[j].start < start {
				continue // inside a tentative choice: never chosen
			}
			p := int(a.nodes[u].out)
			if !accept(p, start, end) {
				continue
			}
			// It starts before pending[j], or with it and ends later:
			// it replaces pending[j] and every choice after it, which
			// all end by end.
			pending = append(pending[:j], choice{p, start, end})
			break
		}
		// An occurrence yet to come starts at or after end minus the
		// depth of the state: the choices before that are final.
		for head < len(pending) && pending[head].start < end-int(a.nodes[v].depth) {
			c := pending[head]
			out = append(out, Match{Pattern: c.pattern, End: c.end})
			head++
			last = c.end
			for int(a.nodes[v].depth) > end-last {
				v = a.nodes[v].fail
			}
		}
		if head == len(pending) {
			pending, head = pending[:0], 0
		} else if head > 32 && head > len(pending)/2 {
			pending, head = pending[:copy(pending, pending[head:])], 0
		}
	}
	for _, c := range pending[head:] {
		out = append(out, Match{Pattern: c.pattern, End: c.end})
	}
	return out
}
