package cooperation

import (
	"bytes"
	"encoding/json"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
)

func TestDecodeErrors(t *testing.T) {
	const head = `{"format":"cooperation/v1",` + "\n"
	tests := []struct {
		name  string
		in    string
		line  int
		col   int
		path  string
		field string
		is    error       // errors.Is target, or nil
		as    func() bool // set by the case to check errors.As
		msg   string      // substring of the message
	}{
		{name: "syntax", in: head + `"actors":[{"id":"x",}]}`, line: 2, col: 21, path: "actors[0]", msg: "invalid character '}'"},
		{name: "unknown field in entity", in: head + `"actors":[{"id":"x",` + "\n" + `"bogus":1}]}`, line: 3, col: 1, path: "actors[0]", msg: `unknown field "bogus"`},
		{name: "unknown top-level field", in: head + `"people":[]}`, line: 2, col: 1, field: "people", msg: `unknown field "people"`},
		{name: "repeated top-level field", in: head + `"actors":[],` + "\n" + `"actors":[]}`, line: 3, col: 1, field: "actors", msg: "given twice"},
		{name: "unknown enum", in: head + `"actors":[{"id":"a"},{"id":"x",` + "\n" + `  "kind":"planet"}]}`, line: 3, col: 10, path: "actors[1]", msg: `invalid ActorKind "planet"`},
		{name: "bad date", in: head + `"agreements":[{"id":"x","signed":"2021-13-01"}]}`, line: 2, col: 34, path: "agreements[0]", msg: "month 13"},
		{name: "bad country", in: head + `"actors":[{"id":"x","country":"khm"}]}`, line: 2, col: 31, path: "actors[0]", msg: `want the upper-case alpha-2 code "KH"`},
		{name: "bad decimal", in: head + `"figures":[{"id":"f","value":{"value":"1,5"}}]}`, line: 2, col: 39, path: "figures[0]", msg: "invalid decimal"},
		{name: "bad clock", in: head + `"events":[{"id":"e","time":"25:00Z"}]}`, line: 2, col: 28, path: "events[0]", msg: "invalid Clock"},
		{name: "bad subdivision", in: head + `"actors":[{"id":"x","subdivision":"CN-ZZ"}]}`, line: 2, col: 35, path: "actors[0]", msg: "CN-ZZ"},
		{name: "wrong type", in: head + `"events":[{"id":"e",` + "\n" + `"ordinal":"first"}]}`, line: 3, col: 1, path: "events[0]", field: "ordinal", msg: "ordinal: want a whole number, found a string"},
		{name: "bad sector", in: head + `"sectors":["space",` + "\n" + `"Space"]}`, line: 3, col: 1, path: "sectors[1]", msg: `invalid Sector "Space"`},
		{name: "invalid UTF-8", in: head + "\"actors\":[{\"id\":\"x\",\"note\":\"caf\xe9\"}]}", line: 2, col: 32, path: "actors[0]", is: ErrInvalidUTF8},
		{name: "trailing data", in: head + `"actors":[]}` + "\n{}", line: 3, col: 1, msg: "data after"},
		{name: "missing format", in: `{"actors":[]}`, line: 1, col: 1, field: "format", is: ErrFormat},
		{name: "other format", in: `{"format":"cooperation/v2"}`, line: 1, col: 1, field: "format", is: ErrFormat},
		{name: "not an object", in: `[1,2]`, line: 1, col: 1, msg: "top-level object"},
		{name: "array expected", in: head + `"actors":{}}`, line: 2, col: 10, msg: "actors array"},
		{name: "truncated", in: head + `"actors":[{"id":"x"`, line: 2, col: 20, path: "actors[0]", msg: "unexpected EOF"},
		{name: "empty", in: ``, line: 1, col: 1, msg: "unexpected EOF"},
		{name: "bad ID", in: head + `"actors":[{"kind":"state",` + "\n" + `"id":"Bad_ID"}]}`, line: 3, col: 6, path: "actors[0]", msg: `invalid ID "Bad_ID"`},
		{name: "line break in a reference", in: head + `"actors":[{"id":"a","part_of":"b\r\nX:1"}]}`, line: 2, col: 31, path: "actors[0]", msg: `invalid ID "b\r\nX:1"`},
		{name: "repeated field", in: head + `"actors":[{"id":"a",` + "\n" + `"id":"b"}]}`, line: 3, col: 1, path: "actors[0]", msg: `field "id" given twice`},
		{name: "repeated field deep", in: head + `"actors":[{"id":"a","names":[{"text":"A",` + "\n" + `"lang":"en","text":"B"}]}]}`, line: 3, col: 13, path: "actors[0]", msg: `field "text" given twice`},
		{name: "repeated field escaped", in: head + `"actors":[{"id":"a",` + "\n" + `"\u0069d":"b"}]}`, line: 3, col: 1, path: "actors[0]", msg: `field "id" given twice`},
		{name: "case-variant field", in: head + `"actors":[{` + "\n" + `"ID":"a"}]}`, line: 3, col: 1, path: "actors[0]", msg: `unknown field "ID" (field names are case-sensitive: "id")`},
		{name: "case-variant field deep", in: head + `"events":[{"id":"e","names":[{` + "\n" + `"Text":"E"}]}]}`, line: 3, col: 1, path: "events[0]", msg: `unknown field "Text" (field names are case-sensitive: "text")`},
		{name: "Kelvin sign", in: head + `"actors":[{"id":"a",` + "\n" + `"\u212Aind":"state"}]}`, line: 3, col: 1, path: "actors[0]", msg: "unknown field \"\u212aind\""},
		{name: "case-variant pair", in: head + `"actors":[{"id":"a",` + "\n" + `"Id":"b"}]}`, line: 3, col: 1, path: "actors[0]", msg: `fields "id" and "Id" differ only in case`},
	}
	readers := map[string]func(string) io.Reader{
		"whole":    func(s string) io.Reader { return strings.NewReader(s) },
		"one byte": func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
		"halves":   func(s string) io.Reader { return iotest.HalfReader(strings.NewReader(s)) },
	}
	for _, tc := range tests {
		for rname, reader := range readers {
			t.Run(tc.name+"/"+rname, func(t *testing.T) {
				_, err := Decode(reader(tc.in), DecodeOptions{})
				var de *DecodeError
				if !errors.As(err, &de) {
					t.Fatalf("error %v is not a *DecodeError", err)
				}
				type pos struct {
					Line, Col   int
					Path, Field string
				}
				if diff := cmp.Diff(pos{tc.line, tc.col, tc.path, tc.field}, pos{de.Line, de.Column, de.Path, de.Field}); diff != "" {
					t.Errorf("%v: position (-want +got):\n%s", err, diff)
				}
				if tc.is != nil && !errors.Is(err, tc.is) {
					t.Errorf("errors.Is(%v, %v) = false", err, tc.is)
				}
				if !strings.Contains(err.Error(), tc.msg) {
					t.Errorf("error %q does not mention %q", err, tc.msg)
				}
			})
		}
	}
}

