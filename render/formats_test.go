package render_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/internal/golden"
	"github.com/coopframe/cooperation/render"
)

func catalogTimeline(t *testing.T) (*cooperation.Dataset, []cooperation.Entry) {
	t.Helper()
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	return ds, ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf})
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "formats", name), got)
}

func TestWriteMarkdown(t *testing.T) {
	ds, entries := catalogTimeline(t)
	var buf bytes.Buffer
	if err := render.WriteMarkdown(&buf, ds, entries, render.Options{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(entries)+2 {
		t.Errorf("%d lines for %d entries", len(lines), len(entries))
	}
	for i, l := range lines {
		if strings.Count(l, "|")-strings.Count(l, `\|`) != 5 {
			t.Errorf("line %d has a broken row: %q", i, l)
		}
	}
	checkGolden(t, "catalog.md", buf.Bytes())
}

func TestWriteCSV(t *testing.T) {
	ds, entries := catalogTimeline(t)
	var buf bytes.Buffer
	if err := render.WriteCSV(&buf, ds, entries, render.Options{}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(entries)+1 || !cmp.Equal(recs[0], render.CSVHeader()) {
		t.Fatalf("%d records, header %v", len(recs), recs[0])
	}
	for i, e := range entries {
		if recs[i+1][0] != e.Date.String() || recs[i+1][4] != string(e.Subject) {
			t.Errorf("record %d = %v, entry %v %v", i+1, recs[i+1], e.Date, e.Subject)
		}
	}
	if !bytes.Contains(buf.Bytes(), []byte("\r\n")) {
		t.Error("records do not end in CRLF")
	}
	checkGolden(t, "catalog.csv", buf.Bytes())
}

func TestWriteJSON(t *testing.T) {
	ds, entries := catalogTimeline(t)
	var buf bytes.Buffer
	if err := render.WriteJSON(&buf, ds, entries, render.Options{}); err != nil {
		t.Fatal(err)
	}
	var back []struct {
		cooperation.Entry
		Title string `json:"title"`
	}
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back) != len(entries) || back[0].Title == "" || back[0].Date != entries[0].Date {
		t.Errorf("round trip: %d entries, first %+v", len(back), back[0])
	}
}

// TestWriteICS checks the calendar against the rules of RFC 5545 that
// calendar programs enforce, and its content against a golden file.
func TestWriteICS(t *testing.T) {
	ds, entries := catalogTimeline(t)
	var buf bytes.Buffer
	res, err := render.WriteICS(&buf, ds, entries, render.ICSOptions{Stamp: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	events := 0
	for _, e := range entries {
		if e.Kind == cooperation.EntryEvent {
			events++
		}
	}
	if res.Events+res.Skipped != events || res.Skipped != 1 { // the visit of "2022?-11" has no day
		t.Errorf("wrote %d, skipped %d, of %d events", res.Events, res.Skipped, events)
	}
	checkICS(t, buf.String())
	checkGolden(t, "catalog.ics", buf.Bytes())
	for _, want := range []string{
		"DTSTART:20200709T070000Z",                                 // 13:30 at +06:30
		"DTSTART;VALUE=DATE:20150913\r\nDTEND;VALUE=DATE:20150915", // 13-14 September
		"LOCATION:online",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("calendar lacks %q", want)
		}
	}
}

func checkICS(t *testing.T, s string) {
	t.Helper()
	if !strings.HasSuffix(s, "\r\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\r") {
		t.Error("lines do not all end in CRLF")
	}
	raw := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	var lines []string
	for i, l := range raw {
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i, l)
		}
		if strings.HasPrefix(l, " ") {
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	depth := 0
	var props map[string]bool
	for _, l := range lines {
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Errorf("no colon: %q", l)
			continue
		}
		name, _, _ = strings.Cut(name, ";")
		switch {
		case name == "BEGIN":
			depth++
			if value == "VEVENT" {
				props = map[string]bool{}
			}
		case name == "END":
			depth--
			if value == "VEVENT" {
				for _, p := range []string{"UID", "DTSTAMP", "DTSTART", "SUMMARY"} {
					if !props[p] {
						t.Errorf("a VEVENT lacks %s", p)
					}
				}
			}
		case props != nil:
			props[name] = true
		}
		if name == "SUMMARY" || name == "DESCRIPTION" || name == "LOCATION" {
			// Unescaped commas and semicolons would split the value.
			for i := 0; i < len(value); i++ {
				if value[i] == '\\' {
					i++
					continue
				}
				if value[i] == ',' || value[i] == ';' {
					t.Errorf("unescaped %q in %s: %q", value[i], name, value)
				}
			}
		}
	}
	if depth != 0 {
		t.Errorf("BEGIN and END do not balance (%d)", depth)
	}
}

// TestICSInPythonIcalendar reads the calendar with python-icalendar, the
// parser many calendar tools use, and checks what it sees. It skips when
// python3 with the icalendar module is not installed (.ci/run installs
// Debian's python3-icalendar).
func TestICSInPythonIcalendar(t *testing.T) {
	// Debian's python3 has the module when python3-icalendar is installed;
	// a python3 earlier on PATH (pyenv, a venv) may not.
	py := ""
	for _, cand := range []string{"/usr/bin/python3", "python3"} {
		if p, err := exec.LookPath(cand); err == nil && exec.Command(p, "-c", "import icalendar").Run() == nil {
			py = p
			break
		}
	}
	if py == "" {
		t.Skip("python3 with the icalendar module not installed")
	}
	ds, entries := catalogTimeline(t)
	var buf bytes.Buffer
	res, err := render.WriteICS(&buf, ds, entries, render.ICSOptions{Stamp: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	script := `import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
for e in cal.walk("VEVENT"):
    end = e.get("dtend")
    print(e.get("dtstart").dt.isoformat(), end.dt.isoformat() if end else "-", e.get("uid"), sep="|")
`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = &buf
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("python-icalendar: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != res.Events {
		t.Fatalf("python-icalendar read %d events, WriteICS wrote %d:\n%s", len(lines), res.Events, out)
	}
	for _, want := range []string{
		"2015-09-13|2015-09-15|china-asean-information-harbor-forum-2015@coopframe.invalid",
		"2020-07-09T07:00:00+00:00|-|idcpc-yunnan-mandalay-meeting-2020@coopframe.invalid",
		"2021-09-10|2021-09-11|clmv-emm-13@coopframe.invalid",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("python-icalendar did not read %q:\n%s", want, out)
		}
	}

	// A calendar for a reader of Vietnamese: python-icalendar reads the
	// LANGUAGE of the description and its lines (\n escapes) back.
	buf.Reset()
	if _, err := render.WriteICS(&buf, ds, entries, render.ICSOptions{Options: render.Options{Languages: []language.Tag{language.Vietnamese}}, Stamp: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command(py, "-c", `import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
for e in cal.walk("VEVENT"):
    if str(e.get("uid")).startswith("china-cambodia-digital-economy-forum-2024@"):
        d = e.get("description")
        print(d.params.get("LANGUAGE"), e.get("location"), *str(d).split("\n"), sep="|")
`)
	cmd.Stdin = &buf
	out, err = cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("python-icalendar: %v\n%s", err, out)
	}
	if want := "vi|Phnom Penh|thành phần tham dự: Trung Quốc, Campuchia, "; !strings.HasPrefix(string(out), want) || !strings.Contains(string(out), "|số người tham dự: khoảng 250 persons|") {
		t.Errorf("python-icalendar read %q, want it to begin with %q and hold the attendance", out, want)
	}
}
