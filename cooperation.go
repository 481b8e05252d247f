package cooperation

import (
	"cmp"
	"slices"
	"sync"
)

// Dataset holds every entity of one collection and resolves references
// between them by ID. IDs are unique across all kinds.
//
// Build a Dataset by decoding JSON ([Decode]) or by filling its slices and
// calling [Dataset.Build]. After that it is read-only: its methods are safe
// for concurrent use by many goroutines as long as nobody modifies it. A
// program that changes the slices calls Build again before reading, with no
// reader running.
type Dataset struct {
	Sources     []Source
	Actors      []Actor
	Initiatives []Initiative
	Events      []Event
	Agreements  []Agreement
	Figures     []Figure

	once  sync.Once
	index map[ID]entityRef
	// parts maps an actor to the actors part of it or governing it.
	parts map[ID][]ID
	// names is the name index, built on first use.
	nameOnce sync.Once
	names    *NameIndex
	// active is the index of ActiveAt, built on first use.
	activeOnce sync.Once
	active     *activeIndex
	// states maps a country code to its state actor.
	states map[Country]ID
	// dyads is the index of AgreementsBetween, built on first use.
	dyadOnce sync.Once
	dyads    dyadIndex
	// dups lists IDs seen more than once while indexing, with the later
	// entities' positions; validation reports them.
	dups []entityRef
}

// EntityKind says which slice of a Dataset an ID belongs to.
type EntityKind uint8

// The entity kinds. KindNone means "no entity with that ID".
const (
	KindNone EntityKind = iota
	KindSource
	KindActor
	KindInitiative
	KindEvent
	KindAgreement
	KindFigure
)

var entityKinds = enum[EntityKind]{"EntityKind", []string{"none", "source", "actor", "initiative", "event", "agreement", "figure"}}

