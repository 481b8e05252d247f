package cooperation

import (
	"cmp"
	"slices"
	"sort"

	"github.com/coopframe/cooperation/edtf"
)

// InitiativeFamily returns id, the initiatives part of it (at any depth)
// and the initiatives that supersede any of those (at any depth), id
// first.
func (ds *Dataset) InitiativeFamily(id ID) []ID {
	ds.ensure()
	out := []ID{id}
	seen := map[ID]bool{id: true}
	for i := 0; i < len(out); i++ {
		for j := range ds.Initiatives {
			in := &ds.Initiatives[j]
			if (in.PartOf == out[i] || in.Supersedes == out[i]) && !seen[in.ID] {
				seen[in.ID] = true
				out = append(out, in.ID)
			}
		}
	}
	return out
}

// Successors returns the initiatives that supersede id, in order: the
// CLMV Action Plan 2019-2020 is followed by 2021-2022.
func (ds *Dataset) Successors(id ID) []ID {
	ds.ensure()
	var out []ID
	seen := map[ID]bool{id: true}
	for cur := id; ; {
		next := ID("")
		for j := range ds.Initiatives {
			if ds.Initiatives[j].Supersedes == cur && !seen[ds.Initiatives[j].ID] {
				next = ds.Initiatives[j].ID
				break
			}
		}
		if next == "" {
			return out
		}
		seen[next] = true
		out = append(out, next)
		cur = next
	}
}

// StateOf returns the state an actor belongs to: itself if it is a state,
// else the first state up its part-of (or governs) chain, else the state
// of its country code. It reports false when there is none.
func (ds *Dataset) StateOf(id ID) (ID, bool) {
	var state ID
	found := false
	ds.up(id, func(a *Actor) bool {
		switch {
		case a.Kind == ActorState:
			state, found = a.ID, true
			return false
		case a.PartOf == "" && a.Governs == "" && !a.Country.IsZero():
			state, found = ds.stateByCountry(a.Country)
			return false
		}
		return true
	})
	return state, found
}

// up calls f with the actor id and then with each actor up its chain, the
// actor it is part of or, for a body part of nothing, the place it
// governs, until f returns false or the chain ends at an actor the dataset
// does not hold. A chain longer than the dataset's actors is a cycle
// (validation reports it, rule hierarchy.cycle); up stops there.
func (ds *Dataset) up(id ID, f func(*Actor) bool) {
	for range len(ds.Actors) {
		a, ok := ds.Actor(id)
		if !ok || !f(a) {
			return
		}
		if id = a.PartOf; id == "" {
			id = a.Governs
		}
	}
}

func (ds *Dataset) stateByCountry(c Country) (ID, bool) {
	id, ok := ds.states[c]
	return id, ok
}

// dyadIndex maps a pair of states (sorted) to the agreements between
// them: those with parties in both.
type dyadIndex map[[2]ID][]int32

func (ds *Dataset) dyadIndex() dyadIndex {
	ds.ensure()
	ds.dyadOnce.Do(func() {
		ix := dyadIndex{}
		var states []ID
		for i := range ds.Agreements {
			states = states[:0]
			for _, p := range ds.Agreements[i].Parties {
				if s, ok := ds.StateOf(p.Actor); ok && !slices.Contains(states, s) {
					states = append(states, s)
				}
			}
			slices.Sort(states)
			for x := range states {
				for y := x + 1; y < len(states); y++ {
					k := [2]ID{states[x], states[y]}
					ix[k] = append(ix[k], int32(i))
				}
			}
		}
		ds.dyads = ix
	})
	return ds.dyads
}

// AgreementsBetween returns the agreements with a party within a and a
// party within b ([Dataset.Within]: each actor with everything part of
// it), in dataset order. It looks the pair of their states up in an index
// built on first use, so its cost is that of the agreements between the
// two states, not of the dataset.
func (ds *Dataset) AgreementsBetween(a, b ID) []ID {
	sa, ok1 := ds.StateOf(a)
	sb, ok2 := ds.StateOf(b)
	if !ok1 || !ok2 || sa == sb {
		return nil
	}
	k := [2]ID{sa, sb}
	if sb < sa {
		k = [2]ID{sb, sa}
	}
	cand := ds.dyadIndex()[k]
	out := make([]ID, 0, len(cand))
	if a == sa && b == sb {
		for _, i := range cand {
			out = append(out, ds.Agreements[i].ID)
		}
		return out
	}
	ina, inb := ds.Within(a), ds.Within(b)
	for _, i := range cand {
		var hasA, hasB bool
		for _, p := range ds.Agreements[i].Parties {
			hasA = hasA || slices.Contains(ina, p.Actor)
			hasB = hasB || slices.Contains(inb, p.Actor)
		}
		if hasA && hasB {
			out = append(out, ds.Agreements[i].ID)
		}
	}
	return out
}

