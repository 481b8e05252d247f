package cooperation_test

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/render"
	"golang.org/x/text/language"
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
			writeAll(t, ds, ds.Timeline(cooperation.TimelineOptions{AsOf: asOf}))
		})
	}
}

// writeAll writes entries in every format of package render and checks
// what each format's reader would act on: no control character but the
// line breaks of the format, no bidi formatting character, no CSV cell
// that starts a formula, and SVG that is well-formed XML.
func writeAll(t *testing.T, ds *cooperation.Dataset, entries []cooperation.Entry) {
	t.Helper()
	opts := render.Options{}
	check := func(format string, out []byte, lineEnd string) {
		t.Helper()
		text := strings.ReplaceAll(string(out), lineEnd, "")
		for i, r := range text {
			if r < 0x20 && r != '\t' || 0x7f <= r && r < 0xa0 || 0x202a <= r && r <= 0x202e || 0x2066 <= r && r <= 0x2069 {
				t.Errorf("%s: raw %U at byte %d: %q", format, r, i, text[max(0, i-20):min(len(text), i+20)])
				return
			}
		}
	}
	var b bytes.Buffer
	if err := render.WriteText(&b, ds, entries, opts); err != nil {
		t.Errorf("WriteText: %v", err)
	}
	check("text", b.Bytes(), "\n")
	b.Reset()
	if err := render.WriteMarkdown(&b, ds, entries, opts); err != nil {
		t.Errorf("WriteMarkdown: %v", err)
	}
	check("Markdown", b.Bytes(), "\n")
	b.Reset()
	if err := render.WriteCSV(&b, ds, entries, opts); err != nil {
		t.Errorf("WriteCSV: %v", err)
	}
	records, err := csv.NewReader(bytes.NewReader(b.Bytes())).ReadAll()
	if err != nil {
		t.Errorf("CSV does not parse: %v", err)
	}
	for _, rec := range records {
		for _, cell := range rec {
			if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
				t.Errorf("CSV cell starts a formula: %q", cell)
			}
		}
	}
	b.Reset()
	if _, err := render.WriteICS(&b, ds, entries, render.ICSOptions{Options: opts, Stamp: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Errorf("WriteICS: %v", err)
	}
	check("iCalendar", b.Bytes(), "\r\n")
	for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\r\n"), "\r\n") {
		if strings.HasPrefix(line, "X-INJECTED") {
			t.Errorf("iCalendar: an injected property: %q", line)
		}
	}
	b.Reset()
	if err := render.WriteSVG(&b, ds, entries, render.SVGOptions{Options: opts}); err != nil {
		t.Errorf("WriteSVG: %v", err)
	}
	dec := xml.NewDecoder(bytes.NewReader(b.Bytes()))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Errorf("SVG is not well-formed XML: %v", err)
			break
		}
	}
}

// TestHostileNames checks that a name spelled with invisible or
// compatibility characters finds the real actor only as a normalized
// match, never an exact one, so that a program can refuse the spoof.
func TestHostileNames(t *testing.T) {
	ds, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix := ds.NameIndex()
	for _, spoof := range []string{"Cam\u200bbodia", "Cam\u00adbodia", "\u202eCambodia", "Ｃａｍｂｏｄｉａ", "\U0001d402ambodia", "Camb\u2060odia"} {
		// A zero width space is a word break in Khmer, Thai, Lao and
		// Burmese, so it is kept and the spoof finds nothing; the others
		// are removed, and the match says so.
		refs, how := ix.Lookup(spoof)
		if len(refs) > 0 && how != names.MatchNormalized || len(refs) == 0 && !strings.Contains(spoof, "\u200b") {
			t.Errorf("Lookup(%q) = %v, %v; want the actor, matched %v", spoof, refs, how, names.MatchNormalized)
		}
	}
	if _, how := ix.Lookup("Cambodia"); how != names.MatchExact {
		t.Errorf("Lookup(Cambodia) matched %v", how)
	}
}

// TestHostileClaims checks that many claims on one party's entry into
// force and on the agreement's cost validation a pass over them, not one
// a pair: 50,000 of each, read pair by pair, would be 2.5e9 comparisons.
func TestHostileClaims(t *testing.T) {
	const n = 50000
	a := cooperation.Agreement{
		ID: "a", Kind: cooperation.AgreementTreaty, Scope: cooperation.ScopeMultilateral,
		Names:   names.Names{{Text: "A", Lang: language.English}},
		InForce: edtf.MustParse("2020-01-01"), Sources: []cooperation.ID{"s"},
		Parties: []cooperation.Party{{Actor: "x", Joined: edtf.MustParse("2019-01-01")}, {Actor: "y"}, {Actor: "z"}},
	}
	day := edtf.MustParse("1900-01-01")
	for i := range n {
		d := edtf.Day(int64(mustEarliest(t, day)) + int64(i))
		a.Claims = append(a.Claims,
			cooperation.Claim{Field: "parties[0].joined", Value: d.String(), Sources: []cooperation.ID{"s"}},
			cooperation.Claim{Field: "in_force", Value: edtf.Day(int64(d) + 50000).String(), Sources: []cooperation.ID{"s"}})
	}
	ds := &cooperation.Dataset{
		Sources: []cooperation.Source{{ID: "s", Publisher: "P", Title: "T", URL: "https://example.org/", Language: language.English}},
		Actors: []cooperation.Actor{
			{ID: "x", Kind: cooperation.ActorState, Country: cooperation.MustParseCountry("CN"), Names: names.Names{{Text: "X", Lang: language.English}}, Sources: []cooperation.ID{"s"}},
			{ID: "y", Kind: cooperation.ActorState, Country: cooperation.MustParseCountry("MM"), Names: names.Names{{Text: "Y", Lang: language.English}}, Sources: []cooperation.ID{"s"}},
			{ID: "z", Kind: cooperation.ActorState, Country: cooperation.MustParseCountry("TH"), Names: names.Names{{Text: "Z", Lang: language.English}}, Sources: []cooperation.ID{"s"}},
		},
		Agreements: []cooperation.Agreement{a},
	}
	ds.Build()
	start := time.Now()
	var got []string
	for _, p := range ds.Validate(cooperation.ValidateOptions{AsOf: catalog.AsOf}) {
		if p.Rule == cooperation.RulePartyInForceEarly {
			got = append(got, p.Error())
		}
	}
	// The claims overlap, so the rule warns; the message names five values.
	if len(got) != 1 || !strings.Contains(got[0], "may be before") || !strings.Contains(got[0], "49996 more") {
		t.Errorf("problems %q", got)
	}
	t.Logf("validated %d claims in %v", 2*n, time.Since(start))
}

