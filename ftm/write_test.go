package ftm_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/ftm"
	"github.com/coopframe/cooperation/huggo"
	"github.com/coopframe/cooperation/names"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

const huggoDir = "../../shared/data/huggo-agreements"

func entities(t testing.TB, ds *cooperation.Dataset, opt ftm.Options) []ftm.Entity {
	t.Helper()
	es, err := ftm.Entities(ds, opt)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// TestCatalog exports the catalog, with and without a prefix, and checks
// every entity against FtM's model.
func TestCatalog(t *testing.T) {
	ds, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, prefix := range []string{"", "coop:"} {
		t.Run("prefix="+prefix, func(t *testing.T) {
			es := entities(t, ds, ftm.Options{Prefix: prefix})
			if len(es) < ds.Len() {
				t.Errorf("%d entities for %d in the dataset", len(es), ds.Len())
			}
			checkAll(t, es)
			t.Logf("%d entities", len(es))
		})
	}
}

// TestLayer exports a layer on the catalog (a grouping whose members,
// stated on it, are the catalog's states) with its base: every entity
// checks against the model.
func TestLayer(t *testing.T) {
	base, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../testdata/layer/lmc.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := cooperation.Decode(f, cooperation.DecodeOptions{Base: base})
	if err != nil {
		t.Fatal(err)
	}
	es := entities(t, ds, ftm.Options{})
	if len(es) <= len(entities(t, base, ftm.Options{})) {
		t.Errorf("%d entities: the layer added none to the catalog's", len(es))
	}
	checkAll(t, es)
}

// TestHUGGO exports the HUGGO import (real data, skipped when absent).
func TestHUGGO(t *testing.T) {
	if _, err := os.Stat(filepath.Join(huggoDir, huggo.AgreementsFile)); err != nil {
		t.Skipf("HUGGO data not found (%v): this test needs ../shared/data/huggo-agreements beside the checkout", err)
	}
	ftmModel(t)
	res, err := huggo.Load(os.DirFS(huggoDir))
	if err != nil {
		t.Fatal(err)
	}
	es := entities(t, res.Dataset, ftm.Options{})
	checkAll(t, es)
	t.Logf("%d entities from %d agreements and %d actors", len(es), len(res.Dataset.Agreements), len(res.Dataset.Actors))
}

// TestSynthetic exports the synthetic dataset of the benchmark.
func TestSynthetic(t *testing.T) {
	for _, n := range []int{500, 10000} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			ds := synthetic(n)
			es := entities(t, ds, ftm.Options{})
			checkAll(t, es)
			t.Logf("%d dataset entities, %d FtM entities", ds.Len(), len(es))
		})
	}
}

func name(s string) names.Names { return names.Names{{Text: s, Lang: language.English}} }

