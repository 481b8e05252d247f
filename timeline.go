package cooperation

import (
	"cmp"
	"math"
	"slices"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/internal/enum"
)

// EntryKind says what happened at a timeline entry.
type EntryKind uint8

// The entry kinds. In JSON each is its name: "event", "signed",
// "in-force", "ended", "announced", "adopted", "period-start",
// "period-end", "superseded", "stage", "joined", "left", "post-taken",
// "post-left", "founded", "dissolved", "deadline", "target", "figure".
const (
	EntryUnknown     EntryKind = iota // not set: invalid
	EntryEvent                        // an event was held
	EntrySigned                       // an agreement was signed
	EntryInForce                      // an agreement entered into force
	EntryEnded                        // an agreement ended
	EntryAnnounced                    // an initiative was announced
	EntryAdopted                      // an initiative was adopted or launched, or an agreement adopted
	EntryPeriodStart                  // an initiative's period began
	EntryPeriodEnd                    // an initiative's period ended
	EntrySuperseded                   // an initiative was superseded by another
	EntryStage                        // an initiative was reported at a stage
	EntryJoined                       // an actor joined a group, or a party an agreement
	EntryLeft                         // an actor left a group, or a party an agreement
	EntryPostTaken                    // a person took a post
	EntryPostLeft                     // a person left a post
	EntryFounded                      // an organisation was founded
	EntryDissolved                    // an organisation was dissolved
	EntryDeadline                     // a commitment's deadline
	EntryTarget                       // a target's date
	EntryFigure                       // a figure's period
)

var entryKinds = enum.Names[EntryKind]{Type: "EntryKind", Names: []string{
	"", "event", "signed", "in-force", "ended", "announced", "adopted", "period-start", "period-end",
	"superseded", "stage", "joined", "left", "post-taken", "post-left", "founded", "dissolved",
	"deadline", "target", "figure",
}}

