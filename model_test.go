package cooperation

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
)

func TestStatusAt(t *testing.T) {
	d := func(s string) edtf.Date {
		if s == "" {
			return edtf.Date{}
		}
		return edtf.MustParse(s)
	}
	a := func(signed, inForce, ended string) *Agreement {
		return &Agreement{Signed: d(signed), InForce: d(inForce), Ended: d(ended)}
	}
	tests := []struct {
		name string
		a    *Agreement
		at   string
		s    Status
		c    Certainty
	}{
		{"before signature", a("2015-09-13", "", ""), "2015-09-12", StatusNotSigned, CertaintyCertain},
		{"on the day of signature", a("2015-09-13", "", ""), "2015-09-13", StatusSigned, CertaintyCertain},
		{"signed, no entry into force known", a("2015-09-13", "", ""), "2020", StatusSigned, CertaintyCertain},
		{"in force", a("2018-09", "2018-10-01", ""), "2019", StatusInForce, CertaintyCertain},
		{"signed, entry into force may have come", a("2018-09", "2019", ""), "2019-06-01", StatusSigned, CertaintyPossible},
		{"ended", a("2019", "2019", "2020-12-31"), "2021", StatusEnded, CertaintyCertain},
		{"during the month of signature", a("2018-09", "", ""), "2018-09-10", StatusNotSigned, CertaintyPossible},
		{"year-only question", a("2021-05-01", "", ""), "2021", StatusNotSigned, CertaintyPossible},
		{"no dates", a("", "", ""), "2021", StatusUnknown, CertaintyPossible},
		{"zero date", a("2021", "", ""), "", StatusUnknown, CertaintyPossible},
		{"uncertain year", a("2022?-11-08", "", ""), "2023", StatusSigned, CertaintyCertain},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, c := tc.a.StatusAt(d(tc.at))
			if s != tc.s || c != tc.c {
				t.Errorf("StatusAt(%s) = %v, %v; want %v, %v", tc.at, s, c, tc.s, tc.c)
			}
		})
	}
}

func TestDatasetLookups(t *testing.T) {
	ds := decodeFile(t, "testdata/valid.json")
	if k := ds.Kind("cn"); k != EntityActor {
		t.Errorf("Kind(cn) = %v", k)
	}
	if k := ds.Kind("nowhere"); k != EntityNone {
		t.Errorf("Kind(nowhere) = %v", k)
	}
	if a, ok := ds.Actor("than-myint"); !ok || a.Kind != ActorPerson {
		t.Errorf("Actor(than-myint) = %v, %v", a, ok)
	}
	if _, ok := ds.Agreement("cn"); ok {
		t.Error("Agreement(cn) found an actor")
	}
	if _, ok := ds.Initiative("bri"); !ok {
		t.Error("Initiative(bri) not found")
	}
	if _, ok := ds.Event("meet"); !ok {
		t.Error("Event(meet) not found")
	}
	if _, ok := ds.Source("src"); !ok {
		t.Error("Source(src) not found")
	}
	if n := ds.Names("bri"); len(n) != 1 || n[0].Text != "Belt and Road Initiative" {
		t.Errorf("Names(bri) = %v", n)
	}
	if n := ds.Names("src"); n != nil {
		t.Errorf("Names(src) = %v, want nil", n)
	}
	if got, want := ds.Len(), 1+6+1+1+1; got != want {
		t.Errorf("Len = %d, want %d", got, want)
	}
}

func TestMergeReportsDuplicates(t *testing.T) {
	a := decodeFile(t, "testdata/valid.json")
	b := decodeFile(t, "testdata/valid.json")
	a.Merge(b)
	ps := a.Validate(ValidateOptions{})
	if got, want := ps.Rules()[RuleIDDuplicate], b.Len(); got != want {
		t.Errorf("%d duplicate-ID problems, want %d", got, want)
	}
}

// TestConcurrentReaders runs lookups and validation from many goroutines
// on a dataset whose index has not been built yet; go test -race checks it.
func TestConcurrentReaders(t *testing.T) {
	ds := decodeFile(t, "testdata/valid.json")
	fresh := &Dataset{Sources: ds.Sources, Actors: ds.Actors, Initiatives: ds.Initiatives,
		Events: ds.Events, Agreements: ds.Agreements, Figures: ds.Figures}
	done := make(chan string)
	for range 8 {
		go func() {
			var b strings.Builder
			if _, ok := fresh.Actor("cn"); !ok {
				b.WriteString("no cn; ")
			}
			if ps := fresh.Validate(ValidateOptions{}); len(ps) != 0 {
				b.WriteString(formatProblems(ps))
			}
			done <- b.String()
		}()
	}
	for range 8 {
		if s := <-done; s != "" {
			t.Error(s)
		}
	}
}

