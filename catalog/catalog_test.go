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