// TestDecodeStreams checks that Decode gives the same dataset whatever
// sizes the reader hands the bytes in, that invalid UTF-8 outside the
// entities is caught too, and that a failing reader's error comes through.
func TestDecodeStreams(t *testing.T) {
	data, err := os.ReadFile("catalog/catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := Decode(bytes.NewReader(data), DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]io.Reader{
		"one byte": iotest.OneByteReader(bytes.NewReader(data)),
		"halves":   iotest.HalfReader(bytes.NewReader(data)),
		"data+EOF": iotest.DataErrReader(bytes.NewReader(data)),
	} {
		t.Run(name, func(t *testing.T) {
			got, err := Decode(r, DecodeOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, datasetOpts...); diff != "" {
				t.Errorf("differs (-whole +streamed):\n%s", diff)
			}
		})
	}
	for _, tc := range []struct{ name, in string }{
		{"in the format", "{\"format\":\"cooperation/v1\xff\"}"},
		{"in a top-level field name", "{\"format\":\"cooperation/v1\",\"actors\":[],\"x\xff\":1}"},
	} {
		t.Run("invalid UTF-8 "+tc.name, func(t *testing.T) {
			if _, err := Decode(strings.NewReader(tc.in), DecodeOptions{}); !errors.Is(err, ErrInvalidUTF8) {
				t.Errorf("%q: %v, want invalid UTF-8", tc.in, err)
			}
		})
	}
	boom := errors.New("boom")
	_, err = Decode(io.MultiReader(strings.NewReader(`{"format":"cooperation/v1","actors":[`), iotest.ErrReader(boom)), DecodeOptions{})
	if !errors.Is(err, boom) {
		t.Errorf("reader error: %v", err)
	}
}

