package cooperation

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/coopframe/cooperation/edtf"
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
		{name: "wrong type", in: head + `"events":[{"id":"e",` + "\n" + `"ordinal":"first"}]}`, line: 3, col: 1, path: "events[0]", field: "ordinal", msg: "cannot unmarshal string"},
		{name: "invalid UTF-8", in: head + "\"actors\":[{\"id\":\"x\",\"note\":\"caf\xe9\"}]}", line: 2, col: 32, path: "actors[0]", is: ErrInvalidUTF8},
		{name: "trailing data", in: head + `"actors":[]}` + "\n{}", line: 3, col: 1, msg: "data after"},
		{name: "missing format", in: `{"actors":[]}`, line: 1, col: 1, field: "format", is: ErrFormat},
		{name: "other format", in: `{"format":"cooperation/v2"}`, line: 1, col: 1, field: "format", is: ErrFormat},
		{name: "not an object", in: `[1,2]`, line: 1, col: 1, msg: "top-level object"},
		{name: "array expected", in: head + `"actors":{}}`, line: 2, col: 10, msg: "actors array"},
		{name: "truncated", in: head + `"actors":[{"id":"x"`, line: 2, col: 20, path: "actors[0]", msg: "unexpected EOF"},
		{name: "empty", in: ``, line: 1, col: 1, msg: "unexpected EOF"},
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

func FuzzDecode(f *testing.F) {
	for _, file := range []string{"testdata/valid.json", "testdata/invalid/date.order.json", "testdata/invalid/required.json"} {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"format":"cooperation/v1","events":[{"id":"e","time":"13:30+06:30","date":"2020?-07-09"}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		ds, err := Decode(bytes.NewReader(in), DecodeOptions{MaxBytes: 1 << 20})
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || de.Line < 1 || de.Column < 1 || de.Offset > int64(len(in)) {
				t.Fatalf("bad error %#v", err)
			}
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
		var b1, b2 bytes.Buffer
		if err := ds.Encode(&b1); err != nil {
			t.Fatalf("Encode: %v", err)
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
	})
}
