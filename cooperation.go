package cooperation

import (
	"cmp"
	"encoding/json"
	"hash/maphash"
	"slices"
	"sync"

	"github.com/coopframe/cooperation/internal/enum"
	"github.com/coopframe/cooperation/names"
)

// Dataset holds every entity of one collection and resolves references
// between them by ID. IDs are unique across all kinds.
//
// Build a Dataset by decoding JSON ([Decode]) or by filling its slices;
// the lookups index it on first use, and [Dataset.Build] indexes it again
// after a change. After that it is read-only: its methods are safe for
// concurrent use by many goroutines as long as nobody modifies it. A
// program that changes the slices calls Build again before reading, with no
// reader running. A stale index never answers with the wrong entity: a
// lookup checks that the entity it finds has the ID asked for, and that a
// slice in which it finds nothing is the one indexed (same array, same
// length), and searches the slices otherwise, slowly. Only an ID written
// into an entity in place, the slices unchanged, stays unseen by lookups
// until Build; [Dataset.Validate] reports any change since Build (rule
// dataset.stale) and checks the dataset as it is.
//
// A Dataset may be a layer on a base ([DecodeOptions.Base], [Dataset.On]):
// its slices then hold copies of the base's entities first and its own
// after them. Questions answer over both; [Dataset.Validate] and
// [Dataset.Encode] see only its own.
//
// A Dataset holds a [sync.Once]: do not copy one; assign its fields.
type Dataset struct {
	Sources     []Source
	Actors      []Actor
	Initiatives []Initiative
	Events      []Event
	Agreements  []Agreement
	Figures     []Figure

	// Sectors are the sectors the dataset's entities may use besides the
	// built-in ones ([Sectors]), each with the syntax of an [ID]: the
	// "sectors" of the JSON form. Validation accepts them as it accepts
	// [ValidateOptions.Sectors].
	Sectors []Sector

	// own is where the dataset's own entities start in each slice: those
	// before are its base's.
	own layerStart

	once  sync.Once
	index map[ID]slot
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
	// links is the index of InitiativeFamily and Successors, built on
	// first use.
	linkOnce sync.Once
	links    initiativeLinks
	// dups lists IDs seen more than once while indexing, with the later
	// entities' positions; validation reports them.
	dups []entityRef
	// stamps are the slices as build indexed them, and sum the hash of
	// what it read from them (fingerprint): what tells a changed dataset.
	stamps [numKinds]stamp
	sum    uint64
}

// numKinds is the number of EntityKind values, EntityNone included.
const numKinds = int(EntityFigure) + 1

// stamp is one slice as build indexed it: its length and its array, as a
// pointer to its first element (nil when it is empty; a pointer in an
// interface does not allocate, and two compare equal when they point to
// the same element).
type stamp struct {
	n int
	p any
}