// TestDecodeTypeErrors checks that a JSON value of the wrong type is
// reported in JSON's terms (the field with its indexes, the JSON value
// wanted and the one found) and not in Go's, where it is, and that the
// *json.UnmarshalTypeError is still inside.
func TestDecodeTypeErrors(t *testing.T) {
	const head = `{"format":"cooperation/v1",` + "\n"
	tests := []struct {
		name      string
		in        string
		line, col int
		path      string
		field     string
		msg       string // the whole message after the position
	}{
		{"number for a decimal", head + `"initiatives":[{"id":"i",` + "\n" + `"counts":[{"value":"34"},{"value":20.9e9}]}]}`, 3, 27, "initiatives[0]", "counts[1].value",
			`counts[1].value: want a decimal as a JSON string such as "20.9e9", found a number`},
		{"number for a decimal in a figure", head + `"figures":[{"id":"f","value":{"value":5}}]}`, 2, 31, "figures[0]", "value.value",
			`value.value: want a decimal as a JSON string such as "20.9e9", found a number`},
		{"string for a number", head + `"events":[{"id":"e","ordinal":"13th"}]}`, 2, 21, "events[0]", "ordinal",
			"ordinal: want a whole number, found a string"},
		{"fraction for a whole number", head + `"events":[{"id":"e","ordinal":1.5}]}`, 2, 21, "events[0]", "ordinal",
			"ordinal: want a whole number, found the number 1.5"},
		{"string for a boolean", head + `"events":[{"id":"e","online":"yes"}]}`, 2, 21, "events[0]", "online",
			"online: want true or false, found a string"},
		{"object for an array", head + `"actors":[{"id":"a","names":{"text":"A"}}]}`, 2, 21, "actors[0]", "names",
			"names: want a JSON array, found an object"},
		{"string for an array", head + `"actors":[{"id":"a","sources":"src"}]}`, 2, 21, "actors[0]", "sources",
			"sources: want a JSON array, found a string"},
		{"number for a string inside an array", head + `"actors":[{"id":"a","names":[{"text":"A"},{"text":5}]}]}`, 2, 44, "actors[0]", "names[1].text",
			"names[1].text: want a JSON string, found a number"},
		{"number for an enum", head + `"actors":[{"id":"a","kind":1}]}`, 2, 21, "actors[0]", "kind",
			`kind: want a name as a JSON string such as "state", found a number`},
		{"number for a date", head + `"events":[{"id":"e","date":2021}]}`, 2, 21, "events[0]", "date",
			`date: want an EDTF date as a JSON string such as "2021-09-10", found a number`},
		{"boolean for an ID", head + `"actors":[{"id":true}]}`, 2, 12, "actors[0]", "id",
			`id: want an ID as a JSON string such as "kh-mptc", found a boolean`},
		{"number for an entity", head + `"actors":[{"id":"a"},7]}`, 2, 22, "actors[1]", "",
			"want a JSON object, found a number"},
		{"number for the format", `{"format":5}`, 1, 11, "", "format",
			"format: want a JSON string, found a number"},
		{"number for a sector", head + `"sectors":["space",5]}`, 2, 20, "sectors[1]", "",
			"want a JSON string, found a number"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(tc.in), DecodeOptions{})
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("%v is not a *DecodeError", err)
			}
			type got struct {
				Line, Col        int
				Path, Field, Msg string
				UnmarshalTypeErr bool
				GoTypeInMessage  bool
			}
			var te *json.UnmarshalTypeError
			g := got{de.Line, de.Column, de.Path, de.Field, de.Err.Error(), errors.As(err, &te),
				strings.Contains(err.Error(), "Go ") || strings.Contains(err.Error(), "unmarshal")}
			if diff := cmp.Diff(got{tc.line, tc.col, tc.path, tc.field, tc.msg, true, false}, g); diff != "" {
				t.Errorf("%v (-want +got):\n%s", err, diff)
			}
			if strings.Count(err.Error(), tc.msg) != 1 || tc.field != "" && strings.Count(err.Error(), tc.field+":") != 1 {
				t.Errorf("%q says the field or the message other than once", err)
			}
		})
	}
}

func TestDecodeTypedCauses(t *testing.T) {
	head := `{"format":"cooperation/v1",`
	_, err := Decode(strings.NewReader(head+`"actors":[{"kind":"planet"}]}`), DecodeOptions{})
	var ee *ParseError
	if !errors.As(err, &ee) || ee.Input != "planet" || ee.Type != "ActorKind" {
		t.Errorf("ParseError: %v", err)
	}
	_, err = Decode(strings.NewReader(head+`"events":[{"date":"2021-02-29"}]}`), DecodeOptions{})
	var pe *edtf.ParseError
	if !errors.As(err, &pe) || pe.Input != "2021-02-29" {
		t.Errorf("edtf.ParseError: %v", err)
	}
}

