package render_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/render"
)

// layerTimeline returns the timeline of the layered dataset
// testdata/layer/lmc.json (the Lancang-Mekong Cooperation) on the catalog.
func layerTimeline(t *testing.T) (*cooperation.Dataset, []cooperation.Entry) {
	t.Helper()
	base, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../testdata/layer/lmc.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := cooperation.Decode(f, cooperation.DecodeOptions{Base: base})
	if err != nil {
		t.Fatal(err)
	}
	return ds, ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf, Filter: cooperation.Filter{Involving: []cooperation.ID{"lmc", "th"}}})
}

// TestGoldenFormats writes the catalog's timeline and that of a layer on
// it in every format the package has but SVG, for readers of English,
// Vietnamese and Chinese (and, in text, of every title language), and
// compares each with its golden file in testdata/formats/<dataset>/.
// Run with -update to rewrite them.
func TestGoldenFormats(t *testing.T) {
	sets := []struct {
		name  string
		load  func(*testing.T) (*cooperation.Dataset, []cooperation.Entry)
		langs []string
	}{
		{"catalog", catalogTimeline, []string{"en", "vi", "zh-Hans", "zh-Hant", "id", "ms", "th", "zh-MY"}},
		{"lmc", layerTimeline, []string{"en", "vi", "zh-Hans"}},
	}
	stamp := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	for _, set := range sets {
		ds, entries := set.load(t)
		for _, lang := range set.langs {
			opts := render.Options{Languages: []language.Tag{language.MustParse(lang)}, Details: true}
			all := lang == "en" || lang == "vi" || lang == "zh-Hans"
			for _, format := range []string{"txt", "md", "csv", "json", "ics"} {
				if !all && format != "txt" {
					continue
				}
				t.Run(set.name+"/"+lang+"."+format, func(t *testing.T) {
					var buf bytes.Buffer
					var err error
					switch format {
					case "txt":
						err = render.WriteText(&buf, ds, entries, opts)
					case "md":
						err = render.WriteMarkdown(&buf, ds, entries, opts)
					case "csv":
						err = render.WriteCSV(&buf, ds, entries, opts)
						if err == nil {
							recs, perr := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
							if perr != nil || len(recs) != len(entries)+1 {
								t.Errorf("CSV reads back to %d records of %d: %v", len(recs), len(entries)+1, perr)
							}
						}
					case "json":
						err = render.WriteJSON(&buf, ds, entries, opts)
						if err == nil && !json.Valid(buf.Bytes()) {
							t.Error("JSON is not valid")
						}
					case "ics":
						_, err = render.WriteICS(&buf, ds, entries, render.ICSOptions{Options: opts, Stamp: stamp})
						if err == nil {
							checkICS(t, buf.String())
						}
					}
					if err != nil {
						t.Fatal(err)
					}
					checkGolden(t, filepath.Join(set.name, lang+"."+format), buf.Bytes())
				})
			}
		}
	}
}
