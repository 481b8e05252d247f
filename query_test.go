package cooperation_test

import (
	"bytes"
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

// activeIDs splits an ActiveAt answer's entities of kind k into the
// certain and the possible ones, each sorted.
func activeIDs(as []cooperation.Active, k cooperation.EntityKind) (certain, possible []cooperation.ID) {
	for _, a := range as {
		switch {
		case a.Kind != k:
		case a.Certainty == cooperation.CertaintyCertain:
			certain = append(certain, a.ID)
		default:
			possible = append(possible, a.ID)
		}
	}
	slices.Sort(certain)
	slices.Sort(possible)
	return certain, possible
}

func TestActiveAt(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		at                string
		initiatives, poss []cooperation.ID
	}{
		// The Belt and Road, the Maritime Silk Road and the IAI have
		// periods with unknown ends ("2013-09-07/"): possibly running at
		// any date after their start, never certainly.
		{"2021", []cooperation.ID{"clmv-ecap-2021-2022", "mpac-2025", "vn-clmv-fairs-scholarships"}, []cooperation.ID{"bri", "iai", "msr"}},
		{"2019-06-01", []cooperation.ID{"clmv-ecap-2019-2020", "mpac-2025"}, []cooperation.ID{"bri", "iai", "msr"}},
		{"2012", nil, []cooperation.ID{"iai"}},
		{"2050", nil, []cooperation.ID{"bri", "iai", "msr"}},
		{"2025", []cooperation.ID{"mpac-2025"}, []cooperation.ID{"bri", "iai", "msr"}},
	}
	for _, tc := range tests {
		t.Run(tc.at, func(t *testing.T) {
			certain, possible := activeIDs(ds.ActiveAt(edtf.MustParse(tc.at)), cooperation.EntityInitiative)
			if diff := cmp.Diff(tc.initiatives, certain); diff != "" {
				t.Errorf("ActiveAt(%s) initiatives (-want +got):\n%s", tc.at, diff)
			}
			if diff := cmp.Diff(tc.poss, possible); diff != "" {
				t.Errorf("ActiveAt(%s) possible initiatives (-want +got):\n%s", tc.at, diff)
			}
		})
	}
}

// TestActiveAtAgreements checks the certain/possible split on a built
// dataset, and that the index agrees with a plain scan.
func TestActiveAtAgreements(t *testing.T) {
	en := names.Names{{Text: "x", Lang: language.English}}
	d := edtf.MustParse
	ds := &cooperation.Dataset{Agreements: []cooperation.Agreement{
		{ID: "a", Kind: cooperation.AgreementTreaty, Names: en, InForce: d("2019-03-01"), Ended: d("2021-06-30")},
		{ID: "b", Kind: cooperation.AgreementTreaty, Names: en, InForce: d("2020")},
		{ID: "c", Kind: cooperation.AgreementTreaty, Names: en, InForce: d("2020-07-01"), Ended: d("2020-07-02")},
		{ID: "e", Kind: cooperation.AgreementTreaty, Names: en, Signed: d("2018")},
	}}
	ds.Build()
	tests := []struct {
		at        string
		certain   []cooperation.ID
		possibles []cooperation.ID
	}{
		{"2019-12-31", []cooperation.ID{"a"}, nil},
		{"2020-06", []cooperation.ID{"a"}, []cooperation.ID{"b"}},
		{"2020-07-01", []cooperation.ID{"a", "c"}, []cooperation.ID{"b"}},
		{"2020-07-02", []cooperation.ID{"a"}, []cooperation.ID{"b", "c"}},
		{"2021", []cooperation.ID{"b"}, []cooperation.ID{"a"}},
		{"2022", []cooperation.ID{"b"}, nil},
		{"2018", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.at, func(t *testing.T) {
			certain, possible := activeIDs(ds.ActiveAt(d(tc.at)), cooperation.EntityAgreement)
			if diff := cmp.Diff([][]cooperation.ID{tc.certain, tc.possibles}, [][]cooperation.ID{certain, possible}); diff != "" {
				t.Errorf("ActiveAt(%s) (-want +got):\n%s", tc.at, diff)
			}
		})
	}
}