func TestDecodeSizeLimit(t *testing.T) {
	in := `{"format":"cooperation/v1","actors":[]}`
	if _, err := Decode(strings.NewReader(in), DecodeOptions{MaxBytes: int64(len(in))}); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
	_, err := Decode(strings.NewReader(in), DecodeOptions{MaxBytes: int64(len(in)) - 1})
	var de *DecodeError
	if !errors.Is(err, ErrTooLarge) || !errors.As(err, &de) || de.Offset != int64(len(in))-1 {
		t.Fatalf("over the limit: %v", err)
	}
	// Three entities of two kinds, and a declared sector.
	in = `{"format":"cooperation/v1","sectors":["space"],"actors":[{},{}],` + "\n" + `"events":[{}]}`
	if _, err := Decode(strings.NewReader(in), DecodeOptions{MaxEntities: 4}); err != nil {
		t.Fatalf("at the entity limit: %v", err)
	}
	_, err = Decode(strings.NewReader(in), DecodeOptions{MaxEntities: 3})
	if !errors.Is(err, ErrTooMany) || !errors.As(err, &de) || de.Path != "events[0]" || de.Line != 2 || de.Column != 11 {
		t.Fatalf("over the entity limit: %v", err)
	}
	base := decodeString(t, in, nil)
	if _, err := Decode(strings.NewReader(in), DecodeOptions{MaxEntities: 4, Base: base}); err != nil {
		t.Fatalf("the base's entities counted: %v", err)
	}
}

// TestDuplicateIDsKept checks that decoding keeps every entity with a
// repeated ID and that lookups return the first.
func TestDuplicateIDsKept(t *testing.T) {
	in := `{"format":"cooperation/v1","actors":[{"id":"x","kind":"state","note":"first"},{"id":"x","kind":"person","note":"second"}]}`
	ds, err := Decode(strings.NewReader(in), DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Actors) != 2 {
		t.Fatalf("%d actors, want 2", len(ds.Actors))
	}
	if a, _ := ds.Actor("x"); a.Note != "first" {
		t.Errorf("Actor(x) = %q, want the first", a.Note)
	}
	if ps := ds.Validate(ValidateOptions{}); ps.Rules()[RuleIDDuplicate] != 1 {
		t.Errorf("problems:\n%s", formatProblems(ps))
	}
}

// TestRoundTrip checks that encoding a decoded dataset and decoding it
// again gives the same dataset and the same bytes.
func TestRoundTrip(t *testing.T) {
	for _, file := range []string{"testdata/valid.json", "testdata/invalid/quantity.range.json", "testdata/invalid/date.order.json"} {
		t.Run(file, func(t *testing.T) {
			ds := decodeFile(t, file)
			var b1, b2 bytes.Buffer
			if err := ds.Encode(&b1); err != nil {
				t.Fatal(err)
			}
			ds2, err := Decode(bytes.NewReader(b1.Bytes()), DecodeOptions{})
			if err != nil {
				t.Fatalf("%s: decoding the encoding: %v", file, err)
			}
			if err := ds2.Encode(&b2); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(b1.String(), b2.String()); diff != "" {
				t.Errorf("%s: encoding is not stable (-first +second):\n%s", file, diff)
			}
			if diff := cmp.Diff(ds.sortedCopy(), ds2, datasetOpts...); diff != "" {
				t.Errorf("%s: round trip differs (-before +after):\n%s", file, diff)
			}
		})
	}
}

// TestSectors checks the declared sectors: decoded as given, encoded
// sorted without repeats, merged, layered, and checked for their syntax.
func TestSectors(t *testing.T) {
	in := `{"format":"cooperation/v1","sectors":["water-resources","mekong","water-resources"]}`
	ds := decodeString(t, in, nil)
	if diff := cmp.Diff([]Sector{"water-resources", "mekong", "water-resources"}, ds.Sectors); diff != "" {
		t.Errorf("decoded (-want +got):\n%s", diff)
	}
	want := "{\n  \"format\": \"cooperation/v1\",\n  \"sectors\": [\n    \"mekong\",\n    \"water-resources\"\n  ]\n}\n"
	if diff := cmp.Diff(want, encodeString(t, ds)); diff != "" {
		t.Errorf("encoded (-want +got):\n%s", diff)
	}
	other := decodeString(t, `{"format":"cooperation/v1","sectors":["space"]}`, nil)
	layer := decodeString(t, `{"format":"cooperation/v1","sectors":["space","mekong"]}`, ds)
	if diff := cmp.Diff([]Sector{"water-resources", "mekong", "water-resources", "space", "mekong"}, layer.Sectors); diff != "" {
		t.Errorf("layered (-want +got):\n%s", diff)
	}
	if got, want := encodeString(t, layer), encodeString(t, decodeString(t, `{"format":"cooperation/v1","sectors":["mekong","space"]}`, nil)); got != want {
		t.Errorf("layer encoded:\n%s\nwant\n%s", got, want)
	}
	ds.Merge(other)
	if diff := cmp.Diff([]Sector{"water-resources", "mekong", "water-resources", "space"}, ds.Sectors); diff != "" {
		t.Errorf("merged (-want +got):\n%s", diff)
	}
	_, err := Decode(strings.NewReader(`{"format":"cooperation/v1","sectors":["water resources"]}`), DecodeOptions{})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Type != "Sector" || pe.Input != "water resources" {
		t.Errorf("bad sector: %v", err)
	}
}

