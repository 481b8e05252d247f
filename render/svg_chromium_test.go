package render_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/render"
)

// chromium returns the path of a Chromium binary, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("Chromium not installed; install Debian's chromium (and fonts-noto-core, fonts-noto-cjk) to render the SVG")
	return ""
}

// notoFonts skips the test unless fontconfig lists the fonts the
// widths of labels are estimated for: the estimates hold for the Noto
// fonts, and a fallback (DejaVu Sans) is wider.
func notoFonts(t *testing.T) {
	t.Helper()
	out, err := exec.Command("fc-list", ":", "family").Output()
	if err != nil {
		t.Skipf("fc-list: %v; install fontconfig, fonts-noto-core and fonts-noto-cjk", err)
	}
	for _, f := range []string{"Noto Sans", "Noto Sans CJK SC", "Noto Sans Khmer", "Noto Sans Myanmar"} {
		found := false
		for _, line := range strings.Split(string(out), "\n") {
			for _, name := range strings.Split(line, ",") {
				found = found || name == f
			}
		}
		if !found {
			t.Skipf("font %q not installed; install Debian's fonts-noto-core and fonts-noto-cjk", f)
		}
	}
}

// chromiumArgs are the flags every headless run takes, with a fresh
// profile in dir.
func chromiumArgs(dir string, more ...string) []string {
	return append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir=" + filepath.Join(dir, "profile")}, more...)
}

// svgView is one picture the Chromium tests draw: a timeline, its
// options and the reader's language.
type svgView struct {
	name string
	ds   *cooperation.Dataset // nil: the catalog
	opts cooperation.TimelineOptions
	svg  render.SVGOptions
}

// svgViews are the catalog, a dyad (China and Myanmar) and a grouping
// (CLMV), each for readers of English, simplified Chinese, Khmer and
// Burmese, and marksDataset's marks.
func svgViews() []svgView {
	var out []svgView
	for _, lang := range []string{"en", "zh-Hans", "km", "my"} {
		tags := []language.Tag{language.MustParse(lang)}
		out = append(out,
			svgView{"catalog-" + lang, nil, cooperation.TimelineOptions{AsOf: catalog.AsOf},
				render.SVGOptions{Options: render.Options{Languages: tags}}},
			svgView{"dyad-cn-mm-" + lang, nil, cooperation.TimelineOptions{AsOf: catalog.AsOf, Filter: cooperation.Filter{Dyad: [2]cooperation.ID{"cn", "mm"}}},
				render.SVGOptions{Options: render.Options{Languages: tags}, Focus: []cooperation.ID{"cn", "mm"}}},
			svgView{"clmv-" + lang, nil, cooperation.TimelineOptions{AsOf: catalog.AsOf, Filter: cooperation.Filter{Involving: []cooperation.ID{"clmv"}}},
				render.SVGOptions{Options: render.Options{Languages: tags}, Focus: []cooperation.ID{"clmv"}}},
		)
	}
	return append(out, svgView{name: "marks", ds: marksDataset(), opts: cooperation.TimelineOptions{AsOf: edtf.MustParse("2026-01-01")}})
}

