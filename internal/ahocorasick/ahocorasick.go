// Package ahocorasick is the Aho-Corasick automaton behind
// names.Index.Mentions: every occurrence of every pattern in one pass over
// a text, whatever the number of patterns. Users never name it; start from
// package github.com/coopframe/cooperation/names.
package ahocorasick

import (
	"math/bits"
	"unsafe"
)

// Automaton is an Aho-Corasick automaton over bytes: it finds every
// occurrence of every pattern in one pass over a text, whatever the number
// of patterns. Running x/text/search once per name costs a pass per name;
// with a hundred thousand names that is the difference between
// milliseconds and minutes. An Automaton is safe for concurrent use: no
// method modifies it.
//
// It is laid out for little memory, in arrays sized exactly (the number
// of trie nodes is known before the trie is built, from the common
// prefixes of the sorted patterns):
//
//   - Nodes are numbered breadth first, so the children of a node are
//     consecutive and the node made for edge k is node k+1: an edge is
//     its label alone (1 byte), and a node's edges run from
//     nodes[v].first to nodes[v+1].first (the last node is a sentinel),
//     sorted by label.
//   - A node keeps its first edge and failure link: 8 bytes. Its
//     dictionary link (the nearest node on its failure chain where a
//     pattern ends) is not stored: a bit a node says whether there is one,
//     and it is found by following the failure links, which is done only
//     where a pattern does occur.
//   - Depth grows with the node number, so a node's depth is found by
//     binary search in the first node of each depth (levels) rather than
//     stored; it is needed only where an occurrence is found or a choice
//     is pending.
//   - The pattern that ends at a node is in outs, at the rank of the
//     node in a bit set of the nodes where a pattern ends: a bit a node,
//     a 32-bit count every 64 nodes, 4 bytes a pattern.
//   - The root, where a search over text with few matches spends most of
//     its steps, has a dense table of its 256 children.
//
// That is about 9.3 bytes a trie node (it was 25), and a trie has at
// most one node a pattern byte, fewer where patterns share prefixes.
type Automaton struct {
	nodes  []acNode
	labels []byte   // labels[k] is the label of edge k, whose child is node k+1
	levels []int32  // levels[d] is the first node of depth d; the last is len(nodes)-1
	term   []uint64 // bit v%64 of term[v/64]: a pattern ends at node v
	dicts  []uint64 // bit v%64 of dicts[v/64]: a pattern ends at a node of v's failure chain other than the root
	rank   []int32  // rank[w] is the number of bits set in term[:w]
	outs   []int32  // outs[r] is the pattern ending at the r-th node of term
	root   *[256]int32
}

type acNode struct {
	first int32 // the node's first edge
	fail  int32 // the longest proper suffix of this node's string that is a trie node
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
	// Sorted patterns share a prefix with the one before them; every byte
	// after it is a new trie node.
	total := 1
	prev := ""
	for _, p := range patterns {
		l := 0
		for l < len(p) && l < len(prev) && p[l] == prev[l] {
			l++
		}
		total += len(p) - l
		prev = p
	}
	a := Automaton{
		nodes:  make([]acNode, 1, total+1),
		labels: make([]byte, 0, total-1),
		term:   make([]uint64, (total+63)/64),
		root:   new([256]int32),
	}
	// Build the trie level by level: at depth d, the children of a node are
	// the distinct bytes at position d of the patterns in its range.
	type span struct {
		node   int32
		lo, hi int // patterns[lo:hi] share the node's prefix
	}
	level := []span{{0, 0, len(patterns)}}
	var next []span
	for depth := 0; len(level) > 0; depth++ {
		a.levels = append(a.levels, level[0].node)
		next = next[:0]
		for _, sp := range level {
			lo := sp.lo
			a.nodes[sp.node].first = int32(len(a.labels))
			for lo < sp.hi {
				// A pattern that ends at this depth ends at this node;
				// the first of equal patterns is the one reported (sorted,
				// they come before the longer ones). Nodes are visited in
				// order, so outs comes out in node order.
				if len(patterns[lo]) == depth {
					for int(sp.node/64) >= len(a.term) {
						a.term = append(a.term, 0) // only if patterns were not sorted
					}
					if !a.isTerm(sp.node) {
						a.term[sp.node/64] |= 1 << (sp.node % 64)
						a.outs = append(a.outs, int32(lo))
					}
					lo++
					continue
				}
				b := patterns[lo][depth]
				hi := lo
				for hi < sp.hi && len(patterns[hi]) > depth && patterns[hi][depth] == b {
					hi++
				}
				child := int32(len(a.nodes))
				a.nodes = append(a.nodes, acNode{})
				a.labels = append(a.labels, b)
				if sp.node == 0 {
					a.root[b] = child
				}
				next = append(next, span{child, lo, hi})
				lo = hi
			}
		}
		level, next = next, level
	}
	a.levels = append(a.levels, int32(len(a.nodes)))
	a.levels = a.levels[:len(a.levels):len(a.levels)]
	a.outs = a.outs[:len(a.outs):len(a.outs)]
	for len(a.term) < (len(a.nodes)+63)/64 {
		a.term = append(a.term, 0) // only if patterns were not sorted
	}
	a.rank = make([]int32, len(a.term))
	r := int32(0)
	for w, t := range a.term {
		a.rank[w] = r
		r += int32(bits.OnesCount64(t))
	}
	// The sentinel ends the last node's edges. Nodes are numbered in
	// breadth-first order, and each node's edges were appended when it was
	// visited, so they are contiguous and in node order.
	n := len(a.nodes)
	a.nodes = append(a.nodes, acNode{first: int32(len(a.labels))})
	a.dicts = make([]uint64, len(a.term))
	// Failure and dictionary links, breadth first.
	for v := range n {
		first, end := a.nodes[v].first, a.nodes[v+1].first
		for k := first; k < end; k++ {
			c, label := k+1, a.labels[k]
			if v != 0 {
				f := a.nodes[v].fail
				for {
					if t, ok := a.step(f, label); ok {
						a.nodes[c].fail = t
						break
					}
					if f == 0 {
						break
					}
					f = a.nodes[f].fail
				}
			}
			// A pattern ends on c's failure chain if it ends at its
			// failure link or on that one's chain (a pattern ending at
			// the root, the empty one, never matches).
			if f := a.nodes[c].fail; f != 0 && a.isTerm(f) || a.dicts[f/64]&(1<<(f%64)) != 0 {
				a.dicts[c/64] |= 1 << (c % 64)
			}
		}
	}
	return a
}