// TestJSONMarshaler checks that encoding/json reads and writes a Dataset
// only in the canonical form, through Decode and Encode.
func TestJSONMarshaler(t *testing.T) {
	ds := decodeFile(t, "testdata/valid.json")
	encoded := []byte(encodeString(t, ds))

	t.Run("MarshalJSON is Encode", func(t *testing.T) {
		got, err := ds.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(encoded), string(got)); diff != "" {
			t.Errorf("(-Encode +MarshalJSON):\n%s", diff)
		}
	})
	t.Run("json.Marshal", func(t *testing.T) {
		got, err := json.Marshal(ds)
		if err != nil {
			t.Fatal(err)
		}
		// json.Marshal compacts what MarshalJSON returns and escapes HTML.
		var compact, want bytes.Buffer
		if err := json.Compact(&compact, encoded); err != nil {
			t.Fatal(err)
		}
		json.HTMLEscape(&want, compact.Bytes())
		if diff := cmp.Diff(want.String(), string(got)); diff != "" {
			t.Errorf("(-Encode compacted +json.Marshal):\n%s", diff)
		}
	})
	t.Run("in a struct", func(t *testing.T) {
		type doc struct {
			Name string   `json:"name"`
			Data *Dataset `json:"data"`
			None *Dataset `json:"none"`
		}
		b, err := json.Marshal(doc{Name: "x", Data: ds})
		if err != nil {
			t.Fatal(err)
		}
		var back doc
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back.Name != "x" || back.Data == nil || back.None != nil {
			t.Fatalf("%+v", back)
		}
		if diff := cmp.Diff(string(encoded), encodeString(t, back.Data)); diff != "" {
			t.Errorf("round trip (-before +after):\n%s", diff)
		}
		if _, ok := back.Data.Actor("cn"); !ok {
			t.Error("the unmarshalled dataset is not indexed")
		}
	})
	t.Run("a layer marshals as its layer", func(t *testing.T) {
		base := decodeString(t, layerBase, nil)
		layer := decodeString(t, layerOnBase, base)
		got, err := layer.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(encodeString(t, decodeString(t, layerOnBase, nil)), string(got)); diff != "" {
			t.Errorf("(-alone +layer):\n%s", diff)
		}
	})
	t.Run("null", func(t *testing.T) {
		c := decodeFile(t, "testdata/valid.json")
		if err := json.Unmarshal([]byte("null"), c); err != nil || c.Len() != ds.Len() {
			t.Errorf("null: %v, %d entities", err, c.Len())
		}
	})
	for _, tc := range []struct {
		name, in string
		is       error
	}{
		{"unknown field", `{"format":"cooperation/v1","actors":[{"id":"a","bogus":1}]}`, nil},
		{"bad date", `{"format":"cooperation/v1","events":[{"id":"e","date":"2021-02-29"}]}`, nil},
		{"wrong type", `{"format":"cooperation/v1","events":[{"id":"e","ordinal":"first"}]}`, nil},
		{"missing format", `{"actors":[]}`, ErrFormat},
		{"invalid UTF-8", "{\"format\":\"cooperation/v1\",\"actors\":[{\"id\":\"a\",\"note\":\"caf\xe9\"}]}", ErrInvalidUTF8},
		{"repeated field", `{"format":"cooperation/v1","actors":[],"actors":[]}`, nil},
	} {
		t.Run("bad input/"+tc.name, func(t *testing.T) {
			var into struct {
				Data *Dataset `json:"data"`
			}
			err := json.Unmarshal([]byte(`{"data":`+tc.in+`}`), &into)
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("%v is not a *DecodeError", err)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("%v is not %v", err, tc.is)
			}
			var direct Dataset
			if err := direct.UnmarshalJSON([]byte(tc.in)); !errors.As(err, &de) {
				t.Errorf("UnmarshalJSON: %v is not a *DecodeError", err)
			}
		})
	}
}

