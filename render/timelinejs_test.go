package render_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/huggo"
	"github.com/coopframe/cooperation/internal/golden"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/render"
)

// tljsDoc is the part of TimelineJS's JSON the tests read.
type tljsDoc struct {
	Title *struct {
		Text     map[string]string `json:"text"`
		Autolink bool              `json:"autolink"`
	} `json:"title"`
	Scale  string `json:"scale"`
	Events []struct {
		StartDate   map[string]int64  `json:"start_date"`
		EndDate     map[string]int64  `json:"end_date"`
		DisplayDate string            `json:"display_date"`
		Text        map[string]string `json:"text"`
		Group       string            `json:"group"`
		UniqueID    string            `json:"unique_id"`
		Autolink    *bool             `json:"autolink"`
	} `json:"events"`
}

func decodeTLJS(t testing.TB, b []byte) tljsDoc {
	t.Helper()
	var doc tljsDoc
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("not TimelineJS JSON: %v\n%s", err, b)
	}
	return doc
}

// eventsDataset returns a dataset of one meeting, "e", named name, on each
// date, with IDs e, e-2, e-3...
func eventsDataset(name string, dates ...string) *cooperation.Dataset {
	ds := &cooperation.Dataset{}
	for i, d := range dates {
		id := cooperation.ID("e")
		if i > 0 {
			id = cooperation.ID(fmt.Sprintf("e-%d", i+1))
		}
		ds.Events = append(ds.Events, cooperation.Event{ID: id, Kind: cooperation.EventMeeting,
			Names: names.Names{{Text: name, Lang: language.English}}, Date: edtf.MustParse(d)})
	}
	ds.Build()
	return ds
}

// TestTimelineJSDates checks each kind of EDTF date: the fields it is
// certain of, its end and how it reads.
func TestTimelineJSDates(t *testing.T) {
	type want struct {
		start, end map[string]int64
		display    string
		scale      string
	}
	tests := []struct {
		date string
		want want
	}{
		{"2019", want{start: map[string]int64{"year": 2019}}},
		{"2019-07", want{start: map[string]int64{"year": 2019, "month": 7}}},
		{"2019-07-10", want{start: map[string]int64{"year": 2019, "month": 7, "day": 10}}},
		{"2020-07-09T13:30:00+06:30", want{start: map[string]int64{"year": 2020, "month": 7, "day": 9, "hour": 13, "minute": 30, "second": 0}}},
		{"2022?", want{start: map[string]int64{"year": 2022}, display: "2022?"}},
		{"2019~", want{start: map[string]int64{"year": 2019}, display: "circa 2019"}},
		{"2019%", want{start: map[string]int64{"year": 2019}, display: "circa 2019?"}},
		{"2022?-11", want{start: map[string]int64{"year": 2022, "month": 11}, display: "2022-11?"}},
		{"2019/2021-03", want{start: map[string]int64{"year": 2019}, end: map[string]int64{"year": 2021, "month": 3}}},
		{"2019~/2021", want{start: map[string]int64{"year": 2019}, end: map[string]int64{"year": 2021}, display: "circa 2019 – 2021"}},
		{"2019/..", want{start: map[string]int64{"year": 2019}, display: "from 2019"}},
		{"2019-05/", want{start: map[string]int64{"year": 2019, "month": 5}, display: "from 2019-05"}},
		{"../1985", want{start: map[string]int64{"year": 1985}, display: "until 1985"}},
		{"201X", want{start: map[string]int64{"year": 2010}, end: map[string]int64{"year": 2019}, display: "201X"}},
		{"[2015-09-13..2015-09-14]", want{start: map[string]int64{"year": 2015, "month": 9, "day": 13}, end: map[string]int64{"year": 2015, "month": 9, "day": 14}, display: "[2015-09-13..2015-09-14]"}},
		{"2019-21", want{start: map[string]int64{"year": 2019, "month": 3}, end: map[string]int64{"year": 2019, "month": 5}}},
		{"-0044-03-15", want{start: map[string]int64{"year": -45, "month": 3, "day": 15}}},
		{"0000", want{start: map[string]int64{"year": -1}}},
		{"0001", want{start: map[string]int64{"year": 1}}},
		{"Y170000002", want{start: map[string]int64{"year": 170000002}, scale: "cosmological"}},
		{"Y-17E7", want{start: map[string]int64{"year": -170000001}, scale: "cosmological"}},
	}
	for _, tc := range tests {
		t.Run(tc.date, func(t *testing.T) {
			ds := eventsDataset("Meeting", tc.date)
			var buf bytes.Buffer
			res, err := render.WriteTimelineJS(&buf, ds, ds.Timeline(cooperation.TimelineOptions{}), render.TimelineJSOptions{})
			if err != nil || res != (render.TimelineJSResult{Events: 1}) {
				t.Fatalf("WriteTimelineJS: %+v, %v", res, err)
			}
			doc := decodeTLJS(t, buf.Bytes())
			if tc.want.scale == "" {
				tc.want.scale = "human"
			}
			ev := doc.Events[0]
			got := want{start: ev.StartDate, end: ev.EndDate, display: ev.DisplayDate, scale: doc.Scale}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.date, diff)
			}
		})
	}
}

