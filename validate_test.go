package cooperation

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/internal/golden"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"golang.org/x/text/language"
)

var asOf = edtf.MustParse("2026-11-24")

func decodeFile(t *testing.T, name string) *Dataset {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := Decode(f, DecodeOptions{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return ds
}

func formatProblems(ps Problems) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestValidDataset(t *testing.T) {
	ds := decodeFile(t, "testdata/valid.json")
	if ps := ds.Validate(ValidateOptions{AsOf: asOf}); len(ps) != 0 {
		t.Errorf("valid.json has problems:\n%s", formatProblems(ps))
	}
}

// TestInvalidGolden validates each dataset in testdata/invalid, named for
// the rule it breaks, and compares the problems with its .golden file
// (UPDATE_GOLDEN=1 go test -run TestInvalidGolden rewrites them).
func TestInvalidGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/invalid/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, file := range files {
		rule := Rule(strings.TrimSuffix(filepath.Base(file), ".json"))
		t.Run(string(rule), func(t *testing.T) {
			ps := decodeFile(t, file).Validate(ValidateOptions{AsOf: asOf})
			if ps.Rules()[rule] == 0 {
				t.Errorf("no problem with rule %s:\n%s", rule, formatProblems(ps))
			}
			checkSeverities(t, ps)
			golden.Check(t, strings.TrimSuffix(file, ".json")+".golden", []byte(formatProblems(ps)))
		})
	}
}

// checkSeverities checks each problem's severity against its rule's: a
// warning of a rule of severity error only where the rule says when it
// warns, and never an error of a rule of severity warning.
func checkSeverities(t *testing.T, ps Problems) {
	t.Helper()
	for _, p := range ps {
		if r := p.Rule; p.Severity != r.Severity() && (p.Severity != SeverityWarning || r.Warns() == "") {
			t.Errorf("%v: severity %s, but rule %s is of severity %s and says no warnings", &p, p.Severity, r, r.Severity())
		}
	}
}

// ruleConstants returns the Rule constants rules.go declares.
func ruleConstants(t *testing.T) []Rule {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "rules.go", nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	var out []Rule
	for _, d := range f.Decls {
		d, ok := d.(*ast.GenDecl)
		if !ok || d.Tok != token.CONST {
			continue
		}
		for _, s := range d.Specs {
			s := s.(*ast.ValueSpec)
			if id, ok := s.Type.(*ast.Ident); !ok || id.Name != "Rule" {
				continue
			}
			for _, v := range s.Values {
				code, err := strconv.Unquote(v.(*ast.BasicLit).Value)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, Rule(code))
			}
		}
	}
	return out
}

// TestRuleTable checks the table Rules lists: the codes are unique, every
// Rule constant is in it, and every rule is documented and either checked
// by Validate or reported by an importer.
func TestRuleTable(t *testing.T) {
	rules := Rules()
	if consts := ruleConstants(t); !slices.Equal(consts, rules) {
		t.Errorf("the Rule constants of rules.go are not the rules of the table, in its order:\nconstants %v\ntable     %v", consts, rules)
	}
	seen := map[Rule]bool{}
	for i, r := range rules {
		if seen[r] {
			t.Errorf("rule %s is twice in the table", r)
		}
		seen[r] = true
		if r.Doc() == "" || strings.ContainsAny(r.Doc(), "\n") || strings.HasSuffix(r.Doc(), ".") {
			t.Errorf("rule %s: Doc %q is not one line without a final period", r, r.Doc())
		}
		if r.Description() == "" || r.Origin() == "" {
			t.Errorf("rule %s: no description or origin", r)
		}
		if r.Severity() == SeverityWarning && r.Warns() != "" {
			t.Errorf("rule %s: a rule of severity warning says when it warns", r)
		}
		checked := false
		for c, j := reflect.ValueOf(ruleTable[i].check), 0; j < c.NumField(); j++ {
			checked = checked || !c.Field(j).IsNil()
		}
		// dataset.stale is Validate's own: it runs before the walk.
		if checked == (len(r.Importers()) > 0) && r != RuleDatasetStale {
			t.Errorf("rule %s: has a check %v, is reported by importers %q: want exactly one", r, checked, r.Importers())
		}
	}
	if len(rules) < 40 {
		t.Errorf("only %d rules", len(rules))
	}
	rules[0] = "changed"
	if Rules()[0] != RuleRequired {
		t.Error("Rules returns the table itself")
	}
	var unknown Rule = "no.such-rule"
	if unknown.Severity() != SeverityError || unknown.Warns() != "" || unknown.Doc() != "" ||
		unknown.Description() != "" || unknown.Origin() != "" || unknown.Importers() != nil {
		t.Error("an unknown rule's methods do not return zero values")
	}
}