// FuzzDecode decodes its input twice, whole and through a reader that
// hands it over one to seven bytes at a time (as a pipe does), and checks
// that both give the same dataset or the same error, an error that says
// where it is; that what decodes encodes, and decodes again to the same
// bytes. The costlier checks (validation, the questions) run on one input
// in sixteen, chosen by its bytes, so that the fuzzer keeps to thousands
// of inputs a second. The seeds are the valid and invalid datasets and the
// hostile inputs of testdata/hostile.
func FuzzDecode(f *testing.F) {
	files := []string{"testdata/valid.json", "testdata/invalid/date.order.json", "testdata/invalid/required.json"}
	hostile, _ := filepath.Glob("testdata/hostile/*.json")
	// The two large ones (white space, empty entities) make every
	// mutation and minimization slow; the small seeds below have the same
	// shapes, and TestHostileCorpus runs them.
	hostile = slices.DeleteFunc(hostile, func(f string) bool {
		return strings.HasSuffix(f, "/white-space.json") || strings.HasSuffix(f, "/empty-entities.json")
	})
	for _, file := range append(files, hostile...) {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint8(len(b)))
	}
	f.Add([]byte(`{"format":"cooperation/v1","events":[{"id":"e","time":"13:30+06:30","date":"2020?-07-09"}]}`), uint8(3))
	f.Add([]byte(`{"format":"cooperation/v1","actors":[{"id":"a","id":"b"}]}`), uint8(1))
	f.Add([]byte("{\"format\":\"cooperation/v1\",\"actors\":[{\"id\":\"a\",\"note\":\"\x1b[2J\\ud800\xff\"}]}"), uint8(6))
	f.Add([]byte(`{"format":"cooperation/v1",`+strings.Repeat(" \n", 100)+`"actors":[]}`), uint8(2))
	f.Add([]byte(`{"format":"cooperation/v1","events":[{},{},{},{},{}]}`), uint8(4))
	f.Fuzz(func(t *testing.T, in []byte, step uint8) {
		opts := DecodeOptions{MaxBytes: 1 << 20, MaxEntities: 1 << 12}
		ds, err := Decode(bytes.NewReader(in), opts)
		ds1, err1 := Decode(&smallReads{r: bytes.NewReader(in), step: step}, opts)
		if (err == nil) != (err1 == nil) || err != nil && err.Error() != err1.Error() {
			t.Fatalf("whole and in small reads differ:\n%v\n%v", err, err1)
		}
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || de.Line < 1 || de.Column < 1 || de.Offset > int64(len(in)) {
				t.Fatalf("bad error %#v", err)
			}
			return
		}
		var b1, b2, b3 bytes.Buffer
		if err := ds.Encode(&b1); err != nil {
			t.Fatalf("Encode: %v", err)
		}
		if err := ds1.Encode(&b3); err != nil || !bytes.Equal(b1.Bytes(), b3.Bytes()) {
			t.Fatalf("whole and in small reads decode differently: %v", err)
		}
		ds2, err := Decode(bytes.NewReader(b1.Bytes()), DecodeOptions{})
		if err != nil {
			t.Fatalf("decoding the encoding: %v\n%s", err, b1.Bytes())
		}
		if err := ds2.Encode(&b2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
			t.Fatalf("not stable:\n%s\n%s", b1.Bytes(), b2.Bytes())
		}
		if crc32.ChecksumIEEE(in)%16 != 0 {
			return
		}
		// Nothing may panic on a dataset Decode accepts, valid or not (the
		// renderers are fuzzed on it in package render, FuzzRender).
		ds.Validate(ValidateOptions{AsOf: asOf})
		ds.Timeline(TimelineOptions{AsOf: asOf, Filter: Filter{Involving: []ID{"cn"}}})
		ds.ActiveAt(asOf)
		ds.Network(asOf, CertaintyPossible)
		ds.NameIndex().Mentions("China Myanmar ASEAN 南宁")
		for i := range ds.Actors {
			ds.StateOf(ds.Actors[i].ID)
		}
	})
}

// smallReads hands over what r holds one to seven bytes at a time, in a
// sequence that step chooses.
type smallReads struct {
	r    io.Reader
	step uint8
}

func (s *smallReads) Read(p []byte) (int, error) {
	s.step = s.step*5 + 3 // all residues mod 8 in turn
	n := int(s.step%7) + 1
	if len(p) > n {
		p = p[:n]
	}
	return s.r.Read(p)
}

