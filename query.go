package cooperation

import (
	"cmp"
	"iter"
	"slices"
	"sort"

	"github.com/coopframe/cooperation/edtf"
)

// initiativeLinks indexes the initiatives by what they link to: family
// maps an initiative to those part of it or superseding it, successors to
// those superseding it, each in dataset order.
type initiativeLinks struct {
	family, successors map[ID][]int32
}

func (ds *Dataset) initiativeLinks() initiativeLinks {
	ds.ensure()
	ds.linkOnce.Do(func() {
		l := initiativeLinks{family: map[ID][]int32{}, successors: map[ID][]int32{}}
		for j := range ds.Initiatives {
			in := &ds.Initiatives[j]
			if in.PartOf != "" {
				l.family[in.PartOf] = append(l.family[in.PartOf], int32(j))
			}
			if in.Supersedes != "" {
				if in.Supersedes != in.PartOf {
					l.family[in.Supersedes] = append(l.family[in.Supersedes], int32(j))
				}
				l.successors[in.Supersedes] = append(l.successors[in.Supersedes], int32(j))
			}
		}
		ds.links = l
	})
	return ds.links
}

// InitiativeFamily returns id, the initiatives part of it (at any depth)
// and the initiatives that supersede any of those (at any depth), id
// first. It uses an index built on first use: its cost is that of the
// family, not of the dataset.
func (ds *Dataset) InitiativeFamily(id ID) []ID {
	links := ds.initiativeLinks().family
	out := []ID{id}
	seen := map[ID]bool{id: true}
	for i := 0; i < len(out); i++ {
		for _, j := range links[out[i]] {
			if in := &ds.Initiatives[j]; !seen[in.ID] {
				seen[in.ID] = true
				out = append(out, in.ID)
			}
		}
	}
	return out
}