// TestStaleIndex changes a built dataset without calling Build again and
// checks that every lookup still answers as a freshly built index would,
// or, for an ID that several entities hold, with one of them: never an
// entity with another ID.
func TestStaleIndex(t *testing.T) {
	tests := []struct {
		name   string
		change func(ds *Dataset)
	}{
		{"swapped in place", func(ds *Dataset) { ds.Actors[0], ds.Actors[1] = ds.Actors[1], ds.Actors[0] }},
		{"reversed in place", func(ds *Dataset) { slices.Reverse(ds.Actors) }},
		{"appended", func(ds *Dataset) {
			ds.Actors = append(ds.Actors, Actor{ID: "th", Kind: ActorState, Country: MustParseCountry("TH")})
		}},
		{"appended a duplicate", func(ds *Dataset) { ds.Actors = append(ds.Actors, Actor{ID: "src", Kind: ActorPerson}) }},
		{"removed", func(ds *Dataset) { ds.Actors = slices.Delete(slices.Clone(ds.Actors), 0, 1) }},
		{"replaced", func(ds *Dataset) { ds.Actors = slices.Clone(ds.Actors[1:]) }},
		{"emptied", func(ds *Dataset) { ds.Agreements = nil }},
		{"moved to another kind", func(ds *Dataset) {
			ds.Sources = append(ds.Sources, Source{ID: "cn"})
		}},
		// An ID changed in place: the old ID is looked up afresh. (A lookup
		// of the new ID trusts the index while the slices are the ones
		// indexed; Validate reports the change.)
		{"renamed in place", func(ds *Dataset) { ds.Actors[0].ID = "renamed" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := decodeFile(t, "testdata/valid.json")
			ids := []ID{"nowhere"}
			for _, k := range allKinds() {
				for i := range k.slice.len(ds) {
					ids = append(ids, k.slice.id(ds, i))
				}
			}
			tc.change(ds)
			fresh := ds.reindexed() // shares ds's slices: the same pointers
			for _, k := range allKinds() {
				for i := range k.slice.len(ds) {
					if id := k.slice.id(ds, i); id != "renamed" {
						ids = append(ids, id)
					}
				}
			}
			type answer struct {
				Kind                                                EntityKind
				Names                                               names.Names
				Actor, Agreement, Event, Initiative, Source, Figure any
			}
			ask := func(ds *Dataset, id ID) answer {
				ptr := func(p any, ok bool) any {
					if !ok {
						return nil
					}
					return fmt.Sprintf("%p", p)
				}
				return answer{ds.Kind(id), ds.Names(id),
					ptr(ds.Actor(id)), ptr(ds.Agreement(id)), ptr(ds.Event(id)),
					ptr(ds.Initiative(id)), ptr(ds.Source(id)), ptr(ds.Figure(id))}
			}
			held := map[ID]int{}
			for _, k := range allKinds() {
				for i := range k.slice.len(ds) {
					held[k.slice.id(ds, i)]++
				}
			}
			for _, id := range ids {
				if diff := cmp.Diff(ask(fresh, id), ask(ds, id), datasetOpts...); diff != "" && held[id] < 2 {
					t.Errorf("%s (-fresh +stale):\n%s", id, diff)
				}
				if ds.Kind(id) == EntityNone && held[id] > 0 {
					t.Errorf("Kind(%s) = none", id)
				}
				if a, ok := ds.Actor(id); ok && a.ID != id {
					t.Errorf("Actor(%s) returned %s", id, a.ID)
				}
				if s, ok := ds.Source(id); ok && s.ID != id {
					t.Errorf("Source(%s) returned %s", id, s.ID)
				}
			}
			if !ds.changed() {
				t.Error("changed() = false")
			}
			if fresh.changed() {
				t.Error("the fresh copy changed() = true")
			}
		})
	}
}

// TestLookupWithoutBuild fills a dataset's slices and looks entities up
// without calling Build: the first lookup indexes it.
func TestLookupWithoutBuild(t *testing.T) {
	ds := &Dataset{Actors: []Actor{{ID: "kh", Kind: ActorState}, {ID: "kh-mptc", Kind: ActorMinistry, PartOf: "kh"}}}
	if a, ok := ds.Actor("kh-mptc"); !ok || a.PartOf != "kh" {
		t.Errorf("Actor(kh-mptc) = %v, %v", a, ok)
	}
	if s, ok := ds.StateOf("kh-mptc"); !ok || s != "kh" {
		t.Errorf("StateOf(kh-mptc) = %v, %v", s, ok)
	}
	ds.Actors = append(ds.Actors, Actor{ID: "th", Kind: ActorState})
	if _, ok := ds.Actor("th"); !ok {
		t.Error("Actor(th) after append: not found")
	}
}

