package render_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/render"
)

// visible is the test's own statement of the escapes the package doc
// promises: what a cell, a title or a label shows for text s.
func visible(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case hiddenRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// hiddenRune reports whether r is a rune, other than the C0 controls and
// DEL, that no output but JSON's escapes may hold raw.
func hiddenRune(r rune) bool {
	return 0x80 <= r && r < 0xa0 || unicode.Is(unicode.Bidi_Control, r) ||
		r == 0x2028 || r == 0x2029 || r == 0xfffe || r == 0xffff
}

// rawControl returns a description of the first control character,
// bidi formatting character or byte that is not UTF-8 in out, other than
// the bytes in allowed, or "" when there is none.
func rawControl(out []byte, allowed string) string {
	for i := 0; i < len(out); {
		r, n := utf8.DecodeRune(out[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return fmt.Sprintf("byte %#x at %d is not UTF-8", out[i], i)
		case (r < 0x20 || r == 0x7f) && !strings.ContainsRune(allowed, r), hiddenRune(r):
			return fmt.Sprintf("raw %U at %d", r, i)
		}
		i += n
	}
	return ""
}

// hostileNames are names that a terminal, a spreadsheet, a calendar, a
// Markdown renderer or a browser would act on if written raw.
var hostileNames = []struct{ name, text string }{
	{"emphasis", "**bold** __strong__ *em* _em_ `code`"},
	{"links", "[link](http://x.org) ![img](x.png) [ref]: http://x.org"},
	{"autolinks", "https://evil.example/x www.evil.example WWW.EVIL.EXAMPLE mail@evil.example ftp://x.org"},
	{"strike", "~~struck~~ ~one~"},
	{"entities", "&#x202E;evil &amp; &lt;b&gt; &copy;"},
	{"html", "<b>bold</b> <script>alert(1)</script> <http://x.org>"},
	{"pipes", `a | b \| c \\| d`},
	{"heading", "# heading"},
	{"list minus", "- item"},
	{"list plus", "+ item"},
	{"ordered", "1. item"},
	{"ordered paren", "12) item"},
	{"quote", "> quote"},
	{"setext", "=== x"},
	{"controls", "ESC \x1b[31mred\x1b[0m BEL\a CR\rLF\nTAB\t DEL\x7f NUL\x00"},
	{"C1", "NEL\u0085 CSI\u009b31m"},
	{"RLO", "Forum \u202eevil\u202c ok"},
	{"isolates", "\u2066x\u2069 \u2067y\u2069 \u2068z\u2069 \u200e\u200f\u061c"},
	{"separators", "line\u2028para\u2029"},
	{"noncharacters", "a\ufffeb\uffff"},
	{"not UTF-8", "bad \xff\xfe \xc3"},
	{"backslash", `back\slash \* \x1b`},
	{"formula", "=HYPERLINK(\"http://x\")"},
}

// TestMarkdownInGoldmark renders the Markdown written for hostile names
// with goldmark and its GitHub Flavored Markdown extensions (linkify,
// strike-through, tables) and checks that each cell shows the name
// literally: no link, emphasis, strike-through, raw HTML or decoded
// entity, and the escapes of the package doc.
func TestMarkdownInGoldmark(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	for _, tc := range hostileNames {
		t.Run(tc.name, func(t *testing.T) {
			ds := eventNamed(tc.text)
			ds.Events[0].Sources = []cooperation.ID{"src-1", "src|2\n*x*"}
			// A venue of the same name: the details cell shows it literally too.
			ds.Actors = append(ds.Actors, cooperation.Actor{ID: "v", Kind: cooperation.ActorVenue, Names: names.Names{{Text: tc.text}}})
			ds.Events[0].Venue = "v"
			ds.Build()
			var src bytes.Buffer
			if err := render.WriteMarkdown(&src, ds, ds.Timeline(cooperation.TimelineOptions{}), render.Options{Details: true}); err != nil {
				t.Fatal(err)
			}
			if raw := rawControl(src.Bytes(), "\n"); raw != "" {
				t.Errorf("Markdown holds a %s:\n%q", raw, src.Bytes())
			}
			var out bytes.Buffer
			if err := md.Convert(src.Bytes(), &out); err != nil {
				t.Fatal(err)
			}
			rows := htmlRows(out.String())
			want := [][]string{
				{"Date", "Kind", "What", "Sources", "Details"},
				{"2021-09-10", "event", visible(tc.text), `src-1 src|2\x0a*x*`, "venue: " + visible(tc.text)},
			}
			if diff := cmp.Diff(want, rows); diff != "" {
				t.Errorf("cells rendered (-want +got):\n%s\nMarkdown: %q\nHTML: %s", diff, src.Bytes(), out.Bytes())
			}
			for _, tag := range []string{"<a ", "<del>", "<em>", "<strong>", "<code>", "<img", "<b>", "<script", "<p>", "<ul>", "<ol>", "<h1>", "<blockquote>"} {
				if strings.Contains(out.String(), tag) {
					t.Errorf("HTML holds %s:\n%s", tag, out.Bytes())
				}
			}
			if strings.ContainsRune(html.UnescapeString(out.String()), '\u202e') {
				t.Errorf("HTML decodes to a U+202E:\n%s", out.Bytes())
			}
		})
	}
}

var (
	htmlRow  = regexp.MustCompile(`(?s)<tr>(.*?)</tr>`)
	htmlCell = regexp.MustCompile(`(?s)<t[hd]>(.*?)</t[hd]>`)
)

// htmlRows returns the text of each cell of the HTML table in s, its
// entities decoded.
func htmlRows(s string) [][]string {
	var rows [][]string
	for _, r := range htmlRow.FindAllStringSubmatch(s, -1) {
		var cells []string
		for _, c := range htmlCell.FindAllStringSubmatch(r[1], -1) {
			cells = append(cells, html.UnescapeString(c[1]))
		}
		rows = append(rows, cells)
	}
	return rows
}

// TestHostileNames writes an event with each hostile name in every format
// and checks what each format's reader gets: the name's escapes as the
// package doc gives them (the name itself from JSON), and no raw control
// or bidi formatting character anywhere.
func TestHostileNames(t *testing.T) {
	stamp := time.Unix(0, 0)
	for _, tc := range hostileNames {
		ds := eventNamed(tc.text)
		entries := ds.Timeline(cooperation.TimelineOptions{})
		utf := utf8.ValidString(tc.text)
		t.Run("text/"+tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render.WriteText(&buf, ds, entries, render.Options{}); err != nil {
				t.Fatal(err)
			}
			if raw := rawControl(buf.Bytes(), "\n"); raw != "" {
				t.Errorf("text holds a %s:\n%q", raw, buf.Bytes())
			}
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			if len(lines) != 2 {
				t.Fatalf("%d lines: %q", len(lines), buf.Bytes())
			}
			if diff := cmp.Diff("2021-09-10  event  "+visible(tc.text), lines[1]); diff != "" {
				t.Errorf("row (-want +got):\n%s", diff)
			}
		})
		t.Run("CSV/"+tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render.WriteCSV(&buf, ds, entries, render.Options{KeepFormulas: true}); err != nil {
				t.Fatal(err)
			}
			if raw := rawControl(buf.Bytes(), "\r\n"); raw != "" {
				t.Errorf("CSV holds a %s:\n%q", raw, buf.Bytes())
			}
			recs, err := csv.NewReader(&buf).ReadAll()
			if err != nil || len(recs) != 2 {
				t.Fatalf("%d records, %v", len(recs), err)
			}
			if diff := cmp.Diff(visible(tc.text), recs[1][6]); diff != "" {
				t.Errorf("title cell (-want +got):\n%s", diff)
			}
		})
		t.Run("JSON/"+tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := render.WriteJSON(&buf, ds, entries, render.Options{})
			var te *render.TextError
			if utf && err != nil || !utf && (!errors.As(err, &te) || te.Format != "JSON") {
				t.Fatalf("error %v", err)
			}
			if raw := rawControl(buf.Bytes(), "\n"); raw != "" {
				t.Errorf("JSON holds a %s:\n%q", raw, buf.Bytes())
			}
			var back []struct{ Title string }
			if err := json.Unmarshal(buf.Bytes(), &back); err != nil || len(back) != 1 {
				t.Fatalf("%d entries, %v", len(back), err)
			}
			if diff := cmp.Diff(tc.text, back[0].Title); utf && diff != "" {
				t.Errorf("title read back (-want +got):\n%s", diff)
			}
		})
		t.Run("iCalendar/"+tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			_, err := render.WriteICS(&buf, ds, entries, render.ICSOptions{Stamp: stamp})
			if !utf {
				var te *render.TextError
				if !errors.As(err, &te) {
					t.Fatalf("error %v, want a *render.TextError", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkICS(t, buf.String())
			if raw := rawControl(buf.Bytes(), "\r\n"); raw != "" {
				t.Errorf("calendar holds a %s:\n%q", raw, buf.Bytes())
			}
			want := "SUMMARY;LANGUAGE=en:" + strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`).Replace(visible(tc.text))
			if got := icsProperty(buf.String(), "SUMMARY"); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
		t.Run("SVG/"+tc.name, func(t *testing.T) {
			ds.Actors = []cooperation.Actor{{ID: "p", Kind: cooperation.ActorPerson, Names: names.Names{{Text: tc.text}}}}
			ds.Events[0].Participants = []cooperation.Participant{{Actor: "p"}}
			ds.Build()
			var buf bytes.Buffer
			if err := render.WriteSVG(&buf, ds, ds.Timeline(cooperation.TimelineOptions{}), render.SVGOptions{Lanes: []cooperation.ID{"p", "e"}}); err != nil {
				t.Fatal(err)
			}
			if raw := rawControl(buf.Bytes(), "\n"); raw != "" {
				t.Errorf("SVG holds a %s:\n%q", raw, buf.Bytes())
			}
			texts, err := svgTitles(buf.Bytes())
			if err != nil {
				t.Fatalf("not well-formed XML: %v", err)
			}
			want := []string{visible(tc.text), "2021-09-10 " + visible(tc.text), visible(tc.text), "2021-09-10 " + visible(tc.text)}
			if diff := cmp.Diff(want, texts); diff != "" {
				t.Errorf("titles (-want +got):\n%s", diff)
			}
		})
	}
}

// icsProperty returns the unfolded line of the first property name in
// the calendar s.
func icsProperty(s, name string) string {
	s = strings.ReplaceAll(s, "\r\n ", "")
	for _, l := range strings.Split(s, "\r\n") {
		if strings.HasPrefix(l, name+":") || strings.HasPrefix(l, name+";") {
			return l
		}
	}
	return ""
}

// svgTitles reads the SVG to its end and returns the text of its <title>
// elements; the error is the decoder's.
func svgTitles(svg []byte) ([]string, error) {
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var out []string
	in := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			in = tok.Name.Local == "title"
			if in {
				out = append(out, "")
			}
		case xml.EndElement:
			in = false
		case xml.CharData:
			if in {
				out[len(out)-1] += string(tok)
			}
		}
	}
}

// badIDs are IDs a dataset built in Go can hold and ParseID refuses.
var badIDs = []string{"e\r\nATTENDEE:mailto:x@example.org", "a b", "a,b", "=cmd", "Upper", "-x", "x\u202e", "bad\xff", strings.Repeat("x", 129)}

// TestBadIDs checks each writer with an ID that is not valid: refused with
// an *IDError where it is a reference (CSV, JSON), escaped where it is
// shown (text, Markdown, SVG; iCalendar's UID is escaped as TEXT).
func TestBadIDs(t *testing.T) {
	for _, id := range badIDs {
		ds := &cooperation.Dataset{Events: []cooperation.Event{{ID: cooperation.ID(id), Kind: cooperation.EventMeeting,
			Date: edtf.MustParse("2021-09-10"), Sources: []cooperation.ID{cooperation.ID(id)}}}}
		ds.Build()
		entries := ds.Timeline(cooperation.TimelineOptions{})
		if len(entries) != 1 {
			t.Fatalf("%d entries", len(entries))
		}
		for _, tc := range []struct {
			format string
			write  func(io.Writer) error
		}{
			{"CSV", func(w io.Writer) error { return render.WriteCSV(w, ds, entries, render.Options{}) }},
			{"JSON", func(w io.Writer) error { return render.WriteJSON(w, ds, entries, render.Options{}) }},
		} {
			t.Run(tc.format+"/"+id, func(t *testing.T) {
				var buf bytes.Buffer
				err := tc.write(&buf)
				var ie *render.IDError
				var pe *cooperation.ParseError
				if !errors.As(err, &ie) || ie.Format != tc.format || ie.ID != cooperation.ID(id) || ie.Field != "subject" || !errors.As(err, &pe) {
					t.Fatalf("error %v, want a *render.IDError for the subject", err)
				}
				if buf.Len() != 0 {
					t.Errorf("wrote %q", buf.Bytes())
				}
				if raw := rawControl([]byte(err.Error()), ""); raw != "" {
					t.Errorf("the message holds a %s: %q", raw, err.Error())
				}
			})
		}
		for _, tc := range []struct {
			format, allowed string
			write           func(io.Writer) error
		}{
			{"text", "\n", func(w io.Writer) error { return render.WriteText(w, ds, entries, render.Options{}) }},
			{"Markdown", "\n", func(w io.Writer) error { return render.WriteMarkdown(w, ds, entries, render.Options{}) }},
			{"SVG", "\n", func(w io.Writer) error {
				return render.WriteSVG(w, ds, entries, render.SVGOptions{Lanes: []cooperation.ID{cooperation.ID(id)}})
			}},
			{"iCalendar", "\r\n", func(w io.Writer) error {
				_, err := render.WriteICS(w, ds, entries, render.ICSOptions{Stamp: time.Unix(0, 0)})
				return err
			}},
		} {
			t.Run(tc.format+"/"+id, func(t *testing.T) {
				var buf bytes.Buffer
				err := tc.write(&buf)
				var te *render.TextError
				if err != nil && !(tc.format == "iCalendar" && !utf8.ValidString(id) && errors.As(err, &te)) {
					t.Fatal(err)
				}
				if err != nil {
					return
				}
				if raw := rawControl(buf.Bytes(), tc.allowed); raw != "" {
					t.Errorf("output holds a %s:\n%q", raw, buf.Bytes())
				}
				if !strings.Contains(strings.ReplaceAll(buf.String(), "\r\n ", ""), visibleIn(tc.format, id)) { // unfolded
					t.Errorf("output does not show %q:\n%s", visibleIn(tc.format, id), buf.Bytes())
				}
				if tc.format == "SVG" {
					if err := wellFormedXML(buf.Bytes()); err != nil {
						t.Errorf("not well-formed XML: %v", err)
					}
				}
			})
		}
	}
}

// visibleIn returns the text s as a format shows it, escaped for the
// format's syntax: enough of it to find in the output.
func visibleIn(format, s string) string {
	v := visible(s)
	switch format {
	case "Markdown":
		return strings.NewReplacer(`\`, `\\`, "=", `\=`, "-", `\-`, "@", `\@`).Replace(v)
	case "iCalendar":
		return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`).Replace(v)
	case "SVG":
		return strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(v)
	}
	return v
}
