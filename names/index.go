package names

import (
	"cmp"
	"iter"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/coopframe/cooperation/internal/ahocorasick"
	"github.com/coopframe/cooperation/internal/enum"
)

// Ref is one name of one entity, as an [Index] holds it.
type Ref struct {
	ID   string // the entity, as given to NewIndex
	N    int    // the index of the name in the entity's Names
	Name Name   // the name itself
}

// MatchKind says how a name matched a query.
type MatchKind uint8

// The match kinds, from best to worst. In text each is its name:
// "exact", "honorific", "normalized", "prefix", "word", "fuzzy".
//
// A caller that must not be fooled by a spoofed name (one written with
// bidi controls, word joiners, soft hyphens or other invisible
// characters, or with fullwidth or mathematical letters, that folds to a
// real name's key) accepts only MatchExact and MatchHonorific. Prefix,
// word and fuzzy matches do not say whether the query had such
// characters: none of them is an exact match anyway.
const (
	MatchExact      MatchKind = iota // the folded query equals the folded name
	MatchHonorific                   // equal once honorifics were removed from the query ("Dato Lim Jock Hoi")
	MatchNormalized                  // equal only once invisible characters were removed from the query or its compatibility characters normalised ("ASEAN\u200D", "ＡＳＥＡＮ", "𝐀𝐒𝐄𝐀𝐍"): a possible spoof
	MatchPrefix                      // the folded name starts with the folded query
	MatchWord                        // a later word of the folded name starts with the folded query ("Pornmoniroth")
	MatchFuzzy                       // the folded name is within a few edits of the folded query
)

var matchKinds = enum.Names[MatchKind]{Type: "MatchKind", Names: []string{"exact", "honorific", "normalized", "prefix", "word", "fuzzy"}}

