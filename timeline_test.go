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
	// Every dated agreement signature and adoption appears exactly once.
	for _, a := range ds.Agreements {
		for _, tc := range []struct {
			kind cooperation.EntryKind
			date edtf.Date
		}{{cooperation.EntrySigned, a.Signed}, {cooperation.EntryAdopted, a.Adopted}} {
			n := 0
			for _, e := range entries {
				if e.Kind == tc.kind && e.Subject == a.ID {
					n++
					if e.Date != tc.date {
						t.Errorf("%s %s %v, entry %v", a.ID, tc.kind, tc.date, e.Date)
					}
				}
			}
			if want := map[bool]int{true: 0, false: 1}[tc.date.IsZero()]; n != want {
				t.Errorf("%s: %d %s entries, want %d", a.ID, n, tc.kind, want)
			}
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

// TestTimelineParties checks the entries of a treaty whose parties have
// dates of their own: each party's joining and leaving, with the parties
// each entry concerns, and a disputed entry into force.
func TestTimelineParties(t *testing.T) {
	ds := partiesFixture(t)
	type row struct {
		Date            string
		Kind            cooperation.EntryKind
		Subject, Object cooperation.ID
		Actors          []cooperation.ID
		Disputed        bool
	}
	var got []row
	for _, e := range ds.Timeline(cooperation.TimelineOptions{Filter: cooperation.Filter{Func: func(_ *cooperation.Dataset, e *cooperation.Entry) bool {
		return e.Subject == "mt" || e.Object == "mt" || e.Subject == "bi"
	}}}) {
		got = append(got, row{e.Date.String(), e.Kind, e.Subject, e.Object, e.Actors, e.Disputed})
	}
	const (
		signed  = cooperation.EntrySigned
		inForce = cooperation.EntryInForce
		joined  = cooperation.EntryJoined
		left    = cooperation.EntryLeft
	)
	ids := func(s ...cooperation.ID) []cooperation.ID { return s }
	want := []row{
		{"2018-05-10", signed, "mt", "", ids("kh", "vn", "th"), false},
		{"2018-12", joined, "th", "mt", ids("th", "kh", "vn"), false},
		{"2019-01-01", inForce, "mt", "", ids("kh", "th"), false},
		{"2019-02-01", signed, "bi", "", ids("kh", "vn"), false},
		{"2019-05-01", inForce, "bi", "", ids("kh", "vn"), true},
		{"2019-09-01", joined, "vn", "mt", ids("vn", "kh", "th"), false},
		{"2020-03-01", joined, "la", "mt", ids("la", "kh", "vn", "th"), false},
		{"2021-06-30", left, "la", "mt", ids("la", "kh", "vn", "th"), false},
		{"2022-07-01", joined, "la", "mt", ids("la", "kh", "vn", "th"), false},
		{"2023-03-01", left, "th", "mt", ids("th", "kh", "vn", "la"), false},
		{"2024-01-01", joined, "th", "mt", ids("th", "kh", "vn", "la"), false},
		{"2024-12-31", left, "th", "mt", ids("th", "kh", "vn", "la"), false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
	// Memberships stated on the group give the member's entries.
	var members []row
	for _, e := range ds.Timeline(cooperation.TimelineOptions{Filter: cooperation.Filter{Kinds: []cooperation.EntryKind{joined, left}}}) {
		if e.Object == "g" {
			members = append(members, row{e.Date.String(), e.Kind, e.Subject, e.Object, e.Actors, e.Disputed})
		}
	}
	wantMembers := []row{
		{"2019", joined, "kh", "g", ids("kh", "g"), false},
		{"2020", joined, "th", "g", ids("th", "g"), false},
		{"2021", joined, "la", "g", ids("la", "g"), false},
	}
	if diff := cmp.Diff(wantMembers, members); diff != "" {
		t.Errorf("membership entries (-want +got):\n%s", diff)
	}
	// Laos and Cambodia share the treaty only from Laos' accession: its
	// signature and entry into force, and Thailand's joining in 2018, are
	// not in their dyad; what happens while both are parties is.
	var dyad []row
	for _, e := range ds.Dyad("la", "kh", cooperation.TimelineOptions{}).Entries {
		dyad = append(dyad, row{Date: e.Date.String(), Kind: e.Kind, Subject: e.Subject})
	}
	wantDyad := []row{
		{Date: "2020-03-01", Kind: joined, Subject: "la"},
		{Date: "2021-06-30", Kind: left, Subject: "la"},
		{Date: "2022-07-01", Kind: joined, Subject: "la"},
		{Date: "2023-03-01", Kind: left, Subject: "th"},
		{Date: "2024-01-01", Kind: joined, Subject: "th"},
		{Date: "2024-12-31", Kind: left, Subject: "th"},
	}
	if diff := cmp.Diff(wantDyad, dyad); diff != "" {
		t.Errorf("Dyad(la, kh) (-want +got):\n%s", diff)
	}
}
