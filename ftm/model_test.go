package ftm_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/coopframe/cooperation/ftm"
)

// modelPath is FollowTheMoney's compiled model, beside the checkout.
const modelPath = "../../shared/data/ftm-model/defaultModel.json"

// model is the part of FtM's defaultModel.json the checker reads.
type model struct {
	Schemata map[string]*schemaDef `json:"schemata"`
	Types    map[string]struct {
		MaxLength int               `json:"maxLength"`
		Values    map[string]string `json:"values"`
	} `json:"types"`
}

type schemaDef struct {
	Abstract   bool               `json:"abstract"`
	Extends    []string           `json:"extends"`
	Required   []string           `json:"required"`
	Properties map[string]propDef `json:"properties"`
}

type propDef struct {
	Type  string `json:"type"`
	Range string `json:"range"`
	Stub  bool   `json:"stub"`
}

var loadModel = sync.OnceValues(func() (*model, error) {
	b, err := os.ReadFile(modelPath)
	if err != nil {
		return nil, err
	}
	var m model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	return &m, nil
})

// ftmModel returns the model, skipping the test when the file is absent.
func ftmModel(t testing.TB) *model {
	t.Helper()
	m, err := loadModel()
	if err != nil {
		t.Skipf("FtM model not found (%v): this test needs ../shared/data/ftm-model beside the checkout", err)
	}
	return m
}

// prop finds property p in schema s or a schema it extends.
func (m *model) prop(s, p string) (propDef, bool) {
	d := m.Schemata[s]
	if d == nil {
		return propDef{}, false
	}
	if v, ok := d.Properties[p]; ok {
		return v, true
	}
	for _, e := range d.Extends {
		if v, ok := m.prop(e, p); ok {
			return v, true
		}
	}
	return propDef{}, false
}

// isA reports whether schema s is schema r or extends it.
func (m *model) isA(s, r string) bool {
	if s == r {
		return true
	}
	d := m.Schemata[s]
	if d == nil {
		return false
	}
	for _, e := range d.Extends {
		if m.isA(e, r) {
			return true
		}
	}
	return false
}