func TestMembersAndHolders(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	var ids []cooperation.ID
	for _, m := range ds.MembersAt("asean", edtf.MustParse("1996")) {
		if m.Role == cooperation.MembershipRoleMember && m.Certainty == cooperation.CertaintyCertain {
			ids = append(ids, m.ID)
		}
	}
	if diff := cmp.Diff([]cooperation.ID{"bn", "id", "my", "ph", "sg", "th", "vn"}, ids); diff != "" {
		t.Errorf("ASEAN members in 1996 (-want +got):\n%s", diff)
	}
	// Cambodia's Minister of Post and Telecommunications on 8 November 2022.
	hs := ds.HoldersAt("kh-mptc", "Minister of Post and Telecommunications", edtf.MustParse("2022-11-08"))
	if len(hs) != 1 || hs[0].Person != "chea-vandeth" {
		t.Errorf("holders %+v", hs)
	}
	hs = ds.HoldersAt("mm-government", "State Counsellor", edtf.MustParse("2022"))
	if len(hs) != 0 {
		t.Errorf("State Counsellor in 2022: %+v", hs)
	}
}

func TestDyadAndNetwork(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := ds.AgreementsBetween("cn", "la"); !cmp.Equal(got, []cooperation.ID{"laos-cac-mou-2015"}) {
		t.Errorf("AgreementsBetween(cn, la) = %v", got)
	}
	if got := ds.AgreementsBetween("cac", "la-mpt"); !cmp.Equal(got, []cooperation.ID{"laos-cac-mou-2015"}) {
		t.Errorf("AgreementsBetween(cac, la-mpt) = %v", got)
	}
	if got := ds.AgreementsBetween("ndrc", "la"); len(got) != 0 {
		t.Errorf("AgreementsBetween(ndrc, la) = %v", got)
	}
	// China Unicom (a Chinese company by its country code) and Myanmar's
	// telecom operators were building a cable in 2015.
	v := ds.Dyad("cn", "mm", cooperation.TimelineOptions{})
	if v.First != edtf.MustParse("2015-09-14") || v.Last != edtf.MustParse("2020?-07-09") || v.ByKind[cooperation.EntryEvent] != 1 || v.ByKind[cooperation.EntryStage] != 1 {
		t.Errorf("dyad cn-mm: first %v last %v kinds %v", v.First, v.Last, v.ByKind)
	}
	net := ds.Network(edtf.MustParse("2015/2024"), cooperation.CertaintyPossible)
	if net[0] != (cooperation.Edge{A: "kh", B: "vn", Agreements: 1, Events: 3}) {
		t.Errorf("heaviest edge %+v", net[0])
	}
}

// TestQueriesConcurrent runs every lazily built index from many goroutines
// at once on a fresh dataset; go test -race checks it.
func TestQueriesConcurrent(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	reader := names.NewChooser(language.Vietnamese, language.English)
	col := names.NewCollator(language.Vietnamese)
	done := make(chan bool)
	for g := range 6 {
		go func() {
			defer func() { done <- true }()
			ds.NameIndex().Mentions("Wang Wenbin met Chea Vandeth in ភ្នំពេញ")
			ds.ActiveAt(edtf.MustParse("2021"))
			ds.AgreementsBetween("cn", "la")
			ds.Dyad("cn", "kh", cooperation.TimelineOptions{})
			reader.Display(ds.Names("kh"))
			col.Compare("Ăn", "Âu")
			entries := ds.Timeline(cooperation.TimelineOptions{})
			var buf bytes.Buffer
			render.WriteText(&buf, ds, entries[:g+1], render.Options{Languages: []language.Tag{language.Vietnamese}})
		}()
	}
	for range 6 {
		<-done
	}
}