func TestIDFrom(t *testing.T) {
	long := strings.Repeat("word ", 40) // 200 bytes
	tests := []struct {
		name string
		in   string
		want ID
	}{
		{"words", "Ministry of Post & Telecoms (MPTC)", "ministry-of-post-telecoms-mptc"},
		{"Vietnamese", "Nguyễn Mạnh Hùng", "nguyen-manh-hung"},
		{"đ", "Đà Nẵng", "da-nang"},
		{"German", "Straße", "strasse"},
		{"full width", "ＡＳＥＡＮ", "asean"},
		{"digits and dashes", "  --CLMV EMM 13--  ", "clmv-emm-13"},
		{"en dash", "ASEAN–China", "asean-china"},
		{"mixed scripts", "Ministry 中国 2020", "ministry-2020"},
		{"Chinese", "中华人民共和国", ""},
		{"Khmer", "កម្ពុជា", ""},
		{"Cyrillic", "Кремль", ""},
		{"empty", "", ""},
		{"punctuation", "!!!", ""},
		{"long, cut at a hyphen", long, ID(strings.TrimSuffix(strings.ReplaceAll(long, " ", "-")[:125], "-"))},
		{"one long word", strings.Repeat("a", 200), ID(strings.Repeat("a", 128))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := IDFrom(tc.in)
			if got != tc.want {
				t.Errorf("IDFrom(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got != "" && !got.Valid() {
				t.Errorf("IDFrom(%q) = %q is not valid", tc.in, got)
			}
		})
	}
}

func FuzzIDFrom(f *testing.F) {
	for _, s := range []string{"Ministry of Post & Telecoms", "Đà Nẵng", "中国", strings.Repeat("ab-", 60)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if id := IDFrom(s); id != "" && !id.Valid() {
			t.Fatalf("IDFrom(%q) = %q, not a valid ID", s, id)
		}
	})
}

func TestMustParseCountry(t *testing.T) {
	if c := MustParseCountry("KH"); c.String() != "KH" {
		t.Errorf("MustParseCountry(KH) = %v", c)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParseCountry(khm) did not panic")
		}
	}()
	MustParseCountry("khm")
}

// TestStaleValidate checks that Validate reports a dataset changed since
// Build, first, and checks it as it is: it finds the duplicate a stale
// index would miss.
func TestStaleValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(ds *Dataset)
		want   []Rule
	}{
		{"unchanged", func(ds *Dataset) {}, nil},
		{"rebuilt", func(ds *Dataset) { ds.Actors = append(ds.Actors, ds.Actors[0]); ds.Build() },
			[]Rule{RuleIDDuplicate}},
		{"appended a duplicate", func(ds *Dataset) { ds.Actors = append(ds.Actors, ds.Actors[0]) },
			[]Rule{RuleDatasetStale, RuleIDDuplicate}},
		// mm becomes a second cn: the references to mm no longer resolve.
		{"renamed in place to a duplicate", func(ds *Dataset) { ds.Actors[1].ID = ds.Actors[0].ID },
			[]Rule{RuleDatasetStale, RuleIDDuplicate, RuleRefUnresolved, RuleSignatoryNotParty}},
		{"moved in place", func(ds *Dataset) { ds.Actors[0], ds.Actors[1] = ds.Actors[1], ds.Actors[0] },
			[]Rule{RuleDatasetStale}},
		{"part of another in place", func(ds *Dataset) { ds.Actors[len(ds.Actors)-1].PartOf = "nowhere" },
			[]Rule{RuleDatasetStale, RuleRefUnresolved}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := decodeFile(t, "testdata/valid.json")
			tc.change(ds)
			ps := ds.Validate(ValidateOptions{AsOf: asOf})
			var got []Rule
			for _, p := range ps {
				if !slices.Contains(got, p.Rule) {
					got = append(got, p.Rule)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("rules (-want +got):\n%s\n%s", diff, formatProblems(ps))
			}
			if slices.Contains(tc.want, RuleDatasetStale) {
				want := Problem{Rule: RuleDatasetStale, Severity: SeverityError, Message: "the dataset changed after Build; call Build before reading it"}
				if diff := cmp.Diff(want, ps[0]); diff != "" {
					t.Errorf("first problem (-want +got):\n%s", diff)
				}
			}
		})
	}
}