// TestCases checks the export of single facts, entity by entity.
func TestCases(t *testing.T) {
	d := edtf.MustParse
	kh := cooperation.Actor{ID: "kh", Kind: cooperation.ActorState, Names: name("Cambodia"), Country: cooperation.MustParseCountry("KH")}
	asean := cooperation.Actor{ID: "asean", Kind: cooperation.ActorIGO, Names: names.Names{
		{Text: "Association of Southeast Asian Nations", Lang: language.English},
		{Text: "ASEAN", Lang: language.English, Kind: names.KindAcronym},
		{Text: "东盟", Lang: language.MustParse("zh-Hans"), Kind: names.KindTranslation},
	}}
	city := cooperation.Actor{ID: "kh-pp", Kind: cooperation.ActorCity, Names: name("Phnom Penh"), PartOf: "kh"}
	tests := []struct {
		name string
		ds   *cooperation.Dataset
		want []ftm.Entity
	}{{
		name: "state, names in every language, qualified date",
		ds: &cooperation.Dataset{Actors: []cooperation.Actor{
			{ID: "yd", Kind: cooperation.ActorState, Names: name("South Yemen"), Country: cooperation.MustParseCountry("YD"), Founded: d("1967-11-30?")},
			asean,
		}},
		want: []ftm.Entity{
			{ID: "yd", Schema: "PublicBody", Properties: map[string][]string{"name": {"South Yemen"}, "classification": {"state"}, "incorporationDate": {"1967-11-30"}}},
			{ID: "asean", Schema: "Organization", Properties: map[string][]string{
				"name": {"Association of Southeast Asian Nations"}, "weakAlias": {"ASEAN"}, "alias": {"东盟"},
				"classification": {"igo"}, "topics": {"gov.igo"}}},
		},
	}, {
		name: "membership with a period, and one a place cannot hold",
		ds: &cooperation.Dataset{Actors: []cooperation.Actor{
			{ID: "kh", Kind: cooperation.ActorState, Names: name("Cambodia"), Country: cooperation.MustParseCountry("KH"),
				Memberships: []cooperation.Membership{{Group: "asean", Period: d("1999-04-30/.."), Role: cooperation.MembershipRoleMember}}},
			asean,
			{ID: "kh-pp", Kind: cooperation.ActorCity, Names: name("Phnom Penh"), PartOf: "kh",
				Memberships: []cooperation.Membership{{Group: "asean", Period: d("2019")}}},
		}},
		want: []ftm.Entity{
			{ID: "kh", Schema: "PublicBody", Properties: map[string][]string{"name": {"Cambodia"}, "classification": {"state"}, "country": {"kh"}}},
			{ID: "kh.membership.1", Schema: "Membership", Properties: map[string][]string{"member": {"kh"}, "organization": {"asean"}, "role": {"member"}, "startDate": {"1999-04-30"}}},
			{ID: "asean", Schema: "Organization", Properties: map[string][]string{
				"name": {"Association of Southeast Asian Nations"}, "weakAlias": {"ASEAN"}, "alias": {"东盟"},
				"classification": {"igo"}, "topics": {"gov.igo"}}},
			{ID: "kh-pp", Schema: "Address", Properties: map[string][]string{"name": {"Phnom Penh"}, "full": {"Phnom Penh"}, "city": {"Phnom Penh"}}},
			{ID: "kh-pp.part-of.1", Schema: "UnknownLink", Properties: map[string][]string{"subject": {"kh-pp"}, "object": {"kh"}, "role": {"part-of"}}},
			{ID: "kh-pp.membership.1", Schema: "UnknownLink", Properties: map[string][]string{"subject": {"kh-pp"}, "object": {"asean"}, "role": {"membership"}, "status": {"member"}, "date": {"2019"}}},
		},
	}, {
		name: "post, event at a time, dangling reference",
		ds: &cooperation.Dataset{
			Actors: []cooperation.Actor{kh, city,
				{ID: "hun-manet", Kind: cooperation.ActorPerson, Names: name("Hun Manet"), Honorifics: []string{"Samdech"},
					Posts: []cooperation.Post{{Title: "Prime Minister", Org: "kh", Period: d("2023-08-22/..")}}},
			},
			Events: []cooperation.Event{{ID: "visit", Kind: cooperation.EventOfficialVisit, Names: name("Visit"),
				Date: d("2023-09-01"), Time: mustClock("05:30+07:00"), Venue: "kh-pp", Hosts: []cooperation.ID{"kh", "nowhere"}}},
		},
		want: []ftm.Entity{
			{ID: "kh", Schema: "PublicBody", Properties: map[string][]string{"name": {"Cambodia"}, "classification": {"state"}, "country": {"kh"}}},
			{ID: "kh-pp", Schema: "Address", Properties: map[string][]string{"name": {"Phnom Penh"}, "full": {"Phnom Penh"}, "city": {"Phnom Penh"}}},
			{ID: "kh-pp.part-of.1", Schema: "UnknownLink", Properties: map[string][]string{"subject": {"kh-pp"}, "object": {"kh"}, "role": {"part-of"}}},
			{ID: "hun-manet", Schema: "Person", Properties: map[string][]string{"name": {"Hun Manet"}, "classification": {"person"}, "title": {"Samdech"}}},
			{ID: "kh.position.prime-minister", Schema: "Position", Properties: map[string][]string{"name": {"Prime Minister"}, "organization": {"kh"}}},
			{ID: "hun-manet.post.1", Schema: "Occupancy", Properties: map[string][]string{"holder": {"hun-manet"}, "post": {"kh.position.prime-minister"}, "startDate": {"2023-08-22"}}},
			{ID: "visit", Schema: "Event", Properties: map[string][]string{"name": {"Visit"}, "keywords": {"official-visit"}, "date": {"2023-08-31T22:30"},
				"addressEntity": {"kh-pp"}, "location": {"Phnom Penh"}, "organizer": {"kh"}}},
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := entities(t, tc.ds, ftm.Options{})
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Entities (-want +got):\n%s", diff)
			}
			checkAll(t, got)
		})
	}
}

func mustClock(s string) cooperation.Clock {
	c, err := cooperation.ParseClock(s)
	if err != nil {
		panic(err)
	}
	return c
}

