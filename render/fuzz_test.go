package render_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"github.com/coopframe/cooperation/render"
)

// wellFormedXML reads every token of data and returns the first error, or
// nil when data is well-formed XML.
func wellFormedXML(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		if _, err := dec.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// FuzzRender decodes the fuzzer's bytes as a dataset and, when Decode
// accepts them, valid or not, runs every writer on the timeline, whole and
// filtered: nothing may panic, the CSV must parse with encoding/csv (a
// record an entry after the header), the JSON must be valid, both or
// refuse an invalid ID (Decode keeps them; Validate reports them), the
// calendar must keep RFC 5545's rules, and the SVG must be well-formed
// XML. Decode takes only UTF-8 and JSON's escapes: the Fuzz targets below
// build datasets in Go, to feed the writers any bytes.
func FuzzRender(f *testing.F) {
	for _, file := range []string{
		"../testdata/valid.json",
		"../testdata/invalid/date.order.json",
		"../testdata/invalid/hierarchy.cycle.json",
		"../testdata/invalid/name.bidi.json",
		"../testdata/invalid/name.control.json",
		"../testdata/invalid/membership.overlap.json",
		"../testdata/invalid/required.json",
		"../testdata/invalid/time.without-day.json",
		"../catalog/catalog.json",
	} {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"format":"cooperation/v1","events":[{"id":"e","kind":"meeting","names":[{"text":"a|b\n<c>&\"d\",;","lang":"en"}],"time":"13:30+06:30","date":"2020?-07-09"}]}`))
	stamp := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, in []byte) {
		ds, err := cooperation.Decode(bytes.NewReader(in), cooperation.DecodeOptions{MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		involving := cooperation.ID("cn")
		if len(ds.Actors) > 0 {
			involving = ds.Actors[0].ID
		}
		for _, filter := range []cooperation.Filter{{}, {Involving: []cooperation.ID{involving}}} {
			entries := ds.Timeline(cooperation.TimelineOptions{Filter: filter})
			opts := render.Options{Languages: []language.Tag{language.Vietnamese, language.English}}
			if err := render.WriteText(io.Discard, ds, entries, opts); err != nil {
				t.Fatalf("WriteText: %v", err)
			}
			if err := render.WriteMarkdown(io.Discard, ds, entries, opts); err != nil {
				t.Fatalf("WriteMarkdown: %v", err)
			}
			// Decode keeps IDs that are not valid (Validate reports them):
			// CSV and JSON refuse them and write nothing.
			var buf bytes.Buffer
			var ie *render.IDError
			err := render.WriteCSV(&buf, ds, entries, opts)
			switch {
			case hasInvalidID(entries, false):
				if !errors.As(err, &ie) || buf.Len() != 0 {
					t.Fatalf("WriteCSV with an invalid ID: %v, %d bytes", err, buf.Len())
				}
			case err != nil:
				t.Fatalf("WriteCSV: %v", err)
			default:
				recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
				if err != nil {
					t.Fatalf("WriteCSV output does not parse: %v\n%s", err, buf.Bytes())
				}
				if len(recs) != len(entries)+1 {
					t.Fatalf("WriteCSV wrote %d records for %d entries\n%s", len(recs), len(entries), buf.Bytes())
				}
			}
			buf.Reset()
			err = render.WriteJSON(&buf, ds, entries, opts)
			switch {
			case hasInvalidID(entries, true):
				if !errors.As(err, &ie) || buf.Len() != 0 {
					t.Fatalf("WriteJSON with an invalid ID: %v, %d bytes", err, buf.Len())
				}
			case errors.As(err, &ie) && strings.HasPrefix(ie.Field, "details.") && buf.Len() == 0:
				// An invalid ID among the details (a venue, an outcome's
				// refs): refused too.
			case err != nil:
				t.Fatalf("WriteJSON: %v", err)
			case !json.Valid(buf.Bytes()):
				t.Fatalf("WriteJSON output is not valid JSON:\n%s", buf.Bytes())
			}
			buf.Reset()
			if _, err := render.WriteICS(&buf, ds, entries, render.ICSOptions{Options: opts, Stamp: stamp}); err != nil {
				t.Fatalf("WriteICS: %v", err)
			}
			checkICS(t, buf.String())
			buf.Reset()
			if err := render.WriteSVG(&buf, ds, entries, render.SVGOptions{Options: opts}); err != nil {
				t.Fatalf("WriteSVG: %v", err)
			}
			if err := wellFormedXML(buf.Bytes()); err != nil {
				t.Fatalf("WriteSVG output is not well-formed XML: %v\n%s", err, buf.Bytes())
			}
		}
	})
}

// fuzzDataset builds, in Go as a program or an importer would, a dataset
// whose every free text is the fuzzer's (the details too: an outcome's
// summary, an amount's purpose, a target's scope, a claimed venue, units
// the fuzzer names): an actor named name with a post
// titled detail, its ID id (which may be no valid ID), a venue and an
// event named name at that venue citing id, an agreement the actor is a
// party to, an initiative with a target and a commitment about detail, a
// figure of metric detail, and an event without a name (so its ID is
// shown) in year far, which can be billions of years away.
func fuzzDataset(name, detail, id string, far int64) *cooperation.Dataset {
	n := names.Names{{Text: name}}
	farDate, err := edtf.Parse(fmt.Sprintf("Y%d", far))
	if err != nil {
		farDate = edtf.MustParse("2022")
	}
	aid := cooperation.ID(id)
	switch aid {
	case "org", "venue", "e", "a", "i", "f", "venue-far", "org-far", "e-far", "a-far", "i-far", "f-far":
		aid += "-x" // IDs unique, so that every entry is written
	}
	ds := &cooperation.Dataset{
		Actors: []cooperation.Actor{
			{ID: aid, Kind: cooperation.ActorPerson, Names: n,
				Posts: []cooperation.Post{{Title: detail, Org: "org", Period: edtf.MustParse("2020-01-05/2022-03")}}},
			{ID: "org", Kind: cooperation.ActorMinistry, Names: n, Founded: edtf.MustParse("1990")},
			{ID: "venue", Kind: cooperation.ActorVenue, Names: n},
		},
		Events: []cooperation.Event{
			{ID: "e", Kind: cooperation.EventMeeting, Names: n, Date: edtf.MustParse("2021-09-10"), Venue: "venue", Online: true,
				Hosts: []cooperation.ID{"org"}, Organisers: []cooperation.ID{aid}, CoChairs: []cooperation.ID{aid},
				Participants: []cooperation.Participant{{Actor: aid}, {Actor: aid, Role: cooperation.ParticipantRoleSpeaker, For: "org"}},
				Attendance:   quantity.Quantity{Value: quantity.MustParseDecimal("200"), Unit: quantity.Unit(detail), Qualifier: quantity.QualifierMoreThan},
				Outcomes:     []cooperation.Outcome{{Kind: cooperation.OutcomeStatement, By: aid, Summary: detail}, {Kind: cooperation.OutcomeLaunch, Refs: []cooperation.ID{aid}}},
				Claims:       []cooperation.Claim{{Field: "venue", Value: detail, Sources: []cooperation.ID{aid}}},
				Sources:      []cooperation.ID{aid}},
			{ID: aid + "-far", Kind: cooperation.EventMeeting, Date: farDate, Participants: []cooperation.Participant{{Actor: aid}}},
		},
		Agreements: []cooperation.Agreement{{ID: "a", Kind: cooperation.AgreementMoU, Names: n,
			Parties: []cooperation.Party{{Actor: aid, Ratified: edtf.MustParse("2020-02-20"), Instrument: cooperation.InstrumentRatification}, {Actor: "org"}},
			Signed:  edtf.MustParse("2020-02-02"), InForce: edtf.MustParse("2020-03"),
			Amounts: []cooperation.Amount{{Quantity: quantity.Quantity{Value: quantity.MustParseDecimal("20.9e9"), Unit: "CNY"},
				Equivalents: []quantity.Quantity{{Value: quantity.MustParseDecimal("-3.35e9"), Unit: "USD", Qualifier: quantity.QualifierAbout}}, Purpose: detail}}}},
		Initiatives: []cooperation.Initiative{{ID: "i", Kind: cooperation.InitiativeProject, Names: n, Period: edtf.MustParse("2019/2025"),
			Leads: []cooperation.ID{aid},
			Targets: []cooperation.Target{{Metric: detail, Deadline: edtf.MustParse("2030")},
				{Metric: detail, Scope: name, Subject: aid, Value: quantity.Quantity{Value: quantity.MustParseDecimal("99.5"), Unit: quantity.UnitPercent, Qualifier: quantity.QualifierAtLeast}, Deadline: edtf.MustParse("2031")}},
			Amounts:     []cooperation.Amount{{Quantity: quantity.Quantity{Value: quantity.MustParseDecimal("1e40"), Unit: quantity.Unit(name)}}},
			Commitments: []cooperation.Commitment{{By: aid, Action: detail, Deadline: edtf.MustParse("2028-06")}}}},
		Figures: []cooperation.Figure{{ID: "f", Subject: aid, Metric: detail, Period: edtf.MustParse("2020")}},
	}
	ds.Build()
	return ds
}

// fuzzSeeds are the inputs every writer's fuzz target starts from: plain
// text, each kind of hostile text of hostileNames, bad IDs and far dates.
func fuzzSeeds(f *testing.F) {
	f.Add("China-ASEAN Information Harbor Forum; 2015, Nanning", "Secretary", "cn", int64(2100))
	f.Add("中国—东盟信息港论坛，南宁市政府主办；第十二届中国—东盟博览会期间举行的系列活动之一", "书记", "gx", int64(1))
	for i, h := range hostileNames {
		f.Add(h.text, hostileNames[len(hostileNames)-1-i].text, badIDs[i%len(badIDs)], int64(1)<<(i*3))
	}
	f.Add("ok", "ok", "ok", int64(-1)<<62)
	f.Add("", "", "0", int64(1))
	f.Add(strings.Repeat("\x80", 300), strings.Repeat("\u202e", 40), "e\r\nX:y", int64(100000000000))
}

// invalidID returns the first ID of the entries, in the fields that
// WriteCSV and WriteJSON (with initiatives) refuse, that is not valid.
func invalidID(entries []cooperation.Entry, initiatives bool) (cooperation.ID, bool) {
	for _, e := range entries {
		ids := append([]cooperation.ID{e.Subject, e.Object}, e.Actors...)
		ids = append(ids, e.Sources...)
		if initiatives {
			ids = append(ids, e.Initiatives...)
		}
		for _, id := range ids {
			if id != "" && !id.Valid() {
				return id, true
			}
		}
	}
	return "", false
}

func hasInvalidID(entries []cooperation.Entry, initiatives bool) bool {
	_, ok := invalidID(entries, initiatives)
	return ok
}

// namedEvent returns the index among entries of the entry of event "e",
// whose title is its name, or -1. The fuzz targets check that entry's
// title only: Title builds a name chooser per call, and checking every
// entry would slow them tenfold.
func namedEvent(entries []cooperation.Entry) int {
	for i, e := range entries {
		if e.Subject == "e" && e.Kind == cooperation.EntryEvent {
			return i
		}
	}
	return -1
}

// shown returns the title of event "e" named name: the name, or the ID
// when the name is empty.
func shown(name string) string {
	if name == "" {
		return "e"
	}
	return name
}

// fuzzEntries returns the timeline of ds, whole: every entry kind the
// dataset makes.
func fuzzEntries(ds *cooperation.Dataset) []cooperation.Entry {
	return ds.Timeline(cooperation.TimelineOptions{AsOf: edtf.MustParse("2026-11-24")})
}

// FuzzWriteText checks that the table holds no control character but the
// line breaks that end its rows, no bidi formatting character and no byte
// that is not UTF-8, one row an entry with its details indented under the
// titles (with Details; one line an entry without), whatever the data holds.
func FuzzWriteText(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, name, detail, id string, far int64) {
		ds := fuzzDataset(name, detail, id, far)
		entries := fuzzEntries(ds)
		var buf bytes.Buffer
		if err := render.WriteText(&buf, ds, entries, render.Options{Details: true}); err != nil {
			t.Fatal(err)
		}
		if raw := rawControl(buf.Bytes(), "\n"); raw != "" {
			t.Fatalf("text holds a %s:\n%q", raw, buf.Bytes())
		}
		lines := strings.Split(buf.String(), "\n")
		what := strings.Index(lines[0], "WHAT") // date and kind are ASCII: bytes are columns
		rows := 0
		for _, l := range lines[:len(lines)-1] {
			if !strings.HasPrefix(l, " ") {
				rows++
			} else if len(l) <= what+2 || strings.TrimLeft(l[:what+2], " ") != "" {
				t.Fatalf("a detail line is not indented to the titles: %q\n%s", l, buf.Bytes())
			}
		}
		if rows != len(entries)+1 {
			t.Fatalf("%d rows for %d entries:\n%s", rows, len(entries), buf.Bytes())
		}
		var brief bytes.Buffer
		if err := render.WriteText(&brief, ds, entries, render.Options{}); err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(brief.Bytes(), []byte("\n")); n != len(entries)+1 {
			t.Fatalf("brief: %d lines for %d entries:\n%s", n, len(entries), brief.Bytes())
		}
		found := false
		for _, l := range lines {
			found = found || strings.HasPrefix(l, "2021-09-10 ") && len(l) > what && strings.Join(strings.Fields(l[:what]), " ") == "2021-09-10 event" && l[what:] == visible(shown(name))+" (disputed)"
		}
		if !found {
			t.Fatalf("text lacks the row of %q:\n%s", visible(name), buf.Bytes())
		}
	})
}

var markdownRenderer = goldmark.New(goldmark.WithExtensions(extension.GFM))

// FuzzWriteMarkdown checks that the Markdown holds no raw control or bidi
// character and that goldmark, with GitHub Flavored Markdown, renders it
// as a table of a row an entry, five cells each (the details last), whose "What" cells begin
// with each entry's title as the package doc shows it, literally: no link,
// emphasis or strike-through.
func FuzzWriteMarkdown(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, name, detail, id string, far int64) {
		ds := fuzzDataset(name, detail, id, far)
		entries := fuzzEntries(ds)
		var src bytes.Buffer
		if err := render.WriteMarkdown(&src, ds, entries, render.Options{Details: true}); err != nil {
			t.Fatal(err)
		}
		if raw := rawControl(src.Bytes(), "\n"); raw != "" {
			t.Fatalf("Markdown holds a %s:\n%q", raw, src.Bytes())
		}
		var out bytes.Buffer
		if err := markdownRenderer.Convert(src.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		rows := htmlRows(out.String())
		if len(rows) != len(entries)+1 {
			t.Fatalf("%d rows for %d entries:\n%s\n%s", len(rows), len(entries), src.Bytes(), out.Bytes())
		}
		for i, e := range entries {
			row := rows[i+1]
			if len(row) != 5 {
				t.Fatalf("row %d has %d cells: %q\n%s", i, len(row), row, src.Bytes())
			}
			if e.Subject != "e" || e.Kind != cooperation.EntryEvent {
				continue
			}
			// The event's venue is claimed otherwise: it is disputed.
			// GFM trims a cell of spaces and tabs only: a Unicode space
			// (U+200A) of the name stays, as written.
			if title := strings.Trim(visible(shown(name))+" (disputed)", " \t"); row[2] != title {
				t.Fatalf("row %d shows %q, want %q\n%s\n%s", i, row[2], title, src.Bytes(), out.Bytes())
			}
		}
		for _, tag := range []string{"<a ", "<del>", "<em>", "<strong>", "<code>", "<img"} {
			if strings.Contains(out.String(), tag) {
				t.Fatalf("HTML holds %s:\n%s\n%s", tag, src.Bytes(), out.Bytes())
			}
		}
	})
}

// FuzzWriteCSV checks that the CSV parses back with encoding/csv to a
// record an entry after the header, of the header's length, that no text
// cell begins with a character a spreadsheet runs as a formula (unless
// KeepFormulas), that no cell holds a raw control or bidi character, and
// that an invalid ID is refused with an *IDError and nothing written.
func FuzzWriteCSV(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, name, detail, id string, far int64) {
		ds := fuzzDataset(name, detail, id, far)
		entries := fuzzEntries(ds)
		for _, keep := range []bool{false, true} {
			var buf bytes.Buffer
			err := render.WriteCSV(&buf, ds, entries, render.Options{KeepFormulas: keep})
			if bad, ok := invalidID(entries, false); ok {
				var ie *render.IDError
				if !errors.As(err, &ie) || ie.ID != bad || buf.Len() != 0 {
					t.Fatalf("ID %q: %v, %d bytes written", bad, err, buf.Len())
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if raw := rawControl(buf.Bytes(), "\r\n"); raw != "" {
				t.Fatalf("CSV holds a %s:\n%q", raw, buf.Bytes())
			}
			recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
			if err != nil {
				t.Fatalf("CSV does not parse: %v\n%s", err, buf.Bytes())
			}
			if len(recs) != len(entries)+1 {
				t.Fatalf("%d records for %d entries\n%s", len(recs), len(entries), buf.Bytes())
			}
			for i, rec := range recs[1:] {
				if len(rec) != len(render.CSVHeader()) {
					t.Fatalf("record %d has %d cells", i, len(rec))
				}
				for k, cell := range rec {
					if cell != "" && strings.IndexByte("\t\r", cell[0]) >= 0 || !keep && k >= 4 && cell != "" && strings.IndexByte("=+-@", cell[0]) >= 0 {
						t.Fatalf("record %d cell %d would run as a formula: %q", i, k, cell)
					}
				}
				if i != namedEvent(entries) {
					continue
				}
				want := visible(shown(name))
				if got := rec[6]; got != want && !(!keep && got == "'"+want) {
					t.Fatalf("record %d title %q, want %q", i, got, want)
				}
			}
		}
	})
}

// FuzzWriteJSON checks that the JSON is valid, holds no raw control or
// bidi character, reads back to the titles exactly when the text is UTF-8
// (and reports a *TextError when it is not), and that an invalid ID is
// refused with an *IDError and nothing written.
func FuzzWriteJSON(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, name, detail, id string, far int64) {
		ds := fuzzDataset(name, detail, id, far)
		entries := fuzzEntries(ds)
		var buf bytes.Buffer
		err := render.WriteJSON(&buf, ds, entries, render.Options{})
		var ie *render.IDError
		var te *render.TextError
		switch {
		case hasInvalidID(entries, true):
			bad, _ := invalidID(entries, true)
			if !errors.As(err, &ie) || ie.ID != bad || buf.Len() != 0 {
				t.Fatalf("ID %q: %v, %d bytes written", bad, err, buf.Len())
			}
			return
		case !utf8.ValidString(name) || !utf8.ValidString(detail):
			if !errors.As(err, &te) || te.Format != "JSON" {
				t.Fatalf("text not UTF-8: %v", err)
			}
		case err != nil:
			t.Fatal(err)
		}
		if raw := rawControl(buf.Bytes(), "\n"); raw != "" {
			t.Fatalf("JSON holds a %s:\n%q", raw, buf.Bytes())
		}
		var back []struct {
			Title  string `json:"title"`
			Detail string `json:"detail"`
		}
		if err := json.Unmarshal(buf.Bytes(), &back); err != nil || len(back) != len(entries) {
			t.Fatalf("%d entries of %d read back: %v", len(back), len(entries), err)
		}
		if te != nil {
			return
		}
		for i := range entries {
			if back[i].Detail != entries[i].Detail || i == namedEvent(entries) && back[i].Title != shown(name) {
				t.Fatalf("entry %d read back as %q, %q; want the name %q, %q", i, back[i].Title, back[i].Detail, name, entries[i].Detail)
			}
		}
	})
}

// FuzzWriteSVG checks that the picture is well-formed XML that
// encoding/xml reads to its end, holds no raw control (but the line
// breaks between elements) or bidi character, and is drawn in bounded
// time, for readers of four scripts, with the actor in focus, a
// date without a year, an uncertain date near far and a width of the
// fuzzer's. Whether labels overlap needs a browser to tell
// (TestSVGLabelsInChromium); here the layout must only never panic and
// never loop.
func FuzzWriteSVG(f *testing.F) {
	fuzzSeeds(f)
	langs := []language.Tag{language.English, language.SimplifiedChinese, language.Khmer, language.Burmese}
	f.Fuzz(func(t *testing.T, name, detail, id string, far int64) {
		ds := fuzzDataset(name, detail, id, far)
		uncertain, err := edtf.Parse(fmt.Sprintf("%d?-07", far))
		if err != nil {
			uncertain = edtf.MustParse("2020?-07")
		}
		aid := ds.Actors[0].ID
		ds.Events = append(ds.Events,
			cooperation.Event{ID: "yearless-x", Kind: cooperation.EventMeeting, Names: names.Names{{Text: name}}, Date: edtf.MustParse("XXXX-07-10"),
				Participants: []cooperation.Participant{{Actor: aid}}},
			cooperation.Event{ID: "uncertain-x", Kind: cooperation.EventMeeting, Names: names.Names{{Text: detail}}, Date: uncertain,
				Participants: []cooperation.Participant{{Actor: aid}}})
		ds.Build()
		entries := fuzzEntries(ds)
		opts := render.SVGOptions{Options: render.Options{Languages: langs[uint64(far)%4:]}, Focus: []cooperation.ID{aid, "org"},
			Width: int(far % 5000), MaxLanes: int(far % 40)}
		var buf bytes.Buffer
		start := time.Now()
		if err := render.WriteSVG(&buf, ds, entries, opts); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > 10*time.Second { // generous: machines under load
			t.Fatalf("WriteSVG took %v for %d entries", d, len(entries))
		}
		if raw := rawControl(buf.Bytes(), "\n"); raw != "" {
			t.Fatalf("SVG holds a %s:\n%q", raw, buf.Bytes())
		}
		if err := wellFormedXML(buf.Bytes()); err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, buf.Bytes())
		}
		dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
		for tok, err := dec.Token(); err == nil; tok, err = dec.Token() {
			if se, ok := tok.(xml.StartElement); ok {
				for _, a := range se.Attr { // no attribute holds text from the data
					if strings.Contains(a.Value, "NaN") || strings.Contains(a.Value, "Inf") {
						t.Fatalf("%s %s=%q", se.Name.Local, a.Name.Local, a.Value)
					}
				}
			}
		}
	})
}

// FuzzWriteICS checks the calendar against RFC 5545's rules (folding at
// 75 octets, CRLF and nothing else ending a line, escaped TEXT, UTF-8) and
// that it holds no raw control or bidi character, or, for text that is not
// UTF-8, that WriteICS ends and returns a *TextError.
func FuzzWriteICS(f *testing.F) {
	fuzzSeeds(f)
	f.Add("ភ្នំពេញ \\ back\nslash", "", "pp", int64(0))
	f.Fuzz(func(t *testing.T, name, detail, id string, far int64) {
		ds := fuzzDataset(name, detail, id, far)
		var buf bytes.Buffer
		res, err := render.WriteICS(&buf, ds, fuzzEntries(ds), render.ICSOptions{Stamp: time.Unix(0, 0), Domain: detail})
		if !utf8.ValidString(name) || !utf8.ValidString(detail) || !utf8.ValidString(id) {
			var te *render.TextError
			if !errors.As(err, &te) || te.Format != "iCalendar" {
				t.Fatalf("text not UTF-8: %v, %+v", err, res)
			}
			return
		}
		if err != nil || res.Events == 0 {
			t.Fatalf("%v, %+v", err, res)
		}
		checkICS(t, buf.String())
		if raw := rawControl(buf.Bytes(), "\r\n"); raw != "" {
			t.Fatalf("calendar holds a %s:\n%q", raw, buf.Bytes())
		}
	})
}
