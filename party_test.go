package cooperation_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
)

// partiesFixture is a multilateral treaty whose parties have dates of
// their own, beside a few entities for the other questions:
//
//   - treaty "mt", signed 2018-05-10, in force 2019-01-01: Cambodia (kh)
//     is an original party without dates of its own; Vietnam (vn)
//     ratified on 2019-06-01 and it entered into force for it on
//     2019-09-01; Laos (la) acceded (ratified 2020-02-01, in force
//     2020-03-01), withdrew on 2021-06-30 and joined again from
//     2022-07-01 for good; Thailand (th) joined in 2018-12, before the
//     treaty's own entry into force, so from 2019-01-01, withdrew on
//     2023-03-01 and was a party again for 2024;
//   - "bi", a Cambodia-Vietnam agreement in force on 2019-05-01 by its
//     own field and on 2020-01-01 by a claim;
//   - grouping "g", which states its members (Cambodia from 2019, Laos
//     as coordinator for 2021, Vietnam without a period), and Thailand,
//     which states its own membership of it (from 2020);
//   - "acme", a Chinese company tied to China by its country code only,
//     at a meeting with Cambodia's ministry;
//   - an agreement and a meeting of China and Cambodia without dates.
func partiesFixture(t *testing.T) *cooperation.Dataset {
	t.Helper()
	en := func(s string) names.Names { return names.Names{{Text: s, Lang: language.English}} }
	d := edtf.MustParse
	country := func(c string) cooperation.Country { return cooperation.MustParseCountry(c) }
	ds := &cooperation.Dataset{
		Actors: []cooperation.Actor{
			{ID: "acme", Kind: cooperation.ActorCompany, Names: en("Acme"), Country: country("CN")},
			{ID: "cn", Kind: cooperation.ActorState, Names: en("China"), Country: country("CN")},
			{ID: "g", Kind: cooperation.ActorGrouping, Names: en("Group"), Members: []cooperation.Membership{
				{Member: "kh", Period: d("2019/..")},
				{Member: "la", Role: cooperation.MembershipRoleCoordinator, Period: d("2021")},
				{Member: "vn"},
			}},
			{ID: "kh", Kind: cooperation.ActorState, Names: en("Cambodia"), Country: country("KH")},
			{ID: "kh-mptc", Kind: cooperation.ActorMinistry, Names: en("Cambodia's ministry"), PartOf: "kh"},
			{ID: "la", Kind: cooperation.ActorState, Names: en("Laos"), Country: country("LA")},
			{ID: "th", Kind: cooperation.ActorState, Names: en("Thailand"), Country: country("TH"), Memberships: []cooperation.Membership{
				{Group: "g", Period: d("2020/..")},
			}},
			{ID: "vn", Kind: cooperation.ActorState, Names: en("Vietnam"), Country: country("VN")},
		},
		Events: []cooperation.Event{
			{ID: "acme-meeting", Kind: cooperation.EventMeeting, Names: en("Acme meeting"), Date: d("2021-04-01"),
				Participants: []cooperation.Participant{{Actor: "acme"}, {Actor: "kh-mptc"}}},
			{ID: "undated-meeting", Kind: cooperation.EventMeeting, Names: en("A meeting"),
				Participants: []cooperation.Participant{{Actor: "cn"}, {Actor: "kh"}}},
		},
		Agreements: []cooperation.Agreement{
			{ID: "bi", Kind: cooperation.AgreementAgreement, Names: en("Bilateral"), Scope: cooperation.ScopeBilateral,
				Parties: []cooperation.Party{{Actor: "kh"}, {Actor: "vn"}},
				Signed:  d("2019-02-01"), InForce: d("2019-05-01"),
				Claims: []cooperation.Claim{{Field: "in_force", Value: "2020-01-01", Sources: []cooperation.ID{"other-report"}}}},
			{ID: "mt", Kind: cooperation.AgreementTreaty, Names: en("Treaty"), Scope: cooperation.ScopeMultilateral,
				Parties: []cooperation.Party{
					{Actor: "kh"},
					{Actor: "vn", Ratified: d("2019-06-01"), Joined: d("2019-09-01")},
					{Actor: "la", Role: cooperation.PartyRoleAcceding, Ratified: d("2020-02-01"), Joined: d("2020-03-01"),
						Left: d("2021-06-30"), Rejoined: []edtf.Date{d("2022-07-01/..")}},
					{Actor: "th", Joined: d("2018-12"), Left: d("2023-03-01"), Rejoined: []edtf.Date{d("2024-01-01/2024-12-31")}},
				},
				Signed: d("2018-05-10"), InForce: d("2019-01-01")},
			{ID: "undated", Kind: cooperation.AgreementMoU, Names: en("Undated"),
				Parties: []cooperation.Party{{Actor: "cn"}, {Actor: "kh"}}},
		},
	}
	ds.Build()
	return ds
}