// String returns the kind's name ("actor").
func (k EntityKind) String() string { return entityKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler].
func (k EntityKind) MarshalText() ([]byte, error) { return entityKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown name is
// an *[EnumError].
func (k *EntityKind) UnmarshalText(b []byte) error { return entityKinds.Unmarshal(b, k) }

// plural returns the JSON field (and path prefix) of the kind's slice.
func (k EntityKind) plural() string {
	return [...]string{"", "sources", "actors", "initiatives", "events", "agreements", "figures"}[k]
}

type entityRef struct {
	id   ID
	kind EntityKind
	i    int32
}

// Build indexes the dataset by ID. Decode calls it; call it yourself after
// filling or changing the slices. When an ID occurs more than once, the
// first entity keeps it and [Dataset.Validate] reports the others (rule
// id.duplicate); nothing is overwritten.
func (ds *Dataset) Build() {
	ds.once = sync.Once{}
	ds.nameOnce = sync.Once{}
	ds.names = nil
	ds.activeOnce = sync.Once{}
	ds.active = nil
	ds.dyadOnce = sync.Once{}
	ds.dyads = nil
	ds.once.Do(ds.build)
}

func (ds *Dataset) ensure() { ds.once.Do(ds.build) }

func (ds *Dataset) build() {
	n := len(ds.Sources) + len(ds.Actors) + len(ds.Initiatives) + len(ds.Events) + len(ds.Agreements) + len(ds.Figures)
	ds.index = make(map[ID]entityRef, n)
	ds.dups = nil
	add := func(id ID, k EntityKind, i int) {
		r := entityRef{id: id, kind: k, i: int32(i)}
		if _, ok := ds.index[id]; ok {
			ds.dups = append(ds.dups, r)
			return
		}
		ds.index[id] = r
	}
	for i := range ds.Sources {
		add(ds.Sources[i].ID, KindSource, i)
	}
	ds.parts = make(map[ID][]ID)
	ds.states = make(map[Country]ID)
	for i := range ds.Actors {
		a := &ds.Actors[i]
		add(a.ID, KindActor, i)
		if a.Kind == ActorState && !a.Country.IsZero() {
			if _, dup := ds.states[a.Country]; !dup {
				ds.states[a.Country] = a.ID
			}
		}
		if a.PartOf != "" {
			ds.parts[a.PartOf] = append(ds.parts[a.PartOf], a.ID)
		}
		if a.Governs != "" && a.Governs != a.PartOf {
			ds.parts[a.Governs] = append(ds.parts[a.Governs], a.ID)
		}
	}
	for i := range ds.Initiatives {
		add(ds.Initiatives[i].ID, KindInitiative, i)
	}
	for i := range ds.Events {
		add(ds.Events[i].ID, KindEvent, i)
	}
	for i := range ds.Agreements {
		add(ds.Agreements[i].ID, KindAgreement, i)
	}
	for i := range ds.Figures {
		add(ds.Figures[i].ID, KindFigure, i)
	}
}

// Kind returns the kind of entity id names, or KindNone.
func (ds *Dataset) Kind(id ID) EntityKind {
	ds.ensure()
	return ds.index[id].kind
}

func lookup[T any](ds *Dataset, id ID, k EntityKind, s []T) (*T, bool) {
	ds.ensure()
	r, ok := ds.index[id]
	if !ok || r.kind != k || int(r.i) >= len(s) {
		return nil, false
	}
	return &s[r.i], true
}

// Actor returns the actor with the given ID. The result points into the
// dataset and must not be modified.
func (ds *Dataset) Actor(id ID) (*Actor, bool) { return lookup(ds, id, KindActor, ds.Actors) }

// Agreement returns the agreement with the given ID.
func (ds *Dataset) Agreement(id ID) (*Agreement, bool) {
	return lookup(ds, id, KindAgreement, ds.Agreements)
}

// Initiative returns the initiative with the given ID.
func (ds *Dataset) Initiative(id ID) (*Initiative, bool) {
	return lookup(ds, id, KindInitiative, ds.Initiatives)
}

// Event returns the event with the given ID.
func (ds *Dataset) Event(id ID) (*Event, bool) { return lookup(ds, id, KindEvent, ds.Events) }

// Source returns the source with the given ID.
func (ds *Dataset) Source(id ID) (*Source, bool) { return lookup(ds, id, KindSource, ds.Sources) }

// Figure returns the figure with the given ID.
func (ds *Dataset) Figure(id ID) (*Figure, bool) { return lookup(ds, id, KindFigure, ds.Figures) }

// Names returns the names of the actor, initiative, event or agreement id,
// or nil.
func (ds *Dataset) Names(id ID) Names {
	ds.ensure()
	r, ok := ds.index[id]
	if !ok {
		return nil
	}
	switch r.kind {
	case KindActor:
		return ds.Actors[r.i].Names
	case KindInitiative:
		return ds.Initiatives[r.i].Names
	case KindEvent:
		return ds.Events[r.i].Names
	case KindAgreement:
		return ds.Agreements[r.i].Names
	}
	return nil
}

// Len returns the number of entities of all kinds.
func (ds *Dataset) Len() int {
	return len(ds.Sources) + len(ds.Actors) + len(ds.Initiatives) + len(ds.Events) + len(ds.Agreements) + len(ds.Figures)
}

// Merge appends the entities of other to ds and rebuilds the index. IDs
// present in both are reported by Validate as duplicates.
func (ds *Dataset) Merge(other *Dataset) {
	ds.Sources = append(ds.Sources, other.Sources...)
	ds.Actors = append(ds.Actors, other.Actors...)
	ds.Initiatives = append(ds.Initiatives, other.Initiatives...)
	ds.Events = append(ds.Events, other.Events...)
	ds.Agreements = append(ds.Agreements, other.Agreements...)
	ds.Figures = append(ds.Figures, other.Figures...)
	ds.Build()
}

// sortByID sorts every slice by ID (stable, so duplicates keep their order):
// the canonical order of the JSON form.
func (ds *Dataset) sortByID() {
	slices.SortStableFunc(ds.Sources, func(a, b Source) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(ds.Actors, func(a, b Actor) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(ds.Initiatives, func(a, b Initiative) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(ds.Events, func(a, b Event) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(ds.Agreements, func(a, b Agreement) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(ds.Figures, func(a, b Figure) int { return cmp.Compare(a.ID, b.ID) })
}