// TestTimelineJSSkipped checks that an entry whose year is wholly
// unstated is left out and counted, and the others written.
func TestTimelineJSSkipped(t *testing.T) {
	ds := eventsDataset("Meeting", "XXXX-07-10", "2019", "201X")
	var buf bytes.Buffer
	res, err := render.WriteTimelineJS(&buf, ds, ds.Timeline(cooperation.TimelineOptions{}), render.TimelineJSOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := (render.TimelineJSResult{Events: 2, Skipped: 1}); res != want {
		t.Errorf("result %+v, want %+v", res, want)
	}
	if n := len(decodeTLJS(t, buf.Bytes()).Events); n != 2 {
		t.Errorf("%d events, want 2", n)
	}
}

// TestTimelineJSLanguages checks the groups, the headline and the date's
// reading for readers of Vietnamese and Chinese.
func TestTimelineJSLanguages(t *testing.T) {
	ds := eventsDataset("Hội nghị", "2019~")
	tests := []struct {
		lang              language.Tag
		group, display    string
		headlineSubstring string
	}{
		{language.English, "Events", "circa 2019", "Hội nghị"},
		{language.Vietnamese, "Sự kiện", "khoảng 2019", "Hội nghị"},
		{language.SimplifiedChinese, "活动", "约2019", "Hội nghị"},
		{language.MustParse("zh-TW"), "活動", "約2019", "Hội nghị"},
		{language.Thai, "กิจกรรม", "ประมาณ 2019", "Hội nghị"},
	}
	for _, tc := range tests {
		t.Run(tc.lang.String(), func(t *testing.T) {
			var buf bytes.Buffer
			if _, err := render.WriteTimelineJS(&buf, ds, ds.Timeline(cooperation.TimelineOptions{}), render.TimelineJSOptions{Options: render.Options{Languages: []language.Tag{tc.lang}}}); err != nil {
				t.Fatal(err)
			}
			ev := decodeTLJS(t, buf.Bytes()).Events[0]
			if ev.Group != tc.group || ev.DisplayDate != tc.display || !strings.Contains(ev.Text["headline"], tc.headlineSubstring) {
				t.Errorf("group %q, display %q, headline %q; want %q, %q, %q", ev.Group, ev.DisplayDate, ev.Text["headline"], tc.group, tc.display, tc.headlineSubstring)
			}
		})
	}
}

// TestTimelineJSBadID checks that an invalid subject is refused with an
// *IDError and nothing written.
func TestTimelineJSBadID(t *testing.T) {
	for _, id := range badIDs {
		t.Run(visible(id), func(t *testing.T) {
			ds := &cooperation.Dataset{Events: []cooperation.Event{{ID: cooperation.ID(id), Kind: cooperation.EventMeeting, Date: edtf.MustParse("2020")}}}
			ds.Build()
			var buf bytes.Buffer
			_, err := render.WriteTimelineJS(&buf, ds, ds.Timeline(cooperation.TimelineOptions{}), render.TimelineJSOptions{})
			var ie *render.IDError
			if !errors.As(err, &ie) || ie.ID != cooperation.ID(id) || ie.Format != "TimelineJS" || buf.Len() != 0 {
				t.Errorf("%v, %d bytes written; want an *IDError and nothing", err, buf.Len())
			}
		})
	}
}

func catalogTLJS(t testing.TB, filter cooperation.Filter, opts render.TimelineJSOptions) ([]byte, int) {
	t.Helper()
	ds, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	entries := ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf, Filter: filter})
	var buf bytes.Buffer
	res, err := render.WriteTimelineJS(&buf, ds, entries, opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Events+res.Skipped != len(entries) {
		t.Fatalf("result %+v for %d entries", res, len(entries))
	}
	return buf.Bytes(), res.Events
}