// ftmDateRE is FtM's date type: an ISO 8601 prefix, in UTC.
var ftmDateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$`)

// validDate checks a date's syntax and that its fields exist (no 13th
// month or 30 February), by parsing it with the layout of its length.
func validDate(s string) bool {
	if !ftmDateRE.MatchString(s) {
		return false
	}
	layouts := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02", 13: "2006-01-02T15", 16: "2006-01-02T15:04", 19: "2006-01-02T15:04:05"}
	_, err := time.Parse(layouts[len(s)], s)
	return err == nil && s[:4] != "0000"
}

// check returns every problem of es against the model: the schema exists
// and is not abstract, the schema's required properties are there (as
// the compiled model lists them for that schema), each property belongs
// to the schema or one it extends and is not a reverse stub, each value
// fits its type (dates, countries, languages, topics, URLs, lengths) and
// each entity reference points to an entity of es whose schema fits the
// property's range.
func (m *model) check(es []ftm.Entity) []string {
	var ps []string
	bad := func(e ftm.Entity, f string, args ...any) {
		ps = append(ps, fmt.Sprintf("%s (%s): ", e.ID, e.Schema)+fmt.Sprintf(f, args...))
	}
	byID := map[string]string{}
	for _, e := range es {
		if e.ID == "" || utf8.RuneCountInString(e.ID) > m.Types["entity"].MaxLength {
			bad(e, "ID empty or longer than %d", m.Types["entity"].MaxLength)
		}
		if _, dup := byID[e.ID]; dup {
			bad(e, "ID given twice")
		}
		byID[e.ID] = e.Schema
	}
	for _, e := range es {
		d := m.Schemata[e.Schema]
		switch {
		case d == nil:
			bad(e, "no such schema")
			continue
		case d.Abstract:
			bad(e, "abstract schema")
		}
		for _, r := range d.Required {
			if len(e.Properties[r]) == 0 {
				bad(e, "required property %s missing", r)
			}
		}
		for p, vs := range e.Properties {
			pd, ok := m.prop(e.Schema, p)
			switch {
			case !ok:
				bad(e, "property %s not in the schema or those it extends", p)
				continue
			case pd.Stub:
				bad(e, "property %s is a reverse stub", p)
			case len(vs) == 0:
				bad(e, "property %s without values", p)
			}
			typ := m.Types[pd.Type]
			for _, v := range vs {
				// FtM's maxLength counts characters (Python's len).
				if v == "" || utf8.RuneCountInString(v) > typ.MaxLength {
					bad(e, "%s: value %q empty or longer than %d", p, v, typ.MaxLength)
				}
				switch pd.Type {
				case "date":
					if !validDate(v) {
						bad(e, "%s: %q is not an FtM date", p, v)
					}
				case "country", "language", "topic", "gender":
					if _, ok := typ.Values[v]; !ok {
						bad(e, "%s: %q is not a value of type %s", p, v, pd.Type)
					}
				case "url":
					if u, err := url.Parse(v); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
						bad(e, "%s: %q is not an absolute http(s) URL", p, v)
					}
				case "entity":
					s, ok := byID[v]
					switch {
					case !ok:
						bad(e, "%s: %q is not an exported entity", p, v)
					case pd.Range != "" && !m.isA(s, pd.Range):
						bad(e, "%s: %q is a %s, not a %s", p, v, s, pd.Range)
					}
				}
			}
		}
	}
	return ps
}

// checkAll fails t with the first problems of es.
func checkAll(t *testing.T, es []ftm.Entity) {
	t.Helper()
	ps := ftmModel(t).check(es)
	for i, p := range ps {
		if i == 20 {
			t.Errorf("... and %d more", len(ps)-20)
			break
		}
		t.Error(p)
	}
}

// TestChecker makes sure the checker finds what it is meant to find.
func TestChecker(t *testing.T) {
	m := ftmModel(t)
	ok := ftm.Entity{ID: "p", Schema: "Person", Properties: map[string][]string{"name": {"A"}}}
	org := ftm.Entity{ID: "o", Schema: "Organization", Properties: map[string][]string{"name": {"O"}}}
	tests := []struct {
		name string
		e    ftm.Entity
	}{
		{"unknown schema", ftm.Entity{ID: "x", Schema: "Country", Properties: map[string][]string{"name": {"A"}}}},
		{"abstract", ftm.Entity{ID: "x", Schema: "Thing", Properties: map[string][]string{"name": {"A"}}}},
		{"required", ftm.Entity{ID: "x", Schema: "Membership", Properties: map[string][]string{"member": {"p"}}}},
		{"foreign property", ftm.Entity{ID: "x", Schema: "Person", Properties: map[string][]string{"name": {"A"}, "member": {"p"}}}},
		{"stub", ftm.Entity{ID: "x", Schema: "Organization", Properties: map[string][]string{"name": {"A"}, "membershipOrganization": {"p"}}}},
		{"date", ftm.Entity{ID: "x", Schema: "Person", Properties: map[string][]string{"name": {"A"}, "birthDate": {"2019-02-30"}}}},
		{"date range", ftm.Entity{ID: "x", Schema: "Person", Properties: map[string][]string{"name": {"A"}, "birthDate": {"2019/2020"}}}},
		{"country", ftm.Entity{ID: "x", Schema: "Person", Properties: map[string][]string{"name": {"A"}, "country": {"KH"}}}},
		{"language", ftm.Entity{ID: "x", Schema: "Article", Properties: map[string][]string{"language": {"en"}}}},
		{"url", ftm.Entity{ID: "x", Schema: "Article", Properties: map[string][]string{"sourceUrl": {"example.org/a"}}}},
		{"dangling", ftm.Entity{ID: "x", Schema: "Membership", Properties: map[string][]string{"member": {"p"}, "organization": {"nowhere"}}}},
		{"range", ftm.Entity{ID: "x", Schema: "Membership", Properties: map[string][]string{"member": {"o"}, "organization": {"p"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if ps := m.check([]ftm.Entity{ok, org, tc.e}); len(ps) == 0 {
				t.Errorf("no problem found in %+v", tc.e)
			}
		})
	}
	if ps := m.check([]ftm.Entity{ok, org}); len(ps) != 0 {
		t.Errorf("problems in valid entities: %v", ps)
	}
}