func TestStatusFor(t *testing.T) {
	ds := partiesFixture(t)
	mt, _ := ds.Agreement("mt")
	type sc struct {
		S cooperation.Status
		C cooperation.Certainty
	}
	tests := []struct {
		party cooperation.ID
		at    string
		want  sc
	}{
		{"kh", "2018-04", sc{cooperation.StatusNotSigned, cooperation.CertaintyCertain}},
		{"kh", "2018-05", sc{cooperation.StatusNotSigned, cooperation.CertaintyPossible}},
		{"kh", "2018-06", sc{cooperation.StatusSigned, cooperation.CertaintyCertain}},
		{"kh", "2019-01-01", sc{cooperation.StatusInForce, cooperation.CertaintyCertain}},
		{"vn", "2019-03", sc{cooperation.StatusSigned, cooperation.CertaintyCertain}},
		{"vn", "2019-07", sc{cooperation.StatusRatified, cooperation.CertaintyCertain}},
		{"vn", "2019", sc{cooperation.StatusSigned, cooperation.CertaintyPossible}},
		{"vn", "2019-09", sc{cooperation.StatusInForce, cooperation.CertaintyCertain}},
		// An acceding party signed nothing: not signed until it ratified.
		{"la", "2019-06", sc{cooperation.StatusNotSigned, cooperation.CertaintyCertain}},
		{"la", "2020-02-15", sc{cooperation.StatusRatified, cooperation.CertaintyCertain}},
		{"la", "2020-03-01", sc{cooperation.StatusInForce, cooperation.CertaintyCertain}},
		{"la", "2021", sc{cooperation.StatusInForce, cooperation.CertaintyPossible}},
		{"la", "2021-12", sc{cooperation.StatusWithdrawn, cooperation.CertaintyCertain}},
		{"la", "2022", sc{cooperation.StatusWithdrawn, cooperation.CertaintyPossible}},
		{"la", "2023", sc{cooperation.StatusInForce, cooperation.CertaintyCertain}},
		// Thailand's Joined comes before the treaty's own entry into force.
		{"th", "2018-12-15", sc{cooperation.StatusSigned, cooperation.CertaintyCertain}},
		{"th", "2019-01-01", sc{cooperation.StatusInForce, cooperation.CertaintyCertain}},
		{"th", "2023-03-01", sc{cooperation.StatusWithdrawn, cooperation.CertaintyCertain}},
		{"th", "2024-06", sc{cooperation.StatusInForce, cooperation.CertaintyCertain}},
		{"th", "2024-12-31", sc{cooperation.StatusWithdrawn, cooperation.CertaintyCertain}},
		{"th", "2025", sc{cooperation.StatusWithdrawn, cooperation.CertaintyCertain}},
		// Not a party, and no date: nothing to say.
		{"cn", "2020", sc{cooperation.StatusUnknown, cooperation.CertaintyPossible}},
		{"kh", "", sc{cooperation.StatusUnknown, cooperation.CertaintyPossible}},
	}
	for _, tc := range tests {
		t.Run(string(tc.party)+"@"+tc.at, func(t *testing.T) {
			var d edtf.Date
			if tc.at != "" {
				d = edtf.MustParse(tc.at)
			}
			s, c := mt.StatusFor(tc.party, d)
			if diff := cmp.Diff(tc.want, sc{s, c}); diff != "" {
				t.Errorf("StatusFor(%s, %s) (-want +got):\n%s", tc.party, tc.at, diff)
			}
		})
	}
}

