package cooperation

import (
	"cmp"
	"encoding/json"
	"slices"
	"sync"

	"github.com/coopframe/cooperation/internal/enum"
	"github.com/coopframe/cooperation/names"
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
	names    *names.Index
	// active is the index of ActiveAt, built on first use.
	activeOnce sync.Once
	active     *activeIndex
	// states maps a country code to its state actor.
	states map[Country]ID
	// byCountry maps a state to the actors tied to it by their country
	// code alone (no PartOf, no Governs), as StateOf ties them.
	byCountry map[ID][]ID
	// dyads is the index of AgreementsBetween, built on first use.
	dyadOnce sync.Once
	dyads    dyadIndex
	// dups lists IDs seen more than once while indexing, with the later
	// entities' positions; validation reports them.
	dups []entityRef
}

// EntityKind says which slice of a Dataset an ID belongs to.
type EntityKind uint8

// The entity kinds. EntityNone means "no entity with that ID". In text
// each is its name: "none", "source", "actor", "initiative", "event",
// "agreement", "figure".
const (
	EntityNone EntityKind = iota
	EntitySource
	EntityActor
	EntityInitiative
	EntityEvent
	EntityAgreement
	EntityFigure
)

var entityKinds = enum.Names[EntityKind]{Type: "EntityKind", Names: []string{"none", "source", "actor", "initiative", "event", "agreement", "figure"}}