// String returns the kind's name ("signed").
func (k EntryKind) String() string { return entryKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler].
func (k EntryKind) MarshalText() ([]byte, error) { return marshalEnum(entryKinds, k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *EntryKind) UnmarshalText(b []byte) error { return unmarshalEnum(entryKinds, b, k) }

// Entry is one dated line of a timeline, derived from the dataset: it is
// never stored, so a fact is entered once (an agreement's signature date)
// and appears wherever it belongs.
type Entry struct {
	Date edtf.Date `json:"date"`
	Kind EntryKind `json:"kind"`
	// Subject is the entity the entry is about: the event, agreement,
	// initiative, actor or figure; for a member joining or leaving a
	// group, the member; for a party joining or leaving an agreement
	// (its own entry into force or withdrawal), the party.
	Subject ID `json:"subject"`
	// Object is the other entity of a relation: the group or the
	// agreement joined, the post's organisation, the initiative that
	// supersedes.
	Object ID `json:"object,omitempty"`
	// Detail is a short text the entry needs (a post's title, a stage).
	Detail string `json:"detail,omitempty"`
	// Actors and Initiatives are the entities involved. For an
	// agreement's entries the parties are those the entry concerns: its
	// adoption the original parties, its signature those that signed it
	// then (not those that signed on dates of their own, or acceded), its
	// entry into force those for which it entered into force then, its
	// end those that were parties then; a party's joining or leaving has
	// that party first, then the other parties that were parties then
	// (possibly: signed or joined, not certainly withdrawn). Signatories
	// come with the parties they signed for.
	Actors      []ID     `json:"actors,omitempty"`
	Initiatives []ID     `json:"initiatives,omitempty"`
	Sectors     []Sector `json:"sectors,omitempty"`
	// Planned marks a target, a deadline, a planned period end, or any
	// date after the timeline's as-of date: a plan, not a fact.
	Planned bool `json:"planned,omitempty"`
	// Inferred marks a date reconstructed from context.
	Inferred bool `json:"inferred,omitempty"`
	// Disputed marks an entry whose date is claimed otherwise ([Claim]:
	// another source states another value, or disputes it), or, for an
	// event, its venue or its being online. Date is the value the
	// dataset holds.
	Disputed bool `json:"disputed,omitempty"`
	Sources  []ID `json:"sources,omitempty"`
}

// TimelineOptions adjusts [Dataset.Timeline]. The zero value gives every
// entry.
type TimelineOptions struct {
	// AsOf, when not zero, marks entries possibly after it as Planned.
	AsOf edtf.Date
	// Filter keeps only the entries it selects; the zero Filter keeps all.
	Filter Filter
}

// Timeline is a dataset's dated entries in order. It holds a small key for
// each entry and derives the [Entry] itself on demand ([Timeline.Entry]),
// so building and sorting a timeline costs little more than sorting its
// dates. A Timeline reflects the dataset as it was built; it is safe for
// concurrent use by readers.
type Timeline struct {
	ds    *Dataset
	asOf  edtf.Date
	items []tlItem
	// claims holds the claims of the agreements with many, split by
	// party (splitClaimsOf), so that the actors of each entry of such an
	// agreement do not read them all once a party.
	claims map[int32]partyClaims
}

// entryRef says where an entry comes from: entity i of kind src, and for
// entries about a part of it (a membership, a post, a target, a party)
// part j. k tells a membership stated on the group (1) from one stated on
// the member (0), and a party's Rejoined period n (1+n) from its first
// period (0).
type entryRef struct {
	src     EntityKind
	kind    EntryKind
	i, j, k int32
}

// tlItem is an entry's place in the order: its date's order key, a hash
// of its text, and where it comes from. It holds no pointer, so sorting a
// million of them neither feeds the garbage collector nor pays write
// barriers.
type tlItem struct {
	lo, hi   int64
	hash     uint64 // FNV-1a of the date's text: equal texts, equal hashes
	ref      entryRef
	n        int32 // enumeration order, for stability
	yearless bool
}

// fnv64 is the FNV-1a hash of s.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// NewTimeline derives the dataset's dated entries, keeps those the filter
// accepts, and orders them.
//
// Order is [edtf.Date.Compare] (the EDTF total order: by earliest day, then
// latest day), stable, so entries of the same date keep the order of the
// dataset by kind (events, agreements, initiatives, actors, figures) and
// within a kind. Entries
// whose year is not known ("XXXX-07-10") cannot be placed among the
// others; they come last, ordered by their text, which is month and day.
func (ds *Dataset) NewTimeline(opts TimelineOptions) *Timeline {
	ds.ensure()
	t := &Timeline{ds: ds, asOf: opts.AsOf}
	for i := range ds.Agreements {
		if a := &ds.Agreements[i]; len(a.Claims) > splitClaims && len(a.Parties) > 1 {
			if t.claims == nil {
				t.claims = map[int32]partyClaims{}
			}
			t.claims[int32(i)] = a.splitClaimsOf()
		}
	}
	keep := opts.Filter.compile(ds)
	t.items = make([]tlItem, 0, 3*len(ds.Agreements)+len(ds.Events)+4*len(ds.Initiatives)+len(ds.Actors)+len(ds.Figures))
	ds.eachRef(func(r entryRef, d edtf.Date) {
		if d.IsZero() {
			return
		}
		if keep != nil {
			e := t.entry(r)
			if !keep(&e) {
				return
			}
		}
		lo, hi := d.OrderKey()
		yearless := !d.YearKnown()
		if yearless { // after every date with a year, in the order of their text
			lo, hi = math.MaxInt64, math.MaxInt64
		}
		t.items = append(t.items, tlItem{lo: lo, hi: hi, hash: fnv64(d.String()), ref: r, n: int32(len(t.items)), yearless: yearless})
	})
	slices.SortFunc(t.items, func(a, b tlItem) int {
		switch {
		case a.lo != b.lo:
			return cmp.Compare(a.lo, b.lo)
		case a.hi != b.hi:
			return cmp.Compare(a.hi, b.hi)
		case a.hash == b.hash:
			// The same text (a different text with the same hash and the
			// same bounds, one chance in 2^64, would keep dataset order).
		case a.yearless:
			return cmp.Compare(ds.refDate(a.ref).String(), ds.refDate(b.ref).String())
		default:
			// Same bounds, another spelling or time of day: Compare decides.
			if c := ds.refDate(a.ref).Compare(ds.refDate(b.ref)); c != 0 {
				return c
			}
		}
		return cmp.Compare(a.n, b.n) // stable
	})
	return t
}

// Len returns the number of entries.
func (t *Timeline) Len() int { return len(t.items) }

// Entry returns entry i, 0 <= i < Len, or the zero Entry for an i out of
// that range.
func (t *Timeline) Entry(i int) Entry {
	if i < 0 || i >= len(t.items) {
		return Entry{}
	}
	return t.entry(t.items[i].ref)
}

// Entries returns every entry, in order.
func (t *Timeline) Entries() []Entry {
	out := make([]Entry, len(t.items))
	for i := range t.items {
		out[i] = t.entry(t.items[i].ref)
	}
	return out
}

// Timeline returns the dataset's dated entries in order: the entries of
// [Dataset.NewTimeline], all derived.
func (ds *Dataset) Timeline(opts TimelineOptions) []Entry {
	return ds.NewTimeline(opts).Entries()
}

// eachRef calls f for every entry the dataset can give, with its date, in
// the timeline's order of kinds ([timelineKinds]) and the dataset's order
// of entities within a kind.
func (ds *Dataset) eachRef(f func(entryRef, edtf.Date)) {
	for _, k := range timelineKinds() {
		switch k.kind {
		case EntityActor:
			for i := range ds.Actors {
				a := &ds.Actors[i]
				n := int32(i)
				f(entryRef{EntityActor, EntryFounded, n, 0, 0}, a.Founded)
				f(entryRef{EntityActor, EntryDissolved, n, 0, 0}, a.Dissolved)
				for m := range ds.membershipsOf(n) {
					for _, k := range [...]EntryKind{EntryJoined, EntryLeft} {
						r := entryRef{EntityActor, k, n, m.j, 0}
						if m.onGroup {
							r.k = 1
						}
						f(r, ds.refDate(r))
					}
				}
				for j := range a.Posts {
					for _, k := range [...]EntryKind{EntryPostTaken, EntryPostLeft} {
						r := entryRef{EntityActor, k, n, int32(j), 0}
						f(r, ds.refDate(r))
					}
				}
			}
		case EntityInitiative:
			for i := range ds.Initiatives {
				in := &ds.Initiatives[i]
				n := int32(i)
				f(entryRef{EntityInitiative, EntryAnnounced, n, 0, 0}, in.Announced)
				f(entryRef{EntityInitiative, EntryAdopted, n, 0, 0}, in.Adopted)
				for _, k := range [...]EntryKind{EntryPeriodStart, EntryPeriodEnd, EntrySuperseded} {
					r := entryRef{EntityInitiative, k, n, 0, 0}
					f(r, ds.refDate(r))
				}
				for j := range in.Progress {
					f(entryRef{EntityInitiative, EntryStage, n, int32(j), 0}, in.Progress[j].AsOf)
				}
				planRefs(EntityInitiative, n, in.Commitments, in.Targets, f)
			}
		case EntityEvent:
			for i := range ds.Events {
				if ds.Events[i].Kind != EventSeries {
					f(entryRef{EntityEvent, EntryEvent, int32(i), 0, 0}, ds.Events[i].Date)
				}
			}
		case EntityAgreement:
			for i := range ds.Agreements {
				ds.agreementRefs(int32(i), f)
			}
		case EntityFigure:
			for i := range ds.Figures {
				f(entryRef{EntityFigure, EntryFigure, int32(i), 0, 0}, ds.Figures[i].Period)
			}
		}
	}
}

// agreementRefs gives the entries of agreement n: adopted, signed, in
// force, each party's own entry into force and withdrawal (Joined, Left,
// then each Rejoined period's start and end), ended, and its deadlines
// and targets. Parties' entries are given only when dated.
func (ds *Dataset) agreementRefs(n int32, f func(entryRef, edtf.Date)) {
	a := &ds.Agreements[n]
	f(entryRef{EntityAgreement, EntryAdopted, n, 0, 0}, a.Adopted)
	f(entryRef{EntityAgreement, EntrySigned, n, 0, 0}, a.Signed)
	f(entryRef{EntityAgreement, EntryInForce, n, 0, 0}, a.InForce)
	for j := range a.Parties {
		p := &a.Parties[j]
		if p.Joined.IsZero() && p.Left.IsZero() && len(p.Rejoined) == 0 {
			continue
		}
		for k := range 1 + len(p.Rejoined) {
			for _, kind := range [...]EntryKind{EntryJoined, EntryLeft} {
				r := entryRef{EntityAgreement, kind, n, int32(j), int32(k)}
				if d := ds.refDate(r); !d.IsZero() {
					f(r, d)
				}
			}
		}
	}
	f(entryRef{EntityAgreement, EntryEnded, n, 0, 0}, a.Ended)
	planRefs(EntityAgreement, n, a.Commitments, a.Targets, f)
}

// planRefs gives the deadline and target entries of entity n of kind src.
func planRefs(src EntityKind, n int32, cs []Commitment, ts []Target, f func(entryRef, edtf.Date)) {
	for j := range cs {
		f(entryRef{src, EntryDeadline, n, int32(j), 0}, cs[j].Deadline)
	}
	for j := range ts {
		f(entryRef{src, EntryTarget, n, int32(j), 0}, ts[j].Deadline)
	}
}

// refDate returns the date of the entry r names, or the zero Date when it
// has none (an initiative's period end when the period is not an
// interval).
func (ds *Dataset) refDate(r entryRef) edtf.Date {
	switch r.src {
	case EntityEvent:
		return ds.Events[r.i].Date
	case EntityAgreement:
		a := &ds.Agreements[r.i]
		switch r.kind {
		case EntryAdopted:
			return a.Adopted
		case EntrySigned:
			return a.Signed
		case EntryInForce:
			return a.InForce
		case EntryEnded:
			return a.Ended
		case EntryJoined, EntryLeft:
			p := &a.Parties[r.j]
			switch {
			case r.k == 0 && r.kind == EntryJoined:
				return p.Joined
			case r.k == 0:
				return p.Left
			}
			rj := p.Rejoined[r.k-1]
			switch {
			case !rj.IsInterval() && r.kind == EntryJoined:
				return rj // the start of a period that lasts
			case !rj.IsInterval():
				return edtf.Date{}
			case r.kind == EntryJoined:
				return rj.Start()
			}
			return rj.End()
		case EntryDeadline:
			return a.Commitments[r.j].Deadline
		case EntryTarget:
			return a.Targets[r.j].Deadline
		}
	case EntityInitiative:
		in := &ds.Initiatives[r.i]
		switch r.kind {
		case EntryAnnounced:
			return in.Announced
		case EntryAdopted:
			return in.Adopted
		case EntryPeriodStart:
			if in.Period.IsInterval() {
				return in.Period.Start()
			}
			return in.Period
		case EntryPeriodEnd:
			if in.Period.IsInterval() {
				return in.Period.End()
			}
		case EntrySuperseded:
			if old, ok := ds.Initiative(in.Supersedes); ok && in.Supersedes != "" && old.Period.IsInterval() {
				return old.Period.End()
			}
		case EntryStage:
			return in.Progress[r.j].AsOf
		case EntryDeadline:
			return in.Commitments[r.j].Deadline
		case EntryTarget:
			return in.Targets[r.j].Deadline
		}
	case EntityActor:
		a := &ds.Actors[r.i]
		switch r.kind {
		case EntryFounded:
			return a.Founded
		case EntryDissolved:
			return a.Dissolved
		case EntryJoined, EntryLeft:
			p := ds.membershipAt(r.i, r.j, r.k == 1).m.Period
			switch {
			case !p.IsInterval() && r.kind == EntryJoined:
				return p
			case !p.IsInterval():
				return edtf.Date{}
			case r.kind == EntryJoined:
				return p.Start()
			}
			return p.End()
		case EntryPostTaken, EntryPostLeft:
			p := a.Posts[r.j].Period
			switch {
			case !p.IsInterval():
				return edtf.Date{}
			case r.kind == EntryPostTaken:
				return p.Start()
			}
			return p.End()
		}
	case EntityFigure:
		return ds.Figures[r.i].Period
	}
	return edtf.Date{}
}

// entry derives the entry r names.
func (t *Timeline) entry(r entryRef) Entry {
	ds := t.ds
	e := Entry{Date: ds.refDate(r), Kind: r.kind}
	switch r.src {
	case EntityEvent:
		ev := &ds.Events[r.i]
		actors := slices.Concat(ev.Hosts, ev.Organisers, ev.CoChairs)
		for _, p := range ev.Participants {
			actors = append(actors, p.Actor)
			if p.For != "" {
				actors = append(actors, p.For)
			}
		}
		e.Subject, e.Object, e.Actors = ev.ID, ev.PartOf, dedupe(actors)
		e.Initiatives, e.Sectors, e.Inferred, e.Sources = ev.Initiatives, ev.Sectors, ev.Inferred, ev.Sources
	case EntityAgreement:
		a := &ds.Agreements[r.i]
		e.Subject, e.Object, e.Initiatives, e.Sectors = a.ID, a.Event, a.Initiatives, a.Sectors
		e.Inferred, e.Sources = a.Inferred, a.Sources
		switch r.kind {
		case EntryJoined, EntryLeft:
			e.Subject, e.Object = a.Parties[r.j].Actor, a.ID
		case EntryDeadline:
			c := &a.Commitments[r.j]
			e.Object, e.Detail, e.Sources, e.Planned, e.Inferred = c.By, c.Action, c.Sources, true, false
		case EntryTarget:
			tg := &a.Targets[r.j]
			e.Object, e.Detail, e.Sources, e.Planned, e.Inferred = tg.Subject, targetText(*tg), tg.Sources, true, false
		}
		e.Actors = agreementActors(a, t.claims[r.i], r, e.Date)
	case EntityInitiative:
		in := &ds.Initiatives[r.i]
		actors := slices.Concat(in.Leads, in.Participants)
		e.Subject, e.Initiatives, e.Sectors, e.Sources = in.ID, []ID{in.ID}, in.Sectors, in.Sources
		switch r.kind {
		case EntryAnnounced:
			e.Object = in.AnnouncedBy
		case EntrySuperseded:
			e.Subject, e.Object, e.Initiatives = in.Supersedes, in.ID, []ID{in.Supersedes, in.ID}
		case EntryStage:
			p := &in.Progress[r.j]
			e.Detail, e.Sources = p.Stage.String(), p.Sources
		case EntryDeadline:
			c := &in.Commitments[r.j]
			actors = append([]ID{c.By}, actors...)
			e.Object, e.Detail, e.Sources, e.Planned = c.By, c.Action, c.Sources, true
		case EntryTarget:
			tg := &in.Targets[r.j]
			e.Object, e.Detail, e.Sources, e.Planned = tg.Subject, targetText(*tg), tg.Sources, true
		}
		e.Actors = dedupe(actors)
	case EntityActor:
		a := &ds.Actors[r.i]
		e.Subject, e.Actors, e.Sources = a.ID, []ID{a.ID}, a.Sources
		switch r.kind {
		case EntryJoined, EntryLeft:
			m := ds.membershipAt(r.i, r.j, r.k == 1)
			e.Subject, e.Object, e.Detail, e.Actors, e.Sources = m.member, m.group, m.m.Role.String(), []ID{m.member, m.group}, m.m.Sources
		case EntryPostTaken, EntryPostLeft:
			p := &a.Posts[r.j]
			e.Object, e.Detail, e.Actors, e.Sources = p.Org, p.Title, []ID{a.ID, p.Org}, p.Sources
		}
	case EntityFigure:
		f := &ds.Figures[r.i]
		e.Subject, e.Object, e.Detail = f.ID, f.Subject, f.Metric+": "+f.Value.String()
		e.Actors, e.Sources = []ID{f.Subject}, f.Sources
	}
	e.Disputed = ds.refDisputed(r)
	if !e.Planned && !t.asOf.IsZero() && t.asOf.PossiblyBefore(e.Date) && !e.Date.PossiblyBefore(t.asOf) {
		e.Planned = true
	}
	return e
}

// agreementActors returns the actors of agreement a in its entry r
// dated d, reading a's claims split as split gives them (unsplit when its
// parties are nil):
// the parties it concerns (see [Entry.Actors]) and the signatories who
// signed for them (or for no party listed), a commitment's actor first.
// An agreement whose parties have no dates of their own concerns all of
// them at every entry, as does an entry without a date.
func agreementActors(a *Agreement, split partyClaims, r entryRef, d edtf.Date) []ID {
	actors := make([]ID, 0, len(a.Parties)+len(a.Signatories)+1)
	dlo, dhi := minDay, maxDay
	if lo, ok := d.Earliest(); ok {
		dlo = lo
	}
	if hi, ok := d.Latest(); ok {
		dhi = hi
	}
	// claims are the claims the questions read, worked out only for the
	// entries that ask them.
	claims := func() partyClaims {
		if split.parties != nil {
			return split
		}
		return a.claimsOf()
	}
	var concerns func(j int) bool
	switch {
	case r.kind == EntryJoined || r.kind == EntryLeft:
		actors = append(actors, a.Parties[r.j].Actor)
		cs := claims()
		concerns = func(j int) bool { return j != int(r.j) && a.isPartyAt(j, cs, dlo, dhi) }
	case r.kind == EntryDeadline:
		actors = append(actors, a.Commitments[r.j].By)
	case d.IsZero() || !a.hasOwnDates():
	case r.kind == EntryAdopted:
		concerns = func(j int) bool { return a.Parties[j].Role != PartyRoleAcceding }
	case r.kind == EntrySigned:
		concerns = func(j int) bool {
			p := &a.Parties[j]
			return p.Role != PartyRoleAcceding && (p.Signed.IsZero() || p.Signed.Overlaps(a.Signed))
		}
	case r.kind == EntryInForce:
		cs := claims()
		concerns = func(j int) bool { possibly, _ := a.inForceFor(j, cs, dlo, dhi); return possibly }
	case r.kind == EntryEnded:
		cs := claims()
		concerns = func(j int) bool { return a.isPartyAt(j, cs, dlo, dhi) }
	}
	for j := range a.Parties {
		if concerns == nil || concerns(j) {
			actors = append(actors, a.Parties[j].Actor)
		}
	}
	if r.kind != EntryJoined && r.kind != EntryLeft {
		for _, s := range a.Signatories {
			if j := a.partyIndex(s.For); concerns == nil || j < 0 || concerns(j) {
				actors = append(actors, s.Person)
			}
		}
	}
	return dedupe(actors)
}

// refDisputed reports whether the field an entry's date comes from (or,
// for an event, its venue or its being online) is claimed otherwise.
func (ds *Dataset) refDisputed(r entryRef) bool {
	plan := func(cs []Claim) bool {
		switch r.kind {
		case EntryDeadline:
			return isClaimed(cs, partField("commitments", int(r.j), "deadline"))
		case EntryTarget:
			return isClaimed(cs, partField("targets", int(r.j), "deadline"))
		}
		return false
	}
	switch r.src {
	case EntityEvent:
		cs := ds.Events[r.i].Claims
		return len(cs) > 0 && (isClaimed(cs, field("date")) || isClaimed(cs, field("venue")) || isClaimed(cs, field("online")))
	case EntityAgreement:
		a := &ds.Agreements[r.i]
		if len(a.Claims) == 0 {
			return false
		}
		switch r.kind {
		case EntryAdopted:
			return isClaimed(a.Claims, field("adopted"))
		case EntrySigned:
			return isClaimed(a.Claims, field("signed"))
		case EntryInForce:
			return isClaimed(a.Claims, field("in_force"))
		case EntryEnded:
			return isClaimed(a.Claims, field("ended"))
		case EntryJoined, EntryLeft:
			switch {
			case r.k > 0:
				return isClaimed(a.Claims, fieldPath{list: "parties", i: int(r.j), name: "rejoined", k: int(r.k - 1)})
			case r.kind == EntryJoined:
				return isClaimed(a.Claims, partField("parties", int(r.j), "joined"))
			}
			return isClaimed(a.Claims, partField("parties", int(r.j), "left"))
		}
		return plan(a.Claims)
	case EntityInitiative:
		in := &ds.Initiatives[r.i]
		switch r.kind {
		case EntryAnnounced:
			return isClaimed(in.Claims, field("announced"))
		case EntryAdopted:
			return isClaimed(in.Claims, field("adopted"))
		case EntryPeriodStart, EntryPeriodEnd:
			return isClaimed(in.Claims, field("period"))
		case EntrySuperseded:
			old, ok := ds.Initiative(in.Supersedes)
			return ok && isClaimed(old.Claims, field("period"))
		case EntryStage:
			return isClaimed(in.Claims, partField("progress", int(r.j), "as_of"))
		}
		return plan(in.Claims)
	case EntityActor:
		a := &ds.Actors[r.i]
		if len(a.Claims) == 0 {
			return false
		}
		switch r.kind {
		case EntryFounded:
			return isClaimed(a.Claims, field("founded"))
		case EntryDissolved:
			return isClaimed(a.Claims, field("dissolved"))
		case EntryJoined, EntryLeft:
			return isClaimed(a.Claims, ds.membershipAt(r.i, r.j, r.k == 1).periodPath())
		case EntryPostTaken, EntryPostLeft:
			return isClaimed(a.Claims, partField("posts", int(r.j), "period"))
		}
	case EntityFigure:
		return isClaimed(ds.Figures[r.i].Claims, field("period"))
	}
	return false
}

func targetText(t Target) string {
	s := t.Metric
	if t.Scope != "" {
		s += ", " + t.Scope
	}
	if !t.Value.IsZero() {
		s += ": " + t.Value.String()
	}
	return s
}

// dedupe removes repeated and empty IDs in place, keeping the first of
// each. The lists are mostly short (the parties and signatories of one
// agreement), where a linear search beats a map; a long one gets a set.
func dedupe(ids []ID) []ID {
	out := ids[:0]
	if len(ids) > dedupeScan {
		// An entry of an agreement with many parties: a set, so that
		// its cost grows with the parties rather than with their square.
		seen := make(map[ID]struct{}, len(ids))
		for _, id := range ids {
			if _, dup := seen[id]; id != "" && !dup {
				seen[id] = struct{}{}
				out = append(out, id)
			}
		}
		return slices.Clip(out)
	}
	for _, id := range ids {
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return slices.Clip(out)
}

// dedupeScan is the length up to which dedupe scans what it kept rather
// than build a set: below it, the scan costs less than the map.
const dedupeScan = 32

// Within returns the IDs of actor id and of every actor part of it,
// directly or not, or governing it, and for a state the actors tied to it
// by their country code alone (a company with Country "CN" and no PartOf:
// [Dataset.StateOf] says it belongs to China) with their parts: "China"
// includes its ministries, its provinces and their governments, and its
// companies. The result starts with id.
func (ds *Dataset) Within(id ID) []ID {
	ds.ensure()
	out := []ID{id}
	seen := map[ID]bool{id: true}
	for i := 0; i < len(out); i++ {
		for _, list := range [...][]ID{ds.parts[out[i]], ds.byCountry[out[i]]} {
			for _, c := range list {
				if !seen[c] {
					seen[c] = true
					out = append(out, c)
				}
			}
		}
	}
	return out
}