// TestEveryRuleTested checks every rule of the table: a dataset in
// testdata/invalid that breaks it, with its golden problems (see
// TestInvalidGolden), or a case in TestBuiltOnlyRules for a rule JSON input
// cannot break, or, for a rule only an importer reports, the importer's
// package (whose tests raise it); and a doc, a description and an origin
// for RULES.md.
func TestEveryRuleTested(t *testing.T) {
	rules := Rules()
	if len(rules) < 40 {
		t.Fatalf("Rules() gives only %d rules", len(rules))
	}
	seen := map[Rule]bool{}
	for _, r := range rules {
		t.Run(string(r), func(t *testing.T) {
			if seen[r] {
				t.Fatalf("rule %s is listed twice", r)
			}
			seen[r] = true
			if r.Doc() == "" || r.Description() == "" || r.Origin() == "" {
				t.Errorf("rule %s lacks a doc, description or origin", r)
			}
			_, err := os.Stat("testdata/invalid/" + string(r) + ".json")
			switch {
			case len(r.Importers()) > 0:
				if err == nil {
					t.Errorf("import rule %s has a dataset in testdata/invalid: Validate never reports it", r)
				}
			case strings.Contains(r.Description(), "Built only"):
				if !builtOnlyTested[r] {
					t.Errorf("built-only rule %s has no case in TestBuiltOnlyRules", r)
				}
			case err != nil:
				t.Errorf("rule %s has no testdata/invalid/%s.json", r, r)
			}
		})
	}
	if Rule("no.such-rule").Doc() != "" || Rule("no.such-rule").Severity() != 0 {
		t.Error("an unknown rule has a doc or a severity")
	}
}

// builtOnlyTested lists the rules TestBuiltOnlyRules breaks.
var builtOnlyTested = map[Rule]bool{RuleEnumUnknown: true, RuleNameUTF8: true, RuleDatasetStale: true, RuleIDSyntax: true, RuleTextUTF8: true}

