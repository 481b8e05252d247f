package cooperation_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
)

func TestTimelineFromCatalog(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	entries := ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf})
	// Every dated agreement signature appears exactly once.
	for _, a := range ds.Agreements {
		n := 0
		for _, e := range entries {
			if e.Kind == cooperation.EntrySigned && e.Subject == a.ID {
				n++
				if e.Date != a.Signed {
					t.Errorf("%s signed %v, entry %v", a.ID, a.Signed, e.Date)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: %d signed entries, want 1", a.ID, n)
		}
	}
	// Entries are in EDTF order.
	for i := 1; i < len(entries); i++ {
		if entries[i-1].Date.Compare(entries[i].Date) > 0 {
			t.Errorf("entries %d and %d out of order: %v, %v", i-1, i, entries[i-1].Date, entries[i].Date)
		}
	}
	// Targets are plans, not facts.
	for _, e := range entries {
		if (e.Kind == cooperation.EntryTarget || e.Kind == cooperation.EntryDeadline) && !e.Planned {
			t.Errorf("%s %s is not marked planned", e.Kind, e.Subject)
		}
	}
}

func TestDyadAndWithin(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	within := ds.Within("cn")
	for _, id := range []cooperation.ID{"cn", "cn-yn", "cn-yn-government", "cac", "cac-digital-economy-bureau", "idcpc", "nanning"} {
		if !slices.Contains(within, id) {
			t.Errorf("Within(cn) lacks %s", id)
		}
	}
	if slices.Contains(within, "mm") {
		t.Error("Within(cn) holds mm")
	}
	// The Yunnan-Mandalay meeting involves China only through its parts.
	count := func(f cooperation.Filter) int {
		n := 0
		for _, e := range ds.Timeline(cooperation.TimelineOptions{Filter: f}) {
			if e.Subject == "idcpc-yunnan-mandalay-meeting-2020" {
				n++
			}
		}
		return n
	}
	if count(cooperation.Filter{Involving: []cooperation.ID{"cn"}}) != 1 || count(cooperation.Filter{Actors: []cooperation.ID{"cn"}}) != 0 {
		t.Error("Filter.Involving should find the meeting through China's parts, Filter.Actors should not")
	}
	var events []cooperation.ID
	for _, e := range ds.Timeline(cooperation.TimelineOptions{Filter: cooperation.Filter{Dyad: [2]cooperation.ID{"cn", "mm"}}}) {
		if e.Kind == cooperation.EntryEvent {
			events = append(events, e.Subject)
		}
	}
	want := []cooperation.ID{"idcpc-yunnan-mandalay-meeting-2020"}
	if diff := cmp.Diff(want, events); diff != "" {
		t.Errorf("China-Myanmar events (-want +got):\n%s", diff)
	}
}

func TestYearlessLast(t *testing.T) {
	en := names.Names{{Text: "x", Lang: language.English}}
	ds := &cooperation.Dataset{Events: []cooperation.Event{
		{ID: "b", Kind: cooperation.EventMeeting, Names: en, Date: edtf.MustParse("XXXX-07-10")},
		{ID: "c", Kind: cooperation.EventMeeting, Names: en, Date: edtf.MustParse("2021")},
		{ID: "a", Kind: cooperation.EventMeeting, Names: en, Date: edtf.MustParse("XXXX-03-01")},
		{ID: "d", Kind: cooperation.EventMeeting, Names: en, Date: edtf.MustParse("1999-12-31")},
	}}
	ds.Build()
	var got []cooperation.ID
	for _, e := range ds.Timeline(cooperation.TimelineOptions{}) {
		got = append(got, e.Subject)
	}
	if diff := cmp.Diff([]cooperation.ID{"d", "c", "a", "b"}, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}