// Successors returns the initiatives that supersede id, in order: the
// CLMV Action Plan 2019-2020 is followed by 2021-2022. Where two
// initiatives supersede the same one, the first in the dataset continues
// the chain. Like InitiativeFamily it costs the chain, not the dataset.
func (ds *Dataset) Successors(id ID) []ID {
	links := ds.initiativeLinks().successors
	var out []ID
	seen := map[ID]bool{id: true}
	for cur := id; ; {
		next := ID("")
		for _, j := range links[cur] {
			if in := &ds.Initiatives[j]; !seen[in.ID] {
				next = in.ID
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
// it), in dataset order: both sides parties at any time, whatever their
// own dates (for the agreements in force for both on a date, see
// [Dataset.AgreementsBetweenAt]). It looks the pair of their states up in
// an index built on first use, so its cost is that of the agreements
// between the two states, not of the dataset.
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
	// Undated are the events and agreements involving both sides that
	// have no date at all, so that they give no entry: events first, then
	// agreements, each in dataset order. They are not counted above.
	Undated []ID
}

// Dyad returns the dyad view of a and b, each counted with everything part
// of it (the Dyad of a [Filter]); opts.Filter.Dyad is set to a and b, and
// the rest of opts.Filter narrows the view further (all of it but Period
// and Kinds narrows Undated too). An agreement's entries involve the
// parties each concerns ([Entry.Actors]): its signature those that signed
// it then, a party's joining that party and the others that were parties
// then, so two states are linked by a multilateral treaty only while both
// are parties to it.
func (ds *Dataset) Dyad(a, b ID, opts TimelineOptions) DyadView {
	opts.Filter.Dyad = [2]ID{a, b}
	v := DyadView{A: a, B: b, ByKind: map[EntryKind]int{}, BySector: map[Sector]int{}, ByYear: map[int64]int{}}
	t := ds.NewTimeline(opts)
	v.Entries = t.Entries()
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
	f := opts.Filter
	f.Period, f.Kinds = edtf.Date{}, nil
	keep := f.compile(ds)
	if keep == nil {
		keep = func(*Entry) bool { return true }
	}
	for i := range ds.Events {
		if ds.Events[i].Date.IsZero() && ds.Events[i].Kind != EventSeries {
			if e := t.entry(entryRef{src: EntityEvent, kind: EntryEvent, i: int32(i)}); keep(&e) {
				v.Undated = append(v.Undated, e.Subject)
			}
		}
	}
	for i := range ds.Agreements {
		dated := false
		ds.agreementRefs(int32(i), func(_ entryRef, d edtf.Date) { dated = dated || !d.IsZero() })
		if !dated {
			if e := t.entry(entryRef{src: EntityAgreement, kind: EntrySigned, i: int32(i)}); keep(&e) {
				v.Undated = append(v.Undated, e.Subject)
			}
		}
	}
	return v
}

// --- memberships ---

// membership is one membership of the dataset as the questions read it,
// wherever it is stated: on the member ([Actor.Memberships]) or on the
// group ([Actor.Members]). Both count the same.
type membership struct {
	member, group ID
	m             *Membership
	// i is the index of the actor that states it, j its index in the
	// list it is stated in; onGroup says which list: Members.
	i, j    int32
	onGroup bool
}

// membershipAt returns membership j stated by actor i, in its Members
// when onGroup is set, else in its Memberships.
func (ds *Dataset) membershipAt(i, j int32, onGroup bool) membership {
	a := &ds.Actors[i]
	if onGroup {
		m := &a.Members[j]
		return membership{member: m.Member, group: a.ID, m: m, i: i, j: j, onGroup: true}
	}
	m := &a.Memberships[j]
	return membership{member: a.ID, group: m.Group, m: m, i: i, j: j}
}

// membershipsOf yields the memberships actor i states: its own
// (Memberships) first, then those of its members (Members).
func (ds *Dataset) membershipsOf(i int32) iter.Seq[membership] {
	return func(yield func(membership) bool) {
		a := &ds.Actors[i]
		for j := range a.Memberships {
			if !yield(ds.membershipAt(i, int32(j), false)) {
				return
			}
		}
		for j := range a.Members {
			if !yield(ds.membershipAt(i, int32(j), true)) {
				return
			}
		}
	}
}

// memberships yields every membership of the dataset, by the actor that
// states it, in dataset order.
func (ds *Dataset) memberships() iter.Seq[membership] {
	return func(yield func(membership) bool) {
		for i := range ds.Actors {
			for m := range ds.membershipsOf(int32(i)) {
				if !yield(m) {
					return
				}
			}
		}
	}
}

// periodPath names the membership's period in the claims of the actor
// that states it: "memberships[j].period" or "members[j].period".
func (m membership) periodPath() fieldPath {
	if m.onGroup {
		return partField("members", int(m.j), "period")
	}
	return partField("memberships", int(m.j), "period")
}

// period returns the span of the membership's period, claims counted.
func (ds *Dataset) membershipSpan(m membership) (daySpan, bool) {
	return claimedPeriod(m.m.Period, ds.Actors[m.i].Claims, m.periodPath())
}

// claimedPeriod returns the span of a period field with the claims on it
// counted: possibly on the days of any of its values, certainly on those
// of all of them, and never certainly when a claim says it has none.
func claimedPeriod(v edtf.Date, cs []Claim, path fieldPath) (daySpan, bool) {
	c := claimedDate(v, cs, path, periodSpan)
	if !c.set {
		return daySpan{}, false
	}
	if c.unset {
		c.clo, c.chi = maxDay, minDay
	}
	return c.daySpan, true
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
	// Party is, for an agreement, the party for which it is in force
	// (the party's actor as listed in the agreement); empty for an
	// agreement without parties, and for the other kinds.
	Party ID
	// Group and Role are a membership's group and role.
	Group ID
	Role  MembershipRole
	// Certainty says whether it holds on every day the date can fall on
	// (CertaintyCertain) or only on some (CertaintyPossible).
	Certainty Certainty
}

// span is one possibly-active interval of the index: an agreement's
// period in force for a party (or for itself, without parties), an
// initiative's period or a membership's, with what its Active says, so
// that an answer does not read the entities.
type span struct {
	daySpan
	id, other ID // the agreement and the party; the initiative; the member and the group
	i, j, k   int32
	role      MembershipRole
	// prevHi is, for a party's Rejoined period, the latest hi of its
	// earlier periods (minDay for a first period): when it reaches the
	// date asked, the party may have two answers, to merge.
	prevHi edtf.Day
}

// intervalTree answers "which spans share a day with [dlo, dhi]" without
// scanning: spans sorted by their possible start, with a max-end tree
// over them, so a query visits only subtrees that can hold an answer:
// O(log n + answer).
type intervalTree struct {
	spans  []span
	maxEnd []edtf.Day // maxEnd[k] is the largest hi in the tree node k (implicit segment tree)
}

// activeIndex is the index of ActiveAt: one tree for each kind of
// answer, so that each comes out in order.
type activeIndex struct {
	agreements, initiatives, memberships intervalTree
}

func (ds *Dataset) activeIndex() *activeIndex {
	ds.ensure()
	ds.activeOnce.Do(func() { ds.active = buildActiveIndex(ds) })
	return ds.active
}

func buildActiveIndex(ds *Dataset) *activeIndex {
	ix := &activeIndex{}
	var ag []span
	for i := range ds.Agreements {
		a := &ds.Agreements[i]
		cs := a.splitClaimsOf()
		if len(a.Parties) == 0 {
			a.eachSpan(-1, cs, func(s daySpan, _ int) {
				ag = append(ag, span{daySpan: s, id: a.ID, i: int32(i)})
			})
			continue
		}
		for j := range a.Parties {
			p := &a.Parties[j]
			prevHi := minDay
			a.eachSpan(j, cs, func(s daySpan, k int) {
				ag = append(ag, span{daySpan: s, id: a.ID, other: p.Actor, i: int32(i), j: int32(j), k: int32(k), prevHi: prevHi})
				prevHi = max(prevHi, s.hi)
			})
		}
	}
	ix.agreements.build(ag)
	var ins []span
	for i := range ds.Initiatives {
		in := &ds.Initiatives[i]
		if s, ok := claimedPeriod(in.Period, in.Claims, field("period")); ok {
			ins = append(ins, span{daySpan: s, id: in.ID, i: int32(i)})
		}
	}
	ix.initiatives.build(ins)
	var ms []span
	for m := range ds.memberships() {
		if s, ok := ds.membershipSpan(m); ok {
			k := int32(0)
			if m.onGroup {
				k = 1
			}
			ms = append(ms, span{daySpan: s, id: m.member, other: m.group, role: m.m.Role, i: m.i, j: m.j, k: k})
		}
	}
	ix.memberships.build(ms)
	return ix
}

// build makes the tree of spans, which it sorts by start, then by
// entity, part and period, so that answers are deterministic.
func (t *intervalTree) build(spans []span) {
	slices.SortFunc(spans, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.lo, b.lo), cmp.Compare(a.i, b.i), cmp.Compare(a.j, b.j), cmp.Compare(a.k, b.k))
	})
	t.spans = spans
	n := len(spans)
	t.maxEnd = make([]edtf.Day, 4*max(n, 1))
	if n > 0 {
		t.node(1, 0, n)
	}
}