// TestWriteTimelineJS checks the catalog's timeline: one slide an entry,
// distinct HTML-safe IDs, autolink off, and the golden file.
func TestWriteTimelineJS(t *testing.T) {
	out, n := catalogTLJS(t, cooperation.Filter{}, render.TimelineJSOptions{Headline: "Cooperation in Southeast Asia", Text: "From the catalog <of> coopframe"})
	doc := decodeTLJS(t, out)
	if len(doc.Events) != n || n < 50 {
		t.Fatalf("%d events, %d written", len(doc.Events), n)
	}
	if doc.Title == nil || doc.Title.Text["text"] != "<p>From the catalog &lt;of&gt; coopframe</p>" {
		t.Errorf("title %+v", doc.Title)
	}
	checkTLJSDoc(t, doc)
	golden.Check(t, filepath.Join("testdata", "timelinejs", "catalog.json"), out)
}

var tljsIDPattern = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// checkTLJSDoc checks what holds of every output: unique HTML-safe IDs,
// autolink off, no markup but the paragraphs in the text, none at all in
// a group or a display_date (which TimelineJS decodes and writes as HTML).
func checkTLJSDoc(t testing.TB, doc tljsDoc) {
	t.Helper()
	ids := map[string]bool{}
	for i, ev := range doc.Events {
		if !tljsIDPattern.MatchString(ev.UniqueID) || ids[ev.UniqueID] {
			t.Fatalf("event %d: unique_id %q is repeated or not HTML-safe", i, ev.UniqueID)
		}
		ids[ev.UniqueID] = true
		if ev.Autolink == nil || *ev.Autolink {
			t.Fatalf("event %d: autolink %v", i, ev.Autolink)
		}
		if _, ok := ev.StartDate["year"]; !ok {
			t.Fatalf("event %d has no start year: %v", i, ev.StartDate)
		}
		if strings.ContainsAny(ev.Text["headline"], "<>") {
			t.Fatalf("event %d: headline holds markup: %q", i, ev.Text["headline"])
		}
		if body := strings.NewReplacer("<p>", "", "</p>", "").Replace(ev.Text["text"]); strings.ContainsAny(body, "<>") {
			t.Fatalf("event %d: text holds markup: %q", i, ev.Text["text"])
		}
		if strings.ContainsAny(ev.Group+ev.DisplayDate, "<>&") {
			t.Fatalf("event %d: group %q or display_date %q holds an HTML character", i, ev.Group, ev.DisplayDate)
		}
	}
}

// tljsPackage returns the directory of the npm package
// @knight-lab/timelinejs under $COOP_NPM and Chromium's path, or skips.
func tljsPackage(t *testing.T) (dist, chromium string) {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			chromium = p
			break
		}
	}
	if chromium == "" {
		t.Skip("Chromium not installed; install Debian's chromium to render TimelineJS")
	}
	npm := os.Getenv("COOP_NPM")
	if npm == "" {
		t.Skip("COOP_NPM not set; npm install --prefix DIR @knight-lab/timelinejs and set COOP_NPM=DIR")
	}
	dist = filepath.Join(npm, "node_modules", "@knight-lab", "timelinejs", "dist")
	for _, f := range []string{"js/timeline.js", "css/timeline.css"} {
		if _, err := os.Stat(filepath.Join(dist, f)); err != nil {
			t.Skipf("@knight-lab/timelinejs not installed under COOP_NPM=%s: %v", npm, err)
		}
	}
	return dist, chromium
}