func mustEarliest(t *testing.T, d edtf.Date) edtf.Day {
	t.Helper()
	day, ok := d.Earliest()
	if !ok {
		t.Fatalf("%v has no earliest day", d)
	}
	return day
}

// TestHostileClaimsQuestions checks that the per-party questions and the
// timeline read an agreement's claims once, not once a party: with n
// parties, n claims on the agreement's entry into force and one on each
// party's, reading them once a party would be 2n² claim reads a question
// (8e8 for the questions' 20,000 parties). The timeline gets 2,000
// parties: each party's entry lists the parties it concerns, so its
// output is quadratic in the parties whatever the claims.
func TestHostileClaimsQuestions(t *testing.T) {
	build := func(n int) *cooperation.Dataset {
		a := cooperation.Agreement{
			ID: "a", Kind: cooperation.AgreementTreaty, Scope: cooperation.ScopeMultilateral,
			Names:   names.Names{{Text: "A", Lang: language.English}},
			InForce: edtf.MustParse("2000-01-01"), Sources: []cooperation.ID{"s"},
		}
		ds := &cooperation.Dataset{Sources: []cooperation.Source{{ID: "s", Publisher: "P", Title: "T", URL: "https://example.org/", Language: language.English}}}
		for i := range n {
			id := cooperation.ID("c" + strconv.Itoa(i))
			ds.Actors = append(ds.Actors, cooperation.Actor{ID: id, Kind: cooperation.ActorCompany, Names: names.Names{{Text: string(id), Lang: language.English}}, Sources: []cooperation.ID{"s"}})
			a.Parties = append(a.Parties, cooperation.Party{Actor: id, Joined: edtf.MustParse("2001-01-01")})
			a.Claims = append(a.Claims,
				cooperation.Claim{Field: "in_force", Value: "2002", Sources: []cooperation.ID{"s"}},
				cooperation.Claim{Field: "parties[" + strconv.Itoa(i) + "].joined", Value: "2003-06", Sources: []cooperation.ID{"s"}})
		}
		ds.Agreements = []cooperation.Agreement{a}
		ds.Build()
		return ds
	}
	d := edtf.MustParse("2002-06-01")
	const n = 20000
	ds := build(n)
	start := time.Now()
	ps := ds.PartiesAt("a", d)
	act := ds.ActiveAt(d)
	st, c := ds.Agreements[0].StatusFor("c7", d)
	// The answer one party alone, with the same claims, gets.
	one := cooperation.Agreement{ID: "one", InForce: edtf.MustParse("2000-01-01"),
		Parties: []cooperation.Party{{Actor: "c7", Joined: edtf.MustParse("2001-01-01")}},
		Claims:  []cooperation.Claim{{Field: "in_force", Value: "2002"}, {Field: "parties[0].joined", Value: "2003-06"}}}
	wantSt, wantC := one.StatusFor("c7", d)
	t.Logf("PartiesAt, ActiveAt and StatusFor over %d parties and %d claims in %v", n, 2*n, time.Since(start))
	// In force for each party possibly: its joined is 2001-01-01 or a day
	// of 2003-06, the agreement's in_force 2000-01-01 or a day of 2002.
	if len(ps) != n || ps[0].Certainty != cooperation.CertaintyPossible || len(act) != n {
		t.Fatalf("PartiesAt %d answers (first %+v), ActiveAt %d; want %d possible", len(ps), ps[0], len(act), n)
	}
	if st != wantSt || c != wantC || c != cooperation.CertaintyPossible {
		t.Errorf("StatusFor c7: %v %v; want %v %v, as for one party with the same claims", st, c, wantSt, wantC)
	}
	ds = build(2000)
	start = time.Now()
	entries := ds.NewTimeline(cooperation.TimelineOptions{}).Entries()
	t.Logf("the timeline of 2000 parties and 4000 claims in %v", time.Since(start))
	if len(entries) < 2000 {
		t.Errorf("%d timeline entries, want at least one a party", len(entries))
	}
}