// String returns "exact", "honorific", "normalized", "prefix", "word" or "fuzzy".
func (k MatchKind) String() string { return matchKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler]; an unknown value is a
// *[ParseError].
func (k MatchKind) MarshalText() ([]byte, error) { return marshalEnum(matchKinds, k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown name is
// a *[ParseError].
func (k *MatchKind) UnmarshalText(b []byte) error { return unmarshalEnum(matchKinds, b, k) }

// Match is a result of an [Index] search: the name that matched and how.
type Match struct {
	Ref
	How MatchKind
	// Distance is the number of edits (insertions, deletions,
	// substitutions, transpositions of adjacent characters) between the
	// folded query and the folded name; 0 unless How is MatchFuzzy.
	Distance int
	// Key is the folded name.
	Key string
}

// Index finds entities by any of their names, in any script: exact
// lookup on folded keys ([Fold]), prefix search, ranked fuzzy search, and
// [Index.Mentions] over running text. The root package builds one per
// dataset over its actors and initiatives (Dataset.NameIndex). An Index
// is safe for concurrent use.
type Index struct {
	n      int              // names indexed
	byKey  map[string][]Ref // folded key -> the names with that key
	sorted []string         // the distinct keys, sorted, for prefix and fuzzy search
	acOnce sync.Once
	ac     ahocorasick.Automaton // every key, for Mentions, built on its first use
}

// NewIndex indexes every name of every entity entries yields, with the
// entity's ID; an entity's names keep their order, and entities the
// order entries gives them. Names that fold to nothing (punctuation
// only) are not indexed.
func NewIndex(entries iter.Seq2[string, Names]) *Index {
	ix := &Index{byKey: make(map[string][]Ref)}
	var buf []byte
	for id, ns := range entries {
		for i, n := range ns {
			buf = AppendFold(buf[:0], n.Text)
			if len(buf) == 0 {
				continue
			}
			ix.n++
			ref := Ref{ID: id, N: i, Name: n}
			if refs, ok := ix.byKey[string(buf)]; ok {
				ix.byKey[string(buf)] = append(refs, ref)
				continue
			}
			key := string(buf)
			ix.sorted = append(ix.sorted, key)
			ix.byKey[key] = []Ref{ref}
		}
	}
	slices.Sort(ix.sorted)
	return ix
}

// Len returns the number of names indexed.
func (ix *Index) Len() int { return ix.n }

// Lookup returns the names whose folded key equals the folded name: every
// entity called that, in dataset order, and how they matched. A name that
// starts with honorifics ("Dato", "Dr", "Daw", "H.E.") is also tried
// without them (MatchHonorific). A name that matches only once its
// invisible characters are removed or its compatibility characters
// (fullwidth, mathematical letters) normalised gives MatchNormalized,
// unless one of the names it matches is written with the same
// characters; see [MatchKind]. With no names, the kind is MatchExact.
//
// It does not allocate for a name without such characters: the result is
// shared and must not be modified.
func (ix *Index) Lookup(name string) ([]Ref, MatchKind) {
	var buf [128]byte
	key, hid := appendFold(buf[:0], name, true)
	if refs, ok := ix.byKey[string(key)]; ok {
		return refs, kindOf(name, hid, refs, MatchExact)
	}
	if rest, ok := stripHonorifics(key); ok {
		refs := ix.byKey[string(rest)]
		return refs, kindOf(name, hid, refs, MatchHonorific)
	}
	return nil, MatchExact
}

// kindOf returns how as it is, or MatchNormalized if the query has hidden
// characters (hid) and none of refs is written with them.
func kindOf(query string, hid bool, refs []Ref, how MatchKind) MatchKind {
	if len(refs) == 0 || !hid {
		return how
	}
	q := strictKey(query)
	for _, r := range refs {
		if sameStrict(q, strictKey(r.Name.Text), how) {
			return how
		}
	}
	return MatchNormalized
}

// sameStrict reports whether the strict key q of a query stands for the
// strict key n of a name that it matched with how: equal, or for an
// honorific match, ending with it after a word break.
func sameStrict(q, n string, how MatchKind) bool {
	if how == MatchHonorific {
		return strings.HasSuffix(q, " "+n)
	}
	return q == n
}

// Find returns the matches of a name: exact matches (or normalized ones,
// as [Index.Lookup] says), else matches once honorifics are removed, else
// names starting with it, else names with a later word starting with it
// (a family or given name alone), else names within maxEdits edits of it
// (0 means 2), best first, at most limit (0 means 10).
func (ix *Index) Find(name string, maxEdits, limit int) []Match {
	if maxEdits <= 0 {
		maxEdits = 2
	}
	if limit <= 0 {
		limit = 10
	}
	var buf [64]byte
	kb, hid := appendFold(buf[:0], name, true)
	key := string(kb)
	if key == "" {
		return nil
	}
	var out []Match
	addKey := func(k string, how MatchKind, dist int) bool {
		for _, r := range ix.byKey[k] {
			if len(out) == limit {
				return false
			}
			out = append(out, Match{Ref: r, How: how, Distance: dist, Key: k})
		}
		return true
	}
	if refs, ok := ix.byKey[key]; ok {
		addKey(key, kindOf(name, hid, refs, MatchExact), 0)
		return out
	}
	if rest, ok := stripHonorifics([]byte(key)); ok {
		if refs, ok := ix.byKey[string(rest)]; ok {
			addKey(string(rest), kindOf(name, hid, refs, MatchHonorific), 0)
			return out
		}
	}
	if ms := ix.prefix(key, limit); len(ms) > 0 {
		return ms
	}
	if ms := ix.word(key, limit); len(ms) > 0 {
		return ms
	}
	return ix.fuzzy(key, maxEdits, limit)
}

// Prefix returns the names whose folded key starts with the folded
// prefix, in key order, at most limit (0 means 10). An entity is given
// once a key: of its names that fold alike (the acronym "CLMV" in
// English and in Vietnamese) the first stands for the others.
func (ix *Index) Prefix(prefix string, limit int) []Match {
	if limit <= 0 {
		limit = 10
	}
	return ix.prefix(Fold(prefix), limit)
}

func (ix *Index) prefix(key string, limit int) []Match {
	if key == "" {
		return nil
	}
	var out []Match
	i, _ := slices.BinarySearch(ix.sorted, key)
	for ; i < len(ix.sorted) && strings.HasPrefix(ix.sorted[i], key); i++ {
		for _, r := range ix.byKey[ix.sorted[i]] {
			if len(out) == limit {
				return out
			}
			if n := len(out); n > 0 && out[n-1].Key == ix.sorted[i] && out[n-1].ID == r.ID {
				continue // the same entity under the same key
			}
			out = append(out, Match{Ref: r, How: MatchPrefix, Key: ix.sorted[i]})
		}
	}
	return out
}

// word returns the names with a word after the first that starts with
// key, scanning the keys in order.
func (ix *Index) word(key string, limit int) []Match {
	var out []Match
	needle := " " + key
	for _, k := range ix.sorted {
		if !strings.Contains(k, needle) {
			continue
		}
		for _, r := range ix.byKey[k] {
			if len(out) == limit {
				return out
			}
			if n := len(out); n > 0 && out[n-1].Key == k && out[n-1].ID == r.ID {
				continue // the same entity under the same key
			}
			out = append(out, Match{Ref: r, How: MatchWord, Key: k})
		}
	}
	return out
}

// fuzzy ranks every key within maxEdits of key by distance, then key. It
// scans the keys, skipping those whose length rules them out; a BK-tree
// would be faster on very large indexes but costs memory for every key.
func (ix *Index) fuzzy(key string, maxEdits, limit int) []Match {
	q := []rune(key)
	var cand []Match
	row := make([]int, 0, 64)
	prev := make([]int, 0, 64)
	prev2 := make([]int, 0, 64)
	var kr []rune
	for _, k := range ix.sorted {
		n := utf8.RuneCountInString(k)
		if n < len(q)-maxEdits || n > len(q)+maxEdits {
			continue
		}
		kr = append(kr[:0], []rune(k)...)
		d := editDistance(q, kr, maxEdits, &row, &prev, &prev2)
		if d > maxEdits {
			continue
		}
		for _, r := range ix.byKey[k] {
			cand = append(cand, Match{Ref: r, How: MatchFuzzy, Distance: d, Key: k})
		}
	}
	slices.SortStableFunc(cand, func(a, b Match) int {
		return cmp.Or(cmp.Compare(a.Distance, b.Distance), cmp.Compare(a.Key, b.Key))
	})
	return cand[:min(limit, len(cand))]
}

// editDistance is the optimal string alignment distance between a and b
// (Levenshtein with adjacent transpositions), stopping early once every
// cell of a row exceeds max.
func editDistance(a, b []rune, max int, rowp, prevp, prev2p *[]int) int {
	row, prev, prev2 := (*rowp)[:0], (*prevp)[:0], (*prev2p)[:0]
	for j := 0; j <= len(b); j++ {
		prev = append(prev, j)
	}
	for i := 1; i <= len(a); i++ {
		row = append(row[:0], i)
		best := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, row[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			row = append(row, v)
			best = min(best, v)
		}
		if best > max {
			*rowp, *prevp, *prev2p = row, prev, prev2
			return max + 1
		}
		prev2, prev, row = prev, row, prev2
	}
	*rowp, *prevp, *prev2p = row, prev, prev2
	return prev[len(b)]
}

// honorifics are folded honorifics and titles removed from the start of a
// query when it does not match as given. They are the forms of address of
// the region's news reports: Burmese U, Daw, Ko, Ma, Saw; Malaysian Dato,
// Datuk, Tan Sri, Tun; Cambodian Samdech, Lok Chumteav, Oknha; Thai Khun;
// and English and French ones.
var honorifics = []string{
	"h e", "his excellency", "her excellency", "excellency",
	"dr", "prof", "professor", "mr", "mrs", "ms", "madam", "sir", "dame", "m", "mme",
	"u", "daw", "ko", "ma", "saw", "dato", "datuk", "datin", "dato sri", "datuk seri", "tan sri", "puan sri", "tun", "pehin",
	"samdech", "lok chumteav", "oknha", "khun",
}

// stripHonorifics removes leading honorific words from a folded key,
// reporting whether it removed any and something is left.
func stripHonorifics(key []byte) ([]byte, bool) {
	stripped := false
	for {
		found := false
		// Prefer the longest honorific ("dato sri" before "dato").
		best := 0
		for _, h := range honorifics {
			if len(h) > best && len(key) > len(h) && key[len(h)] == ' ' && string(key[:len(h)]) == h {
				best = len(h)
			}
		}
		if best > 0 {
			key = key[best+1:]
			stripped, found = true, true
		}
		if !found {
			return key, stripped && len(key) > 0
		}
	}
}

// Mention is a name found in a text.
type Mention struct {
	Start, End int    // byte offsets of the name in the original text
	Key        string // the folded name
	Refs       []Ref  // the names with that key: one or more entities (shared; do not modify)
	// How is MatchExact, or MatchNormalized if text[Start:End] matched
	// only once invisible characters were removed from it or its
	// compatibility characters normalised (see [MatchKind]).
	How MatchKind
}

// Mentions returns every indexed name in text, with its
// byte offsets in text, in order. Matching is on folded keys, so case,
// width, Latin diacritics and punctuation do not matter. Among overlapping
// names the leftmost, then the longest wins ("Guangxi Zhuang Autonomous
// Region" over "Guangxi"); a name written in a script that separates words
// with spaces matches only whole words, while Chinese, Khmer, Thai, Lao and
// Burmese names match anywhere. The offsets always fall on rune boundaries
// and include the combining marks of the last letter.
//
// The choice is made during the scan: names that nest ("a", "a a",
// "a a a", ...) are not all collected first, so time and memory grow with
// the length of text, not with the number of names found inside one
// another (see ahocorasick's LeftmostLongest for the one case left). The
// automaton is built on the first call: for the 300,000 names of the
// newsroom benchmarks, about a fifth of a second and 13 MB, 1.4 bytes a
// byte of the folded names (at most about 9.3 where names share no
// prefix). Mentions is safe for concurrent use; [Index.MentionsAll] runs
// it over many texts on every core.
func (ix *Index) Mentions(text string) []Mention {
	ix.acOnce.Do(func() { ix.ac = ahocorasick.Build(ix.sorted) })
	sc := scratchPool.Get().(*mentionScratch)
	defer scratchPool.Put(sc)
	sc.folded, sc.src = appendFoldWithOffsets(sc.folded[:0], sc.src[:0], text)
	folded, src := sc.folded, sc.src
	// Leftmost, then longest, non-overlapping, chosen during the scan.
	sc.found = ix.ac.AppendLeftmostLongest(sc.found[:0], folded, func(p, s, e int) bool { return boundaryOK(folded, s, e) })
	kept := make([]Mention, len(sc.found))
	for i, m := range sc.found {
		key := ix.sorted[m.Pattern]
		k := &kept[i]
		*k = Mention{Key: key, Refs: ix.byKey[key]}
		// Map folded offsets back to the text.
		k.Start = int(src[m.End-len(key)])
		end := int(src[m.End-1])
		_, w := utf8.DecodeRuneInString(text[end:])
		end += w
		for end < len(text) {
			r, w := utf8.DecodeRuneInString(text[end:])
			if !unicode.In(r, unicode.Mn, unicode.Me) {
				break
			}
			end += w
		}
		k.End = end
		span := text[k.Start:k.End]
		k.How = kindOf(span, hasHidden(span), k.Refs, MatchExact)
	}
	return kept
}

// MentionsAll returns the mentions of each of texts, as [Index.Mentions]
// finds them: MentionsAll(texts)[i] is Mentions(texts[i]). It runs on as
// many goroutines as GOMAXPROCS allows, a text at a time each, so that a
// day of news is read on every core; an Index is safe for concurrent use,
// and callers with texts arriving one by one can as well call Mentions
// from goroutines of their own.
func (ix *Index) MentionsAll(texts []string) [][]Mention {
	out := make([][]Mention, len(texts))
	workers := min(runtime.GOMAXPROCS(0), len(texts))
	if workers <= 1 {
		for i, t := range texts {
			out[i] = ix.Mentions(t)
		}
		return out
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(texts) {
					return
				}
				out[i] = ix.Mentions(texts[i])
			}
		})
	}
	wg.Wait()
	return out
}