func stampOf[T any](s []T) stamp {
	if len(s) == 0 {
		return stamp{}
	}
	return stamp{len(s), &s[0]}
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
	share(dst, src *Dataset)
	clone(dst, src *Dataset, from int)
	layerOn(ds, base *Dataset, from int) int
	stamp(ds *Dataset) stamp
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

// share sets dst's slice to src's, sharing its array.
func (s sliceOf[T]) share(dst, src *Dataset) { *s(dst) = *s(src) }

// clone sets dst's slice to a copy of src's from index from on.
func (s sliceOf[T]) clone(dst, src *Dataset, from int) {
	e := *s(src)
	*s(dst) = slices.Clone(e[min(from, len(e)):])
}

// layerOn sets ds's slice to copies of base's entities (none for a nil
// base) followed by its own, those from index from on, and returns where
// its own now start.
func (s sliceOf[T]) layerOn(ds, base *Dataset, from int) int {
	own := *s(ds)
	own = own[min(from, len(own)):]
	var b []T
	if base != nil {
		b = *s(base)
	}
	if len(b) == 0 {
		*s(ds) = own
		return 0
	}
	// A new array: the base's is neither shared nor written.
	*s(ds) = append(append(make([]T, 0, len(b)+len(own)), b...), own...)
	return len(b)
}

func (s sliceOf[T]) stamp(ds *Dataset) stamp { return stampOf(*s(ds)) }

func (s sliceOf[T]) decode(d *decoder, key string, ds *Dataset) error {
	return decodeArray(d, key, s(ds), nil)
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

// slot is where the index puts an ID: its kind and position.
type slot struct {
	kind EntityKind
	i    int32
}

// entityRef is an entity's ID with its slot.
type entityRef struct {
	id   ID
	kind EntityKind
	i    int32
}

// Build indexes the dataset by ID. Decode and [Dataset.On] call it, and
// the first lookup of a dataset never built does; call it yourself after
// changing the slices, with no reader running. When an ID occurs more than
// once, the first entity keeps it (on a layer, the base's first) and
// [Dataset.Validate] reports the others (rule id.duplicate); nothing is
// overwritten.
func (ds *Dataset) Build() {
	ds.once = sync.Once{}
	ds.nameOnce = sync.Once{}
	ds.names = nil
	ds.activeOnce = sync.Once{}
	ds.active = nil
	ds.dyadOnce = sync.Once{}
	ds.dyads = nil
	ds.linkOnce = sync.Once{}
	ds.links = initiativeLinks{}
	ds.once.Do(ds.build)
}

func (ds *Dataset) ensure() { ds.once.Do(ds.build) }

func (ds *Dataset) build() {
	ds.index = make(map[ID]slot, ds.Len())
	ds.dups = nil
	ds.sum = ds.fingerprint()
	// A base's entities come first, whatever their kind, so that a layer's
	// entity with the ID of one of them is the duplicate.
	layered := false
	for _, k := range allKinds() {
		ds.stamps[k.kind] = k.slice.stamp(ds)
		ds.index1(k, 0, ds.ownStart(k.kind))
		layered = layered || ds.ownStart(k.kind) > 0
	}
	for _, k := range allKinds() {
		ds.index1(k, ds.ownStart(k.kind), k.slice.len(ds))
	}
	if layered { // the dups in the dataset's order, as Validate meets them
		slices.SortFunc(ds.dups, func(a, b entityRef) int { return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.i, b.i)) })
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

// index1 indexes the entities from to to of kind k.
func (ds *Dataset) index1(k kindInfo, from, to int) {
	for i := from; i < to; i++ {
		id := k.slice.id(ds, i)
		if _, ok := ds.index[id]; ok {
			ds.dups = append(ds.dups, entityRef{id: id, kind: k.kind, i: int32(i)})
			continue
		}
		ds.index[id] = slot{k.kind, int32(i)}
	}
}

// Kind returns the kind of entity id names, or EntityNone.
func (ds *Dataset) Kind(id ID) EntityKind {
	r, _ := ds.locate(id)
	return r.kind
}

// slotOf returns where the index puts id, when it is an entity of kind k
// within a slice of n: the fast path of the lookups, which then check that
// the entity there has the ID asked for. A lookup trusts the index only as
// far as it can check it: a miss counts only if the slice is the one
// indexed (same array, same length); else the dataset changed after Build
// and lookupSlow searches the slices. Each lookup is written out for its
// kind so that the check reads the ID field directly.
func (ds *Dataset) slotOf(id ID, k EntityKind, n int) (int, bool) {
	ds.ensure()
	r, ok := ds.index[id]
	return int(r.i), ok && r.kind == k && int(r.i) < n
}

// lookupSlow is lookup when the index did not give an entity with the ID:
// a miss if it can trust the index, else a search.
func lookupSlow[T entity](ds *Dataset, id ID, k EntityKind, s []T) (*T, bool) {
	r, indexed := ds.index[id]
	if !indexed && ds.stamps[k] == stampOf(s) || indexed && r.kind != k && ds.holds(id, r) {
		return nil, false // not indexed, or the ID is another kind's
	}
	r, ok := ds.search(id)
	if !ok || r.kind != k || int(r.i) >= len(s) {
		return nil, false
	}
	return &s[r.i], true
}

// locate returns where the entity id is, checking the index as lookup
// does.
func (ds *Dataset) locate(id ID) (slot, bool) {
	ds.ensure()
	r, ok := ds.index[id]
	if ok && ds.holds(id, r) || !ok && ds.unchanged() {
		return r, ok
	}
	return ds.search(id)
}

// holds reports whether the entity id is still where the index put it
// (r), in a slice as indexed.
func (ds *Dataset) holds(id ID, r slot) bool {
	k := kinds[r.kind].slice
	return ds.stamps[r.kind] == k.stamp(ds) && k.id(ds, int(r.i)) == id
}

// unchanged reports whether every slice is the one indexed: same array,
// same length.
func (ds *Dataset) unchanged() bool {
	for _, k := range allKinds() {
		if ds.stamps[k.kind] != k.slice.stamp(ds) {
			return false
		}
	}
	return true
}

// search finds id the slow way, by walking the slices in the order build
// indexes them (a base's entities first): the entity a fresh Build would
// index.
func (ds *Dataset) search(id ID) (slot, bool) {
	for own := range 2 {
		for _, k := range allKinds() {
			from, to := 0, ds.ownStart(k.kind)
			if own == 1 {
				from, to = to, k.slice.len(ds)
			}
			for i := from; i < to; i++ {
				if k.slice.id(ds, i) == id {
					return slot{k.kind, int32(i)}, true
				}
			}
		}
	}
	return slot{}, false
}

// changed reports whether ds differs from what Build indexed: a slice
// replaced, grown or shortened, or an ID, or an actor's kind, country,
// PartOf or Governs, changed in place (fingerprint).
func (ds *Dataset) changed() bool {
	ds.ensure()
	return !ds.unchanged() || ds.fingerprint() != ds.sum
}

// fingerprintSeed is the seed of fingerprint, the same for every dataset
// of the process.
var fingerprintSeed = maphash.MakeSeed()

// fingerprint hashes what build reads: every ID in order, and the kind,
// country, PartOf and Governs of actors.
func (ds *Dataset) fingerprint() uint64 {
	var h uint64
	mix := func(x uint64) { h = (h ^ x) * 0x100000001b3 } // FNV-1a's step over whole words
	str := func(s ID) { mix(maphash.String(fingerprintSeed, string(s))) }
	for _, k := range allKinds() {
		n := k.slice.len(ds)
		mix(uint64(n))
		if k.kind == EntityActor {
			for i := range ds.Actors {
				a := &ds.Actors[i]
				mix(uint64(a.Kind))
				str(ID(a.Country.String()))
				str(a.ID)
				str(a.PartOf)
				str(a.Governs)
			}
			continue
		}
		for i := range n {
			str(k.slice.id(ds, i))
		}
	}
	return h
}

// reindexed returns a shallow copy of ds, indexed afresh: what Validate
// checks when ds changed after Build.
func (ds *Dataset) reindexed() *Dataset {
	c := &Dataset{Sectors: ds.Sectors, own: ds.own}
	for _, k := range allKinds() {
		k.slice.share(c, ds)
	}
	c.Build()
	return c
}

// Actor returns the actor with the given ID. The result points into the
// dataset and must not be modified.
func (ds *Dataset) Actor(id ID) (*Actor, bool) {
	if i, ok := ds.slotOf(id, EntityActor, len(ds.Actors)); ok && ds.Actors[i].ID == id {
		return &ds.Actors[i], true
	}
	return lookupSlow(ds, id, EntityActor, ds.Actors)
}

// Agreement returns the agreement with the given ID.
func (ds *Dataset) Agreement(id ID) (*Agreement, bool) {
	if i, ok := ds.slotOf(id, EntityAgreement, len(ds.Agreements)); ok && ds.Agreements[i].ID == id {
		return &ds.Agreements[i], true
	}
	return lookupSlow(ds, id, EntityAgreement, ds.Agreements)
}

// Initiative returns the initiative with the given ID.
func (ds *Dataset) Initiative(id ID) (*Initiative, bool) {
	if i, ok := ds.slotOf(id, EntityInitiative, len(ds.Initiatives)); ok && ds.Initiatives[i].ID == id {
		return &ds.Initiatives[i], true
	}
	return lookupSlow(ds, id, EntityInitiative, ds.Initiatives)
}

// Event returns the event with the given ID.
func (ds *Dataset) Event(id ID) (*Event, bool) {
	if i, ok := ds.slotOf(id, EntityEvent, len(ds.Events)); ok && ds.Events[i].ID == id {
		return &ds.Events[i], true
	}
	return lookupSlow(ds, id, EntityEvent, ds.Events)
}

// Source returns the source with the given ID.
func (ds *Dataset) Source(id ID) (*Source, bool) {
	if i, ok := ds.slotOf(id, EntitySource, len(ds.Sources)); ok && ds.Sources[i].ID == id {
		return &ds.Sources[i], true
	}
	return lookupSlow(ds, id, EntitySource, ds.Sources)
}

// Figure returns the figure with the given ID.
func (ds *Dataset) Figure(id ID) (*Figure, bool) {
	if i, ok := ds.slotOf(id, EntityFigure, len(ds.Figures)); ok && ds.Figures[i].ID == id {
		return &ds.Figures[i], true
	}
	return lookupSlow(ds, id, EntityFigure, ds.Figures)
}

// Names returns the names of the actor, initiative, event or agreement id,
// or nil.
func (ds *Dataset) Names(id ID) names.Names {
	r, ok := ds.locate(id)
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

// Merge appends the entities and sectors of other to ds (all of them, those
// of other's base too) and rebuilds the index. IDs present in both are
// reported by Validate as duplicates. To combine two layers on one base,
// decode the second on the first instead ([DecodeOptions.Base]).
func (ds *Dataset) Merge(other *Dataset) {
	ds.Sectors = append(ds.Sectors, other.Sectors...)
	for _, k := range allKinds() {
		k.slice.appendFrom(ds, other)
	}
	ds.Build()
}

// sortedCopy returns a dataset holding copies of ds's own entities (not
// its base's), each slice sorted by ID (stable, so duplicates keep their
// order), and its own sectors sorted without repeats: the canonical order
// of the JSON form. It is not built.
func (ds *Dataset) sortedCopy() *Dataset {
	c := &Dataset{Sectors: slices.Compact(slices.Sorted(slices.Values(ds.ownSectors())))}
	for _, k := range allKinds() {
		k.slice.clone(c, ds, ds.own.at[k.kind])
		k.slice.sort(c)
	}
	return c
}
