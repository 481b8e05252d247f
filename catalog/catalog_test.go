package catalog

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"testing"

	cooperation "github.com/coopframe/cooperation"
)

// entity is the part of every catalog record the tests look at.
type entity map[string]json.RawMessage

func loadFile(t *testing.T, name string) []entity {
	t.Helper()
	b, err := fs.ReadFile(FS(), name)
	if err != nil {
		t.Fatal(err)
	}
	var es []entity
	if err := json.Unmarshal(b, &es); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return es
}

var kinds = []string{"sources.json", "actors.json", "initiatives.json", "events.json", "agreements.json", "figures.json"}

func loadAll(t *testing.T) map[string]entity {
	t.Helper()
	all := map[string]entity{}
	for _, f := range kinds {
		for i, e := range loadFile(t, f) {
			var id string
			if err := json.Unmarshal(e["id"], &id); err != nil {
				t.Fatalf("%s[%d].id: %v", f, i, err)
			}
			if _, err := cooperation.ParseID(id); err != nil {
				t.Errorf("%s[%d]: %v", f, i, err)
			}
			if _, dup := all[id]; dup {
				t.Errorf("%s[%d]: duplicate ID %q", f, i, id)
			}
			all[id] = e
		}
	}
	return all
}

func TestIDsAndNames(t *testing.T) {
	all := loadAll(t)
	for id, e := range all {
		raw, ok := e["names"]
		if !ok {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		var names cooperation.Names
		if err := dec.Decode(&names); err != nil {
			t.Errorf("%s.names: %v", id, err)
		}
		if len(names) == 0 {
			t.Errorf("%s: no names", id)
		}
	}
}

func TestEverythingCitesASource(t *testing.T) {
	all := loadAll(t)
	for _, f := range kinds[1:] {
		for _, e := range loadFile(t, f) {
			var v struct {
				ID      string   `json:"id"`
				Sources []string `json:"sources"`
			}
			b, _ := json.Marshal(e)
			if err := json.Unmarshal(b, &v); err != nil {
				t.Fatal(err)
			}
			if len(v.Sources) == 0 && !isBackground(v.ID) {
				t.Errorf("%s: cites no source", v.ID)
			}
			for _, s := range v.Sources {
				if _, ok := all[s]; !ok {
					t.Errorf("%s: unknown source %q", v.ID, s)
				}
			}
		}
	}
}

// isBackground reports whether id is an entity that no report names but the
// catalog holds as background (ASEAN member states not named in a report).
func isBackground(id string) bool {
	switch id {
	case "bn", "id", "ph", "tl":
		return true
	}
	return false
}

func get(t *testing.T, all map[string]entity, id string, v any) {
	t.Helper()
	e, ok := all[id]
	if !ok {
		t.Fatalf("no entity %q", id)
	}
	b, _ := json.Marshal(e)
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", id, err)
	}
}

