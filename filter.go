package cooperation

import (
	"slices"

	"github.com/coopframe/cooperation/edtf"
)

// Filter selects the entries of a timeline ([TimelineOptions.Filter]).
// The zero Filter keeps every entry; each field that is set narrows the
// selection, and an entry is kept only when it passes them all.
type Filter struct {
	// Involving keeps entries involving any of these actors or any actor
	// part of them ([Dataset.Within]): "China" with its ministries and
	// provinces, and the companies tied to China by their country code
	// alone. An entry involves the actors of [Entry.Actors], its subject
	// and its object; for an agreement's entries, the parties each
	// concerns.
	Involving []ID
	// Actors keeps entries involving any of these actors themselves, not
	// their parts.
	Actors []ID
	// Dyad keeps entries involving both actors, each counted with
	// everything part of it, as Involving counts: a meeting of Yunnan's
	// and Mandalay's governments counts for China and Myanmar. A
	// multilateral agreement's entries count only for the parties each
	// concerns (its signature for those that signed then, a party's
	// joining for that party and those that were parties then), so two
	// states are linked by it only while both are parties. Set both or
	// neither; an empty side matches no entry.
	Dyad [2]ID
	// Initiative keeps entries about the initiative, its parts (at any
	// depth) and its successors (the plans that supersede it, and theirs),
	// and entries of events and agreements that name any of them
	// ([Dataset.InitiativeFamily]).
	Initiative ID
	// Kinds keeps entries of these kinds.
	Kinds []EntryKind
	// Sectors keeps entries tagged with any of these sectors.
	Sectors []Sector
	// Period keeps entries inside it. With PeriodCertainty
	// CertaintyCertain (the zero value), an entry is kept when every day
	// its date can fall on is in the period; with CertaintyPossible, when
	// its date can share a day with the period. The entry's date is the
	// value the dataset holds: an entry whose date is claimed otherwise
	// ([Entry.Disputed]) is judged on that value.
	Period          edtf.Date
	PeriodCertainty Certainty
	// Func, when not nil, keeps the entries it returns true for: any test
	// the fields above do not express.
	Func func(ds *Dataset, e *Entry) bool
}

// compile returns the test f makes over ds, with its sets of IDs worked
// out once, or nil when f keeps every entry.
func (f *Filter) compile(ds *Dataset) func(*Entry) bool {
	var tests []func(*Entry) bool
	if len(f.Involving) > 0 {
		var all []ID
		for _, a := range f.Involving {
			all = append(all, ds.Within(a)...)
		}
		tests = append(tests, involves(idSet(all)))
	}
	if len(f.Actors) > 0 {
		tests = append(tests, involves(idSet(f.Actors)))
	}
	if f.Dyad != [2]ID{} {
		sa, sb := idSet(ds.Within(f.Dyad[0])), idSet(ds.Within(f.Dyad[1]))
		if f.Dyad[0] == "" {
			sa = nil
		}
		if f.Dyad[1] == "" {
			sb = nil
		}
		tests = append(tests, func(e *Entry) bool { return involves(sa)(e) && involves(sb)(e) })
	}
	if f.Initiative != "" {
		set := idSet(ds.InitiativeFamily(f.Initiative))
		tests = append(tests, func(e *Entry) bool {
			if set[e.Subject] || set[e.Object] {
				return true
			}
			for _, i := range e.Initiatives {
				if set[i] {
					return true
				}
			}
			return false
		})
	}
	if len(f.Kinds) > 0 {
		kinds := f.Kinds
		tests = append(tests, func(e *Entry) bool { return slices.Contains(kinds, e.Kind) })
	}
	if len(f.Sectors) > 0 {
		sectors := f.Sectors
		tests = append(tests, func(e *Entry) bool {
			for _, s := range e.Sectors {
				if slices.Contains(sectors, s) {
					return true
				}
			}
			return false
		})
	}
	if !f.Period.IsZero() {
		period, possibly := f.Period, f.PeriodCertainty == CertaintyPossible
		tests = append(tests, func(e *Entry) bool {
			if possibly {
				return period.Overlaps(e.Date)
			}
			return period.Contains(e.Date)
		})
	}
	if f.Func != nil {
		fn := f.Func
		tests = append(tests, func(e *Entry) bool { return fn(ds, e) })
	}
	switch len(tests) {
	case 0:
		return nil
	case 1:
		return tests[0]
	}
	return func(e *Entry) bool {
		for _, t := range tests {
			if !t(e) {
				return false
			}
		}
		return true
	}
}

func idSet(ids []ID) map[ID]bool {
	set := make(map[ID]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	return set
}

// involves returns the test "the entry's subject, object or one of its
// actors is in set".
func involves(set map[ID]bool) func(*Entry) bool {
	return func(e *Entry) bool {
		for _, a := range e.Actors {
			if set[a] {
				return true
			}
		}
		return set[e.Subject] || set[e.Object]
	}
}
