package cooperation

import (
	"cmp"
	"slices"

	"github.com/coopframe/cooperation/edtf"
)

// EntryKind says what happened at a timeline entry.
type EntryKind uint8

// The entry kinds.
const (
	EntryUnknown     EntryKind = iota // not set: invalid
	EntryEvent                        // an event was held
	EntrySigned                       // an agreement was signed
	EntryInForce                      // an agreement entered into force
	EntryEnded                        // an agreement ended
	EntryAnnounced                    // an initiative was announced
	EntryAdopted                      // an initiative was adopted or launched
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

var entryKinds = enum[EntryKind]{"EntryKind", []string{
	"", "event", "signed", "in-force", "ended", "announced", "adopted", "period-start", "period-end",
	"superseded", "stage", "joined", "left", "post-taken", "post-left", "founded", "dissolved",
	"deadline", "target", "figure",
}}

// String returns the kind's name ("signed").
func (k EntryKind) String() string { return entryKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler].
func (k EntryKind) MarshalText() ([]byte, error) { return entryKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *EntryKind) UnmarshalText(b []byte) error { return entryKinds.Unmarshal(b, k) }

// Entry is one dated line of a timeline, derived from the dataset: it is
// never stored, so a fact is entered once (an agreement's signature date)
// and appears wherever it belongs.
type Entry struct {
	Date edtf.Date `json:"date"`
	Kind EntryKind `json:"kind"`
	// Subject is the entity the entry is about: the event, agreement,
	// initiative, actor or figure.
	Subject ID `json:"subject"`
	// Object is the other entity of a relation: the group joined, the
	// post's organisation, the initiative that supersedes.
	Object ID `json:"object,omitempty"`
	// Detail is a short text the entry needs (a post's title, a stage).
	Detail string `json:"detail,omitempty"`
	// Actors and Initiatives are the entities involved.
	Actors      []ID     `json:"actors,omitempty"`
	Initiatives []ID     `json:"initiatives,omitempty"`
	Sectors     []Sector `json:"sectors,omitempty"`
	// Planned marks a target, a deadline, a planned period end, or any
	// date after the timeline's as-of date: a plan, not a fact.
	Planned bool `json:"planned,omitempty"`
	// Inferred marks a date reconstructed from context.
	Inferred bool `json:"inferred,omitempty"`
	Sources  []ID `json:"sources,omitempty"`
}

// TimelineOptions adjusts [Dataset.Timeline]. The zero value gives every
// entry.
type TimelineOptions struct {
	// AsOf, when not zero, marks entries possibly after it as Planned.
	AsOf edtf.Date
	// Filter keeps only the entries it accepts; nil keeps all.
	Filter func(ds *Dataset, e *Entry) bool
}

// Timeline returns the dataset's dated entries in order.
//
// Order is [edtf.Date.Compare] (the EDTF total order: by earliest day, then
// latest day), stable, so entries of the same date keep the order of the
// dataset. Entries whose year is not known ("XXXX-07-10") cannot be placed
// among the others; they come last, ordered by month and day.
func (ds *Dataset) Timeline(opts TimelineOptions) []Entry {
	ds.ensure()
	out := make([]Entry, 0, 3*len(ds.Agreements)+len(ds.Events)+4*len(ds.Initiatives)+len(ds.Actors)+len(ds.Figures))
	add := func(e Entry) {
		if e.Date.IsZero() {
			return
		}
		if !opts.AsOf.IsZero() && opts.AsOf.PossiblyBefore(e.Date) && !e.Date.PossiblyBefore(opts.AsOf) {
			e.Planned = true
		}
		if opts.Filter == nil || opts.Filter(ds, &e) {
			out = append(out, e)
		}
	}
	for i := range ds.Events {
		ev := &ds.Events[i]
		if ev.Kind == EventSeries {
			continue
		}
		actors := slices.Concat(ev.Hosts, ev.Organisers, ev.CoChairs)
		for _, p := range ev.Participants {
			actors = append(actors, p.Actor)
			if p.For != "" {
				actors = append(actors, p.For)
			}
		}
		add(Entry{Date: ev.Date, Kind: EntryEvent, Subject: ev.ID, Object: ev.PartOf, Actors: dedupe(actors),
			Initiatives: ev.Initiatives, Sectors: ev.Sectors, Inferred: ev.Inferred, Sources: ev.Sources})
	}
	for i := range ds.Agreements {
		a := &ds.Agreements[i]
		actors := make([]ID, 0, len(a.Parties)+len(a.Signatories))
		for _, p := range a.Parties {
			actors = append(actors, p.Actor)
		}
		for _, s := range a.Signatories {
			actors = append(actors, s.Person)
		}
		actors = dedupe(actors)
		base := Entry{Subject: a.ID, Object: a.Event, Actors: actors, Initiatives: a.Initiatives, Sectors: a.Sectors,
			Inferred: a.Inferred, Sources: a.Sources}
		for _, st := range [...]struct {
			d edtf.Date
			k EntryKind
		}{{a.Signed, EntrySigned}, {a.InForce, EntryInForce}, {a.Ended, EntryEnded}} {
			e := base
			e.Date, e.Kind = st.d, st.k
			add(e)
		}
		for _, c := range a.Commitments {
			add(Entry{Date: c.Deadline, Kind: EntryDeadline, Subject: a.ID, Object: c.By, Detail: c.Action,
				Actors: dedupe(append([]ID{c.By}, actors...)), Planned: true, Sources: c.Sources})
		}
		for _, t := range a.Targets {
			add(Entry{Date: t.Deadline, Kind: EntryTarget, Subject: a.ID, Object: t.Subject, Detail: targetText(t),
				Actors: actors, Planned: true, Sources: t.Sources})
		}
	}
	for i := range ds.Initiatives {
		in := &ds.Initiatives[i]
		actors := dedupe(slices.Concat(in.Leads, in.Participants))
		inits := []ID{in.ID}
		base := Entry{Subject: in.ID, Actors: actors, Initiatives: inits, Sectors: in.Sectors, Sources: in.Sources}
		e := base
		e.Date, e.Kind, e.Object = in.Announced, EntryAnnounced, in.AnnouncedBy
		add(e)
		e = base
		e.Date, e.Kind = in.Adopted, EntryAdopted
		add(e)
		if in.Period.IsInterval() {
			e = base
			e.Date, e.Kind = in.Period.Start(), EntryPeriodStart
			add(e)
			e = base
			e.Date, e.Kind = in.Period.End(), EntryPeriodEnd
			add(e)
		} else {
			e = base
			e.Date, e.Kind = in.Period, EntryPeriodStart
			add(e)
		}
		if in.Supersedes != "" {
			if old, ok := ds.Initiative(in.Supersedes); ok && old.Period.IsInterval() {
				e = base
				e.Date, e.Kind, e.Subject, e.Object = old.Period.End(), EntrySuperseded, old.ID, in.ID
				e.Initiatives = []ID{old.ID, in.ID}
				add(e)
			}
		}
		for _, p := range in.Progress {
			e = base
			e.Date, e.Kind, e.Detail, e.Sources = p.AsOf, EntryStage, p.Stage.String(), p.Sources
			add(e)
		}
		for _, c := range in.Commitments {
			add(Entry{Date: c.Deadline, Kind: EntryDeadline, Subject: in.ID, Object: c.By, Detail: c.Action,
				Actors: dedupe(append([]ID{c.By}, actors...)), Initiatives: inits, Planned: true, Sources: c.Sources})
		}
		for _, t := range in.Targets {
			add(Entry{Date: t.Deadline, Kind: EntryTarget, Subject: in.ID, Object: t.Subject, Detail: targetText(t),
				Actors: actors, Initiatives: inits, Planned: true, Sources: t.Sources})
		}
	}
	for i := range ds.Actors {
		a := &ds.Actors[i]
		self := []ID{a.ID}
		add(Entry{Date: a.Founded, Kind: EntryFounded, Subject: a.ID, Actors: self, Sources: a.Sources})
		add(Entry{Date: a.Dissolved, Kind: EntryDissolved, Subject: a.ID, Actors: self, Sources: a.Sources})
		for _, m := range a.Memberships {
			actors := []ID{a.ID, m.Group}
			if m.Period.IsInterval() {
				add(Entry{Date: m.Period.Start(), Kind: EntryJoined, Subject: a.ID, Object: m.Group, Detail: m.Role.String(), Actors: actors, Sources: m.Sources})
				add(Entry{Date: m.Period.End(), Kind: EntryLeft, Subject: a.ID, Object: m.Group, Detail: m.Role.String(), Actors: actors, Sources: m.Sources})
			} else {
				add(Entry{Date: m.Period, Kind: EntryJoined, Subject: a.ID, Object: m.Group, Detail: m.Role.String(), Actors: actors, Sources: m.Sources})
			}
		}
		for _, p := range a.Posts {
			actors := []ID{a.ID, p.Org}
			if p.Period.IsInterval() {
				add(Entry{Date: p.Period.Start(), Kind: EntryPostTaken, Subject: a.ID, Object: p.Org, Detail: p.Title, Actors: actors, Sources: p.Sources})
				add(Entry{Date: p.Period.End(), Kind: EntryPostLeft, Subject: a.ID, Object: p.Org, Detail: p.Title, Actors: actors, Sources: p.Sources})
			}
		}
	}
	for i := range ds.Figures {
		f := &ds.Figures[i]
		add(Entry{Date: f.Period, Kind: EntryFigure, Subject: f.ID, Object: f.Subject, Detail: f.Metric + ": " + f.Value.String(),
			Actors: []ID{f.Subject}, Sources: f.Sources})
	}
	return sortEntries(out)
}

// sortEntries orders entries by date, stably, with year-less dates last.
// Entries are large, so it sorts small keys (the date's order key, its
// text and the entry's index), touching no entry while sorting, and then
// moves each entry once, in place.
func sortEntries(es []Entry) []Entry {
	type key struct {
		lo, hi   int64
		text     string
		i        int32
		yearless bool
	}
	keys := make([]key, len(es))
	for i := range es {
		lo, hi := es[i].Date.OrderKey()
		keys[i] = key{lo, hi, es[i].Date.String(), int32(i), !es[i].Date.YearKnown()}
	}
	slices.SortFunc(keys, func(a, b key) int {
		switch {
		case a.yearless != b.yearless:
			if a.yearless {
				return 1
			}
			return -1
		case a.yearless:
			// Both without a year: "XXXX-07-10" sorts by its text.
			if c := cmp.Compare(a.text, b.text); c != 0 {
				return c
			}
		case a.lo != b.lo:
			return cmp.Compare(a.lo, b.lo)
		case a.hi != b.hi:
			return cmp.Compare(a.hi, b.hi)
		case a.text != b.text:
			// Same bounds, other spelling or time of day: Compare decides.
			if c := es[a.i].Date.Compare(es[b.i].Date); c != 0 {
				return c
			}
		}
		return cmp.Compare(a.i, b.i) // stable
	})
	// Apply the permutation in place, cycle by cycle: the entry at
	// position j moves to where it belongs.
	dest := make([]int32, len(es)) // dest[i] is where es[i] goes
	for j, k := range keys {
		dest[k.i] = int32(j)
	}
	for i := range es {
		for int(dest[i]) != i {
			d := dest[i]
			es[i], es[d] = es[d], es[i]
			dest[i], dest[d] = dest[d], dest[i]
		}
	}
	return es
}

func targetText(t Target) string {
	if t.Value.IsZero() {
		return t.Metric
	}
	return t.Metric + " (" + t.Value.String() + ")"
}

// dedupe removes repeated and empty IDs in place, keeping the first of
// each. The lists are short (the parties and signatories of one
// agreement), so a linear search beats a map.
func dedupe(ids []ID) []ID {
	out := ids[:0]
	for _, id := range ids {
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return slices.Clip(out)
}

// Within returns the IDs of actor id and of every actor part of it,
// directly or not, or governing it: "China" includes its ministries, its
// provinces and their governments. The result starts with id.
func (ds *Dataset) Within(id ID) []ID {
	ds.ensure()
	out := []ID{id}
	seen := map[ID]bool{id: true}
	for i := 0; i < len(out); i++ {
		for _, c := range ds.parts[out[i]] {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// InvolvesFilter returns a Timeline filter that keeps entries involving
// any of the given actors or any actor part of them (see [Dataset.Within]).
func InvolvesFilter(ds *Dataset, actors ...ID) func(*Dataset, *Entry) bool {
	set := map[ID]bool{}
	for _, a := range actors {
		for _, id := range ds.Within(a) {
			set[id] = true
		}
	}
	return func(_ *Dataset, e *Entry) bool {
		for _, a := range e.Actors {
			if set[a] {
				return true
			}
		}
		return set[e.Subject] || set[e.Object]
	}
}

// DyadFilter returns a Timeline filter that keeps entries involving both a
// and b, each counted with everything part of it: a meeting of Yunnan's and
// Mandalay's governments counts for China and Myanmar.
func DyadFilter(ds *Dataset, a, b ID) func(*Dataset, *Entry) bool {
	in := func(id ID) map[ID]bool {
		m := map[ID]bool{}
		for _, x := range ds.Within(id) {
			m[x] = true
		}
		return m
	}
	sa, sb := in(a), in(b)
	return func(_ *Dataset, e *Entry) bool {
		var hasA, hasB bool
		for _, x := range append(slices.Clip(e.Actors), e.Subject, e.Object) {
			hasA = hasA || sa[x]
			hasB = hasB || sb[x]
		}
		return hasA && hasB
	}
}