// mentionScratch is the memory Mentions works in, kept between calls (in
// scratchPool) so that a call allocates little more than its answer: the
// folded text, the offset in the text of each of its bytes (4 bytes a
// byte) and the matches. Allocating them anew for every text made the
// garbage collector run in proportion to the text, and pass over the
// index, which is large, every time it ran.
type mentionScratch struct {
	folded []byte
	src    []int32
	found  []ahocorasick.Match
}

var scratchPool = sync.Pool{New: func() any { return new(mentionScratch) }}

// foldWithOffsets folds text like AppendFold and returns, for every byte of
// the result, the offset in text of the rune it came from.
func foldWithOffsets(text string) (string, []int32) {
	folded, src := appendFoldWithOffsets(nil, nil, text)
	return string(folded), src
}

// appendFoldWithOffsets is foldWithOffsets, appending to folded and src.
func appendFoldWithOffsets(folded []byte, src []int32, text string) ([]byte, []int32) {
	folded, src = slices.Grow(folded, len(text)+len(text)/4), slices.Grow(src, len(text)+len(text)/4)
	blocks := foldBlocks()
	var one [utf8.UTFMax * 4]byte
	prevLatin := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII, as AppendFold folds it: letters and digits, else a
			// word break.
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				folded, src = append(folded, c), append(src, int32(i))
				prevLatin = c >= 'a'
			case 'A' <= c && c <= 'Z':
				folded, src = append(folded, c+'a'-'A'), append(src, int32(i))
				prevLatin = true
			default:
				if len(folded) > 0 && folded[len(folded)-1] != ' ' {
					folded, src = append(folded, ' '), append(src, int32(i))
				}
				prevLatin = false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		// The fast path of AppendFold (see fold_table.go) says what most
		// runes of names do, without AppendFold's general path.
		if c < 0xEA {
			var part []byte // what the table says the rune folds to
			raw := false    // or the rune as it is written
			switch e := foldLookup(blocks, r); e.kind {
			case foldLetter:
				part, prevLatin = e.out[:e.n], e.latin
			case foldBreak:
				if len(folded) > 0 && folded[len(folded)-1] != ' ' {
					folded, src = append(folded, ' '), append(src, int32(i))
				}
				prevLatin = false
				i += w
				continue
			case foldMark:
				if prevLatin {
					i += w // dropped after a Latin letter
					continue
				}
				raw = true
			case foldMc:
				raw = true
			default:
				// CJK ideographs, as in AppendFold's fast path.
				if 0x3400 <= r && r < 0x4DC0 || 0x4E00 <= r && r < 0xA000 {
					raw, prevLatin = true, false
				}
			}
			if raw || part != nil {
				n := len(part)
				if raw {
					n = w
				}
				for range n {
					src = append(src, int32(i))
				}
				if raw {
					folded = append(folded, text[i:i+w]...)
				} else {
					folded = append(folded, part...)
				}
				i += w
				continue
			}
		}
		// Fold one rune at a time; a combining mark after a Latin letter
		// folds to nothing, as in AppendFold.
		var part []byte
		if unicode.In(r, unicode.Mn, unicode.Me) && prevLatin {
			part = nil
		} else {
			part = AppendFold(one[:0], text[i:i+w])
			if len(part) > 0 {
				last, _ := utf8.DecodeLastRune(part)
				if !unicode.In(last, unicode.Mn, unicode.Me, unicode.Mc) {
					prevLatin = unicode.Is(unicode.Latin, last)
				}
			} else if r == 0x200B || !unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
				prevLatin = false
			}
		}
		if len(part) == 0 {
			brk := r == 0x200B || !unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf)
			if brk && len(folded) > 0 && folded[len(folded)-1] != ' ' {
				folded = append(folded, ' ')
				src = append(src, int32(i))
			}
		} else {
			for range part {
				src = append(src, int32(i))
			}
			folded = append(folded, part...)
		}
		i += w
	}
	return folded, src
}