func TestStatusAtAdoptedAndClaims(t *testing.T) {
	ds := partiesFixture(t)
	bi, _ := ds.Agreement("bi")
	adopted := &cooperation.Agreement{Adopted: edtf.MustParse("2022-11-08")}
	tests := []struct {
		name string
		a    *cooperation.Agreement
		at   string
		s    cooperation.Status
		c    cooperation.Certainty
	}{
		{"before adoption", adopted, "2022-11-07", cooperation.StatusNotSigned, cooperation.CertaintyCertain},
		{"adopted", adopted, "2023", cooperation.StatusAdopted, cooperation.CertaintyCertain},
		{"adopted that month", adopted, "2022-11", cooperation.StatusNotSigned, cooperation.CertaintyPossible},
		{"signed, before either claim", bi, "2019-04", cooperation.StatusSigned, cooperation.CertaintyCertain},
		{"between the claims", bi, "2019-08", cooperation.StatusSigned, cooperation.CertaintyPossible},
		{"after both claims", bi, "2020-02", cooperation.StatusInForce, cooperation.CertaintyCertain},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, c := tc.a.StatusAt(edtf.MustParse(tc.at))
			if s != tc.s || c != tc.c {
				t.Errorf("StatusAt(%s) = %v, %v; want %v, %v", tc.at, s, c, tc.s, tc.c)
			}
		})
	}
	// The statuses' names.
	var got []string
	for s := cooperation.StatusUnknown; s <= cooperation.StatusEnded; s++ {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(b))
	}
	want := []string{"unknown", "not-signed", "adopted", "signed", "ratified", "in-force", "withdrawn", "ended"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("status names (-want +got):\n%s", diff)
	}
}

// agreementActives keeps the agreements of an ActiveAt answer.
func agreementActives(as []cooperation.Active) []cooperation.Active {
	var out []cooperation.Active
	for _, a := range as {
		if a.Kind == cooperation.EntityAgreement {
			out = append(out, a)
		}
	}
	return out
}