// renderTLJS loads data into TimelineJS in headless Chromium and returns
// the DOM it builds and the JavaScript errors the page saw (window.onerror,
// console.error, the constructor's exception, TimelineJS's own messages).
func renderTLJS(t *testing.T, data []byte) (dom string, errs []string) {
	t.Helper()
	dist, chromium := tljsPackage(t)
	dir := t.TempDir()
	// Inline in a <script>, "</script" or "<!--" in the JSON would end the
	// script early; the writer's text has every < of the data as &lt;.
	if bytes.Contains(bytes.ToLower(data), []byte("</script")) || bytes.Contains(data, []byte("<!--")) {
		t.Fatal("the JSON would end its <script>")
	}
	page := `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://` + dist + `/css/timeline.css">
<script>
window.__errors = [];
window.onerror = function (m) { window.__errors.push("onerror: " + m); };
window.addEventListener("unhandledrejection", function (e) { window.__errors.push("rejection: " + e.reason); });
var consoleError = console.error;
console.error = function () { window.__errors.push("console.error: " + Array.prototype.join.call(arguments, " ")); consoleError.apply(console, arguments); };
</script>
<script src="file://` + dist + `/js/timeline.js"></script>
</head><body>
<div id="timeline-embed" style="width: 1200px; height: 700px"></div>
<pre id="tljs-errors"></pre>
<script>
var data = ` + string(data) + `;
try {
  window.timeline = new TL.Timeline("timeline-embed", data);
  if (window.timeline.config && !window.timeline.config.isValid()) {
    window.__errors.push("config: " + window.timeline.config.getErrors("; "));
  }
} catch (e) { window.__errors.push("constructor: " + e); }
setTimeout(function () {
  document.getElementById("tljs-errors").textContent = JSON.stringify(window.__errors);
}, 3000);
</script></body></html>`
	path := filepath.Join(dir, "timeline.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--window-size=1200,900",
		"--virtual-time-budget=10000", "--dump-dom", "file://"+path)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.Bytes())
	}
	dom = stdout.String()
	m := regexp.MustCompile(`<pre id="tljs-errors">([^<]*)</pre>`).FindStringSubmatch(dom)
	if m == nil {
		t.Fatalf("the page did not report its errors; DOM:\n%.2000s", dom)
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &errs); err != nil {
		t.Fatalf("errors %q: %v", m[1], err)
	}
	return dom, errs
}

// domText returns s, HTML as the writer writes it, as Chromium's
// serializer writes its text: & < > and no-break spaces as entities,
// quotes as they are.
func domText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\u00a0", "&nbsp;").Replace(html.UnescapeString(s))
}

var (
	tljsSlideRe  = regexp.MustCompile(`<div class="tl-slide( [^"]*)?"[^>]*>`)
	tljsMarkerRe = regexp.MustCompile(`<div class="tl-timemarker( [^"]*)?"[^>]*id="([^"]*)-marker"`)
	tljsDateRe   = regexp.MustCompile(`<h3 class="tl-headline-date">(.*?)</h3>`)
	tljsTagRe    = regexp.MustCompile(`<[^>]*>`)
)

// checkTLJSDOM checks that TimelineJS shows one slide and one marker for
// each event, with its headline, and no JavaScript error.
func checkTLJSDOM(t *testing.T, doc tljsDoc, dom string, errs []string) {
	t.Helper()
	if len(errs) > 0 {
		t.Errorf("JavaScript errors: %q", errs)
	}
	slides := 0
	for _, m := range tljsSlideRe.FindAllStringSubmatch(dom, -1) {
		if !strings.Contains(m[1], "tl-slide-titleslide") {
			slides++
		}
	}
	markers := len(tljsMarkerRe.FindAllStringSubmatch(dom, -1))
	if slides != len(doc.Events) || markers != len(doc.Events) {
		t.Errorf("%d slides and %d markers for %d events", slides, markers, len(doc.Events))
	}
	for _, ev := range doc.Events {
		if h := domText(ev.Text["headline"]); !strings.Contains(dom, ">"+h+"<") {
			t.Errorf("headline %q not shown", h)
		}
		if !strings.Contains(dom, `id="`+ev.UniqueID+`"`) {
			t.Errorf("no slide with id %q", ev.UniqueID)
		}
	}
}