func (t *intervalTree) node(node, lo, hi int) edtf.Day {
	if hi-lo == 1 {
		t.maxEnd[node] = t.spans[lo].hi
		return t.maxEnd[node]
	}
	mid := (lo + hi) / 2
	m := max(t.node(2*node, lo, mid), t.node(2*node+1, mid, hi))
	t.maxEnd[node] = m
	return m
}

// stab calls f for every span with lo <= dhi and hi >= dlo, in order.
func (t *intervalTree) stab(dlo, dhi edtf.Day, f func(*span)) {
	n := sort.Search(len(t.spans), func(i int) bool { return t.spans[i].lo > dhi })
	if n == 0 {
		return
	}
	t.visit(1, 0, len(t.spans), n, dlo, f)
}

func (t *intervalTree) visit(node, lo, hi, limit int, dlo edtf.Day, f func(*span)) {
	if lo >= limit || t.maxEnd[node] < dlo {
		return
	}
	if hi-lo == 1 {
		f(&t.spans[lo])
		return
	}
	mid := (lo + hi) / 2
	t.visit(2*node, lo, mid, limit, dlo, f)
	t.visit(2*node+1, mid, hi, limit, dlo, f)
}

// count returns the number of spans stab would give.
func (t *intervalTree) count(dlo, dhi edtf.Day) int {
	n := sort.Search(len(t.spans), func(i int) bool { return t.spans[i].lo > dhi })
	if n == 0 {
		return 0
	}
	return t.countNode(1, 0, len(t.spans), n, dlo)
}