func TestBadPrefix(t *testing.T) {
	for _, p := range []string{"Coop", "a b", strings.Repeat("a", 33), "é"} {
		t.Run(p, func(t *testing.T) {
			err := ftm.Write(new(bytes.Buffer), &cooperation.Dataset{}, ftm.Options{Prefix: p})
			var e *ftm.Error
			if !errors.As(err, &e) || e.Field != "Prefix" {
				t.Errorf("Write with prefix %q: %v, want an *ftm.Error on Prefix", p, err)
			}
		})
	}
}

// TestMappingTable checks that every exported field of the model's types
// has a row in the table, that every row names a field that exists, and
// that the package doc prints every row.
func TestMappingTable(t *testing.T) {
	types := map[string]reflect.Type{
		"Actor": reflect.TypeFor[cooperation.Actor](), "Membership": reflect.TypeFor[cooperation.Membership](),
		"Post": reflect.TypeFor[cooperation.Post](), "Identifier": reflect.TypeFor[cooperation.Identifier](),
		"names.Name": reflect.TypeFor[names.Name](), "Agreement": reflect.TypeFor[cooperation.Agreement](),
		"Party": reflect.TypeFor[cooperation.Party](), "Signatory": reflect.TypeFor[cooperation.Signatory](),
		"Initiative": reflect.TypeFor[cooperation.Initiative](), "Event": reflect.TypeFor[cooperation.Event](),
		"Source": reflect.TypeFor[cooperation.Source](), "Figure": reflect.TypeFor[cooperation.Figure](),
	}
	rows := map[string]bool{}
	for _, m := range ftm.Mappings() {
		rows[m.Type+"."+m.Field] = true
		if typ, ok := types[m.Type]; ok && m.Field != "" {
			if _, ok := typ.FieldByName(m.Field); !ok {
				t.Errorf("row %s.%s: no such field", m.Type, m.Field)
			}
		}
	}
	for tn, typ := range types {
		for f := range typ.Fields() {
			if f.IsExported() && !rows[tn+"."+f.Name] {
				t.Errorf("%s.%s has no row in the mapping table", tn, f.Name)
			}
		}
	}
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(doc), "\n//     ", " ")
	for _, m := range ftm.Mappings() {
		if line := ftm.FormatMapping(m); !strings.Contains(text, line) {
			t.Errorf("doc.go lacks the row %q (go test -run TestMappingTable -update-doc rewrites it)", line)
		}
	}
}

// TestNode loads every exported entity of the catalog with the
// JavaScript model of the npm package @alephdata/followthemoney, which
// throws on an unknown schema or property, and checks in JavaScript that
// no schema is abstract and every reference fits its range. It needs
// node and COOP_NPM, a directory with node_modules/@alephdata/followthemoney.
func TestNode(t *testing.T) {
	dir := os.Getenv("COOP_NPM")
	if dir == "" {
		t.Skip("COOP_NPM not set: set it to a directory with node_modules/@alephdata/followthemoney")
	}
	pkg := filepath.Join(dir, "node_modules", "@alephdata", "followthemoney")
	if _, err := os.Stat(pkg); err != nil {
		t.Skipf("npm package @alephdata/followthemoney not installed under COOP_NPM: %v", err)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found")
	}
	js := filepath.Join(t.TempDir(), "check.js")
	if err := os.WriteFile(js, []byte(nodeCheck), 0o644); err != nil {
		t.Fatal(err)
	}
	sets := map[string]func(t *testing.T) *cooperation.Dataset{
		"catalog": func(t *testing.T) *cooperation.Dataset {
			ds, err := catalog.Default()
			if err != nil {
				t.Fatal(err)
			}
			return ds
		},
		"huggo": func(t *testing.T) *cooperation.Dataset {
			res, err := huggo.Load(os.DirFS(huggoDir))
			if err != nil {
				t.Skipf("HUGGO data not loaded (%v): this subtest needs ../shared/data/huggo-agreements", err)
			}
			return res.Dataset
		},
	}
	for name, load := range sets {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := ftm.Write(&buf, load(t), ftm.Options{Prefix: "coop:"}); err != nil {
				t.Fatal(err)
			}
			want := strings.Count(buf.String(), "\n")
			cmd := exec.Command(node, js, pkg)
			cmd.Stdin = &buf
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("node: %v\n%s", err, out)
			}
			if n, _ := strconv.Atoi(strings.TrimSpace(string(out))); n != want {
				t.Errorf("node loaded %d entities, want %d: %s", n, want, out)
			}
		})
	}
}