func TestActiveAtParties(t *testing.T) {
	ds := partiesFixture(t)
	const (
		certain  = cooperation.CertaintyCertain
		possible = cooperation.CertaintyPossible
	)
	act := func(id, party cooperation.ID, c cooperation.Certainty) cooperation.Active {
		return cooperation.Active{Kind: cooperation.EntityAgreement, ID: id, Party: party, Certainty: c}
	}
	tests := []struct {
		at   string
		want []cooperation.Active
	}{
		// By the start of each party's period, then party order.
		{"2019-06-01", []cooperation.Active{act("mt", "kh", certain), act("mt", "th", certain), act("bi", "kh", possible), act("bi", "vn", possible)}},
		{"2020-06-01", []cooperation.Active{act("mt", "kh", certain), act("mt", "th", certain), act("bi", "kh", certain), act("bi", "vn", certain),
			act("mt", "vn", certain), act("mt", "la", certain)}},
		{"2021", []cooperation.Active{act("mt", "kh", certain), act("mt", "th", certain), act("bi", "kh", certain), act("bi", "vn", certain),
			act("mt", "vn", certain), act("mt", "la", possible)}},
		// Laos' two periods both share days with 2021-2022: one answer.
		{"2021/2022", []cooperation.Active{act("mt", "kh", certain), act("mt", "th", certain), act("bi", "kh", certain), act("bi", "vn", certain),
			act("mt", "vn", certain), act("mt", "la", possible)}},
		{"2021-12", []cooperation.Active{act("mt", "kh", certain), act("mt", "th", certain), act("bi", "kh", certain), act("bi", "vn", certain),
			act("mt", "vn", certain)}},
		{"2024-06", []cooperation.Active{act("mt", "kh", certain), act("bi", "kh", certain), act("bi", "vn", certain),
			act("mt", "vn", certain), act("mt", "la", certain), act("mt", "th", certain)}},
	}
	for _, tc := range tests {
		t.Run(tc.at, func(t *testing.T) {
			d := edtf.MustParse(tc.at)
			got := agreementActives(ds.ActiveAt(d))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ActiveAt(%s) agreements (-want +got):\n%s", tc.at, diff)
			}
			// PartiesAt gives the same, agreement by agreement, in party order.
			var parties []cooperation.Active
			for _, id := range []cooperation.ID{"bi", "mt"} {
				parties = append(parties, ds.PartiesAt(id, d)...)
			}
			key := func(a cooperation.Active) string { return string(a.ID) + "/" + string(a.Party) }
			sortActives := func(as []cooperation.Active) []cooperation.Active {
				as = slices.Clone(as)
				slices.SortFunc(as, func(a, b cooperation.Active) int { return cmpString(key(a), key(b)) })
				return as
			}
			if diff := cmp.Diff(sortActives(tc.want), sortActives(parties)); diff != "" {
				t.Errorf("PartiesAt(%s) (-ActiveAt +PartiesAt):\n%s", tc.at, diff)
			}
		})
	}
	if diff := cmp.Diff([]cooperation.Active{act("mt", "kh", certain), act("mt", "vn", certain), act("mt", "la", possible), act("mt", "th", certain)},
		ds.PartiesAt("mt", edtf.MustParse("2022"))); diff != "" {
		t.Errorf("PartiesAt(mt, 2022) (-want +got):\n%s", diff)
	}
	if got := ds.PartiesAt("nothing", edtf.MustParse("2022")); got != nil {
		t.Errorf("PartiesAt(nothing) = %v", got)
	}
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestAgreementsBetweenAt(t *testing.T) {
	ds := partiesFixture(t)
	mt := func(c cooperation.Certainty) []cooperation.Active {
		return []cooperation.Active{{Kind: cooperation.EntityAgreement, ID: "mt", Certainty: c}}
	}
	tests := []struct {
		a, b cooperation.ID
		at   string
		want []cooperation.Active
	}{
		{"kh", "la", "2019-06", nil},
		{"kh", "la", "2020-06", mt(cooperation.CertaintyCertain)},
		{"la", "kh", "2021", mt(cooperation.CertaintyPossible)},
		{"kh", "la", "2021-12", nil},
		{"kh", "la", "2023", mt(cooperation.CertaintyCertain)},
		// Cambodia's ministry is within Cambodia; Thailand left in 2023.
		{"kh-mptc", "th", "2023-06", nil},
		{"kh", "th", "2023-06", nil},
		{"kh", "th", "2024-06", mt(cooperation.CertaintyCertain)},
		{"kh", "vn", "2019-08", []cooperation.Active{{Kind: cooperation.EntityAgreement, ID: "bi", Certainty: cooperation.CertaintyPossible}}},
	}
	for _, tc := range tests {
		t.Run(string(tc.a)+"-"+string(tc.b)+"@"+tc.at, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, ds.AgreementsBetweenAt(tc.a, tc.b, edtf.MustParse(tc.at))); diff != "" {
				t.Errorf("AgreementsBetweenAt (-want +got):\n%s", diff)
			}
		})
	}
	// AgreementsBetween lists the agreements with both as parties at any time.
	if diff := cmp.Diff([]cooperation.ID{"mt"}, ds.AgreementsBetween("kh", "la")); diff != "" {
		t.Errorf("AgreementsBetween(kh, la) (-want +got):\n%s", diff)
	}
}