func (t *intervalTree) countNode(node, lo, hi, limit int, dlo edtf.Day) int {
	switch {
	case lo >= limit || t.maxEnd[node] < dlo:
		return 0
	case hi-lo == 1:
		return 1
	}
	mid := (lo + hi) / 2
	return t.countNode(2*node, lo, mid, limit, dlo) + t.countNode(2*node+1, mid, hi, limit, dlo)
}

// certainty says how sure the span is to cover every day in [dlo, dhi].
func (s *span) certainty(dlo, dhi edtf.Day) Certainty {
	return certainty(s.clo <= dlo && s.chi >= dhi)
}

// ActiveAt returns the agreements in force, the initiatives running and
// the memberships held at date d: certainly (on every day d can fall on)
// or possibly (on some).
//
// An agreement with parties gives one Active for each party for which it
// is in force at d ([Active.Party]), each with its own certainty: from
// the party's entry into force to its withdrawal, and in each Rejoined
// period, as [Agreement.StatusFor] reads them (a party that left and
// joined again gives one Active, certain when one of its periods is); an
// agreement without parties gives one Active with an empty Party, from
// its entry into force to its end. An initiative counts over its period;
// a membership over its period, whether the member states it
// ([Actor.Memberships]) or the group ([Actor.Members]). Dates with claims
// count with every claimed value ([Claim]): possibly on the days of any,
// certainly on those of all.
//
// Agreements come first, in the order of the earliest possible start of
// each party's period, then of the agreement and the party in dataset
// order; then initiatives in the order of their earliest possible start;
// then memberships by group and member. It uses an index built on first
// use: the cost is a few microseconds plus the answer, not a scan. A date
// without bounds gives nothing.
func (ds *Dataset) ActiveAt(d edtf.Date) []Active {
	dlo, ok1 := d.Earliest()
	dhi, ok2 := d.Latest()
	if !ok1 || !ok2 {
		return nil
	}
	ix := ds.activeIndex()
	// Counting first costs a walk over the answer's spans, and saves
	// growing the answer: appending grows a long slice by a quarter at a
	// time, which copies it and allocates five times its size.
	n := ix.agreements.count(dlo, dhi) + ix.initiatives.count(dlo, dhi) + ix.memberships.count(dlo, dhi)
	if n == 0 {
		return nil
	}
	out := make([]Active, 0, n)
	add := func(a Active) { out = append(out, a) }
	var merge []Active // parties that may have two answers (periods on both sides of a withdrawal)
	ix.agreements.stab(dlo, dhi, func(s *span) {
		a := Active{Kind: EntityAgreement, ID: s.id, Party: s.other, Certainty: s.certainty(dlo, dhi)}
		if s.prevHi >= dlo {
			merge = append(merge, a)
		}
		add(a)
	})
	if len(merge) > 0 {
		out = mergeParties(out, merge)
	}
	ix.initiatives.stab(dlo, dhi, func(s *span) {
		add(Active{Kind: EntityInitiative, ID: s.id, Certainty: s.certainty(dlo, dhi)})
	})
	m := len(out)
	ix.memberships.stab(dlo, dhi, func(s *span) {
		add(Active{Kind: EntityActor, ID: s.id, Group: s.other, Role: s.role, Certainty: s.certainty(dlo, dhi)})
	})
	slices.SortStableFunc(out[m:], func(a, b Active) int {
		return cmp.Or(cmp.Compare(a.Group, b.Group), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// mergeParties merges the answers of out that are for the same agreement
// and party as one of those in merge (a party with several periods that
// share a day with the date asked), keeping the first, certain when any
// is. It is called only when merge is not empty, which a date of one day
// never needs unless the data overlap periods.
func mergeParties(out, merge []Active) []Active {
	type key struct{ id, party ID }
	first := make(map[key]int, len(merge))
	for _, a := range merge {
		first[key{a.ID, a.Party}] = -1
	}
	w := 0
	for _, a := range out {
		k := key{a.ID, a.Party}
		if f, ok := first[k]; ok {
			if f >= 0 {
				if a.Certainty == CertaintyCertain {
					out[f].Certainty = CertaintyCertain
				}
				continue
			}
			first[k] = w
		}
		out[w] = a
		w++
	}
	return out[:w]
}

// MembersAt returns the memberships of group held at date d, certainly or
// possibly, with their roles, by member, whether the member states them
// ([Actor.Memberships]) or the group ([Actor.Members]). Memberships
// without a period count as possible.
func (ds *Dataset) MembersAt(group ID, d edtf.Date) []Active {
	var out []Active
	for _, m := range ds.ActiveAt(d) {
		if m.Kind == EntityActor && m.Group == group {
			out = append(out, m)
		}
	}
	for m := range ds.memberships() {
		if m.group == group {
			if _, ok := ds.membershipSpan(m); !ok {
				out = append(out, Active{Kind: EntityActor, ID: m.member, Group: group, Role: m.m.Role, Certainty: CertaintyPossible})
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

// Network returns the cooperation network of a period: an edge between
// each pair of states that cooperated in it (certainly inside it, or
// possibly, as c says), each actor counted as its state
// ([Dataset.StateOf]: a province, a ministry or a company rolls up to its
// state).
//
// An event held in the period links every pair of states involved. An
// agreement links two states when, in the period, both became parties to
// it together or one became a party while the other was one: it was
// signed (or adopted) in the period with both among the parties that
// signed it then, or one of them joined it in the period (its own entry
// into force, Party.Joined, or the start of a Rejoined period) while the
// other was a party (had signed or joined it and not withdrawn). These are
// the timeline's signed, adopted and joined entries and the parties they
// concern ([Entry.Actors]). An agreement counts once for a pair, however
// many of these fall in the period; a party's own signature date on its
// own (Party.Signed) does not link.
//
// Edges are sorted by weight, heaviest first, then by IDs.
func (ds *Dataset) Network(period edtf.Date, c Certainty) []Edge {
	edges := map[[2]ID]*Edge{}
	type counted struct {
		pair      [2]ID
		agreement ID
	}
	seen := map[counted]bool{}
	var list []ID
	// add links the states of actors, only those with hub's when hub is
	// set; agreement is the agreement linking them, "" for an event.
	add := func(actors []ID, hub, agreement ID) {
		list = list[:0]
		for _, a := range actors {
			if s, ok := ds.StateOf(a); ok && !slices.Contains(list, s) {
				list = append(list, s)
			}
		}
		hubState, hasHub := ds.StateOf(hub)
		slices.Sort(list)
		for i := range list {
			for j := i + 1; j < len(list); j++ {
				if hub != "" && (!hasHub || (list[i] != hubState && list[j] != hubState)) {
					continue
				}
				k := [2]ID{list[i], list[j]}
				if agreement != "" {
					if seen[counted{k, agreement}] {
						continue
					}
					seen[counted{k, agreement}] = true
				}
				e := edges[k]
				if e == nil {
					e = &Edge{A: k[0], B: k[1]}
					edges[k] = e
				}
				if agreement != "" {
					e.Agreements++
				} else {
					e.Events++
				}
			}
		}
	}
	f := Filter{Kinds: []EntryKind{EntrySigned, EntryAdopted, EntryJoined, EntryEvent}, Period: period, PeriodCertainty: c}
	for _, e := range ds.Timeline(TimelineOptions{Filter: f}) {
		switch {
		case e.Kind == EntryEvent:
			add(e.Actors, "", "")
		case e.Kind == EntryJoined && ds.Kind(e.Object) == EntityAgreement:
			add(e.Actors, e.Subject, e.Object)
		case (e.Kind == EntrySigned || e.Kind == EntryAdopted) && ds.Kind(e.Subject) == EntityAgreement:
			add(e.Actors, "", e.Subject)
		}
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