// String returns the kind's name ("actor").
func (k EntityKind) String() string { return entityKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler].
func (k EntityKind) MarshalText() ([]byte, error) { return marshalEnum(entityKinds, k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *EntityKind) UnmarshalText(b []byte) error { return unmarshalEnum(entityKinds, b, k) }

// plural returns the JSON field (and path prefix) of the kind's slice.
func (k EntityKind) plural() string {
	if int(k) < len(kinds) {
		return kinds[k].plural
	}
	return ""
}

// kindInfo is one kind of entity: its JSON field, how to reach its slice
// of a Dataset, and its rank among the entries of one date in a timeline.
type kindInfo struct {
	kind   EntityKind
	plural string
	slice  entitySlice
	// timeline ranks the kind's entries among those of the same date: a
	// meeting, then what was signed at it, then the initiatives, the
	// actors and the figures of that day. Sources give no entries.
	timeline int
}

// kinds lists the six kinds of entity, indexed by EntityKind, in the
// dataset's order: the order of the JSON form, of Build's index, of
// Merge and of validation. Every walk over all entities goes through it;
// the timeline walks it in the order of the timeline field.
var kinds = [...]kindInfo{
	EntitySource:     {EntitySource, "sources", sliceOf[Source](func(ds *Dataset) *[]Source { return &ds.Sources }), 5},
	EntityActor:      {EntityActor, "actors", sliceOf[Actor](func(ds *Dataset) *[]Actor { return &ds.Actors }), 3},
	EntityInitiative: {EntityInitiative, "initiatives", sliceOf[Initiative](func(ds *Dataset) *[]Initiative { return &ds.Initiatives }), 2},
	EntityEvent:      {EntityEvent, "events", sliceOf[Event](func(ds *Dataset) *[]Event { return &ds.Events }), 0},
	EntityAgreement:  {EntityAgreement, "agreements", sliceOf[Agreement](func(ds *Dataset) *[]Agreement { return &ds.Agreements }), 1},
	EntityFigure:     {EntityFigure, "figures", sliceOf[Figure](func(ds *Dataset) *[]Figure { return &ds.Figures }), 4},
}

// allKinds returns the entity kinds in the dataset's order.
func allKinds() []kindInfo { return kinds[EntitySource:] }

// timelineKinds returns the entity kinds in the timeline's order.
var timelineKinds = sync.OnceValue(func() []kindInfo {
	out := slices.Clone(allKinds())
	slices.SortFunc(out, func(a, b kindInfo) int { return cmp.Compare(a.timeline, b.timeline) })
	return out
})

// kindNamed returns the kind whose JSON field is plural.
func kindNamed(plural string) (kindInfo, bool) {
	for _, k := range allKinds() {
		if k.plural == plural {
			return k, true
		}
	}
	return kindInfo{}, false
}

// entity is what every entity type has: an ID and, but for sources and
// figures, names.
type entity interface {
	Source | Actor | Initiative | Event | Agreement | Figure
}

// entitySlice is the generic work on one kind's slice of a Dataset.
type entitySlice interface {
	len(ds *Dataset) int
	id(ds *Dataset, i int) ID
	names(ds *Dataset, i int) names.Names
	sort(ds *Dataset)
	appendFrom(dst, src *Dataset)
	clone(dst, src *Dataset)
	decode(d *decoder, key string, ds *Dataset) error
	encode(enc *json.Encoder, ds *Dataset) error
}

type sliceOf[T entity] func(*Dataset) *[]T

func (s sliceOf[T]) len(ds *Dataset) int { return len(*s(ds)) }

func (s sliceOf[T]) id(ds *Dataset, i int) ID { return idOf(&(*s(ds))[i]) }

func (s sliceOf[T]) names(ds *Dataset, i int) names.Names { return namesOf(&(*s(ds))[i]) }

func (s sliceOf[T]) sort(ds *Dataset) {
	slices.SortStableFunc(*s(ds), func(a, b T) int { return cmp.Compare(idOf(&a), idOf(&b)) })
}

func (s sliceOf[T]) appendFrom(dst, src *Dataset) { *s(dst) = append(*s(dst), *s(src)...) }

func (s sliceOf[T]) clone(dst, src *Dataset) { *s(dst) = slices.Clone(*s(src)) }

func (s sliceOf[T]) decode(d *decoder, key string, ds *Dataset) error {
	return decodeArray(d, key, s(ds))
}

func (s sliceOf[T]) encode(enc *json.Encoder, ds *Dataset) error { return enc.Encode(*s(ds)) }

// idOf returns an entity's ID.
func idOf[T entity](e *T) ID {
	switch e := any(e).(type) {
	case *Source:
		return e.ID
	case *Actor:
		return e.ID
	case *Initiative:
		return e.ID
	case *Event:
		return e.ID
	case *Agreement:
		return e.ID
	case *Figure:
		return e.ID
	}
	return ""
}

// namesOf returns an entity's names; sources and figures have none.
func namesOf[T entity](e *T) names.Names {
	switch e := any(e).(type) {
	case *Actor:
		return e.Names
	case *Initiative:
		return e.Names
	case *Event:
		return e.Names
	case *Agreement:
		return e.Names
	}
	return nil
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
	ds.index = make(map[ID]entityRef, ds.Len())
	ds.dups = nil
	for _, k := range allKinds() {
		for i := range k.slice.len(ds) {
			id := k.slice.id(ds, i)
			r := entityRef{id: id, kind: k.kind, i: int32(i)}
			if _, ok := ds.index[id]; ok {
				ds.dups = append(ds.dups, r)
				continue
			}
			ds.index[id] = r
		}
	}
	ds.parts = make(map[ID][]ID)
	ds.states = make(map[Country]ID)
	for i := range ds.Actors {
		a := &ds.Actors[i]
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
	ds.byCountry = make(map[ID][]ID)
	for i := range ds.Actors {
		a := &ds.Actors[i]
		if a.Kind != ActorState && a.PartOf == "" && a.Governs == "" && !a.Country.IsZero() {
			if s, ok := ds.states[a.Country]; ok {
				ds.byCountry[s] = append(ds.byCountry[s], a.ID)
			}
		}
	}
}

// Kind returns the kind of entity id names, or EntityNone.
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
func (ds *Dataset) Actor(id ID) (*Actor, bool) { return lookup(ds, id, EntityActor, ds.Actors) }

// Agreement returns the agreement with the given ID.
func (ds *Dataset) Agreement(id ID) (*Agreement, bool) {
	return lookup(ds, id, EntityAgreement, ds.Agreements)
}

// Initiative returns the initiative with the given ID.
func (ds *Dataset) Initiative(id ID) (*Initiative, bool) {
	return lookup(ds, id, EntityInitiative, ds.Initiatives)
}

// Event returns the event with the given ID.
func (ds *Dataset) Event(id ID) (*Event, bool) { return lookup(ds, id, EntityEvent, ds.Events) }

// Source returns the source with the given ID.
func (ds *Dataset) Source(id ID) (*Source, bool) { return lookup(ds, id, EntitySource, ds.Sources) }

// Figure returns the figure with the given ID.
func (ds *Dataset) Figure(id ID) (*Figure, bool) { return lookup(ds, id, EntityFigure, ds.Figures) }

// Names returns the names of the actor, initiative, event or agreement id,
// or nil.
func (ds *Dataset) Names(id ID) names.Names {
	ds.ensure()
	r, ok := ds.index[id]
	if !ok {
		return nil
	}
	return kinds[r.kind].slice.names(ds, int(r.i))
}

// NameIndex returns the index of the names of the dataset's actors and
// initiatives, building it on first use; a [names.Ref]'s ID is the
// entity's ID. Like the other lookups it reflects the dataset as built;
// after changing the dataset, call [Dataset.Build] and ask again.
func (ds *Dataset) NameIndex() *names.Index {
	ds.ensure()
	ds.nameOnce.Do(func() {
		ds.names = names.NewIndex(func(yield func(string, names.Names) bool) {
			for i := range ds.Actors {
				if !yield(string(ds.Actors[i].ID), ds.Actors[i].Names) {
					return
				}
			}
			for i := range ds.Initiatives {
				if !yield(string(ds.Initiatives[i].ID), ds.Initiatives[i].Names) {
					return
				}
			}
		})
	})
	return ds.names
}

// Len returns the number of entities of all kinds.
func (ds *Dataset) Len() int {
	n := 0
	for _, k := range allKinds() {
		n += k.slice.len(ds)
	}
	return n
}

// Merge appends the entities of other to ds and rebuilds the index. IDs
// present in both are reported by Validate as duplicates.
func (ds *Dataset) Merge(other *Dataset) {
	for _, k := range allKinds() {
		k.slice.appendFrom(ds, other)
	}
	ds.Build()
}

// sortedCopy returns a dataset holding copies of ds's slices, each sorted
// by ID (stable, so duplicates keep their order): the canonical order of
// the JSON form. It is not built.
func (ds *Dataset) sortedCopy() *Dataset {
	c := &Dataset{}
	for _, k := range allKinds() {
		k.slice.clone(c, ds)
		k.slice.sort(c)
	}
	return c
}
