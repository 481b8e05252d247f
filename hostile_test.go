package cooperation_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
)

// TestHostileCorpus runs every input of testdata/hostile, the inputs
// where defects were found, through what a program on untrusted data
// does: decode (whole and one byte at a time, which must agree), and for
// what decodes, validate, ask the questions and encode. Each file has a
// case saying what it must give: a decoding error, or the rules Validate
// must report; a file without a case fails the test.
func TestHostileCorpus(t *testing.T) {
	asOf := edtf.MustParse("2026-11-24")
	cases := map[string]struct {
		err   error  // errors.Is target of the decoding error
		msg   string // a substring of the decoding error
		rules []cooperation.Rule
	}{
		"repeated-id.json":               {msg: `field "id" given twice`},
		"case-variant-id.json":           {msg: `fields "id" and "ID" differ only in case`},
		"repeated-deep.json":             {msg: `field "text" given twice`},
		"kelvin-key.json":                {msg: "fields \"kind\" and \"\u212aind\" differ only in case"},
		"lone-surrogate.json":            {err: cooperation.ErrLoneSurrogate},
		"invalid-utf8.json":              {err: cooperation.ErrInvalidUTF8},
		"id-crlf.json":                   {msg: `invalid ID "cn\r\nX-INJECTED:1"`},
		"edtf-beyond-max-year.json":      {msg: "S1 widens the year"},
		"white-space.json":               {msg: `line 30001, column 100 in actors[0]: json: unknown field "bogus"`},
		"empty-entities.json":            {err: cooperation.ErrTooMany},
		"edtf-negative-significant.json": {rules: []cooperation.Rule{}},
		"far-future.json":                {rules: []cooperation.Rule{cooperation.RuleDateFuture}},
		"csv-formula.json":               {rules: []cooperation.Rule{}},
		"controls.json":                  {rules: []cooperation.Rule{cooperation.RuleTextControl}},
		"markdown.json":                  {rules: []cooperation.Rule{}},
		"bidi-override.json":             {rules: []cooperation.Rule{cooperation.RuleNameBidi}},
		"names-nested.json":              {rules: []cooperation.Rule{}},
	}
	files, err := filepath.Glob("testdata/hostile/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no hostile inputs: %v", err)
	}
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			tc, ok := cases[name]
			if !ok {
				t.Fatal("no case says what this input must give")
			}
			in, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			opts := cooperation.DecodeOptions{MaxEntities: 4096}
			ds, err := cooperation.Decode(bytes.NewReader(in), opts)
			_, err1 := cooperation.Decode(iotest.OneByteReader(bytes.NewReader(in)), opts)
			if (err == nil) != (err1 == nil) || err != nil && err.Error() != err1.Error() {
				t.Errorf("whole and one byte at a time differ:\n%v\n%v", err, err1)
			}
			if tc.err != nil || tc.msg != "" {
				var de *cooperation.DecodeError
				switch {
				case !errors.As(err, &de):
					t.Fatalf("Decode: %v, want a *DecodeError", err)
				case tc.err != nil && !errors.Is(err, tc.err):
					t.Errorf("Decode: %v, want %v", err, tc.err)
				case !strings.Contains(err.Error(), tc.msg):
					t.Errorf("Decode: %v, want it to say %q", err, tc.msg)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			got := map[cooperation.Rule]bool{}
			for _, p := range ds.Validate(cooperation.ValidateOptions{AsOf: asOf}) {
				got[p.Rule] = true
			}
			for _, r := range tc.rules {
				if !got[r] {
					t.Errorf("Validate does not report %s; it reports %v", r, got)
				}
			}
			ds.Timeline(cooperation.TimelineOptions{AsOf: asOf})
			ds.ActiveAt(asOf)
			ds.Network(asOf, cooperation.CertaintyPossible)
			// Nested names ("a", "a a", ...) on a long text: the matches
			// chosen are few, whatever the overlapping candidates.
			ms := ds.NameIndex().Mentions(strings.Repeat("a ", 20000))
			if len(ms) > 20000 {
				t.Errorf("%d mentions in 20,000 words", len(ms))
			}
			if err := ds.Encode(io.Discard); err != nil {
				t.Errorf("Encode: %v", err)
			}
		})
	}
}
