package catalog

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"github.com/coopframe/cooperation/statename"
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

// seeds are the five news reports the catalog was built from.
var seeds = []cooperation.ID{"mna-2020-07-10", "xinhua-2015-09-15", "xinhua-2024-11-05", "vna-2022-11-08", "moit-2021-09-20"}

// TestEverythingCitesASource checks that every entity cites at least one
// source, that every source any entity or part of one cites exists, and
// that the five seed reports are among the sources.
func TestEverythingCitesASource(t *testing.T) {
	ds := load(t)
	type cited struct {
		where   string
		sources []cooperation.ID
		entity  bool // an entity must cite at least one source; a part may cite none
	}
	var all []cited
	add := func(where string, src []cooperation.ID, entity bool) { all = append(all, cited{where, src, entity}) }
	claims := func(where string, cs []cooperation.Claim) {
		for i, c := range cs {
			add(fmt.Sprintf("%s.claims[%d]", where, i), c.Sources, true)
		}
	}
	for _, a := range ds.Actors {
		w := string(a.ID)
		add(w, a.Sources, true)
		for i, p := range a.Posts {
			add(fmt.Sprintf("%s.posts[%d]", w, i), p.Sources, false)
		}
		for i, m := range a.Memberships {
			add(fmt.Sprintf("%s.memberships[%d]", w, i), m.Sources, false)
		}
		for i, m := range a.Members {
			add(fmt.Sprintf("%s.members[%d]", w, i), m.Sources, false)
		}
		claims(w, a.Claims)
	}
	for _, x := range ds.Initiatives {
		w := string(x.ID)
		add(w, x.Sources, true)
		for i, p := range x.Progress {
			add(fmt.Sprintf("%s.progress[%d]", w, i), p.Sources, false)
		}
		for i, c := range x.Commitments {
			add(fmt.Sprintf("%s.commitments[%d]", w, i), c.Sources, false)
		}
		for i, c := range x.Targets {
			add(fmt.Sprintf("%s.targets[%d]", w, i), c.Sources, false)
		}
		for i, c := range x.Amounts {
			add(fmt.Sprintf("%s.amounts[%d]", w, i), c.Sources, false)
		}
		claims(w, x.Claims)
	}
	for _, x := range ds.Events {
		w := string(x.ID)
		add(w, x.Sources, true)
		for i, p := range x.Participants {
			add(fmt.Sprintf("%s.participants[%d]", w, i), p.Sources, false)
		}
		for i, o := range x.Outcomes {
			add(fmt.Sprintf("%s.outcomes[%d]", w, i), o.Sources, false)
		}
		claims(w, x.Claims)
	}
	for _, x := range ds.Agreements {
		w := string(x.ID)
		add(w, x.Sources, true)
		for i, c := range x.Commitments {
			add(fmt.Sprintf("%s.commitments[%d]", w, i), c.Sources, false)
		}
		for i, c := range x.Targets {
			add(fmt.Sprintf("%s.targets[%d]", w, i), c.Sources, false)
		}
		claims(w, x.Claims)
	}
	for _, x := range ds.Figures {
		add(string(x.ID), x.Sources, true)
		claims(string(x.ID), x.Claims)
	}
	for _, c := range all {
		t.Run(c.where, func(t *testing.T) {
			if c.entity && len(c.sources) == 0 {
				t.Error("cites no source")
			}
			for _, s := range c.sources {
				if ds.Kind(s) != cooperation.EntitySource {
					t.Errorf("cites %q, which is not a source of the catalog", s)
				}
			}
		})
	}
	for _, s := range seeds {
		if _, ok := ds.Source(s); !ok {
			t.Errorf("seed report %s missing", s)
		}
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

// TestCorrectedFacts spot-checks facts of each class of defect the audit of
// November 2026 fixed, against the values the reports (or, for background
// facts, the public sources cited instead) state.
func TestCorrectedFacts(t *testing.T) {
	ds := load(t)
	isSeed := func(id cooperation.ID) bool { return slices.Contains(seeds, id) }
	citesOnly := func(got []cooperation.ID, want ...cooperation.ID) bool {
		return slices.Equal(got, want)
	}
	actor := func(t *testing.T, id cooperation.ID) *cooperation.Actor {
		t.Helper()
		a, ok := ds.Actor(id)
		if !ok {
			t.Fatalf("no actor %s", id)
		}
		return a
	}
	initiative := func(t *testing.T, id cooperation.ID) *cooperation.Initiative {
		t.Helper()
		x, ok := ds.Initiative(id)
		if !ok {
			t.Fatalf("no initiative %s", id)
		}
		return x
	}
	event := func(t *testing.T, id cooperation.ID) *cooperation.Event {
		t.Helper()
		e, ok := ds.Event(id)
		if !ok {
			t.Fatalf("no event %s", id)
		}
		return e
	}
	agreement := func(t *testing.T, id cooperation.ID) *cooperation.Agreement {
		t.Helper()
		a, ok := ds.Agreement(id)
		if !ok {
			t.Fatalf("no agreement %s", id)
		}
		return a
	}
	hasName := func(ns names.Names, text, lang string, kind names.Kind) bool {
		return slices.ContainsFunc(ns, func(n names.Name) bool {
			return n.Text == text && n.Lang.String() == lang && n.Kind == kind
		})
	}

	tests := []struct {
		name  string
		check func(t *testing.T)
	}{
		// Background facts are cited to the public source that states them,
		// not to a report that does not.
		{"ASEAN accessions cite the ASEAN Secretariat", func(t *testing.T) {
			for id, period := range map[cooperation.ID]string{
				"bn": "1984-01-07/..", "vn": "1995-07-28/..", "la": "1997-07-23/..", "mm": "1997-07-23/..",
				"kh": "1999-04-30/..", "id": "1967-08-08/..", "tl": "2025-10-26/..",
			} {
				i := slices.IndexFunc(actor(t, id).Memberships, func(m cooperation.Membership) bool { return m.Group == "asean" })
				if i < 0 {
					t.Errorf("%s: no ASEAN membership", id)
					continue
				}
				m := actor(t, id).Memberships[i]
				if m.Period != d(period) || len(m.Sources) == 0 || slices.ContainsFunc(m.Sources, isSeed) {
					t.Errorf("%s: ASEAN membership %v citing %v; want %s cited to a public source", id, m.Period, m.Sources, period)
				}
			}
		}},
		{"State Counsellor's term cites its public sources", func(t *testing.T) {
			p := actor(t, "aung-san-suu-kyi").Posts[0]
			if p.Period != d("2016-04-06/2021-02-01") || !slices.Contains(p.Sources, "irrawaddy-2016-04-07") || !slices.Contains(p.Sources, "abc-2021-02-01") {
				t.Errorf("post %v citing %v", p.Period, p.Sources)
			}
		}},
		{"a term no public source gives is gone", func(t *testing.T) {
			if p := actor(t, "than-myint").Posts[0]; !p.Period.IsZero() {
				t.Errorf("Than Myint's post has period %v, which no cited source gives", p.Period)
			}
		}},
		{"MIC's dissolution cites the ministry", func(t *testing.T) {
			a := actor(t, "vn-mic")
			if a.Dissolved != d("2025-03-01") || !slices.Contains(a.Sources, "mic-2025-02-19") || !slices.Contains(a.Sources, "vns-2025-02-18") {
				t.Errorf("dissolved %v, sources %v", a.Dissolved, a.Sources)
			}
		}},
		{"ACRF adoption cites a report of the summit", func(t *testing.T) {
			x := initiative(t, "acrf")
			if x.Adopted != d("2020-11-12") || !slices.Contains(x.Sources, "malaymail-2020-11-12") {
				t.Errorf("adopted %v, sources %v", x.Adopted, x.Sources)
			}
		}},
		{"CMEC MoU cites The Irrawaddy (and Guangming Daily for its Chinese title), not the MNA report", func(t *testing.T) {
			a := agreement(t, "cmec-mou-2018")
			if a.Signed != d("2018-09-09") || !citesOnly(a.Sources, "irrawaddy-2018-09-13", "investvine-cmec-mou", "gmw-2019-04-02-cmec") {
				t.Errorf("signed %v, sources %v", a.Signed, a.Sources)
			}
		}},
		{"periods are those the cited sources give", func(t *testing.T) {
			for id, period := range map[cooperation.ID]string{
				"bri": "2013-09-07/", "msr": "2013-10-03/", "iai": "2000-11/", "mpac-2025": "2016-09-06/2025",
				"kh-pentagonal-strategy-phase-1": "",
			} {
				if x := initiative(t, id); x.Period.String() != period {
					t.Errorf("%s: period %v, want %q", id, x.Period, period)
				}
			}
		}},

		// Every state cites a source (the CLDR source for its names).
		{"background states cite sources", func(t *testing.T) {
			for _, id := range []cooperation.ID{"bn", "id", "ph", "tl"} {
				if a := actor(t, id); !slices.Contains(a.Sources, "cldr") {
					t.Errorf("%s sources %v lack cldr", id, a.Sources)
				}
			}
		}},

		// What the Vietnam-Cambodia ministers agreed is typed, and recorded
		// as agreed, not signed.
		{"the ministers' understanding is agreed, not signed", func(t *testing.T) {
			a := agreement(t, "vn-kh-ict-understanding-2022")
			if !a.Signed.IsZero() || len(a.Signatories) != 0 || a.Adopted != d("2022?-11-08") || !a.Inferred || a.Kind != cooperation.AgreementAgreement {
				t.Errorf("kind %v signed %v signatories %v adopted %v inferred %v", a.Kind, a.Signed, a.Signatories, a.Adopted, a.Inferred)
			}
			for _, s := range []cooperation.Sector{cooperation.SectorDigitalSkills, cooperation.SectorInvestment, cooperation.SectorInnovation, cooperation.SectorPost} {
				if !slices.Contains(a.Sectors, s) {
					t.Errorf("sectors %v lack %s", a.Sectors, s)
				}
			}
			by := map[cooperation.ID]int{}
			for _, c := range a.Commitments {
				by[c.By]++
			}
			if by["vn-mic"] == 0 || by["vn-mic"] != by["kh-mptc"] || len(by) != 2 {
				t.Errorf("commitments by %v; want the same undertakings by each ministry", by)
			}
			if !slices.Contains(a.Topics, "MOOC") {
				t.Errorf("topics %v lack MOOC", a.Topics)
			}
		}},
		{"the report's spelling Sunning is a name", func(t *testing.T) {
			if !hasName(actor(t, "suning").Names, "Sunning", "en", names.KindAlias) {
				t.Error("no alias Sunning")
			}
		}},

		// One company, two names.
		{"Viettel Cambodia is Metfone", func(t *testing.T) {
			a := actor(t, "viettel-cambodia")
			if !hasName(a.Names, "Viettel Cambodia", "en", names.KindOfficial) || !hasName(a.Names, "Metfone", "en", names.KindAlias) {
				t.Errorf("names %v", a.Names)
			}
			if a.PartOf != "viettel" || a.Country.String() != "KH" {
				t.Errorf("part of %q, country %v", a.PartOf, a.Country)
			}
			if ds.Kind("metfone") != cooperation.EntityNone {
				t.Error("metfone is still an entity")
			}
			e := event(t, "vn-kh-ict-working-session-2022")
			if !slices.ContainsFunc(e.Outcomes, func(o cooperation.Outcome) bool { return slices.Contains(o.Refs, "viettel-cambodia") }) {
				t.Error("no outcome of the working session refers to viettel-cambodia")
			}
		}},

		// Dates the reports do not give are marked.
		{"dates reconstructed from context are inferred", func(t *testing.T) {
			for _, id := range []cooperation.ID{"asean-internet-users-2015", "suning-hk-sales", "gx-ecommerce-2014"} {
				if f, ok := ds.Figure(id); !ok || !f.Inferred {
					t.Errorf("figure %s not inferred", id)
				}
			}
			if f, _ := ds.Figure("gx-rmb-settlement-2014"); f.Inferred {
				t.Error("gx-rmb-settlement-2014: the report gives 2014")
			}
			if a := initiative(t, "cn-asean-network-fund").Announced; a != d("[2015-09-13..2015-09-14]") {
				t.Errorf("fund announced %v; want one of the forum's two days", a)
			}
		}},

		// Collaborations are dated, and actors belong to their states.
		{"collaborations are dated", func(t *testing.T) {
			for id, asOf := range map[cooperation.ID]string{
				"kh-alibaba-ecommerce": "2024-11-04", "kh-cross-border-qr-payments": "2024-11-04",
				"gx-cross-border-rmb-settlement": "2015-09-13/2015-09-14",
			} {
				x := initiative(t, id)
				if len(x.Progress) != 1 || x.Progress[0].AsOf != d(asOf) || x.Progress[0].Stage != cooperation.StageInProgress {
					t.Errorf("%s progress %+v, want in progress as of %s", id, x.Progress, asOf)
				}
			}
		}},
		{"companies carry the country a source states", func(t *testing.T) {
			for id, want := range map[cooperation.ID]struct {
				country string
				source  cooperation.ID
			}{
				"huawei":                 {"CN", "techtarget-huawei"},
				"unionpay-international": {"CN", "chinadaily-2013-03-18"},
				"viettel":                {"VN", "vietnamplus-viettel-say-chhum"},
				"ascend-corp":            {"TH", "xinhua-2015-09-15"},
				"mm-telecom-operators":   {"MM", "xinhua-2015-09-15"},
			} {
				a := actor(t, id)
				if a.Country.String() != want.country || !slices.Contains(a.Sources, want.source) {
					t.Errorf("%s: country %v sources %v; want %s from %s", id, a.Country, a.Sources, want.country, want.source)
				}
			}
			if a := actor(t, "gx-commercial-banks"); a.Location != "cn-gx" {
				t.Errorf("Guangxi's banks located in %q", a.Location)
			}
		}},

		// The forums' outcomes are linked to them.
		{"forum outcomes refer to what they are about", func(t *testing.T) {
			for id, ref := range map[cooperation.ID]cooperation.ID{
				"china-asean-information-harbor-forum-2015": "china-asean-information-harbor",
				"china-cambodia-digital-economy-forum-2024": "kh-pentagonal-strategy-phase-1",
				"clmv-emm-13": "clmv",
			} {
				if !slices.ContainsFunc(event(t, id).Outcomes, func(o cooperation.Outcome) bool { return slices.Contains(o.Refs, ref) }) {
					t.Errorf("%s: no outcome refers to %s", id, ref)
				}
			}
		}},

		// Names in the languages of the states they belong to.
		{"names in member languages", func(t *testing.T) {
			for _, c := range []struct {
				id         cooperation.ID
				text, lang string
				kind       names.Kind
			}{
				{"asean", "Hiệp hội các quốc gia Đông Nam Á", "vi", names.KindOfficial},
				{"asean", "อาเซียน", "th", names.KindShort},
				{"mm-04", "မန္တလေးတိုင်းဒေသကြီး", "my", names.KindOfficial},
				{"mm-04-government", "မန္တလေးတိုင်းဒေသကြီး အစိုးရအဖွဲ့", "my", names.KindOfficial},
				{"sg", "சிங்கப்பூர்", "ta", names.KindShort},
				{"cn-hk", "香港", "zh-Hans", names.KindShort},
			} {
				if !hasName(actor(t, c.id).Names, c.text, c.lang, c.kind) {
					t.Errorf("%s lacks %s name %q (%v)", c.id, c.lang, c.text, c.kind)
				}
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.check)
	}
}

// TestCLDRNames checks that every state and subdivision citing the CLDR
// source holds, in each language other than English it is named in, the
// name CLDR gives it (statename for states, subdivision for subdivisions and
// cities with a subdivision code).
func TestCLDRNames(t *testing.T) {
	ds := load(t)
	for _, a := range ds.Actors {
		if !slices.Contains(a.Sources, "cldr") {
			continue
		}
		t.Run(string(a.ID), func(t *testing.T) {
			langs := map[string]language.Tag{}
			for _, n := range a.Names {
				if b, _ := n.Lang.Base(); b.String() != "en" {
					langs[n.Lang.String()] = n.Lang
				}
			}
			found := 0
			for _, tag := range langs {
				var want string
				var ok bool
				switch {
				case a.Kind == cooperation.ActorState:
					want, ok = statename.Name(a.Country.Region(), tag)
				case a.Subdivision.IsValid():
					want, ok = a.Subdivision.Name(tag)
				}
				if !ok {
					continue
				}
				found++
				if !slices.ContainsFunc(a.Names, func(n names.Name) bool { return n.Text == want && n.Lang == tag }) {
					t.Errorf("no %v name %q, CLDR's", tag, want)
				}
			}
			if found == 0 {
				t.Error("cites CLDR but CLDR names it in none of its languages")
			}
		})
	}
}

// TestOpen checks the three ways Open reads: the catalog, a file as a
// layer on it, and a file alone.
func TestOpen(t *testing.T) {
	cat, err := Open("", false)
	if err != nil {
		t.Fatal(err)
	}
	layer, err := Open("../testdata/layer/lmc.json", false)
	if err != nil {
		t.Fatal(err)
	}
	alone, err := Open("../testdata/layer/lmc.json", true)
	if err != nil {
		t.Fatal(err)
	}
	if layer.Len() != cat.Len()+alone.Len() {
		t.Errorf("layer %d entities, catalog %d + file %d", layer.Len(), cat.Len(), alone.Len())
	}
	if _, err := Open("../testdata/nowhere.json", false); err == nil {
		t.Error("Open of a missing file succeeded")
	}
}