const nodeCheck = `
const ftm = require(process.argv[2]);
const model = new ftm.Model(ftm.defaultModel);
const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter(l => l);
const raws = lines.map(l => JSON.parse(l));
const byId = new Map(raws.map(r => [r.id, r]));
let n = 0, bad = [];
for (const raw of raws) {
  let e;
  try { e = model.getEntity(raw); } catch (err) { bad.push(raw.id + ': ' + err.message); continue; }
  if (e.schema.abstract) bad.push(raw.id + ': abstract schema ' + e.schema.name);
  for (const p of e.getProperties()) {
    if (p.type.name !== 'entity') continue;
    for (const v of e.getProperty(p)) {
      const t = byId.get(typeof v === 'string' ? v : v.id);
      if (!t) { bad.push(raw.id + ': ' + p.name + ' points nowhere'); continue; }
      if (!model.getSchema(t.schema).isA(p.getRange())) bad.push(raw.id + ': ' + p.name + ' is a ' + t.schema);
    }
  }
  n++;
}
if (bad.length) { console.error(bad.slice(0, 20).join('\n')); process.exit(1); }
console.log(n);
`

// synthetic returns a dataset of about n entities in the shapes of the
// catalog: states in IGOs, ministries part of them, persons with posts,
// agreements between states, events and initiatives.
func synthetic(n int) *cooperation.Dataset {
	ds := &cooperation.Dataset{Sources: []cooperation.Source{{ID: "src", Publisher: "P", Title: "T", URL: "https://example.org/a", Language: language.English}}}
	src := []cooperation.ID{"src"}
	states := []string{"KH", "LA", "MM", "VN", "TH", "CN", "ID", "MY", "PH", "SG"}
	ds.Actors = append(ds.Actors, cooperation.Actor{ID: "igo", Kind: cooperation.ActorIGO, Names: name("IGO")})
	for i := 0; len(ds.Actors)+len(ds.Agreements)+len(ds.Events)+len(ds.Initiatives) < n; i++ {
		s := cooperation.ID("s" + strconv.Itoa(i))
		ds.Actors = append(ds.Actors,
			cooperation.Actor{ID: s, Kind: cooperation.ActorState, Names: name("State " + strconv.Itoa(i)),
				Country:     cooperation.MustParseCountry(states[i%len(states)]),
				Memberships: []cooperation.Membership{{Group: "igo", Period: edtf.MustParse("1999-04-30/.."), Sources: src}}, Sources: src},
			cooperation.Actor{ID: s + "-mofa", Kind: cooperation.ActorMinistry, Names: name("Ministry " + strconv.Itoa(i)), PartOf: s},
			cooperation.Actor{ID: s + "-fm", Kind: cooperation.ActorPerson, Names: name("Minister " + strconv.Itoa(i)),
				Posts: []cooperation.Post{{Title: "Minister of Foreign Affairs", Org: s + "-mofa", Period: edtf.MustParse("2020-01/2024-05")}}},
		)
		if i > 0 {
			prev := cooperation.ID("s" + strconv.Itoa(i-1))
			ds.Agreements = append(ds.Agreements, cooperation.Agreement{ID: "a" + cooperation.ID(strconv.Itoa(i)), Kind: cooperation.AgreementMoU,
				Names: name("MoU " + strconv.Itoa(i)), Signed: edtf.MustParse("2021-03-0" + strconv.Itoa(1+i%9)),
				Parties: []cooperation.Party{{Actor: s}, {Actor: prev}}, Signatories: []cooperation.Signatory{{Person: s + "-fm", For: s}}, Sources: src})
		}
		ds.Events = append(ds.Events, cooperation.Event{ID: "e" + cooperation.ID(strconv.Itoa(i)), Kind: cooperation.EventMeeting,
			Names: name("Meeting " + strconv.Itoa(i)), Date: edtf.MustParse("2022-05-1" + strconv.Itoa(i%10)), Hosts: []cooperation.ID{s},
			Participants: []cooperation.Participant{{Actor: s + "-fm"}}})
		ds.Initiatives = append(ds.Initiatives, cooperation.Initiative{ID: "i" + cooperation.ID(strconv.Itoa(i)), Kind: cooperation.InitiativeProject,
			Names: name("Project " + strconv.Itoa(i)), Period: edtf.MustParse("2021/2023"), Leads: []cooperation.ID{s}, Participants: []cooperation.ID{"igo"}})
	}
	ds.Build()
	return ds
}

// decodeLines parses JSON lines into entities.
func decodeLines(t testing.TB, b []byte) []ftm.Entity {
	t.Helper()
	var es []ftm.Entity
	for _, l := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var e ftm.Entity
		if err := json.Unmarshal(l, &e); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		es = append(es, e)
	}
	return es
}
