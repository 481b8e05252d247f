package popolo_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/huggo"
	"github.com/coopframe/cooperation/internal/golden"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/popolo"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// schemaDir holds the Popolo project's JSON Schemas, beside the checkout.
const schemaDir = "../../shared/data/popolo-schemas"

// huggoDir holds the HUGGO treaty files, beside the checkout.
const huggoDir = "../../shared/data/huggo-agreements"

const python = "/usr/bin/python3"

// validate runs testdata/validate.py, a draft-03 validator
// (python3-jsonschema) with the schemas' $refs resolved to the files of
// schemaDir, on doc, and returns its error lines. It skips the test when
// the schemas, Python or its jsonschema module are missing.
func validate(t *testing.T, doc []byte) []string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(schemaDir, "person.json")); err != nil {
		t.Skipf("Popolo schemas not found (%v): this test needs ../shared/data/popolo-schemas beside the checkout", err)
	}
	if _, err := os.Stat(python); err != nil {
		t.Skipf("%s not found: this test needs Python 3 with python3-jsonschema", python)
	}
	cmd := exec.Command(python, "testdata/validate.py", schemaDir)
	cmd.Stdin = bytes.NewReader(doc)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee) && ee.ExitCode() == 3:
		t.Skipf("python3-jsonschema is missing (apt-get install python3-jsonschema): %s", stderr.String())
	case errors.As(err, &ee) && ee.ExitCode() == 1:
		return strings.Split(strings.TrimSpace(stdout.String()), "\n")
	case err != nil:
		t.Fatalf("validate.py: %v\n%s", err, stderr.String())
	}
	return nil
}

func decodeFile(t *testing.T, path string, base *cooperation.Dataset) *cooperation.Dataset {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := cooperation.Decode(f, cooperation.DecodeOptions{Base: base})
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestSchemas exports the catalog, testdata/valid.json, a layer on the
// catalog and a HUGGO import and checks every object against the Popolo
// JSON Schemas, and that the only values left out are those listed.
func TestSchemas(t *testing.T) {
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	noURL := func(id string) string {
		return "source " + `"` + id + `"` + " has no URL, which a Popolo link requires: left out wherever it is cited"
	}
	catalogLosses := []string{noURL("xinhua-2015-09-15"), noURL("xinhua-2024-11-05"), noURL("moit-2021-09-20"),
		noURL("mna-2020-07-10"), noURL("vna-2022-11-08")}
	tests := []struct {
		name string
		ds   func(t *testing.T) *cooperation.Dataset
		want []string // the messages of the problems, in order
		min  map[string]int
	}{
		{name: "catalog", ds: func(*testing.T) *cooperation.Dataset { return cat }, want: catalogLosses,
			min: map[string]int{"persons": 20, "organizations": 40, "memberships": 40, "posts": 20, "events": 15, "areas": 15}},
		{name: "valid.json", ds: func(t *testing.T) *cooperation.Dataset { return decodeFile(t, "../testdata/valid.json", nil) },
			min: map[string]int{"persons": 1, "organizations": 2, "memberships": 1, "posts": 1, "events": 1, "areas": 3}},
		{name: "layer lmc.json on the catalog", ds: func(t *testing.T) *cooperation.Dataset {
			return decodeFile(t, "../testdata/layer/lmc.json", cat)
		}, want: append(catalogLosses, noURL("sanya-declaration-2016")),
			min: map[string]int{"memberships": 46, "events": 16}},
		{name: "huggo", ds: func(t *testing.T) *cooperation.Dataset {
			if _, err := os.Stat(filepath.Join(huggoDir, huggo.AgreementsFile)); err != nil {
				t.Skipf("HUGGO data not found (%v): this case needs ../shared/data/huggo-agreements beside the checkout", err)
			}
			res, err := huggo.Load(os.DirFS(huggoDir))
			if err != nil {
				t.Fatal(err)
			}
			return res.Dataset
		}, min: map[string]int{"organizations": 5, "areas": 200}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := tc.ds(t)
			var buf bytes.Buffer
			probs, err := popolo.Write(&buf, ds)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range probs {
				got = append(got, p.Message)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			var counts map[string][]json.RawMessage
			if err := json.Unmarshal(buf.Bytes(), &counts); err != nil {
				t.Fatal(err)
			}
			for k, n := range tc.min {
				if len(counts[k]) < n {
					t.Errorf("%s: %d objects, want at least %d", k, len(counts[k]), n)
				}
			}
			if errs := validate(t, buf.Bytes()); len(errs) > 0 {
				t.Errorf("%d schema errors:\n%s", len(errs), strings.Join(errs[:min(len(errs), 20)], "\n"))
			}
		})
	}
}

// TestGolden writes testdata/valid.json's export to a golden file.
func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	probs, err := popolo.Write(&buf, decodeFile(t, "../testdata/valid.json", nil))
	if err != nil || len(probs) > 0 {
		t.Fatalf("Write: %v, %v", probs, err)
	}
	golden.Check(t, "testdata/valid.popolo.json", buf.Bytes())
}

