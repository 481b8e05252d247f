package render_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/render"
)

// eventNamed returns a dataset of one dated event with the given name.
func eventNamed(name string) *cooperation.Dataset {
	ds := &cooperation.Dataset{Events: []cooperation.Event{{ID: "e", Kind: cooperation.EventMeeting,
		Names: names.Names{{Text: name}}, Date: edtf.MustParse("2021-09-10")}}}
	ds.Build()
	return ds
}

// TestWriteICSNotUTF8 checks that WriteICS ends on a name that is not
// UTF-8, with no rune start anywhere in a line, and reports it.
func TestWriteICSNotUTF8(t *testing.T) {
	for _, name := range []string{strings.Repeat("\x80", 300), "Forum \xff\xfe", strings.Repeat("é", 40) + "\xc3"} {
		t.Run(name[:4], func(t *testing.T) {
			ds := eventNamed(name)
			done := make(chan error, 1)
			go func() {
				_, err := render.WriteICS(new(bytes.Buffer), ds, ds.Timeline(cooperation.TimelineOptions{}), render.ICSOptions{Stamp: time.Unix(0, 0)})
				done <- err
			}()
			select {
			case err := <-done:
				var te *render.TextError
				if !errors.As(err, &te) || te.Format != "iCalendar" {
					t.Errorf("error %v, want a *render.TextError", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("WriteICS did not end")
			}
		})
	}
}

// TestWriteCSVFormulaCR checks a cell that begins with a carriage return
// in the bytes written: the CR is shown as an escape, so the cell begins
// with a backslash and neither a spreadsheet nor encoding/csv (which
// drops a lone CR with UseCRLF) sees it.
func TestWriteCSVFormulaCR(t *testing.T) {
	ds := eventNamed("\rcmd")
	var buf bytes.Buffer
	if err := render.WriteCSV(&buf, ds, ds.Timeline(cooperation.TimelineOptions{}), render.Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `,\x0dcmd,`) {
		t.Errorf("the carriage return is not escaped:\n%q", buf.String())
	}
}

// TestWriteCSVFormulas checks that text cells a spreadsheet would run as
// formulas are defused by default and written as they are with
// KeepFormulas.
func TestWriteCSVFormulas(t *testing.T) {
	tests := []struct{ name, want string }{
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1+2", "'+1+2"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tcmd", `\x09cmd`}, // the tab is escaped, so nothing is left to defuse
		{"Forum = meeting", "Forum = meeting"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			ds := eventNamed(tc.name)
			entries := ds.Timeline(cooperation.TimelineOptions{})
			title := func(opts render.Options) string {
				var buf bytes.Buffer
				if err := render.WriteCSV(&buf, ds, entries, opts); err != nil {
					t.Fatal(err)
				}
				recs, err := csv.NewReader(&buf).ReadAll()
				if err != nil || len(recs) != 2 {
					t.Fatalf("CSV %q: %v", buf.String(), err)
				}
				return recs[1][6]
			}
			if diff := cmp.Diff(tc.want, title(render.Options{})); diff != "" {
				t.Errorf("defused title (-want +got):\n%s", diff)
			}
			want := strings.TrimPrefix(tc.want, "'")
			if got := title(render.Options{KeepFormulas: true}); got != want {
				t.Errorf("KeepFormulas title %q, want %q", got, want)
			}
		})
	}
}

// TestWriteSVGFarFuture checks that a date a hundred billion years away does not
// make WriteSVG loop over its years.
func TestWriteSVGFarFuture(t *testing.T) {
	ds := &cooperation.Dataset{Events: []cooperation.Event{
		{ID: "a", Kind: cooperation.EventMeeting, Names: names.Names{{Text: "A"}}, Date: edtf.MustParse("2021-09-10")},
		{ID: "b", Kind: cooperation.EventMeeting, Names: names.Names{{Text: "B"}}, Date: edtf.MustParse("Y100000000000")},
	}}
	ds.Build()
	done := make(chan error, 1)
	go func() {
		done <- render.WriteSVG(new(bytes.Buffer), ds, ds.Timeline(cooperation.TimelineOptions{}), render.SVGOptions{})
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("WriteSVG did not end")
	}
}

// TestWriteICSUIDInjection checks that a line break in an ID or in the
// domain cannot add a property to the calendar.
func TestWriteICSUIDInjection(t *testing.T) {
	for _, tc := range []struct{ name, id, domain string }{
		{"ID", "e\r\nATTENDEE:mailto:x@example.org", ""},
		{"domain", "e", "example.org\r\nATTENDEE:mailto:x@example.org"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := &cooperation.Dataset{Events: []cooperation.Event{{ID: cooperation.ID(tc.id), Kind: cooperation.EventMeeting,
				Names: names.Names{{Text: "Meeting"}}, Date: edtf.MustParse("2021-09-10")}}}
			ds.Build()
			var buf bytes.Buffer
			if _, err := render.WriteICS(&buf, ds, ds.Timeline(cooperation.TimelineOptions{}), render.ICSOptions{Stamp: time.Unix(0, 0), Domain: tc.domain}); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(buf.String(), "\r\nATTENDEE") {
				t.Errorf("a property was injected:\n%s", buf.String())
			}
		})
	}
}
