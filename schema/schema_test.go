package schema_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/huggo"
)

const python = "/usr/bin/python3"

// verdict is what testdata/validate.py says of one file.
type verdict struct {
	status string // "valid", "invalid" or "notjson"
	detail string
}

// validateFiles runs testdata/validate.py, a draft 2020-12 validator
// (python3-jsonschema), with the embedded schema on the files, skipping
// the test when Python or its jsonschema module is missing.
func validateFiles(t *testing.T, files []string) map[string]verdict {
	t.Helper()
	if _, err := os.Stat(python); err != nil {
		t.Skipf("%s not found: this test needs Python 3 with python3-jsonschema", python)
	}
	cmd := exec.Command(python, append([]string{"testdata/validate.py", "cooperation-v1.schema.json"}, files...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee) && ee.ExitCode() == 3:
		t.Skipf("python3-jsonschema is missing (apt-get install python3-jsonschema): %s", stderr.String())
	case err != nil:
		t.Fatalf("validate.py: %v\n%s", err, stderr.String())
	}
	out := map[string]verdict{}
	for line := range strings.Lines(stdout.String()) {
		f := strings.SplitN(strings.TrimSuffix(line, "\n"), "\t", 3)
		v := verdict{status: f[1]}
		if len(f) == 3 {
			v.detail = f[2]
		}
		out[f[0]] = v
	}
	return out
}

