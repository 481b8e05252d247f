package render_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/render"
)

func catalogSVG(t *testing.T, langs ...language.Tag) []byte {
	t.Helper()
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	entries := ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf})
	var buf bytes.Buffer
	if err := render.WriteSVG(&buf, ds, entries, render.SVGOptions{Options: render.Options{Languages: langs}}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestWriteSVG checks that the picture is well-formed XML with the parts
// it should have, and compares it with golden files, for readers of
// English and of simplified Chinese.
func TestWriteSVG(t *testing.T) {
	for _, tc := range []struct {
		golden string
		lang   language.Tag
	}{
		{"catalog.svg", language.English},
		{"catalog.zh-Hans.svg", language.SimplifiedChinese},
	} {
		t.Run(tc.golden, func(t *testing.T) { checkSVG(t, tc.golden, catalogSVG(t, tc.lang)) })
	}
}

func checkSVG(t *testing.T, golden string, svg []byte) {
	dec := xml.NewDecoder(bytes.NewReader(svg))
	counts := map[string]int{}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			counts[se.Name.Local]++
			for _, a := range se.Attr {
				if strings.Contains(a.Value, "NaN") || strings.Contains(a.Value, "Inf") {
					t.Errorf("%s %s=%q", se.Name.Local, a.Name.Local, a.Value)
				}
			}
		}
	}
	if counts["svg"] != 1 || counts["circle"] < 5 || counts["path"] < 2 || counts["title"] < 20 || counts["text"] < 60 {
		t.Errorf("element counts %v", counts)
	}
	checkGolden(t, golden, svg)
}

// marksDataset has one of each kind of date the picture marks apart: a
// meeting with no year, a planned one, one whose year is uncertain, one
// of several days, and a plain one, all of actor "kh".
func marksDataset() *cooperation.Dataset {
	n := func(s string) names.Names { return names.Names{{Text: s, Lang: language.English}} }
	p := []cooperation.Participant{{Actor: "kh"}}
	ds := &cooperation.Dataset{
		Actors: []cooperation.Actor{{ID: "kh", Kind: cooperation.ActorState, Names: n("Cambodia")}},
		Events: []cooperation.Event{
			{ID: "yearless", Kind: cooperation.EventMeeting, Names: n("Annual festival meeting"), Date: edtf.MustParse("XXXX-07-10"), Participants: p},
			{ID: "planned", Kind: cooperation.EventMeeting, Names: n("Planned summit"), Date: edtf.MustParse("2030-05-01"), Participants: p},
			{ID: "uncertain", Kind: cooperation.EventMeeting, Names: n("Meeting of an uncertain year"), Date: edtf.MustParse("2021?-03-04"), Participants: p},
			{ID: "days", Kind: cooperation.EventMeeting, Names: n("Three-day forum"), Date: edtf.MustParse("2024-11-04/2024-11-06"), Participants: p},
			{ID: "plain", Kind: cooperation.EventMeeting, Names: n("Working session"), Date: edtf.MustParse("2019-01-15"), Participants: p},
		},
	}
	ds.Build()
	return ds
}

// TestSVGMarks checks how dates are marked: a date without a year in the
// band of its own, with its date in the label; a plan hollow and
// labelled so; an uncertain date over its possible span (the year either
// side); and a legend with the marks drawn, and only those.
func TestSVGMarks(t *testing.T) {
	ds := marksDataset()
	entries := ds.Timeline(cooperation.TimelineOptions{AsOf: edtf.MustParse("2026-01-01")})
	var buf bytes.Buffer
	if err := render.WriteSVG(&buf, ds, entries, render.SVGOptions{}); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	if err := wellFormedXML(buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`>XXXX-07-10 Annual festival meeting</text>`,
		`>year unknown</text>`,
		`>Planned summit (planned)</text>`,
		`fill="#ffffff" stroke="#7a2a08" stroke-dasharray="3,2"><title>2030-05-01 Planned summit (planned)</title>`,
		`>Meeting of an uncertain year</text>`,
		`>uncertain date: its possible span</text>`,
		`>planned (hollow)</text>`,
		`>event</text>`,
		`height="14" fill="#d9480f"`, // the forum's days
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("the picture lacks %s", want)
		}
	}
	for _, not := range []string{">signed</text>", ">in force or running</text>"} {
		if strings.Contains(svg, not) {
			t.Errorf("the legend explains a mark not drawn: %s", not)
		}
	}
	// The uncertain year's span runs from 2020-03-04 to 2022-03-04: wider
	// than a year on an axis of 2019 to 2030 (twelve years).
	var span float64
	for _, line := range strings.Split(svg, "\n") {
		if strings.Contains(line, `fill-opacity="0.15"`) && !strings.Contains(line, `width="16.0"`) {
			_, after, _ := strings.Cut(line, `width="`)
			w, _, _ := strings.Cut(after, `"`)
			span, _ = strconv.ParseFloat(w, 64)
		}
	}
	if year := float64(1200-230-20) / 12; span < 1.9*year || span > 2.1*year {
		t.Errorf("the uncertain year's span is %.1f pixels wide; want about two years, %.1f", span, 2*year)
	}
}