// TestTimelineJSInChromium renders the JSON with TimelineJS in headless
// Chromium: small timelines whose dates are checked as shown, the
// catalog's whole timeline, a dyad's, and hostile names. It skips when
// Chromium or the npm package @knight-lab/timelinejs (under $COOP_NPM)
// is missing.
func TestTimelineJSInChromium(t *testing.T) {
	tljsPackage(t)
	t.Run("dates", func(t *testing.T) {
		ds := eventsDataset("Meeting", "2019", "2020-07", "2021-03-04", "2022?", "2023~/2024", "-0044-03-15", "0000")
		var buf bytes.Buffer
		if _, err := render.WriteTimelineJS(&buf, ds, ds.Timeline(cooperation.TimelineOptions{}), render.TimelineJSOptions{}); err != nil {
			t.Fatal(err)
		}
		doc := decodeTLJS(t, buf.Bytes())
		dom, errs := renderTLJS(t, buf.Bytes())
		checkTLJSDOM(t, doc, dom, errs)
		var shown []string
		for _, m := range tljsDateRe.FindAllStringSubmatch(dom, -1) {
			shown = append(shown, html.UnescapeString(tljsTagRe.ReplaceAllString(m[1], "")))
		}
		// TimelineJS writes a date without a display_date in its own words
		// (English by default) at the precision given; an interval's end
		// after an em dash.
		want := []string{"March 15, 45 BCE", "1 BCE", "2019", "July 2020", "March 4, 2021", "2022?", "circa 2023 – 2024"}
		got := make([]string, 0, len(shown))
		for _, s := range shown {
			if s != "" { // the title slide, when there is one, has no date
				got = append(got, s)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("dates shown (-want +got):\n%s", diff)
		}
	})
	for _, tc := range []struct {
		name   string
		filter cooperation.Filter
	}{
		{"catalog", cooperation.Filter{}},
		{"dyad", cooperation.Filter{Dyad: [2]cooperation.ID{"vn", "kh"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, n := catalogTLJS(t, tc.filter, render.TimelineJSOptions{Headline: "Timeline"})
			if n < 5 {
				t.Fatalf("only %d events", n)
			}
			doc := decodeTLJS(t, out)
			dom, errs := renderTLJS(t, out)
			checkTLJSDOM(t, doc, dom, errs)
			if !strings.Contains(dom, "tl-slide-titleslide") {
				t.Error("no title slide")
			}
		})
	}
	t.Run("layer", func(t *testing.T) {
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
		var buf bytes.Buffer
		entries := ds.Timeline(cooperation.TimelineOptions{Filter: cooperation.Filter{Involving: []cooperation.ID{"lmc"}}})
		if _, err := render.WriteTimelineJS(&buf, ds, entries, render.TimelineJSOptions{}); err != nil {
			t.Fatal(err)
		}
		doc := decodeTLJS(t, buf.Bytes())
		if len(doc.Events) == 0 {
			t.Fatal("no events for the layer's grouping")
		}
		dom, errs := renderTLJS(t, buf.Bytes())
		checkTLJSDOM(t, doc, dom, errs)
	})
	t.Run("huggo", func(t *testing.T) {
		dir := "../../shared/data/huggo-agreements"
		if _, err := os.Stat(filepath.Join(dir, huggo.AgreementsFile)); err != nil {
			t.Skipf("HUGGO data not found (%v): this case needs ../shared/data/huggo-agreements beside the checkout", err)
		}
		res, err := huggo.Load(os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		ds := res.Dataset
		// One state's treaties: the whole import is more slides than a
		// page is meant to hold.
		entries := ds.Timeline(cooperation.TimelineOptions{Filter: cooperation.Filter{Involving: []cooperation.ID{"khm"}}})
		if len(entries) == 0 {
			entries = ds.Timeline(cooperation.TimelineOptions{})
			entries = entries[:min(200, len(entries))]
		}
		var buf bytes.Buffer
		if _, err := render.WriteTimelineJS(&buf, ds, entries, render.TimelineJSOptions{}); err != nil {
			t.Fatal(err)
		}
		doc := decodeTLJS(t, buf.Bytes())
		dom, errs := renderTLJS(t, buf.Bytes())
		checkTLJSDOM(t, doc, dom, errs)
	})
	t.Run("cosmological", func(t *testing.T) {
		ds := eventsDataset("Meeting", "2020", "Y170000002", "Y-17E7", "2019/..")
		var buf bytes.Buffer
		if _, err := render.WriteTimelineJS(&buf, ds, ds.Timeline(cooperation.TimelineOptions{}), render.TimelineJSOptions{}); err != nil {
			t.Fatal(err)
		}
		doc := decodeTLJS(t, buf.Bytes())
		if doc.Scale != "cosmological" {
			t.Fatalf("scale %q", doc.Scale)
		}
		dom, errs := renderTLJS(t, buf.Bytes())
		checkTLJSDOM(t, doc, dom, errs)
	})
	t.Run("hostile", func(t *testing.T) {
		ds := &cooperation.Dataset{}
		for i, h := range hostileNames {
			ds.Events = append(ds.Events, cooperation.Event{ID: cooperation.ID(fmt.Sprintf("e-%d", i)), Kind: cooperation.EventMeeting,
				Names: names.Names{{Text: h.text + ` <img src=x onerror="window.__errors.push('injected')">`, Lang: language.English}},
				Date:  edtf.MustParse(fmt.Sprintf("%d", 2000+i))})
		}
		ds.Build()
		var buf bytes.Buffer
		if _, err := render.WriteTimelineJS(&buf, ds, ds.Timeline(cooperation.TimelineOptions{}), render.TimelineJSOptions{Headline: "<b>title</b>"}); err != nil {
			t.Fatal(err)
		}
		doc := decodeTLJS(t, buf.Bytes())
		dom, errs := renderTLJS(t, buf.Bytes())
		checkTLJSDOM(t, doc, dom, errs)
		if strings.Contains(dom, "<img") || strings.Contains(dom, "<b>") || strings.Contains(dom, "<script>alert") {
			t.Error("markup from the data became elements")
		}
	})
}

// FuzzWriteTimelineJS checks, for datasets built in Go with any names,
// details and IDs and dates billions of years away, that the output is
// valid JSON holding no raw control or bidi character, no markup from the
// data (every < of the data is &lt;), one slide an entry, and that an
// invalid ID is refused.
func FuzzWriteTimelineJS(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, name, detail, id string, far int64) {
		ds := fuzzDataset(name, detail, id, far)
		entries := fuzzEntries(ds)
		var buf bytes.Buffer
		res, err := render.WriteTimelineJS(&buf, ds, entries, render.TimelineJSOptions{Headline: name, Text: detail})
		for _, e := range entries {
			for _, ref := range []cooperation.ID{e.Subject, e.Object} {
				if ref != "" && !ref.Valid() {
					var ie *render.IDError
					if !errors.As(err, &ie) || buf.Len() != 0 {
						t.Fatalf("ID %q: %v, %d bytes written", ref, err, buf.Len())
					}
					return
				}
			}
		}
		if err != nil {
			t.Fatal(err)
		}
		if !json.Valid(buf.Bytes()) {
			t.Fatalf("not valid JSON:\n%s", buf.Bytes())
		}
		if raw := rawControl(buf.Bytes(), "\n"); raw != "" {
			t.Fatalf("the JSON holds a %s:\n%q", raw, buf.Bytes())
		}
		doc := decodeTLJS(t, buf.Bytes())
		if len(doc.Events) != res.Events || res.Events+res.Skipped != len(entries) {
			t.Fatalf("%d events, result %+v, %d entries", len(doc.Events), res, len(entries))
		}
		checkTLJSDoc(t, doc)
		// Decoded, the JSON's strings hold no hidden rune either.
		for _, ev := range doc.Events {
			for _, s := range []string{ev.Text["headline"], ev.Text["text"]} {
				if raw := rawControl([]byte(s), ""); raw != "" {
					t.Fatalf("text %q holds a %s", s, raw)
				}
			}
		}
	})
}

// BenchmarkWriteTimelineJS writes 1,000 and 10,000 entries (signatures,
// entries into force and ends of bilateral agreements) as TimelineJS JSON.
func BenchmarkWriteTimelineJS(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		ds := agreementsDataset(b, n/2)
		entries := ds.Timeline(cooperation.TimelineOptions{})[:n]
		var buf bytes.Buffer
		if _, err := render.WriteTimelineJS(&buf, ds, entries, render.TimelineJSOptions{}); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			for b.Loop() {
				_, sinkErr = render.WriteTimelineJS(io.Discard, ds, entries, render.TimelineJSOptions{})
			}
		})
	}
}

