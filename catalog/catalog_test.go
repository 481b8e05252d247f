package catalog

import (
	"bytes"
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/quantity"
)

func load(t *testing.T) *cooperation.Dataset {
	t.Helper()
	ds, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return ds
}

func TestValidates(t *testing.T) {
	ds := load(t)
	ps := ds.Validate(cooperation.ValidateOptions{AsOf: AsOf})
	for _, p := range ps.Errors() {
		t.Errorf("%v", &p)
	}
	for _, p := range ps.Warnings() {
		t.Logf("warning: %v", &p)
	}
}

// TestCanonical checks that the embedded file is in canonical form: loading
// and encoding it gives back the same bytes. After editing catalog.json by
// hand, UPDATE_CATALOG=1 go test -run TestCanonical ./catalog rewrites it
// in canonical form.
func TestCanonical(t *testing.T) {
	ds := load(t)
	var buf bytes.Buffer
	if err := ds.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("UPDATE_CATALOG") != "" {
		if err := os.WriteFile("catalog.json", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if diff := cmp.Diff(string(data), buf.String()); diff != "" {
		t.Errorf("catalog.json is not canonical (-file +encoded):\n%s", diff)
	}
}

func TestDefaultShared(t *testing.T) {
	a, err1 := Default()
	b, err2 := Default()
	if err1 != nil || err2 != nil || a != b {
		t.Fatalf("Default() = %p, %v and %p, %v; want one shared dataset", a, err1, b, err2)
	}
	c := load(t)
	if c == a {
		t.Fatal("Load returned the shared dataset")
	}
}

// background lists entities no report names but the catalog holds for
// completeness (ASEAN members not named in a report).
var background = map[cooperation.ID]bool{"bn": true, "id": true, "ph": true, "tl": true}

func TestEverythingCitesASource(t *testing.T) {
	ds := load(t)
	check := func(id cooperation.ID, src []cooperation.ID) {
		if len(src) == 0 && !background[id] {
			t.Errorf("%s cites no source", id)
		}
	}
	for _, a := range ds.Actors {
		check(a.ID, a.Sources)
		for _, p := range a.Posts {
			check(a.ID+"/post", p.Sources)
		}
	}
	for _, x := range ds.Initiatives {
		check(x.ID, x.Sources)
	}
	for _, x := range ds.Events {
		check(x.ID, x.Sources)
	}
	for _, x := range ds.Agreements {
		check(x.ID, x.Sources)
	}
	for _, x := range ds.Figures {
		check(x.ID, x.Sources)
	}
	if got := len(ds.Sources); got != 5 {
		t.Errorf("%d sources, want the 5 seed reports", got)
	}
}

func d(s string) edtf.Date { return edtf.MustParse(s) }

func TestKeyFacts(t *testing.T) {
	ds := load(t)
	actor := func(id cooperation.ID) *cooperation.Actor {
		a, ok := ds.Actor(id)
		if !ok {
			t.Fatalf("no actor %s", id)
		}
		return a
	}
	event := func(id cooperation.ID) *cooperation.Event {
		e, ok := ds.Event(id)
		if !ok {
			t.Fatalf("no event %s", id)
		}
		return e
	}
	initiative := func(id cooperation.ID) *cooperation.Initiative {
		x, ok := ds.Initiative(id)
		if !ok {
			t.Fatalf("no initiative %s", id)
		}
		return x
	}

	t.Run("Laos-CAC MoU", func(t *testing.T) {
		a, ok := ds.Agreement("laos-cac-mou-2015")
		if !ok {
			t.Fatal("missing")
		}
		got := struct {
			Kind    cooperation.AgreementKind
			Signed  edtf.Date
			Parties []cooperation.Party
			Sign    []cooperation.Signatory
			Event   cooperation.ID
		}{a.Kind, a.Signed, a.Parties, a.Signatories, a.Event}
		want := struct {
			Kind    cooperation.AgreementKind
			Signed  edtf.Date
			Parties []cooperation.Party
			Sign    []cooperation.Signatory
			Event   cooperation.ID
		}{cooperation.AgreementMoU, d("2015-09-13"), []cooperation.Party{{Actor: "la-mpt"}, {Actor: "cac"}},
			[]cooperation.Signatory{{Person: "hiem-phommachanh", For: "la-mpt", Post: "Minister of Post and Telecommunications"}},
			"laos-cac-mou-2015-signing"}
		if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b edtf.Date) bool { return a == b })); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		if s, c := a.StatusAt(d("2015-09-14")); s != cooperation.StatusSigned || c != cooperation.CertaintyCertain {
			t.Errorf("StatusAt(2015-09-14) = %v, %v", s, c)
		}
	})
	t.Run("9 July meeting at 13:30 Myanmar time, year inferred", func(t *testing.T) {
		e := event("idcpc-yunnan-mandalay-meeting-2020")
		if e.Date != d("2020?-07-09") || !e.Inferred || e.Time.String() != "13:30+06:30" || !e.Online {
			t.Errorf("date %v inferred %v time %v online %v", e.Date, e.Inferred, e.Time, e.Online)
		}
		s1 := event("idcpc-yunnan-mandalay-meeting-2020-session-1")
		var reader, message bool
		for _, p := range s1.Participants {
			reader = reader || (p.Actor == "zaw-myint-maung" && p.Role == cooperation.ParticipantRoleReader && p.OnBehalfOf == "aung-san-suu-kyi")
			message = message || (p.Actor == "aung-san-suu-kyi" && p.Role == cooperation.ParticipantRoleMessage)
		}
		if !reader || !message || s1.PartOf != e.ID || s1.Ordinal != 1 {
			t.Errorf("session 1: reader %v message %v part of %q ordinal %d", reader, message, s1.PartOf, s1.Ordinal)
		}
	})
	t.Run("EMM 13 inside AEM 53, Vietnam coordinator for 2022", func(t *testing.T) {
		e := event("clmv-emm-13")
		if e.Series != "clmv-emm" || e.Ordinal != 13 {
			t.Errorf("series %q ordinal %d, want the 13th of clmv-emm", e.Series, e.Ordinal)
		}
		if aem := event("aem-53"); aem.Series != "aem" || aem.Ordinal != 53 {
			t.Errorf("AEM series %q ordinal %d", aem.Series, aem.Ordinal)
		}
		if e.PartOf != "aem-53" || e.Date != d("2021-09-10") || !e.Online || !slices.Equal(e.Hosts, []cooperation.ID{"mm"}) {
			t.Errorf("part of %q date %v online %v hosts %v", e.PartOf, e.Date, e.Online, e.Hosts)
		}
		vn := actor("vn")
		found := false
		for _, m := range vn.Memberships {
			found = found || (m.Group == "clmv" && m.Role == cooperation.MembershipRoleCoordinator && m.Period == d("2022"))
		}
		if !found {
			t.Errorf("vn memberships %+v lack CLMV coordinator 2022", vn.Memberships)
		}
	})
	t.Run("CLMV action plans", func(t *testing.T) {
		p := initiative("clmv-ecap-2021-2022")
		if p.Supersedes != "clmv-ecap-2019-2020" || p.Period != d("2021/2022") || p.Kind != cooperation.InitiativeActionPlan {
			t.Errorf("%+v", p)
		}
	})
	t.Run("34 projects worth 20.9 billion yuan (3.3 billion dollars)", func(t *testing.T) {
		x := initiative("nanning-information-center")
		want := []cooperation.Amount{{
			Quantity:    quantity.Quantity{Value: quantity.MustParseDecimal("20.9e9"), Unit: "CNY"},
			Equivalents: []quantity.Quantity{{Value: quantity.MustParseDecimal("3300000000"), Unit: "USD"}},
			Purpose:     "total value of the 34 projects",
		}}
		if diff := cmp.Diff(want, x.Amounts, cmp.AllowUnexported(quantity.Decimal{})); diff != "" {
			t.Errorf("amounts (-want +got):\n%s", diff)
		}
		if len(x.Counts) != 1 || x.Counts[0].Value != quantity.DecimalFromInt(34) {
			t.Errorf("counts %v", x.Counts)
		}
	})
	t.Run("Cambodia coverage targets by 2025", func(t *testing.T) {
		x := initiative("cn-kh-digital-economy-cooperation")
		var got []string
		for _, tg := range x.Targets {
			got = append(got, tg.Value.String()+" by "+tg.Deadline.String())
		}
		if diff := cmp.Diff([]string{"100% by 2025", "70% by 2025"}, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("association launched at the 2024 forum", func(t *testing.T) {
		e := event("china-cambodia-digital-economy-forum-2024")
		launched := false
		for _, o := range e.Outcomes {
			launched = launched || (o.Kind == cooperation.OutcomeLaunch && slices.Contains(o.Refs, "cccc-digital-economy-association"))
		}
		if !launched || e.Attendance.String() != "about 250 persons" {
			t.Errorf("launched %v attendance %v", launched, e.Attendance)
		}
		if a := actor("cccc-digital-economy-association"); a.Founded != e.Date {
			t.Errorf("founded %v, forum %v", a.Founded, e.Date)
		}
	})
	t.Run("one person, two posts", func(t *testing.T) {
		if n := len(actor("aun-pornmoniroth").Posts); n != 2 {
			t.Errorf("%d posts", n)
		}
	})
	t.Run("Pauk-Phaw relationship", func(t *testing.T) {
		x := initiative("pauk-phaw")
		if x.Kind != cooperation.InitiativeRelationship || !slices.Equal(x.Participants, []cooperation.ID{"mm", "cn"}) {
			t.Errorf("%+v", x)
		}
	})
	t.Run("subnational codes", func(t *testing.T) {
		for id, code := range map[cooperation.ID]string{"cn-yn": "CN-YN", "cn-gx": "CN-GX", "mm-04": "MM-04"} {
			t.Run(string(id), func(t *testing.T) {
				if got := actor(id).Subdivision.String(); got != code {
					t.Errorf("%s: subdivision %q, want %q", id, got, code)
				}
			})
		}
	})
	t.Run("Guangxi e-commerce 2014", func(t *testing.T) {
		f, ok := ds.Figure("gx-ecommerce-2014")
		if !ok || f.Value.String() != "210000000000 CNY" || f.Change.String() != "65.9%" || f.Versus != d("2013") {
			t.Errorf("%+v", f)
		}
	})
}