// --- the dyad view ---

// DyadView is everything two actors did together.
type DyadView struct {
	A, B     ID
	Entries  []Entry           // in timeline order
	ByKind   map[EntryKind]int // entries counted by kind
	BySector map[Sector]int    // entries counted by sector
	ByYear   map[int64]int     // entries counted by the year of their earliest day
	// First and Last are the dates of the first and last entries that are
	// facts, not plans; zero when there are none.
	First, Last edtf.Date
}

// Dyad returns the dyad view of a and b, each counted with everything part
// of it (the Dyad of a [Filter]); opts.Filter.Dyad is set to a and b, and
// the rest of opts.Filter narrows the view further.
func (ds *Dataset) Dyad(a, b ID, opts TimelineOptions) DyadView {
	opts.Filter.Dyad = [2]ID{a, b}
	v := DyadView{A: a, B: b, ByKind: map[EntryKind]int{}, BySector: map[Sector]int{}, ByYear: map[int64]int{}}
	v.Entries = ds.Timeline(opts)
	for _, e := range v.Entries {
		v.ByKind[e.Kind]++
		for _, s := range e.Sectors {
			v.BySector[s]++
		}
		if lo, ok := e.Date.Earliest(); ok && e.Date.YearKnown() {
			y, _, _ := lo.Date()
			v.ByYear[y]++
		}
		if !e.Planned && e.Date.YearKnown() {
			if v.First.IsZero() {
				v.First = e.Date
			}
			v.Last = e.Date
		}
	}
	return v
}

// --- in force at a date ---

// Active is one agreement in force, initiative running or membership
// held at a date, as [Dataset.ActiveAt] and [Dataset.MembersAt] answer.
type Active struct {
	// Kind is EntityAgreement for an agreement in force, EntityInitiative
	// for an initiative running, EntityActor for a membership held.
	Kind EntityKind
	// ID is the agreement or the initiative, or the member actor.
	ID ID
	// Group and Role are a membership's group and role.
	Group ID
	Role  MembershipRole
	// Certainty says whether it holds on every day the date can fall on
	// (CertaintyCertain) or only on some (CertaintyPossible).
	Certainty Certainty
}

// span is a possibly-active interval in civil days: [lo, hi], with hi
// maxDay for "no end".
type span struct {
	lo, hi   edtf.Day // possible bounds
	clo, chi edtf.Day // certain bounds: active on every day in [clo, chi] (clo > chi: never certain)
	kind     uint8    // 0 agreement, 1 initiative, 2 membership
	i, j     int32    // entity index; membership index within the actor
}

const (
	minDay = edtf.Day(-1 << 62)
	maxDay = edtf.Day(1 << 62)
)

// activeIndex answers "active at d" without scanning: spans sorted by
// their possible start, with a max-end tree over them, so a query visits
// only subtrees that can hold an answer: O(log n + answer), about a
// microsecond plus the answer.
type activeIndex struct {
	spans  []span
	maxEnd []edtf.Day // maxEnd[k] is the largest hi in the tree node k (implicit segment tree)
}

func (ds *Dataset) activeIndex() *activeIndex {
	ds.ensure()
	ds.activeOnce.Do(func() { ds.active = buildActiveIndex(ds) })
	return ds.active
}

// eventSpan is the span of something that starts and ends at events
// (entry into force, termination): certainly active from the last day the
// start can fall on until the day before the earliest day of the end.
func eventSpan(start, end edtf.Date) (lo, hi, clo, chi edtf.Day, ok bool) {
	if start.IsZero() {
		return 0, 0, 0, 0, false
	}
	var okLo, okCLo bool
	if lo, okLo = start.Earliest(); !okLo {
		lo = minDay
	}
	if clo, okCLo = start.Latest(); !okCLo {
		clo = maxDay // an unknown start: never certainly started
	}
	hi, chi = maxDay, maxDay
	if !end.IsZero() {
		if h, ok := end.Latest(); ok {
			hi = h
		}
		if c, ok := end.Earliest(); ok {
			chi = c - 1
		} else {
			chi = minDay
		}
	}
	return lo, hi, clo, chi, true
}