func mustDate(s string) edtf.Date { return edtf.MustParse(s) }

func en(s string) names.Names { return names.Names{{Text: s, Lang: language.English}} }

// TestExport checks the mapping on a dataset built in Go, case by case.
func TestExport(t *testing.T) {
	src := cooperation.Source{ID: "src", Publisher: "P", Title: "T", URL: "https://example.org/a", Language: language.English}
	bare := cooperation.Source{ID: "bare", Publisher: "P", Title: "No URL", Language: language.English}
	ds := &cooperation.Dataset{
		Sources: []cooperation.Source{src, bare},
		Actors: []cooperation.Actor{
			{ID: "kh", Kind: cooperation.ActorState, Names: en("Cambodia"), Country: cooperation.MustParseCountry("KH")},
			{ID: "kh-pp", Kind: cooperation.ActorCity, Names: en("Phnom Penh"), PartOf: "kh"},
			{ID: "asean", Kind: cooperation.ActorIGO, Names: names.Names{{Text: "ASEAN", Lang: language.English, Kind: names.KindAcronym}},
				Founded: mustDate("1967-08-08"),
				Members: []cooperation.Membership{{Member: "kh", Period: mustDate("1999-04-30/.."), Sources: []cooperation.ID{"src", "src", "bare"}}}},
			{ID: "kh-gov", Kind: cooperation.ActorGovernment, Names: en("Royal Government"), Governs: "kh", PartOf: "kh"},
			{ID: "kh-mptc", Kind: cooperation.ActorMinistry, Names: en("MPTC"), PartOf: "kh-gov", Location: "kh-pp", Founded: mustDate("201X")},
			{ID: "chea", Kind: cooperation.ActorPerson, Names: en("Chea Vandeth"), Honorifics: []string{"H.E.", "Dr"},
				Identifiers: []cooperation.Identifier{{Scheme: "wikidata", Value: "Q1"}},
				Posts: []cooperation.Post{{Title: "Minister", Org: "kh-mptc", Period: mustDate("2018-09/2023-08-22")},
					{Title: "Minister", Org: "kh-mptc", Period: mustDate("2023-08-22/..")},
					{Title: "Adviser", Org: "kh", Period: mustDate("[2019,2020]")}},
				Memberships: []cooperation.Membership{{Group: "kh-mptc", Role: cooperation.MembershipRoleChair, Period: mustDate("2022?")}}},
			{ID: "x", Names: en("no kind")},
		},
		Events: []cooperation.Event{
			{ID: "forum", Kind: cooperation.EventForum, Names: en("Forum"), Date: mustDate("2020-07-09/2020-07-10"),
				Time: mustClock("13:30+06:30"), Venue: "kh-pp", Hosts: []cooperation.ID{"kh", "kh-mptc"}, Sources: []cooperation.ID{"src"}},
			{ID: "session", Kind: cooperation.EventSession, Names: en("Session"), Date: mustDate("2020-07"), PartOf: "forum",
				Time: mustClock("09:00Z")},
		},
	}
	link := []popolo.Link{{URL: "https://example.org/a", Note: "T"}}
	others := func(s string) []popolo.OtherName { return []popolo.OtherName{{Name: s, Lang: "en", Note: "official"}} }
	want := &popolo.Document{
		Persons: []popolo.Person{{ID: "chea", Name: "Chea Vandeth", OtherNames: others("Chea Vandeth"), HonorificPrefix: "H.E. Dr",
			Identifiers: []popolo.Identifier{{Identifier: "Q1", Scheme: "wikidata"}}}},
		Organizations: []popolo.Organization{
			{ID: "asean", Name: "ASEAN", OtherNames: []popolo.OtherName{{Name: "ASEAN", Lang: "en", Note: "acronym"}},
				Classification: "igo", FoundingDate: "1967-08-08"},
			{ID: "kh-gov", Name: "Royal Government", OtherNames: others("Royal Government"), Classification: "government", AreaID: "kh"},
			{ID: "kh-mptc", Name: "MPTC", OtherNames: others("MPTC"), Classification: "ministry", ParentID: "kh-gov", AreaID: "kh-pp"},
		},
		Memberships: []popolo.Membership{
			{Member: &popolo.MemberRef{Type: "Area", ID: "kh"}, OrganizationID: "asean", StartDate: "1999-04-30", Sources: link},
			{Role: "Minister", PersonID: "chea", OrganizationID: "kh-mptc", PostID: "post:kh-mptc:minister", StartDate: "2018-09", EndDate: "2023-08-22"},
			{Role: "chair", PersonID: "chea", OrganizationID: "kh-mptc", StartDate: "2022", EndDate: "2022"},
			{Role: "Minister", PersonID: "chea", OrganizationID: "kh-mptc", PostID: "post:kh-mptc:minister", StartDate: "2023-08-22"},
		},
		Posts: []popolo.Post{{ID: "post:kh-mptc:minister", Label: "Minister", OrganizationID: "kh-mptc"}},
		Events: []popolo.Event{
			{ID: "forum", Name: "Forum", Classification: "forum", StartDate: "2020-07-09T13:30+06:30", EndDate: "2020-07-10",
				Location: "Phnom Penh", OrganizationID: "kh-mptc", Sources: link},
			{ID: "session", Name: "Session", Classification: "session", StartDate: "2020-07", EndDate: "2020-07", ParentID: "forum"},
		},
		Areas: []popolo.Area{
			{ID: "kh", Name: "Cambodia", OtherNames: others("Cambodia"), Identifier: "KH", Classification: "state"},
			{ID: "kh-pp", Name: "Phnom Penh", OtherNames: others("Phnom Penh"), Classification: "city", ParentID: "kh"},
		},
	}
	wantProbs := []popolo.Problem{
		{Path: "actors[2].members[0].sources[2]", ID: "kh", Message: `source "bare" has no URL, which a Popolo link requires: left out wherever it is cited`},
		{Path: "actors[4].founded", ID: "kh-mptc", Message: `date "201X": a span of dates, where Popolo has one date: left out`},
		{Path: "actors[5].posts[2].org", ID: "chea", Message: `post at "kh", which is not an organisation of the dataset: left out`},
		{Path: "actors[6].kind", ID: "x", Message: "actor without a known kind: left out"},
	}
	got, probs := popolo.Export(ds)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Export (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantProbs, probs); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := got.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if errs := validate(t, buf.Bytes()); len(errs) > 0 {
		t.Errorf("schema errors:\n%s", strings.Join(errs, "\n"))
	}
}

