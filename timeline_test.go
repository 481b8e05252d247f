package cooperation_test

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/render"
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

func TestStringWidth(t *testing.T) {
	for _, tc := range []struct {
		s string
		w int
	}{
		{"ASEAN", 5}, {"南宁", 4}, {"中国—东盟", 9}, {"Nguyễn", 6}, {"Nguye\u0302\u0303n", 6},
		{"ភ្នំពេញ", 5} /* the coeng and the sign AM are Mn (0); the vowel sign E is Mc (1), as in wcwidth */, {"ＡＢ", 4}, {"a\u200bb", 2}, {"", 0},
	} {
		if got := render.StringWidth(tc.s); got != tc.w {
			t.Errorf("StringWidth(%q) = %d, want %d", tc.s, got, tc.w)
		}
	}
}

func TestNamesBest(t *testing.T) {
	ns := names.Names{
		{Text: "ព្រះរាជាណាចក្រកម្ពុជា", Lang: language.Khmer},
		{Text: "កម្ពុជា", Lang: language.Khmer, Kind: names.KindShort},
		{Text: "Kingdom of Cambodia", Lang: language.English},
		{Text: "Cambodia", Lang: language.English, Kind: names.KindShort},
		{Text: "柬埔寨", Lang: language.SimplifiedChinese, Kind: names.KindShort},
	}
	tests := []struct {
		prefs   []language.Tag
		best    string
		display string
		conf    language.Confidence
	}{
		{[]language.Tag{language.English}, "Kingdom of Cambodia", "Cambodia", language.Exact},
		{[]language.Tag{language.BritishEnglish}, "Kingdom of Cambodia", "Cambodia", language.High},
		{[]language.Tag{language.Khmer}, "ព្រះរាជាណាចក្រកម្ពុជា", "កម្ពុជា", language.Exact},
		{[]language.Tag{language.MustParse("zh")}, "柬埔寨", "柬埔寨", language.Exact}, // zh is zh-Hans
		{[]language.Tag{language.French, language.English}, "Kingdom of Cambodia", "Cambodia", language.Exact},
		{[]language.Tag{language.Japanese}, "Kingdom of Cambodia", "Cambodia", language.No}, // the English fallback
		{nil, "Kingdom of Cambodia", "Cambodia", language.No},
	}
	for _, tc := range tests {
		b, c := ns.Best(tc.prefs...)
		d, _ := ns.Display(tc.prefs...)
		if b.Text != tc.best || d.Text != tc.display || c != tc.conf {
			t.Errorf("%v: Best %q (%v), Display %q; want %q (%v), %q", tc.prefs, b.Text, c, d.Text, tc.best, tc.conf, tc.display)
		}
	}
	if n, c := (names.Names{}).Best(language.English); n.Text != "" || c != language.No {
		t.Errorf("empty Names: %v, %v", n, c)
	}
}

// The timeline of what China and Cambodia did together, from the catalog.
func ExampleDataset_Timeline() {
	ds, _ := catalog.Default()
	entries := ds.Timeline(cooperation.TimelineOptions{
		AsOf:   catalog.AsOf,
		Filter: cooperation.Filter{Dyad: [2]cooperation.ID{"cn", "kh"}},
	})
	var buf bytes.Buffer
	render.WriteText(&buf, ds, entries, render.Options{})
	fmt.Print(buf.String())
	// Output:
	// DATE        KIND      WHAT
	// 2024-11-04  event     2024 China-Cambodia Digital Economy Cooperation Forum
	// 2025        deadline  China commits to continue to help Cambodia reach its Internet coverage goals (China-Cambodia digital economy cooperation) (planned)
	// 2025        target    target of China-Cambodia digital economy cooperation for Cambodia: high-speed Internet coverage, urban areas: 100% (planned)
	// 2025        target    target of China-Cambodia digital economy cooperation for Cambodia: high-speed Internet coverage, rural areas: 70% (planned)
}

func TestTitleLanguages(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	entries := ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf})
	find := func(kind cooperation.EntryKind, subject cooperation.ID) *cooperation.Entry {
		for i := range entries {
			if entries[i].Kind == kind && entries[i].Subject == subject {
				return &entries[i]
			}
		}
		t.Fatalf("no %s entry for %s", kind, subject)
		return nil
	}
	joined := find(cooperation.EntryJoined, "cn") // China becomes a dialogue partner of ASEAN
	signed := find(cooperation.EntrySigned, "cmec-mou-2018")
	tests := []struct {
		lang         string
		joined, sign string
	}{
		{"en", "China becomes dialogue partner of Association of Southeast Asian Nations", "Memorandum of understanding on the China-Myanmar Economic Corridor signed"},
		{"vi", "China trở thành đối tác đối thoại của Association of Southeast Asian Nations", "Ký Memorandum of understanding on the China-Myanmar Economic Corridor"},
		{"zh-Hans", "中国成为Association of Southeast Asian Nations的对话伙伴", "签署Memorandum of understanding on the China-Myanmar Economic Corridor"},
		{"zh-Hant", "中国成為Association of Southeast Asian Nations的對話夥伴", "簽署Memorandum of understanding on the China-Myanmar Economic Corridor"},
		{"id", "China menjadi mitra wicara Association of Southeast Asian Nations", "Memorandum of understanding on the China-Myanmar Economic Corridor ditandatangani"},
		{"ms", "China menjadi rakan dialog Association of Southeast Asian Nations", "Memorandum of understanding on the China-Myanmar Economic Corridor ditandatangani"},
		{"th", "China เป็น คู่เจรจา ของ Association of Southeast Asian Nations", "ลงนาม Memorandum of understanding on the China-Myanmar Economic Corridor"},
		{"km", "China becomes dialogue partner of Association of Southeast Asian Nations", "Memorandum of understanding on the China-Myanmar Economic Corridor signed"},
	}
	for _, tc := range tests {
		tag := language.MustParse(tc.lang)
		if got := render.Title(ds, joined, tag); got != tc.joined {
			t.Errorf("%s: %q, want %q", tc.lang, got, tc.joined)
		}
		if got := render.Title(ds, signed, tag); got != tc.sign {
			t.Errorf("%s: %q, want %q", tc.lang, got, tc.sign)
		}
	}
}