// TestValidFiles checks that every file Decode accepts among the test
// files passes the schema: valid.json, the layers, the catalog, the
// invalid corpus (whose files break validation rules, not the shape), the
// hostile files Decode accepts, and a HUGGO import as Encode writes it.
func TestValidFiles(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../testdata/valid.json", "../testdata/layer/*.json", "../catalog/catalog.json",
		"../testdata/invalid/*.json", "../testdata/hostile/*.json"} {
		m, err := filepath.Glob(pattern)
		if err != nil || len(m) == 0 {
			t.Fatalf("no files match %s", pattern)
		}
		files = append(files, m...)
	}
	var accepted []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// A layer names the catalog's entities, but its shape alone is
		// what the schema checks: decode it on its own.
		if _, err := cooperation.Decode(bytes.NewReader(b), cooperation.DecodeOptions{}); err != nil {
			if !strings.Contains(f, "hostile") {
				t.Errorf("%s: Decode: %v", f, err)
			}
			continue
		}
		accepted = append(accepted, f)
	}
	const huggoDir = "../../shared/data/huggo-agreements"
	if res, err := huggo.Load(os.DirFS(huggoDir)); err == nil {
		path := filepath.Join(t.TempDir(), "huggo.json")
		var buf bytes.Buffer
		if err := res.Dataset.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		accepted = append(accepted, path)
	} else {
		t.Logf("HUGGO data not found (%v): the HUGGO case needs ../shared/data/huggo-agreements beside the checkout", err)
	}
	got := validateFiles(t, accepted)
	for _, f := range accepted {
		t.Run(filepath.Base(f), func(t *testing.T) {
			if v := got[f]; v.status != "valid" {
				t.Errorf("%s: %s %s", f, v.status, v.detail)
			}
		})
	}
}

// doc returns a document with the format tag and the members given.
func doc(members string) string {
	if members == "" {
		return `{"format": "cooperation/v1"}`
	}
	return `{"format": "cooperation/v1", ` + members + `}`
}

// actor returns a document with one actor of the fields given.
func actor(fields string) string {
	return doc(`"actors": [{"id": "a", "kind": "state", "names": [{"text": "A", "lang": "en"}], ` + fields + `}]`)
}

// rejected are inputs Decode rejects for their shape, each of which the
// schema must reject too.
var rejected = []struct{ name, in string }{
	{"not an object", `[]`},
	{"missing format", `{"actors": []}`},
	{"other format", `{"format": "cooperation/v2"}`},
	{"format not a string", `{"format": 1}`},
	{"unknown top-level field", doc(`"people": []`)},
	{"array not an array", doc(`"actors": {}`)},
	{"unknown field", actor(`"nickname": "x"`)},
	{"unknown field in a nested object", actor(`"memberships": [{"group": "g", "boss": true}]`)},
	{"field in another case", doc(`"actors": [{"ID": "a"}]`)},
	{"wrong type: string for array", doc(`"actors": [{"id": "a", "names": "A"}]`)},
	{"wrong type: string for integer", doc(`"events": [{"id": "e", "ordinal": "13"}]`)},
	{"wrong type: fraction for integer", doc(`"events": [{"id": "e", "ordinal": 1.5}]`)},
	{"wrong type: string for boolean", doc(`"events": [{"id": "e", "online": "yes"}]`)},
	{"wrong type: number for date", doc(`"events": [{"id": "e", "date": 2021}]`)},
	{"wrong type: object for ID", actor(`"part_of": {"id": "b"}`)},
	{"bad enum name", doc(`"actors": [{"id": "a", "kind": "State"}]`)},
	{"bad enum name, nested", actor(`"memberships": [{"group": "g", "role": "boss"}]`)},
	{"bad name kind", doc(`"actors": [{"id": "a", "names": [{"text": "A", "lang": "en", "kind": "nickname"}]}]`)},
	{"bad qualifier", doc(`"figures": [{"id": "f", "value": {"value": "1", "qualifier": "roughly"}}]`)},
	{"number for a decimal", doc(`"figures": [{"id": "f", "value": {"value": 20.9}}]`)},
	{"decimal syntax", doc(`"figures": [{"id": "f", "value": {"value": "twenty"}}]`)},
	{"empty decimal", doc(`"figures": [{"id": "f", "value": {"value": ""}}]`)},
	{"number for an equivalent's decimal", doc(`"initiatives": [{"id": "i", "amounts": [{"value": "1", "equivalents": [{"value": 2}]}]}]`)},
	{"ID with a space", doc(`"actors": [{"id": "Bad ID"}]`)},
	{"ID upper case", doc(`"actors": [{"id": "Cn"}]`)},
	{"ID two hyphens", actor(`"part_of": "a--b"`)},
	{"ID trailing hyphen", actor(`"sources": ["src-"]`)},
	{"ID too long", doc(`"actors": [{"id": "` + strings.Repeat("a", 129) + `"}]`)},
	{"declared sector not a slug", doc(`"sectors": ["Water"]`)},
	{"declared sector empty", doc(`"sectors": [""]`)},
	{"country lower case", actor(`"country": "kh"`)},
	{"country alpha-3", actor(`"country": "KHM"`)},
	{"subdivision syntax", actor(`"subdivision": "CNYN"`)},
	{"empty language tag", doc(`"sources": [{"id": "s", "language": ""}]`)},
	{"language tag syntax", doc(`"sources": [{"id": "s", "language": "en US"}]`)},
	{"language tag not a string", doc(`"sources": [{"id": "s", "language": 1}]`)},
	{"clock hour", doc(`"events": [{"id": "e", "time": "25:00Z"}]`)},
	{"clock without offset", doc(`"events": [{"id": "e", "time": "13:30"}]`)},
	{"clock offset beyond 14:00", doc(`"events": [{"id": "e", "time": "13:30+14:30"}]`)},
	{"claim sources not an array", doc(`"events": [{"id": "e", "claims": [{"field": "date", "value": "2020", "sources": "s"}]}]`)},
}

// TestRejected checks that the schema rejects every input of rejected,
// and that Decode does.
func TestRejected(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, tc := range rejected {
		f := filepath.Join(dir, strconv.Itoa(i)+".json")
		if err := os.WriteFile(f, []byte(tc.in), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	got := validateFiles(t, files)
	for i, tc := range rejected {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := cooperation.Decode(strings.NewReader(tc.in), cooperation.DecodeOptions{}); err == nil {
				t.Errorf("Decode accepts %s", tc.in)
			}
			if v := got[files[i]]; v.status != "invalid" {
				t.Errorf("schema: %s %s, want invalid, for %s", v.status, v.detail, tc.in)
			} else {
				t.Logf("schema: %s", v.detail)
			}
		})
	}
}

// beyond are inputs Decode rejects that JSON Schema cannot: the schema
// sees a parsed value, and some of what Decode checks is below it (bytes,
// escapes, repeated names) or needs a table or a grammar. Each is checked
// to be what it says, so that the list in the package doc stays true.
var beyond = []struct {
	name, in string
	status   string // what the validator says: "valid", or "notjson" for input Python's JSON parser refuses first
}{
	{"member name given twice", `{"format": "cooperation/v1", "actors": [{"id": "a", "id": "b"}]}`, "valid"},
	{"top-level member given twice", `{"format": "cooperation/v1", "actors": [], "actors": []}`, "valid"},
	{"invalid UTF-8", "{\"format\": \"cooperation/v1\", \"sources\": [{\"id\": \"s\", \"title\": \"\xff\"}]}", "notjson"},
	{"lone surrogate escape", `{"format": "cooperation/v1", "sources": [{"id": "s", "title": "\ud800"}]}`, "valid"},
	{"data after the object", `{"format": "cooperation/v1"} {}`, "notjson"},
	{"EDTF grammar", doc(`"events": [{"id": "e", "date": "2021-02-29"}]`), "valid"},
	{"language tag x/text does not know", doc(`"sources": [{"id": "s", "language": "zz-Latn"}]`), "valid"},
	{"integer in exponent form", doc(`"events": [{"id": "e", "ordinal": 1e1}]`), "valid"},
}

// TestBeyondSchema checks the inputs JSON Schema cannot reject: Decode
// rejects each and the schema does not, as the package doc says.
func TestBeyondSchema(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, tc := range beyond {
		f := filepath.Join(dir, strconv.Itoa(i)+".json")
		if err := os.WriteFile(f, []byte(tc.in), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	got := validateFiles(t, files)
	for i, tc := range beyond {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := cooperation.Decode(strings.NewReader(tc.in), cooperation.DecodeOptions{}); err == nil {
				t.Errorf("Decode accepts %q", tc.in)
			}
			if v := got[files[i]]; v.status != tc.status {
				t.Errorf("validator: %s %s, want %s: the schema now catches it; move it to rejected and the package doc", v.status, v.detail, tc.status)
			}
		})
	}
}