// FuzzDecodeLayer decodes its input as a layer on a small base: nothing
// may panic, the questions answer, and the layer's encoding decodes on the
// same base to the same bytes, which are those of the input decoded alone.
func FuzzDecodeLayer(f *testing.F) {
	f.Add([]byte(layerOnBase))
	f.Add([]byte(`{"format":"cooperation/v1","actors":[{"id":"kh","kind":"state"}]}`))
	f.Add([]byte(`{"format":"cooperation/v1","sectors":["b","a"],"actors":[{"id":"x","part_of":"kh","members":[{"member":"th"}]}]}`))
	for _, file := range []string{"testdata/layer/lmc.json", "testdata/layer/redefines.json"} {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	base, err := Decode(strings.NewReader(layerBase), DecodeOptions{})
	if err != nil {
		f.Fatal(err)
	}
	baseBytes := encodeStringF(f, base)
	f.Fuzz(func(t *testing.T, in []byte) {
		ds, err := Decode(bytes.NewReader(in), DecodeOptions{MaxBytes: 1 << 20, Base: base})
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || de.Line < 1 || de.Column < 1 || de.Offset > int64(len(in)) {
				t.Fatalf("bad error %#v", err)
			}
			if _, err2 := Decode(bytes.NewReader(in), DecodeOptions{MaxBytes: 1 << 20}); err2 == nil || err2.Error() != err.Error() {
				t.Fatalf("on the base: %v\nalone: %v", err, err2)
			}
			return
		}
		ds.Validate(ValidateOptions{AsOf: asOf})
		ds.Timeline(TimelineOptions{AsOf: asOf, Filter: Filter{Involving: []ID{"kh"}}})
		ds.ActiveAt(asOf)
		ds.MembersAt("asean", asOf)
		ds.Network(asOf, CertaintyPossible)
		ds.NameIndex().Mentions("Cambodia Thailand ASEAN")
		for i := range ds.Actors {
			ds.StateOf(ds.Actors[i].ID)
		}
		b1 := encodeStringF(t, ds)
		alone, err := Decode(bytes.NewReader(in), DecodeOptions{MaxBytes: 1 << 20})
		if err != nil {
			t.Fatalf("decodes on the base, not alone: %v", err)
		}
		if b := encodeStringF(t, alone); b != b1 {
			t.Fatalf("the layer encodes otherwise than alone:\n%s\n%s", b1, b)
		}
		again, err := Decode(strings.NewReader(b1), DecodeOptions{Base: base})
		if err != nil {
			t.Fatalf("decoding the encoding: %v\n%s", err, b1)
		}
		if b2 := encodeStringF(t, again); b1 != b2 {
			t.Fatalf("not stable:\n%s\n%s", b1, b2)
		}
		if again.Len() != ds.Len() {
			t.Fatalf("Len %d after the round trip, want %d", again.Len(), ds.Len())
		}
		if b := encodeStringF(t, base); b != baseBytes {
			t.Fatalf("the base changed:\n%s", b)
		}
	})
}

func encodeStringF(t testing.TB, ds *Dataset) string {
	t.Helper()
	var b bytes.Buffer
	if err := ds.Encode(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestEncodeInvalidUTF8 checks that Encode refuses a string that is not
// UTF-8 (encoding/json would write U+FFFD), naming where it is, and keeps
// a real U+FFFD.
func TestEncodeInvalidUTF8(t *testing.T) {
	build := func(text string) *Dataset {
		ds := &Dataset{Actors: []Actor{{ID: "a", Kind: ActorAgency, Names: names.Names{{Text: text}}}}}
		ds.Build()
		return ds
	}
	tests := []struct {
		name, text string
		bad        bool
	}{
		{"valid", "Agency", false},
		{"real U+FFFD", "Agency \uFFFD", false},
		{"invalid", "Agency \xff", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := build(tc.text).Encode(io.Discard)
			switch {
			case tc.bad && !errors.Is(err, ErrInvalidUTF8):
				t.Errorf("Encode = %v, want ErrInvalidUTF8", err)
			case tc.bad && !strings.Contains(err.Error(), "actors[0].names[0].text"):
				t.Errorf("Encode = %v, want the path actors[0].names[0].text", err)
			case !tc.bad && err != nil:
				t.Errorf("Encode = %v", err)
			}
		})
	}
}

// TestDecodeLoneSurrogate checks that a \u escape of half a surrogate pair
// is an error, where encoding/json would decode it as U+FFFD, and that a
// pair and escaped backslashes are not.
func TestDecodeLoneSurrogate(t *testing.T) {
	head := `{"format":"cooperation/v1","actors":[{"id":"a","kind":"agency","names":[{"text":"`
	tail := `","lang":"en"}]}]}`
	tests := []struct {
		name, text string
		bad        bool
	}{
		{"high alone", `x\ud800y`, true},
		{"low alone", `\udc00`, true},
		{"high then other escape", `\ud800\u0041`, true},
		{"high at end", `\ud83d`, true},
		{"pair", `\ud83d\ude00`, false},
		{"escaped backslash", `\\ud800`, false},
		{"plain", `Agency`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(head+tc.text+tail), DecodeOptions{})
			if got := errors.Is(err, ErrLoneSurrogate); got != tc.bad {
				t.Errorf("Decode(%q) = %v, want lone surrogate %v", tc.text, err, tc.bad)
			}
			if !tc.bad && err != nil {
				t.Errorf("Decode(%q) = %v", tc.text, err)
			}
		})
	}
}