func mustClock(s string) cooperation.Clock {
	c, err := cooperation.ParseClock(s)
	if err != nil {
		panic(err)
	}
	return c
}

// TestDates checks the dates written from EDTF bounds, and those left out.
func TestDates(t *testing.T) {
	tests := []struct {
		in, start, end string
		problem        bool
	}{
		{in: "2016", start: "2016", end: "2016"},
		{in: "2016-03", start: "2016-03", end: "2016-03"},
		{in: "2016-03-23", start: "2016-03-23", end: "2016-03-23"},
		{in: "2016-03-23/..", start: "2016-03-23"},
		{in: "../2016-03-23", end: "2016-03-23"},
		{in: "2016-03/2021-02-01", start: "2016-03", end: "2021-02-01"},
		{in: "2012~/2018-03-21", start: "2012", end: "2018-03-21"},
		{in: "2021-04-05/", start: "2021-04-05"},
		{in: "2020?-07-10", start: "2020-07-10", end: "2020-07-10"},
		{in: "201X", start: "2010", end: "2019"},
		{in: "2021-21", start: "2021-03", end: "2021-05"}, // spring
		{in: "2020-07-09T13:30:00+06:30", start: "2020-07-09", end: "2020-07-09"},
		{in: "0001", start: "0001", end: "0001"},
		{in: "[2015-09-13..2015-09-14]", problem: true},
		{in: "{2015,2016}", problem: true},
		{in: "XXXX-07-10", problem: true},
		{in: "-0001", problem: true},
		{in: "Y12345", problem: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			ds := &cooperation.Dataset{Actors: []cooperation.Actor{
				{ID: "g", Kind: cooperation.ActorGrouping, Names: en("G"),
					Members: []cooperation.Membership{{Member: "m", Period: mustDate(tc.in)}}},
				{ID: "m", Kind: cooperation.ActorCompany, Names: en("M")},
			}}
			doc, probs := popolo.Export(ds)
			type result struct {
				Start, End string
				Problem    bool
			}
			want := result{tc.start, tc.end, tc.problem}
			got := result{Problem: len(probs) > 0}
			if len(doc.Memberships) == 1 {
				got.Start, got.End = doc.Memberships[0].StartDate, doc.Memberships[0].EndDate
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\nproblems: %v", diff, probs)
			}
		})
	}
}