// periodSpan is the span of a named period ("2021/2022", "2021",
// "1997-07-23/.."): the whole of it, from the first day of its start to
// the last day of its end. An open end runs on; an unknown start or end is
// possible but never certain.
func periodSpan(p edtf.Date) (lo, hi, clo, chi edtf.Day, ok bool) {
	switch {
	case p.IsZero():
		return 0, 0, 0, 0, false
	case !p.IsInterval():
		l, ok1 := p.Earliest()
		h, ok2 := p.Latest()
		return l, h, l, h, ok1 && ok2
	}
	switch {
	case p.StartOpen():
		lo, clo = minDay, minDay
	case p.StartUnknown():
		lo, clo = minDay, maxDay
	default:
		var ok bool
		if lo, ok = p.Start().Earliest(); !ok {
			return 0, 0, 0, 0, false
		}
		clo = lo
	}
	switch {
	case p.EndOpen():
		hi, chi = maxDay, maxDay
	case p.EndUnknown():
		hi, chi = maxDay, minDay
	default:
		var ok bool
		if hi, ok = p.End().Latest(); !ok {
			return 0, 0, 0, 0, false
		}
		chi = hi
	}
	return lo, hi, clo, chi, true
}

func buildActiveIndex(ds *Dataset) *activeIndex {
	ix := &activeIndex{}
	for i := range ds.Agreements {
		a := &ds.Agreements[i]
		if lo, hi, clo, chi, ok := eventSpan(a.InForce, a.Ended); ok {
			ix.spans = append(ix.spans, span{lo: lo, hi: hi, clo: clo, chi: chi, kind: 0, i: int32(i)})
		}
	}
	for i := range ds.Initiatives {
		if lo, hi, clo, chi, ok := periodSpan(ds.Initiatives[i].Period); ok {
			ix.spans = append(ix.spans, span{lo: lo, hi: hi, clo: clo, chi: chi, kind: 1, i: int32(i)})
		}
	}
	for i := range ds.Actors {
		for j, m := range ds.Actors[i].Memberships {
			if lo, hi, clo, chi, ok := periodSpan(m.Period); ok {
				ix.spans = append(ix.spans, span{lo: lo, hi: hi, clo: clo, chi: chi, kind: 2, i: int32(i), j: int32(j)})
			}
		}
	}
	// By start, then in dataset order, so that answers are deterministic.
	slices.SortFunc(ix.spans, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.lo, b.lo), cmp.Compare(a.kind, b.kind), cmp.Compare(a.i, b.i), cmp.Compare(a.j, b.j))
	})
	n := len(ix.spans)
	ix.maxEnd = make([]edtf.Day, 4*max(n, 1))
	if n > 0 {
		ix.build(1, 0, n)
	}
	return ix
}

func (ix *activeIndex) build(node, lo, hi int) edtf.Day {
	if hi-lo == 1 {
		ix.maxEnd[node] = ix.spans[lo].hi
		return ix.maxEnd[node]
	}
	mid := (lo + hi) / 2
	m := max(ix.build(2*node, lo, mid), ix.build(2*node+1, mid, hi))
	ix.maxEnd[node] = m
	return m
}

// stab calls f for every span with lo <= dhi and hi >= dlo.
func (ix *activeIndex) stab(dlo, dhi edtf.Day, f func(*span)) {
	n := sort.Search(len(ix.spans), func(i int) bool { return ix.spans[i].lo > dhi })
	if n == 0 {
		return
	}
	ix.visit(1, 0, len(ix.spans), n, dlo, f)
}

func (ix *activeIndex) visit(node, lo, hi, limit int, dlo edtf.Day, f func(*span)) {
	if lo >= limit || ix.maxEnd[node] < dlo {
		return
	}
	if hi-lo == 1 {
		f(&ix.spans[lo])
		return
	}
	mid := (lo + hi) / 2
	ix.visit(2*node, lo, mid, limit, dlo, f)
	ix.visit(2*node+1, mid, hi, limit, dlo, f)
}

// ActiveAt returns the agreements in force, the initiatives running and
// the memberships held at date d: certainly (on every day d can fall on)
// or possibly (on some). An agreement counts from entry into force to its
// end; an initiative over its period; a membership over its period.
// Agreements come first, then initiatives, each in the order of their
// earliest possible start, then memberships by group and member. It uses
// an index built on first use: the cost is a microsecond or so plus the
// answer, not a scan. A date without bounds gives nothing.
func (ds *Dataset) ActiveAt(d edtf.Date) []Active {
	dlo, ok1 := d.Earliest()
	dhi, ok2 := d.Latest()
	if !ok1 || !ok2 {
		return nil
	}
	var out, members []Active
	ix := ds.activeIndex()
	ix.stab(dlo, dhi, func(s *span) {
		c := CertaintyPossible
		if s.clo <= dlo && s.chi >= dhi {
			c = CertaintyCertain
		}
		switch s.kind {
		case 0:
			out = append(out, Active{Kind: EntityAgreement, ID: ds.Agreements[s.i].ID, Certainty: c})
		case 1:
			out = append(out, Active{Kind: EntityInitiative, ID: ds.Initiatives[s.i].ID, Certainty: c})
		case 2:
			m := &ds.Actors[s.i].Memberships[s.j]
			members = append(members, Active{Kind: EntityActor, ID: ds.Actors[s.i].ID, Group: m.Group, Role: m.Role, Certainty: c})
		}
	})
	// The index gives spans by start; agreements before initiatives.
	slices.SortStableFunc(out, func(a, b Active) int { return cmp.Compare(a.Kind, b.Kind) })
	slices.SortStableFunc(members, func(a, b Active) int {
		return cmp.Or(cmp.Compare(a.Group, b.Group), cmp.Compare(a.ID, b.ID))
	})
	return append(out, members...)
}

