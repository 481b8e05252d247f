package cooperation

import (
	"slices"
	"strconv"
)

// layerStart records where a dataset's own entities start: in each slice
// (by EntityKind) and in Sectors, those before are its base's. The zero
// value is a dataset with no base.
type layerStart struct {
	at      [numKinds]int
	sectors int
}

// On makes ds a layer on base: ds's slices then hold shallow copies of
// base's entities (and sectors) first and ds's own after them, and ds is
// built ([Dataset.Build]). Its own entities are those it held before the
// call, less those of an earlier base: On replaces the base, and On(nil)
// leaves ds with its own entities alone.
//
// On a layer, every question (the lookups, [Dataset.Timeline],
// [Dataset.ActiveAt], [Dataset.MembersAt], [Dataset.NameIndex], ...)
// answers over the base and the layer together, so the layer's entities
// may refer to the base's and add relations to them (a grouping whose
// [Actor.Members] are states of the base, a person's post at an
// organisation of the base, an actor part of one of the base) without
// restating them; [Dataset.Validate] checks only ds's own entities, with
// paths counted within them ("actors[0]" is ds's first own actor), and
// reports one with the ID of a base entity as rule id.duplicate;
// [Dataset.Encode] writes only ds's own. Decoding with
// [DecodeOptions.Base] gives the same dataset.
//
// On reads base and never modifies it, so base may be in use by other
// goroutines. The copies share their inner slices
// (names, memberships, ...) with base's entities: do not modify those
// through ds. A later change to base does not reach ds.
func (ds *Dataset) On(base *Dataset) {
	ds.layerOn(base)
	ds.Build()
}

// layerOn is On without the Build.
func (ds *Dataset) layerOn(base *Dataset) {
	own := ds.ownSectors()
	ds.Sectors, ds.own.sectors = own, 0
	if base != nil && len(base.Sectors) > 0 {
		ds.Sectors = append(append(make([]Sector, 0, len(base.Sectors)+len(own)), base.Sectors...), own...)
		ds.own.sectors = len(base.Sectors)
	}
	for _, k := range allKinds() {
		ds.own.at[k.kind] = k.slice.layerOn(ds, base, ds.own.at[k.kind])
	}
}

// ownStart returns where ds's own entities of kind k start in its slice.
func (ds *Dataset) ownStart(k EntityKind) int {
	return min(ds.own.at[k], kinds[k].slice.len(ds))
}

// ownSectors returns the sectors ds declares itself, not its base's.
func (ds *Dataset) ownSectors() []Sector {
	return ds.Sectors[min(ds.own.sectors, len(ds.Sectors)):]
}

// inBase reports whether entity i of kind k is one of the base's.
func (ds *Dataset) inBase(k EntityKind, i int) bool { return i < ds.ownStart(k) }

// position returns the path of entity i of kind k as a problem gives it:
// "actors[3]", counted within ds's own entities, or "actors[12] of the
// base" for a base entity, counted within the base.
func (ds *Dataset) position(k EntityKind, i int) string {
	if start := ds.ownStart(k); i >= start {
		return k.plural() + "[" + strconv.Itoa(i-start) + "]"
	}
	return k.plural() + "[" + strconv.Itoa(i) + "] of the base"
}

// ownFirst returns a cycle of entities of kind k (their indexes, in the
// order of the cycle) starting at its first member of ds's own, and
// whether it has one: a cycle of the base's entities alone is the base's.
func (ds *Dataset) ownFirst(k EntityKind, cycle []int) ([]int, bool) {
	for j, i := range cycle {
		if !ds.inBase(k, i) {
			if j == 0 {
				return cycle, true
			}
			return append(slices.Clone(cycle[j:]), cycle[:j]...), true
		}
	}
	return cycle, false
}