func TestBuiltOnlyRules(t *testing.T) {
	base := func() *Dataset {
		return &Dataset{
			Sources: []Source{{ID: "src", Publisher: "P", Title: "T", Language: language.English}},
			Actors: []Actor{{ID: "cn", Kind: ActorState, Country: MustParseCountry("CN"),
				Names: names.Names{{Text: "China", Lang: language.English}}, Sources: []ID{"src"}}},
		}
	}
	tests := []struct {
		name   string
		modify func(ds *Dataset)
		want   []Problem
	}{
		{"ID not a slug", func(ds *Dataset) { ds.Actors[0].ID = "Bad_ID" },
			[]Problem{{Rule: RuleIDSyntax, Path: "actors[0].id", ID: "Bad_ID", Message: `ID "Bad_ID" is not a valid slug: upper-case letter 'B' (IDs are lower case) at byte 0`}}},
		{"ID with a line break", func(ds *Dataset) {
			ds.Sources[0].ID = "src\r\nX-INJECTED:1"
			ds.Actors[0].Sources = []ID{ds.Sources[0].ID}
		},
			[]Problem{{Rule: RuleIDSyntax, Path: "sources[0].id", ID: "src\r\nX-INJECTED:1", Message: `ID "src\r\nX-INJECTED:1" is not a valid slug: character '\r' not allowed (use a-z, 0-9 and -) at byte 3`}}},
		{"invalid UTF-8 in a note", func(ds *Dataset) { ds.Sources[0].Title = "T\xff" },
			[]Problem{{Rule: RuleTextUTF8, Path: "sources[0].title", ID: "src", Message: `"T\xff": invalid UTF-8`}}},
		{"unknown actor kind", func(ds *Dataset) { ds.Actors[0].Kind = ActorKind(200) },
			[]Problem{{Rule: RuleEnumUnknown, Path: "actors[0].kind", ID: "cn", Message: "unknown actor kind 200"}}},
		{"unknown instrument", func(ds *Dataset) {
			ds.Actors = append(ds.Actors, Actor{ID: "kh", Kind: ActorState, Country: MustParseCountry("KH"),
				Names: names.Names{{Text: "Cambodia", Lang: language.English}}, Sources: []ID{"src"}})
			ds.Agreements = []Agreement{{ID: "a", Kind: AgreementTreaty, Names: names.Names{{Text: "A", Lang: language.English}},
				Parties: []Party{{Actor: "cn"}, {Actor: "kh", Instrument: Instrument(77)}}, Sources: []ID{"src"}}}
		}, []Problem{{Rule: RuleEnumUnknown, Path: "agreements[0].parties[1].instrument", ID: "a", Message: "unknown instrument 77"}}},
		{"unknown name kind", func(ds *Dataset) { ds.Actors[0].Names[0].Kind = names.Kind(99) },
			[]Problem{{Rule: RuleEnumUnknown, Path: "actors[0].names[0].kind", ID: "cn", Message: "unknown name kind 99"}}},
		{"invalid UTF-8 in a name", func(ds *Dataset) { ds.Actors[0].Names[0].Text = "Chi\xffna" },
			[]Problem{{Rule: RuleNameUTF8, Path: "actors[0].names[0].text", ID: "cn", Message: `"Chi\xffna": invalid UTF-8`}}},
		{"unknown qualifier", func(ds *Dataset) {
			ds.Figures = []Figure{{ID: "f", Subject: "cn", Metric: "m", Value: quantity.Quantity{Value: quantity.DecimalFromInt(1), Qualifier: quantity.Qualifier(9)}, Sources: []ID{"src"}}}
		}, []Problem{{Rule: RuleEnumUnknown, Path: "figures[0].value.qualifier", ID: "f", Message: "unknown qualifier 9"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := base()
			tc.modify(ds)
			ds.Build()
			got := ds.Validate(ValidateOptions{})
			if diff := cmp.Diff(Problems(tc.want), got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	t.Run("changed after Build", func(t *testing.T) {
		ds := base()
		ds.Build()
		ds.Actors = append(ds.Actors, ds.Actors[0])
		want := Problems{
			{Rule: RuleDatasetStale, Message: "the dataset changed after Build; call Build before reading it"},
			{Rule: RuleIDDuplicate, Path: "actors[1].id", ID: "cn", Message: `ID "cn" is already used by actors[0]; IDs are unique across all kinds`},
		}
		if diff := cmp.Diff(want, ds.Validate(ValidateOptions{})); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
}

// TestValidateCases checks single rules on small built datasets, including
// the boundary between an error (certainly out of order) and a warning
// (possibly out of order).
func TestValidateCases(t *testing.T) {
	d := edtf.MustParse
	agreement := func(signed, inForce, ended string) *Dataset {
		a := Agreement{ID: "a", Kind: AgreementTreaty, Names: names.Names{{Text: "A", Lang: language.English}},
			Parties: []Party{{Actor: "cn"}}, Sources: []ID{"src"}}
		if signed != "" {
			a.Signed = d(signed)
		}
		if inForce != "" {
			a.InForce = d(inForce)
		}
		if ended != "" {
			a.Ended = d(ended)
		}
		return &Dataset{
			Sources: []Source{{ID: "src", Publisher: "P", Title: "T", Language: language.English}},
			Actors: []Actor{{ID: "cn", Kind: ActorState, Country: MustParseCountry("CN"),
				Names: names.Names{{Text: "China", Lang: language.English}}, Sources: []ID{"src"}}},
			Agreements: []Agreement{a},
		}
	}
	type rs struct {
		Rule     Rule
		Severity Severity
	}
	tests := []struct {
		name                   string
		signed, inForce, ended string
		want                   []rs
	}{
		{"in order", "2020-01-01", "2020-02-01", "2021", nil},
		{"same day", "2020-01-01", "2020-01-01", "", nil},
		{"certainly before", "2020-01-02", "2020-01-01", "", []rs{{RuleDateOrder, SeverityError}}},
		{"possibly before", "2020", "2020-03-01", "", []rs{{RuleDateOrder, SeverityWarning}}},
		{"same month", "2020-03", "2020-03", "", []rs{{RuleDateOrder, SeverityWarning}}},
		{"uncertain but ordered", "2019?", "2020", "", nil},
		{"open-ended in force", "2020-01-01", "2020-02-01/..", "", nil},
		{"ended before signature", "2020-01-01", "", "2019-12-31", []rs{{RuleDateOrder, SeverityError}}},
		{"in the future", "2027-01-01", "", "", []rs{{RuleDateFuture, SeverityError}}},
		{"maybe in the future", "2026", "", "", []rs{{RuleDateFuture, SeverityWarning}}},
		{"as of day", "2026-11-24", "", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := agreement(tc.signed, tc.inForce, tc.ended)
			var got []rs
			for _, p := range ds.Validate(ValidateOptions{AsOf: asOf}) {
				got = append(got, rs{p.Rule, p.Severity})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestProblemsErr(t *testing.T) {
	ds := decodeFile(t, "testdata/invalid/ref.unresolved.json")
	ps := ds.Validate(ValidateOptions{})
	err := ps.Err()
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != len(ps.Errors()) {
		t.Fatalf("errors.As(%v) = %v", err, ve)
	}
	var p *Problem
	if !errors.As(err, &p) || p.Rule != RuleRefUnresolved {
		t.Fatalf("errors.As found %+v", p)
	}
	if Problems(nil).Err() != nil || ps.Warnings().Err() != nil {
		t.Error("Err is not nil without errors")
	}
	if !strings.Contains(err.Error(), "more problems") {
		t.Errorf("Error() = %q", err.Error())
	}
}

// TestValidateDoesNotModify checks that validation leaves the dataset as it
// was, problems and all.
func TestValidateDoesNotModify(t *testing.T) {
	files, _ := filepath.Glob("testdata/invalid/*.json")
	for _, file := range files {
		ds := decodeFile(t, file)
		var before, after strings.Builder
		if err := ds.Encode(&before); err != nil {
			t.Fatal(err)
		}
		ds.Validate(ValidateOptions{AsOf: asOf})
		if err := ds.Encode(&after); err != nil {
			t.Fatal(err)
		}
		if before.String() != after.String() {
			t.Errorf("%s: Validate changed the dataset", file)
		}
	}
}