// MembersAt returns the memberships of group held at date d, certainly or
// possibly, with their roles, by member. Memberships without a period
// count as possible.
func (ds *Dataset) MembersAt(group ID, d edtf.Date) []Active {
	var out []Active
	for _, m := range ds.ActiveAt(d) {
		if m.Kind == EntityActor && m.Group == group {
			out = append(out, m)
		}
	}
	for i := range ds.Actors {
		for _, m := range ds.Actors[i].Memberships {
			if m.Group == group && m.Period.IsZero() {
				out = append(out, Active{Kind: EntityActor, ID: ds.Actors[i].ID, Group: group, Role: m.Role, Certainty: CertaintyPossible})
			}
		}
	}
	return out
}

// Holder is a person holding a post.
type Holder struct {
	Person    ID
	Post      Post
	Certainty Certainty // whether the post's period covers the date certainly or possibly
}

// HoldersAt returns who held a post at an organisation at date d: every
// person with a post of that title (all titles when title is "") at org
// whose period covers d certainly or possibly. A post without a period is
// a possible holder: the sources name the person in the post on some date.
func (ds *Dataset) HoldersAt(org ID, title string, d edtf.Date) []Holder {
	ds.ensure()
	var out []Holder
	for i := range ds.Actors {
		a := &ds.Actors[i]
		for _, p := range a.Posts {
			if p.Org != org || (title != "" && p.Title != title) {
				continue
			}
			switch {
			case p.Period.IsZero():
				out = append(out, Holder{Person: a.ID, Post: p, Certainty: CertaintyPossible})
			case p.Period.Contains(d):
				out = append(out, Holder{Person: a.ID, Post: p, Certainty: CertaintyCertain})
			case p.Period.Overlaps(d):
				out = append(out, Holder{Person: a.ID, Post: p, Certainty: CertaintyPossible})
			}
		}
	}
	return out
}

// --- the network ---

// Edge is a weighted link between two states in a cooperation network.
type Edge struct {
	A, B       ID // state IDs, A < B
	Agreements int
	Events     int
}

// Weight is the number of agreements and events the edge stands for.
func (e Edge) Weight() int { return e.Agreements + e.Events }

// Network returns the cooperation network of a period: for every
// agreement signed and every event held in the period (certainly inside
// it, or possibly, as c says), an edge between each
// pair of states involved, each actor counted as its state
// ([Dataset.StateOf]: a province, a ministry or a company rolls up to its
// state).
// Edges are sorted by weight, heaviest first, then by IDs.
func (ds *Dataset) Network(period edtf.Date, c Certainty) []Edge {
	edges := map[[2]ID]*Edge{}
	add := func(actors []ID, agreement bool) {
		states := map[ID]bool{}
		for _, a := range actors {
			if s, ok := ds.StateOf(a); ok {
				states[s] = true
			}
		}
		list := make([]ID, 0, len(states))
		for s := range states {
			list = append(list, s)
		}
		slices.Sort(list)
		for i := range list {
			for j := i + 1; j < len(list); j++ {
				k := [2]ID{list[i], list[j]}
				e := edges[k]
				if e == nil {
					e = &Edge{A: k[0], B: k[1]}
					edges[k] = e
				}
				if agreement {
					e.Agreements++
				} else {
					e.Events++
				}
			}
		}
	}
	f := Filter{Kinds: []EntryKind{EntrySigned, EntryEvent}, Period: period, PeriodCertainty: c}
	for _, e := range ds.Timeline(TimelineOptions{Filter: f}) {
		add(e.Actors, e.Kind == EntrySigned)
	}
	out := make([]Edge, 0, len(edges))
	for _, e := range edges {
		out = append(out, *e)
	}
	slices.SortFunc(out, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(b.Weight(), a.Weight()), cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B))
	})
	return out
}