// Size returns the number of bytes the automaton holds.
func (a *Automaton) Size() int {
	if a.root == nil {
		return 0
	}
	return cap(a.nodes)*int(unsafe.Sizeof(acNode{})) + cap(a.labels) + 4*cap(a.levels) +
		8*cap(a.term) + 8*cap(a.dicts) + 4*cap(a.rank) + 4*cap(a.outs) + int(unsafe.Sizeof(*a.root))
}

// isTerm reports whether a pattern ends at node v.
func (a *Automaton) isTerm(v int32) bool { return a.term[v/64]&(1<<(v%64)) != 0 }

// dict returns the nearest node other than the root on v's failure chain
// where a pattern ends, or 0 if there is none.
func (a *Automaton) dict(v int32) int32 {
	if a.dicts[v/64]&(1<<(v%64)) == 0 {
		return 0
	}
	v = a.nodes[v].fail
	for !a.isTerm(v) {
		v = a.nodes[v].fail
	}
	return v
}

// out returns the pattern that ends at node v, or -1.
func (a *Automaton) out(v int32) int32 {
	w, bit := v/64, uint64(1)<<(v%64)
	if a.term[w]&bit == 0 {
		return -1
	}
	return a.outs[a.rank[w]+int32(bits.OnesCount64(a.term[w]&(bit-1)))]
}

// depth returns the length of node v's string: the last depth whose first
// node is at most v.
func (a *Automaton) depth(v int32) int {
	lo, hi := 0, len(a.levels)-1 // levels[lo] <= v < levels[hi]
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if a.levels[m] <= v {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}

// step returns the child of node v on byte b.
func (a *Automaton) step(v int32, b byte) (int32, bool) {
	if v == 0 {
		t := a.root[b]
		return t, t != 0
	}
	first, end := a.nodes[v].first, a.nodes[v+1].first
	// Most nodes have one or two edges: look at them in turn, and search
	// by halves only where there are many.
	if end-first <= 8 {
		for k := first; k < end; k++ {
			if l := a.labels[k]; l >= b {
				if l == b {
					return k + 1, true
				}
				break
			}
		}
		return 0, false
	}
	lo, hi := first, end
	for lo < hi {
		m := int32(uint32(lo+hi) >> 1)
		if a.labels[m] < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < end && a.labels[lo] == b {
		return lo + 1, true
	}
	return 0, false
}

// next returns the state after v on byte b.
func (a *Automaton) next(v int32, b byte) int32 {
	for {
		if t, ok := a.step(v, b); ok {
			return t
		}
		if v == 0 {
			return 0
		}
		v = a.nodes[v].fail
	}
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
		v = a.next(v, text[i])
		u := v
		if !a.isTerm(u) {
			u = a.dict(u)
		}
		for ; u > 0; u = a.dict(u) {
			out = append(out, Match{Pattern: int(a.out(u)), End: i + 1})
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
	return scanLeftmostLongest(a, nil, text, accept)
}

// AppendLeftmostLongest is LeftmostLongest over a text held as bytes: it
// appends the occurrences to dst and returns the result.
func (a *Automaton) AppendLeftmostLongest(dst []Match, text []byte, accept func(pattern, start, end int) bool) []Match {
	return scanLeftmostLongest(a, dst, text, accept)
}

// scanLeftmostLongest is LeftmostLongest and AppendLeftmostLongest.
func scanLeftmostLongest[T string | []byte](a *Automaton, out []Match, text T, accept func(pattern, start, end int) bool) []Match {
	if len(a.nodes) == 0 {
		return out
	}
	type choice struct{ pattern, start, end int }
	var (
		pending []choice // tentative choices, in order, not overlapping, all starting at or after last
		head    int      // pending[head:] are live
		last    int      // the end of the last final choice
		v       int32
	)
	for i := 0; i < len(text); i++ {
		v = a.next(v, text[i])
		end := i + 1
		u := v
		if !a.isTerm(u) {
			u = a.dict(u)
		}
		j := head
		for ; u > 0; u = a.dict(u) {
			start := end - a.depth(u)
			for j < len(pending) && pending[j].end <= start {
				j++
			}
			if j < len(pending) && pending[j].start < start {
				continue // inside a tentative choice: never chosen
			}
			p := int(a.out(u))
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
		if head < len(pending) {
			d := a.depth(v)
			for head < len(pending) && pending[head].start < end-d {
				c := pending[head]
				out = append(out, Match{Pattern: c.pattern, End: c.end})
				head++
				last = c.end
				for d > end-last {
					v = a.nodes[v].fail
					d = a.depth(v)
				}
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