// TestSVGInChromium renders the picture in headless Chromium and checks
// that the screenshot is not blank. It skips when Chromium is not
// installed (.ci/run installs Debian's chromium).
func TestSVGInChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	svgPath := filepath.Join(dir, "timeline.svg")
	if err := os.WriteFile(svgPath, catalogSVG(t), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "shot.png")
	cmd := exec.Command(bin, chromiumArgs(dir, "--window-size=1200,1000", "--screenshot="+shot, "file://"+svgPath)...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	colours := map[[3]uint32]bool{}
	b := img.Bounds()
	nonWhite := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r >> 12, g >> 12, bl >> 12}] = true
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				nonWhite++
			}
		}
	}
	if nonWhite < 2000 || len(colours) < 8 {
		t.Errorf("the screenshot looks blank: %d non-white samples, %d colours", nonWhite, len(colours))
	}
	if dst := os.Getenv("SVG_SCREENSHOT"); dst != "" {
		data, _ := os.ReadFile(shot)
		os.WriteFile(dst, data, 0o644)
	}
}

// TestSVGBadOptions checks that out-of-range options fall back to their
// defaults instead of panicking: a MaxLanes or Width of 0 or less draws
// what the zero value draws, and a narrow width is widened to 490 pixels.
func TestSVGBadOptions(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	entries := ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf})
	write := func(t *testing.T, opts render.SVGOptions) []byte {
		t.Helper()
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("WriteSVG(%+v) panics: %v", opts, r)
			}
		}()
		var buf bytes.Buffer
		if err := render.WriteSVG(&buf, ds, entries, opts); err != nil {
			t.Fatalf("WriteSVG(%+v): %v", opts, err)
		}
		if err := wellFormedXML(buf.Bytes()); err != nil {
			t.Fatalf("WriteSVG(%+v) is not well-formed XML: %v", opts, err)
		}
		return buf.Bytes()
	}
	tests := []struct {
		name      string
		opts      render.SVGOptions
		like      render.SVGOptions // the options that must give the same picture
		wantWidth string
	}{
		{"negative MaxLanes", render.SVGOptions{MaxLanes: -1}, render.SVGOptions{}, `width="1200"`},
		{"negative Width", render.SVGOptions{Width: -5}, render.SVGOptions{}, `width="1200"`},
		{"both negative", render.SVGOptions{MaxLanes: -1, Width: -5}, render.SVGOptions{}, `width="1200"`},
		{"narrow Width", render.SVGOptions{Width: 1}, render.SVGOptions{Width: 490}, `width="490"`},
		{"one lane", render.SVGOptions{MaxLanes: 1, Width: -5}, render.SVGOptions{MaxLanes: 1}, `width="1200"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := write(t, tc.opts)
			if want := write(t, tc.like); !bytes.Equal(got, want) {
				t.Errorf("WriteSVG(%+v) differs from WriteSVG(%+v)", tc.opts, tc.like)
			}
			if head, _, _ := bytes.Cut(got, []byte(">")); !bytes.Contains(head, []byte(tc.wantWidth)) {
				t.Errorf("WriteSVG(%+v) starts %s; want %s", tc.opts, head, tc.wantWidth)
			}
		})
	}
}

// BenchmarkWriteSVG draws 1,000, 10,000 and 100,000 entries (signatures,
// entries into force and ends of bilateral agreements between 15 states)
// on the 12 lanes chosen automatically. Its time per entry should stay
// flat: the label layout is linear in the labels.
func BenchmarkWriteSVG(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		ds := agreementsDataset(b, n/2)
		entries := ds.Timeline(cooperation.TimelineOptions{})
		if len(entries) < n {
			b.Fatalf("%d entries, want at least %d", len(entries), n)
		}
		entries = entries[:n]
		var buf bytes.Buffer
		if err := render.WriteSVG(&buf, ds, entries, render.SVGOptions{}); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			for b.Loop() {
				sinkErr = render.WriteSVG(io.Discard, ds, entries, render.SVGOptions{})
			}
		})
	}
}

// ExampleSVGOptions_focus draws the entries linking China and Myanmar with
// the two states first, then a body of each (a company tied to it by its
// country code), then what the entries involve most, and prints the
// lanes' names (each lane's <title>).
func ExampleSVGOptions_focus() {
	ds, err := catalog.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	dyad := [2]cooperation.ID{"cn", "mm"}
	entries := ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf, Filter: cooperation.Filter{Dyad: dyad}})
	var buf bytes.Buffer
	if err := render.WriteSVG(&buf, ds, entries, render.SVGOptions{Focus: dyad[:], MaxLanes: 5}); err != nil {
		fmt.Println(err)
		return
	}
	dec := xml.NewDecoder(&buf)
	inLane, inTitle := false, false
	for tok, err := dec.Token(); err == nil; tok, err = dec.Token() {
		switch tok := tok.(type) {
		case xml.StartElement:
			inLane = inLane || tok.Name.Local == "g"
			inTitle = inLane && tok.Name.Local == "title"
		case xml.CharData:
			if inTitle {
				fmt.Println(string(tok))
				inLane, inTitle = false, false
			}
		}
	}
	// Output:
	// China
	// Myanmar
	// China Unicom
	// Myanmar telecom operators
	// China-Myanmar Economic Corridor
}