// TestUTF8 checks that text that is not valid UTF-8 is reported, and
// written as valid JSON.
func TestUTF8(t *testing.T) {
	ds := &cooperation.Dataset{Actors: []cooperation.Actor{
		{ID: "p", Kind: cooperation.ActorPerson, Names: names.Names{{Text: "A\xffB", Lang: language.English}}},
	}}
	var buf bytes.Buffer
	probs, err := popolo.Write(&buf, ds)
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) == 0 || !json.Valid(buf.Bytes()) || !strings.Contains(buf.String(), "A\uFFFDB") {
		t.Errorf("problems %v, output %s", probs, buf.String())
	}
}

// TestEmpty checks that the export of no dataset writes every collection.
func TestEmpty(t *testing.T) {
	doc, probs := popolo.Export(nil)
	if len(probs) > 0 {
		t.Errorf("Export(nil): %v", probs)
	}
	var buf bytes.Buffer
	if err := doc.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	want := `{
  "persons": [],
  "organizations": [],
  "memberships": [],
  "posts": [],
  "events": [],
  "areas": []
}
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestValidatorRejects checks that the validator TestSchemas relies on
// does reject what the Popolo schemas forbid, through their $refs too.
func TestValidatorRejects(t *testing.T) {
	tests := []struct{ name, doc string }{
		{"date pattern", `{"persons":[],"organizations":[],"memberships":[{"organization_id":"a","start_date":"2016-3"}],"posts":[],"events":[],"areas":[]}`},
		{"link without url, through $ref", `{"persons":[{"id":"p","sources":[{"note":"x"}]}],"organizations":[],"memberships":[],"posts":[],"events":[],"areas":[]}`},
		{"other_name without a string name", `{"persons":[],"organizations":[{"id":"o","other_names":[{"name":1}]}],"memberships":[],"posts":[],"events":[],"areas":[]}`},
		{"unknown collection", `{"persons":[],"organizations":[],"memberships":[],"posts":[],"events":[],"areas":[],"agreements":[]}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if errs := validate(t, []byte(tc.doc)); len(errs) == 0 {
				t.Errorf("validator accepted %s", tc.doc)
			}
		})
	}
}