// boundaryOK reports whether folded[s:e] stands as whole words: a name
// whose first (last) letter is of a script that separates words with
// spaces must not continue a word before (after) it.
func boundaryOK(folded []byte, s, e int) bool {
	first, _ := utf8.DecodeRune(folded[s:])
	last, _ := utf8.DecodeLastRune(folded[:e])
	// A mark the folded text kept belongs to the letter before it (marks of
	// Latin letters are folded away): a match must not split them.
	if unicode.In(first, unicode.Mn, unicode.Me, unicode.Mc) {
		return false
	}
	if e < len(folded) {
		next, _ := utf8.DecodeRune(folded[e:])
		if unicode.In(next, unicode.Mn, unicode.Me, unicode.Mc) {
			return false
		}
	}
	if spaced(first) && s > 0 {
		prev, _ := utf8.DecodeLastRune(folded[:s])
		if prev != ' ' {
			return false
		}
	}
	if spaced(last) && e < len(folded) {
		next, _ := utf8.DecodeRune(folded[e:])
		if next != ' ' {
			return false
		}
	}
	return true
}

// spaced reports whether r is a letter or digit of a script written with
// spaces between words.
func spaced(r rune) bool {
	return r < 0x80 || unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Armenian,
		unicode.Georgian, unicode.Hangul, unicode.Arabic, unicode.Hebrew, unicode.Devanagari)
}