func TestNetworkParties(t *testing.T) {
	ds := partiesFixture(t)
	e := func(a, b cooperation.ID, ag, ev int) cooperation.Edge {
		return cooperation.Edge{A: a, B: b, Agreements: ag, Events: ev}
	}
	tests := []struct {
		period string
		c      cooperation.Certainty
		want   []cooperation.Edge
	}{
		// Signed by Cambodia, Vietnam and Thailand; Laos acceded later.
		// Thailand's joining in 2018-12 counts once with the signature.
		{"2018", cooperation.CertaintyCertain, []cooperation.Edge{e("kh", "th", 1, 0), e("kh", "vn", 1, 0), e("th", "vn", 1, 0)}},
		// bi signed; Vietnam joined mt while Cambodia and Thailand were
		// parties (Laos was not yet).
		{"2019", cooperation.CertaintyCertain, []cooperation.Edge{e("kh", "vn", 2, 0), e("th", "vn", 1, 0)}},
		// Laos joined; the Acme meeting links China and Cambodia.
		{"2020/2021", cooperation.CertaintyCertain, []cooperation.Edge{e("cn", "kh", 0, 1), e("kh", "la", 1, 0), e("la", "th", 1, 0), e("la", "vn", 1, 0)}},
		{"2024", cooperation.CertaintyCertain, []cooperation.Edge{e("kh", "th", 1, 0), e("la", "th", 1, 0), e("th", "vn", 1, 0)}},
	}
	for _, tc := range tests {
		t.Run(tc.period, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, ds.Network(edtf.MustParse(tc.period), tc.c)); diff != "" {
				t.Errorf("Network(%s) (-want +got):\n%s", tc.period, diff)
			}
		})
	}
}

func TestMembersStatedOnGroup(t *testing.T) {
	ds := partiesFixture(t)
	type m struct {
		ID   cooperation.ID
		Role cooperation.MembershipRole
		C    cooperation.Certainty
	}
	members := func(at string) []m {
		var out []m
		for _, a := range ds.MembersAt("g", edtf.MustParse(at)) {
			out = append(out, m{a.ID, a.Role, a.Certainty})
		}
		return out
	}
	tests := []struct {
		at   string
		want []m
	}{
		{"2019-06", []m{{"kh", 0, cooperation.CertaintyCertain}, {"vn", 0, cooperation.CertaintyPossible}}},
		{"2021", []m{{"kh", 0, cooperation.CertaintyCertain}, {"la", cooperation.MembershipRoleCoordinator, cooperation.CertaintyCertain},
			{"th", 0, cooperation.CertaintyCertain}, {"vn", 0, cooperation.CertaintyPossible}}},
	}
	for _, tc := range tests {
		t.Run(tc.at, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, members(tc.at)); diff != "" {
				t.Errorf("MembersAt(g, %s) (-want +got):\n%s", tc.at, diff)
			}
		})
	}
	// ActiveAt names the member and the group, wherever stated.
	var got []cooperation.Active
	for _, a := range ds.ActiveAt(edtf.MustParse("2021-05")) {
		if a.Kind == cooperation.EntityActor {
			got = append(got, a)
		}
	}
	want := []cooperation.Active{
		{Kind: cooperation.EntityActor, ID: "kh", Group: "g", Certainty: cooperation.CertaintyCertain},
		{Kind: cooperation.EntityActor, ID: "la", Group: "g", Role: cooperation.MembershipRoleCoordinator, Certainty: cooperation.CertaintyCertain},
		{Kind: cooperation.EntityActor, ID: "th", Group: "g", Certainty: cooperation.CertaintyCertain},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ActiveAt(2021-05) memberships (-want +got):\n%s", diff)
	}
}