// svgBox is a text's box as Chromium lays it out.
type svgBox struct {
	SVG  int     `json:"svg"`
	Text string  `json:"text"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	W    float64 `json:"w"`
	H    float64 `json:"h"`
}

// measureScript measures every <text> of every <svg> with getBBox (in the
// picture's own units) and writes the boxes, and each picture's size, as
// JSON into <pre id="out">, which --dump-dom then prints.
const measureScript = `<script>
window.addEventListener('load', () => {
  const boxes = [], sizes = [];
  document.querySelectorAll('svg').forEach((svg, i) => {
    sizes.push([svg.width.baseVal.value, svg.height.baseVal.value]);
    svg.querySelectorAll('text').forEach(t => {
      const b = t.getBBox();
      let s = '';
      t.childNodes.forEach(n => { if (n.nodeType === 3 || n.nodeName === 'tspan') s += n.textContent; });
      boxes.push({svg: i, text: s, x: b.x, y: b.y, w: b.width, h: b.height});
    });
  });
  document.getElementById('out').textContent = JSON.stringify({sizes: sizes, boxes: boxes});
});
</script>`

// TestSVGLabelsInChromium draws the catalog, a dyad and a grouping in
// four languages, lets headless Chromium measure every text of the
// pictures (labels, lane names, axis years, the legend) with the fonts
// installed, and fails on any two that overlap and on any that leaves the
// picture. It skips when Chromium is not installed; with SVG_SHOTS set to
// a directory, it also writes each picture there as NAME.svg, and the
// boxes measured as boxes.json.
func TestSVGLabelsInChromium(t *testing.T) {
	bin := chromium(t)
	notoFonts(t)
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	views := svgViews()
	var page bytes.Buffer
	shots := os.Getenv("SVG_SHOTS")
	for _, v := range views {
		vds := ds
		if v.ds != nil {
			vds = v.ds
		}
		var buf bytes.Buffer
		if err := render.WriteSVG(&buf, vds, vds.Timeline(v.opts), v.svg); err != nil {
			t.Fatalf("%s: %v", v.name, err)
		}
		if shots != "" {
			if err := os.WriteFile(filepath.Join(shots, v.name+".svg"), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		fmt.Fprintf(&page, "<div>%s</div>\n", buf.Bytes())
	}
	got := measureInChromium(t, bin, page.Bytes(), shots)
	if len(got.Sizes) != len(views) {
		t.Fatalf("%d pictures measured, want %d", len(got.Sizes), len(views))
	}
	bySVG := make([][]svgBox, len(views))
	for _, b := range got.Boxes {
		if b.SVG >= 0 && b.SVG < len(views) {
			bySVG[b.SVG] = append(bySVG[b.SVG], b)
		}
	}
	for i, v := range views {
		t.Run(v.name, func(t *testing.T) {
			for _, p := range textProblems(bySVG[i], got.Sizes[i]) {
				t.Error(p)
			}
			if len(bySVG[i]) < 10 {
				t.Errorf("only %d texts measured", len(bySVG[i]))
			}
		})
	}
}

// svgMeasures are what measureScript writes: each picture's size and
// every text's box.
type svgMeasures struct {
	Sizes [][2]float64 `json:"sizes"`
	Boxes []svgBox     `json:"boxes"`
}

// measureInChromium loads the HTML page body (pictures inline, without
// the script) in headless Chromium, lets measureScript measure every
// text, and returns the boxes read from the dumped DOM; with shots set,
// it writes them there as boxes.json too.
func measureInChromium(t *testing.T, bin string, body []byte, shots string) svgMeasures {
	t.Helper()
	var page bytes.Buffer
	page.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">\n")
	page.Write(body)
	page.WriteString("<pre id=\"out\"></pre>\n" + measureScript + "</body></html>\n")
	dir := t.TempDir()
	pagePath := filepath.Join(dir, "page.html")
	if err := os.WriteFile(pagePath, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, chromiumArgs(dir, "--dump-dom", "--virtual-time-budget=10000", "file://"+pagePath)...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.Bytes())
	}
	_, rest, ok := bytes.Cut(out, []byte(`<pre id="out">`))
	js, _, ok2 := bytes.Cut(rest, []byte(`</pre>`))
	if !ok || !ok2 || len(js) == 0 {
		t.Fatalf("chromium wrote no measurements:\n%.2000s\n%s", out, stderr.Bytes())
	}
	data := []byte(html.UnescapeString(string(js)))
	var got svgMeasures
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("measurements: %v", err)
	}
	if shots != "" {
		if err := os.WriteFile(filepath.Join(shots, "boxes.json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return got
}

// textProblems returns a line for each text of a picture of the given
// size that is drawn with no width, leaves the picture, or overlaps
// another, allowing half a pixel of rounding.
func textProblems(boxes []svgBox, size [2]float64) []string {
	const tol = 0.5
	var out []string
	w, h := size[0], size[1]
	for _, b := range boxes {
		if b.W == 0 && strings.TrimSpace(b.Text) != "" {
			out = append(out, fmt.Sprintf("%q has no width: not drawn", b.Text))
		}
		if b.X < -tol || b.Y < -tol || b.X+b.W > w+tol || b.Y+b.H > h+tol {
			out = append(out, fmt.Sprintf("%q at (%.1f,%.1f)+(%.1f×%.1f) leaves the %.0f×%.0f picture", b.Text, b.X, b.Y, b.W, b.H, w, h))
		}
	}
	for j := range boxes {
		for k := j + 1; k < len(boxes); k++ {
			a, b := boxes[j], boxes[k]
			if a.X+tol < b.X+b.W && b.X+tol < a.X+a.W && a.Y+tol < b.Y+b.H && b.Y+tol < a.Y+a.H {
				out = append(out, fmt.Sprintf("%q (%.1f,%.1f %.1f×%.1f) overlaps %q (%.1f,%.1f %.1f×%.1f)",
					a.Text, a.X, a.Y, a.W, a.H, b.Text, b.X, b.Y, b.W, b.H))
			}
		}
	}
	return out
}

// TestSVGOverlapCheck checks the check: a picture with two labels drawn
// over each other and one past its edge has both reported.
func TestSVGOverlapCheck(t *testing.T) {
	bin := chromium(t)
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" font-size="11">` +
		`<text x="10" y="20">Association of Southeast Asian Nations</text>` +
		`<text x="40" y="24">China</text>` +
		`<text x="180" y="60">Myanmar</text></svg>`
	got := measureInChromium(t, bin, []byte("<div>"+svg+"</div>"), "")
	if len(got.Sizes) != 1 {
		t.Fatalf("%d pictures measured, want 1", len(got.Sizes))
	}
	probs := textProblems(got.Boxes, got.Sizes[0])
	var overlaps, outside int
	for _, p := range probs {
		switch {
		case strings.Contains(p, "overlaps"):
			overlaps++
		case strings.Contains(p, "leaves"):
			outside++
		}
	}
	if overlaps != 1 || outside != 1 {
		t.Errorf("problems found:\n%s\nwant 1 overlap and 1 text outside", strings.Join(probs, "\n"))
	}
}
