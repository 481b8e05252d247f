package render_test

import (
	"bytes"
	"encoding/xml"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/render"
)

func catalogSVG(t *testing.T) []byte {
	t.Helper()
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	entries := ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf})
	var buf bytes.Buffer
	if err := render.WriteSVG(&buf, ds, entries, render.SVGOptions{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestWriteSVG checks that the picture is well-formed XML with the parts
// it should have, and compares it with a golden file.
func TestWriteSVG(t *testing.T) {
	svg := catalogSVG(t)
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
	if counts["svg"] != 1 || counts["circle"] < 5 || counts["path"] < 2 || counts["title"] < 20 {
		t.Errorf("element counts %v", counts)
	}
	checkGolden(t, "catalog.svg", svg)
}

// TestSVGInChromium renders the picture in headless Chromium and checks
// that the screenshot is not blank. It skips when Chromium is not
// installed (.ci/run installs Debian's chromium).
func TestSVGInChromium(t *testing.T) {
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("Chromium not installed; install Debian's chromium to render the SVG")
	}
	dir := t.TempDir()
	svgPath := filepath.Join(dir, "timeline.svg")
	if err := os.WriteFile(svgPath, catalogSVG(t), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "shot.png")
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--window-size=1200,1000", "--screenshot="+shot, "file://"+svgPath)
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
	_ = image.Point{}
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