func TestDyadCountryAndUndated(t *testing.T) {
	ds := partiesFixture(t)
	if within := ds.Within("cn"); !slices.Contains(within, "acme") {
		t.Errorf("Within(cn) = %v, lacks acme (tied to China by its country code)", within)
	}
	v := ds.Dyad("cn", "kh", cooperation.TimelineOptions{})
	var entries []cooperation.ID
	for _, e := range v.Entries {
		entries = append(entries, e.Subject)
	}
	if diff := cmp.Diff([]cooperation.ID{"acme-meeting"}, entries); diff != "" {
		t.Errorf("Dyad(cn, kh) entries (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]cooperation.ID{"undated-meeting", "undated"}, v.Undated); diff != "" {
		t.Errorf("Dyad(cn, kh).Undated (-want +got):\n%s", diff)
	}
	if v := ds.Dyad("kh", "la", cooperation.TimelineOptions{}); len(v.Undated) != 0 {
		t.Errorf("Dyad(kh, la).Undated = %v", v.Undated)
	}
	n := 0
	for range ds.Timeline(cooperation.TimelineOptions{Filter: cooperation.Filter{Involving: []cooperation.ID{"cn"}}}) {
		n++
	}
	if n != 1 {
		t.Errorf("Filter.Involving(cn) keeps %d entries, want the Acme meeting", n)
	}
}

// StatusFor reads each party's own dates: a treaty in force since 2019
// entered into force for Laos, which acceded, only in 2020, and Laos
// withdrew in 2021 and joined again in 2022.
func ExampleAgreement_StatusFor() {
	d := edtf.MustParse
	treaty := cooperation.Agreement{
		Signed: d("2018-05-10"), InForce: d("2019-01-01"),
		Parties: []cooperation.Party{
			{Actor: "kh"},
			{Actor: "la", Role: cooperation.PartyRoleAcceding, Ratified: d("2020-02-01"), Joined: d("2020-03-01"),
				Left: d("2021-06-30"), Rejoined: []edtf.Date{d("2022-07-01/..")}},
		},
	}
	for _, at := range []string{"2019-06", "2020-02", "2020-06", "2021", "2022-01", "2023"} {
		s, c := treaty.StatusFor("la", d(at))
		ks, kc := treaty.StatusFor("kh", d(at))
		fmt.Printf("%-7s Laos %s (%s), Cambodia %s (%s)\n", at, s, c, ks, kc)
	}
	// Output:
	// 2019-06 Laos not-signed (certain), Cambodia in-force (certain)
	// 2020-02 Laos ratified (certain), Cambodia in-force (certain)
	// 2020-06 Laos in-force (certain), Cambodia in-force (certain)
	// 2021    Laos in-force (possible), Cambodia in-force (certain)
	// 2022-01 Laos withdrawn (certain), Cambodia in-force (certain)
	// 2023    Laos in-force (certain), Cambodia in-force (certain)
}

// For which parties was the treaty in force in 2022? Laos only for part
// of the year.
func ExampleDataset_PartiesAt() {
	d := edtf.MustParse
	ds := &cooperation.Dataset{Agreements: []cooperation.Agreement{{
		ID: "treaty", Kind: cooperation.AgreementTreaty, Signed: d("2018-05-10"), InForce: d("2019-01-01"),
		Parties: []cooperation.Party{
			{Actor: "kh"},
			{Actor: "la", Role: cooperation.PartyRoleAcceding, Joined: d("2020-03-01"), Left: d("2021-06-30"), Rejoined: []edtf.Date{d("2022-07-01/..")}},
			{Actor: "vn", Joined: d("2023-01-01")},
		},
	}}}
	ds.Build()
	for _, a := range ds.PartiesAt("treaty", d("2022")) {
		fmt.Println(a.Party, a.Certainty)
	}
	// Output:
	// kh certain
	// la possible
}