func TestKeyFacts(t *testing.T) {
	all := loadAll(t)
	type rec struct {
		Date         string            `json:"date"`
		Signed       string            `json:"signed"`
		Time         string            `json:"time"`
		UTCOffset    string            `json:"utc_offset"`
		Inferred     bool              `json:"inferred"`
		Parties      []string          `json:"parties"`
		Parent       string            `json:"parent"`
		Supersedes   string            `json:"supersedes"`
		SupersededBy string            `json:"superseded_by"`
		Founded      string            `json:"founded"`
		Sources      []string          `json:"sources"`
		Quantities   []json.RawMessage `json:"quantities"`
		Outcomes     []struct {
			By     string `json:"by"`
			Kind   string `json:"kind"`
			Period string `json:"period"`
			Ref    string `json:"ref"`
		} `json:"outcomes"`
	}
	tests := []struct {
		name   string
		id     string
		source string
		check  func(r rec) bool
	}{
		{"Laos-CAC MoU signed 2015-09-13", "laos-cac-mou-2015", "xinhua-2015-09-15", func(r rec) bool {
			return r.Signed == "2015-09-13" && len(r.Parties) == 2 && r.Parties[0] == "la-mpt" && r.Parties[1] == "cac"
		}},
		{"forum 13-14 Sept 2015 part of CAEXPO", "china-asean-information-harbor-forum-2015", "xinhua-2015-09-15", func(r rec) bool {
			return r.Date == "2015-09-13/2015-09-14" && r.Parent == "china-asean-expo"
		}},
		{"9 July meeting: uncertain year, inferred", "idcpc-yunnan-mandalay-meeting-2020", "mna-2020-07-10", func(r rec) bool {
			return r.Date == "2020?-07-09" && r.Inferred && r.Time == "13:30" && r.UTCOffset == "+06:30"
		}},
		{"EMM 13 part of AEM 53", "clmv-emm-13", "moit-2021-09-20", func(r rec) bool {
			return r.Date == "2021-09-10" && r.Parent == "aem-53"
		}},
		{"Vietnam CLMV coordinator 2022", "clmv-emm-13", "moit-2021-09-20", func(r rec) bool {
			for _, o := range r.Outcomes {
				if o.Kind == "role" && o.By == "vn" && o.Period == "2022" {
					return true
				}
			}
			return false
		}},
		{"CLMV plan succession", "clmv-ecap-2021-2022", "moit-2021-09-20", func(r rec) bool {
			return r.Supersedes == "clmv-ecap-2019-2020"
		}},
		{"association launched 2024-11-04", "cccc-digital-economy-association", "xinhua-2024-11-05", func(r rec) bool {
			return r.Founded == "2024-11-04"
		}},
		{"association launched at the 2024 forum", "china-cambodia-digital-economy-forum-2024", "xinhua-2024-11-05", func(r rec) bool {
			for _, o := range r.Outcomes {
				if o.Kind == "launch" && o.Ref == "cccc-digital-economy-association" {
					return r.Date == "2024-11-04"
				}
			}
			return false
		}},
		{"VN-KH session 8 Nov, year inferred", "vn-kh-ict-working-session-2022", "vna-2022-11-08", func(r rec) bool {
			return r.Date == "2022?-11-08" && r.Inferred && r.Parent == "pham-minh-chinh-cambodia-visit-2022"
		}},
		{"34 projects worth 20.9 billion CNY (3.3 billion USD)", "nanning-information-center", "xinhua-2015-09-15", func(r rec) bool {
			want := []string{`{"what":"projects","value":"34","unit":"1"}`, `{"what":"value","value":"20.9e9","unit":"CNY"}`, `{"what":"value","value":"3.3e9","unit":"USD","equivalent":true}`}
			if len(r.Quantities) != len(want) {
				return false
			}
			for i, q := range r.Quantities {
				var buf bytes.Buffer
				if json.Compact(&buf, q) != nil || buf.String() != want[i] {
					return false
				}
			}
			return true
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r rec
			get(t, all, tc.id, &r)
			if !tc.check(r) {
				t.Errorf("%s: fact not held as expected: %s", tc.id, all[tc.id]["id"])
			}
			cited := false
			for _, s := range r.Sources {
				cited = cited || s == tc.source
			}
			if !cited {
				t.Errorf("%s does not cite %s", tc.id, tc.source)
			}
		})
	}
}

// refKeys are the fields whose string values (or lists of strings) are IDs
// of other catalog entities.
var refKeys = map[string]bool{
	"parent": true, "org": true, "owner": true, "ref": true, "refs": true, "location": true, "host": true,
	"organiser": true, "organisers": true, "subject": true, "stated_by": true, "event": true, "initiative": true,
	"place": true, "superseded_by": true, "supersedes": true, "announced_by": true, "delivered_by": true,
	"visitor": true, "country": true, "participants": true, "speakers": true, "lead": true, "related": true,
	"components": true, "members": true, "parties": true, "sources": true, "figures": true,
}

func TestReferencesResolve(t *testing.T) {
	all := loadAll(t)
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if refKeys[k] {
					var ids []any
					switch x := x.(type) {
					case string:
						ids = []any{x}
					case []any:
						ids = x
					}
					for _, id := range ids {
						if s, ok := id.(string); ok {
							if _, ok := all[s]; !ok {
								t.Errorf("%s.%s: unknown ID %q", path, k, s)
							}
						}
					}
				}
				walk(path+"."+k, x)
			}
		case []any:
			for _, x := range v {
				walk(path, x)
			}
		}
	}
	for id, e := range all {
		b, _ := json.Marshal(e)
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		walk(id, v)
	}
}