// WriteTimelineJS writes the JSON that TimelineJS 3 reads: here one
// meeting whose year is uncertain, for a reader of English.
func ExampleWriteTimelineJS() {
	ds := &cooperation.Dataset{Events: []cooperation.Event{{ID: "forum-2015", Kind: cooperation.EventForum,
		Names: names.Names{{Text: "China-ASEAN <Information Harbor> Forum", Lang: language.English}}, Date: edtf.MustParse("2015?-09-13")}}}
	ds.Build()
	res, _ := render.WriteTimelineJS(os.Stdout, ds, ds.Timeline(cooperation.TimelineOptions{}), render.TimelineJSOptions{})
	fmt.Println(res.Events, "slide")
	// Output:
	// {
	//   "scale": "human",
	//   "events": [
	//     {
	//       "start_date": {
	//         "year": 2015,
	//         "month": 9,
	//         "day": 13
	//       },
	//       "display_date": "2015-09-13?",
	//       "text": {
	//         "headline": "China-ASEAN &lt;Information Harbor&gt; Forum",
	//         "text": "<p>2015?-09-13</p>"
	//       },
	//       "group": "Events",
	//       "unique_id": "event--forum-2015",
	//       "autolink": false
	//     }
	//   ]
	// }
	// 1 slide
}
