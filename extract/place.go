package extract

import (
	"github.com/coopframe/cooperation"
)

// utcOffsets are the UTC offsets, in minutes, of the states of the region
// that keep one time zone all year (Indonesia has three and is left out).
// x/text has no time zone data and the Go tz database names zones, not
// states, so the table is written here.
var utcOffsets = map[string]int{
	"MM": 6*60 + 30, "TH": 7 * 60, "VN": 7 * 60, "KH": 7 * 60, "LA": 7 * 60,
	"CN": 8 * 60, "SG": 8 * 60, "MY": 8 * 60, "PH": 8 * 60, "BN": 8 * 60, "HK": 8 * 60, "MO": 8 * 60, "TW": 8 * 60,
	"TL": 9 * 60, "JP": 9 * 60, "KR": 9 * 60, "IN": 5*60 + 30,
}

// placeOffset returns the UTC offset of the article's place: its
// dateline's, else that of the first place it names.
func placeOffset(a Article, base *cooperation.Dataset, ms []ActorMention) (int, bool) {
	if base == nil {
		return 0, false
	}
	try := func(ids []cooperation.ID) (int, bool) {
		for _, id := range ids {
			if ac, ok := base.Actor(id); ok && ac.Kind.IsPlace() {
				if st, ok := base.Actor(stateOf(base, id)); ok {
					if off, ok := utcOffsets[st.Country.String()]; ok {
						return off, true
					}
				}
			}
		}
		return 0, false
	}
	if place, _, _ := dateline(a); place != "" {
		refs, _ := base.NameIndex().Lookup(place)
		var ids []cooperation.ID
		for _, r := range refs {
			ids = append(ids, cooperation.ID(r.ID))
		}
		if off, ok := try(ids); ok {
			return off, true
		}
	}
	for _, m := range ms {
		if off, ok := try(m.IDs); ok {
			return off, true
		}
	}
	return 0, false
}