// TestDecodeWhiteSpace checks that long runs of white space, which Decode
// squeezes before encoding/json sees them, neither reach the decoder nor
// shift the positions of errors: the line, column and offset still count
// every input byte.
func TestDecodeWhiteSpace(t *testing.T) {
	runs := map[string]string{
		"none":               "",
		"63 spaces":          strings.Repeat(" ", 63),
		"64 spaces":          strings.Repeat(" ", 64),
		"65 spaces":          strings.Repeat(" ", 65),
		"lines":              strings.Repeat("\n", 200),
		"indented lines":     strings.Repeat("\n"+strings.Repeat("\t", 70), 30),
		"CRLF and spaces":    strings.Repeat(" \r\n", 100) + strings.Repeat(" ", 90),
		"newline at the end": strings.Repeat(" ", 100) + "\n",
		"long":               strings.Repeat(" \t", 40000),
	}
	// Each document has the run at @ (once or more) and its error at #,
	// which is removed from the input; the error's position is where # was.
	docs := map[string]string{
		"between entities": `{"format":"cooperation/v1","actors":[@{"id":"a","kind":"state","names":[{"text":"A","lang":"en"}]},@{#"bogus":1}]}`,
		"inside an entity": `{"format":"cooperation/v1","actors":[{"id":"a",@"kind":"state",@#"bogus":1}]}`,
		"a syntax error":   `{"format":"cooperation/v1",@"actors":[@{"id":"a"@}#}]}`,
		"after the object": `{"format":"cooperation/v1"}@#x`,
		"in a string":      `{"format":"cooperation/v1","actors":[{"id":"a",@"kind":#"x%state"}]}`,
		"invalid UTF-8":    "{\"format\":\"cooperation/v1\",\"actors\":[@{\"id\":\"a\",@\"kind\":\"#\xff\"}]}",
	}
	for dname, doc := range docs {
		for rname, run := range runs {
			t.Run(dname+"/"+rname, func(t *testing.T) {
				in := strings.ReplaceAll(doc, "@", run)
				// White space inside a string is kept; only spaces are
				// allowed there.
				in = strings.ReplaceAll(in, "%", strings.Repeat(" ", len(run)))
				at := strings.IndexByte(in, '#')
				in = in[:at] + in[at+1:]
				wantLine := strings.Count(in[:at], "\n") + 1
				wantCol := at - (strings.LastIndexByte(in[:at], '\n') + 1) + 1
				for _, r := range []io.Reader{strings.NewReader(in), iotest.OneByteReader(strings.NewReader(in))} {
					_, err := Decode(r, DecodeOptions{})
					var de *DecodeError
					if !errors.As(err, &de) {
						t.Fatalf("Decode: %v, want a *DecodeError", err)
					}
					got := [3]int64{de.Offset, int64(de.Line), int64(de.Column)}
					if want := [3]int64{int64(at), int64(wantLine), int64(wantCol)}; got != want {
						t.Errorf("offset, line, column = %v, want %v (%v)", got, want, err)
					}
				}
			})
		}
	}
}

// TestSourceSqueezes checks that white space beyond keepSpace bytes of a
// run never reaches encoding/json, whatever the read sizes, so that its
// rescanning of white space stays bounded and its buffer does not grow.
func TestSourceSqueezes(t *testing.T) {
	in := `{"a": "` + strings.Repeat(" ", 1000) + `"` + strings.Repeat(" \n\t\r", 100000) + `}`
	src := &source{r: iotest.OneByteReader(strings.NewReader(in)), limit: DefaultMaxBytes, line: 1}
	var out []byte
	buf := make([]byte, 512)
	for {
		n, err := src.Read(buf)
		out = append(out, buf[:n]...)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	want := `{"a": "` + strings.Repeat(" ", 1000) + `"` + strings.Repeat(" \n\t\r", 16) + `}`
	if string(out) != want {
		t.Errorf("passed on %d bytes, want %d: the spaces inside the string kept, the run after it cut to %d", len(out), len(want), keepSpace)
	}
	if src.read != int64(len(in)) || src.orig(src.n) != src.read {
		t.Errorf("read %d bytes, orig(n) = %d, want %d", src.read, src.orig(src.n), len(in))
	}
}
