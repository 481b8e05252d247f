package render_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"testing"
	"time"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/render"
	"golang.org/x/text/language"
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
// record an entry after the header), the JSON must be valid, the calendar
// must keep RFC 5545's rules, and the SVG must be well-formed XML.
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
			var buf bytes.Buffer
			if err := render.WriteCSV(&buf, ds, entries, opts); err != nil {
				t.Fatalf("WriteCSV: %v", err)
			}
			recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
			if err != nil {
				t.Fatalf("WriteCSV output does not parse: %v\n%s", err, buf.Bytes())
			}
			if len(recs) != len(entries)+1 {
				t.Fatalf("WriteCSV wrote %d records for %d entries\n%s", len(recs), len(entries), buf.Bytes())
			}
			buf.Reset()
			if err := render.WriteJSON(&buf, ds, entries, opts); err != nil {
				t.Fatalf("WriteJSON: %v", err)
			}
			if !json.Valid(buf.Bytes()) {
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
