package render

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
)

// TimelineJSOptions adjusts WriteTimelineJS.
type TimelineJSOptions struct {
	Options
	// Headline and Text, when Headline is not empty, make the title slide
	// that TimelineJS shows first. They are text, not HTML: they are
	// escaped as the data is.
	Headline, Text string
	// NoGroups leaves out the slides' groups, so that TimelineJS draws
	// every marker on the rows of one timeline.
	NoGroups bool
}

// TimelineJSResult says what WriteTimelineJS wrote and what it left out.
type TimelineJSResult struct {
	Events int // slides written, one an entry
	// Skipped counts the entries left out because the year of their date
	// is wholly unstated ("XXXX-07-10", 10 July of any year): TimelineJS
	// cannot place them.
	Skipped int
}

// The years TimelineJS can hold in a JavaScript Date, which its "human"
// scale uses; a year beyond them needs its "cosmological" scale, which
// places slides by year alone (TimelineConfig._ensureValidScale).
const (
	tljsMinHumanYear = -271820 // TimelineJS's own bounds

	tljsMaxHumanYear = 275759
)

// tljsGroup is the group of a slide: the kind of entity its entry is
// about.
type tljsGroup uint8

const (
	gEvents tljsGroup = iota
	gAgreements
	gInitiatives
	gActors
	gPlans
	gFigures
	numGroups
)

// tljsLang is one language's words of WriteTimelineJS: the group labels
// and the templates of a date's display, with {0} and {1} for the dates.
type tljsLang struct {
	groups                 [numGroups]string
	circa, from, until, to string
}

// tljsWords are the words of WriteTimelineJS in each title language, in
// the order of titleLangs: the group labels and the words of a date's
// display ("circa 2019", "from 2019", "until 2019"). They are written by
// hand, as the titles are (see titles.go), and hold no HTML character
// (& < > " '): TimelineJS takes the markup out of a group and a
// display_date and then writes what is left as HTML, so an entity in
// them would become markup.
var tljsWords = [...]tljsLang{
	{[numGroups]string{"Events", "Agreements", "Initiatives", "Actors", "Plans", "Figures"}, "circa {0}", "from {0}", "until {0}", "{0} – {1}"},
	{[numGroups]string{"Sự kiện", "Thỏa thuận", "Sáng kiến", "Chủ thể", "Kế hoạch", "Số liệu"}, "khoảng {0}", "từ {0}", "đến {0}", "{0} – {1}"},
	{[numGroups]string{"活动", "协议", "倡议", "行为体", "计划", "数据"}, "约{0}", "{0}起", "至{0}", "{0}–{1}"},
	{[numGroups]string{"活動", "協議", "倡議", "行為體", "計劃", "數據"}, "約{0}", "{0}起", "至{0}", "{0}–{1}"},
	{[numGroups]string{"Acara", "Perjanjian", "Inisiatif", "Aktor", "Rencana", "Angka"}, "sekitar {0}", "sejak {0}", "hingga {0}", "{0} – {1}"},
	{[numGroups]string{"Acara", "Perjanjian", "Inisiatif", "Aktor", "Rancangan", "Angka"}, "kira-kira {0}", "sejak {0}", "hingga {0}", "{0} – {1}"},
	{[numGroups]string{"กิจกรรม", "ความตกลง", "ข้อริเริ่ม", "ผู้มีบทบาท", "แผน", "ตัวเลข"}, "ประมาณ {0}", "ตั้งแต่ {0}", "จนถึง {0}", "{0} – {1}"},
}

// The JSON of TimelineJS 3 (https://timeline.knightlab.com/docs/json-format.html).
type (
	tljsTimeline struct {
		Title  *tljsSlide  `json:"title,omitempty"`
		Scale  string      `json:"scale"`
		Events []tljsSlide `json:"events"`
	}
	tljsSlide struct {
		StartDate   *tljsDate `json:"start_date,omitempty"`
		EndDate     *tljsDate `json:"end_date,omitempty"`
		DisplayDate string    `json:"display_date,omitempty"`
		Text        tljsText  `json:"text"`
		Group       string    `json:"group,omitempty"`
		UniqueID    string    `json:"unique_id,omitempty"`
		Autolink    bool      `json:"autolink"`
	}
	tljsText struct {
		Headline string `json:"headline"`
		Text     string `json:"text,omitempty"`
	}
	// tljsDate holds the fields a date is certain of: Month and Day are 0
	// when not given, and the clock's fields nil.
	tljsDate struct {
		Year   int64 `json:"year"`
		Month  int   `json:"month,omitempty"`
		Day    int   `json:"day,omitempty"`
		Hour   *int  `json:"hour,omitempty"`
		Minute *int  `json:"minute,omitempty"`
		Second *int  `json:"second,omitempty"`
	}
)

// WriteTimelineJS writes entries as the JSON that TimelineJS 3 (Knight
// Lab's timeline, npm package @knight-lab/timelinejs) reads: a slide an
// entry, to pass to new TL.Timeline(id, data) or to serve as its source.
//
// Dates keep their precision. A date gives the fields it is certain of:
// a year only its "year", a month "year" and "month", a day the day too,
// a date and time (or an event's day with its local time) "hour",
// "minute" and "second" as written, in the local time of the data (a
// TimelineJS date has no time zone). A year before 1 is written as
// TimelineJS documents it, a negative year BCE with no year 0: EDTF's
// years are astronomical, so its year 0 is -1 (1 BCE) and its -44 is -45
// (45 BCE); TimelineJS places these a year early on its axis, which
// counts as JavaScript's Date does, but names them right. An interval gives
// "start_date" and "end_date"; a season or other sub-year grouping runs
// from its first month to its last. An interval with an open or unknown
// end is a slide at its start whose date reads "from 2019", one with an
// open or unknown start a slide at its end that reads "until 1985". A
// date that is one of several (a set, a year with unspecified digits such
// as "201X", significant digits) runs from its earliest to its latest
// and reads as its EDTF text. Approximate dates read "circa 2019",
// uncertain ones "2022?". These readings are the slide's "display_date",
// in the reader's language; a date TimelineJS can show as it is has none,
// and TimelineJS writes it in its own words. When a year lies beyond what
// a JavaScript Date holds (before -271820 or after 275759), the timeline
// has the "cosmological" scale, which places slides by year alone;
// otherwise "human". An entry whose year is wholly unstated ("XXXX-07-10")
// cannot be placed: it is left out and counted in the result.
//
// The headline is the entry's [Title] in the reader's language; the text
// is the entry's date as EDTF with its notes (planned, year inferred,
// disputed) and the sources it cites, by name where they have one
// ([cooperation.Dataset.Names]) and else by ID. TimelineJS shows both
// as HTML: every text from the data is written with & < > " ' as
// entities and control and bidi formatting characters and bytes that are
// not UTF-8 as escapes (\x1b, \u202e, \xff; see the package doc), so that
// it shows as the text it is. Slides carry no media and have "autolink"
// off, so no link is made from the text.
//
// Each slide's "group" is the kind of entity its entry is about, named in
// the reader's language: events; agreements (signatures, entries into
// force, ends, adoptions, parties joining and leaving); initiatives;
// actors (foundations, dissolutions, memberships, posts); plans
// (deadlines and targets); figures. TimelineJS draws each group on rows
// of its own. Groups are words of this package, never text from the
// data: TimelineJS decodes the markup of a group before writing it as
// HTML, so an escaped name there would become markup.
//
// Each slide's "unique_id", which TimelineJS uses as the slide's HTML id
// and URL fragment, is the entry's kind, subject and object joined by
// "--" ("signed--mou-x", "joined--vn--asean"), with "--2", "--3" after
// an entry that repeats another's: as stable as the data and its order,
// and a valid HTML id. The subject and object are references: when one
// is not a valid ID ([cooperation.ParseID]), WriteTimelineJS writes
// nothing and returns an *[IDError].
func WriteTimelineJS(w io.Writer, ds *cooperation.Dataset, entries []cooperation.Entry, opts TimelineJSOptions) (TimelineJSResult, error) {
	var res TimelineJSResult
	for i := range entries {
		e := &entries[i]
		for _, f := range [...]struct {
			name string
			id   cooperation.ID
		}{{"subject", e.Subject}, {"object", e.Object}} {
			if f.id != "" && !f.id.Valid() {
				_, err := cooperation.ParseID(string(f.id))
				return res, &IDError{Format: "TimelineJS", Field: f.name, ID: f.id, Err: err}
			}
		}
	}
	r := newReader(opts.Languages)
	words := &tljsWords[r.lang]
	out := tljsTimeline{Scale: "human", Events: make([]tljsSlide, 0, len(entries))}
	if opts.Headline != "" {
		out.Title = &tljsSlide{Text: tljsText{Headline: xmlText(opts.Headline), Text: htmlParagraph(opts.Text)}}
	}
	seen := make(map[string]int, len(entries))
	var buf []byte
	for i := range entries {
		e := &entries[i]
		if yearUnstated(e.Date) {
			res.Skipped++
			continue
		}
		s := tljsSlide{}
		var clock cooperation.Clock
		if e.Kind == cooperation.EntryEvent {
			if ev, ok := ds.Event(e.Subject); ok {
				clock = ev.Time
			}
		}
		s.StartDate, s.EndDate, s.DisplayDate = tljsDates(e.Date, clock, words)
		for _, d := range [...]*tljsDate{s.StartDate, s.EndDate} {
			if d != nil && (d.Year < tljsMinHumanYear || d.Year > tljsMaxHumanYear) {
				out.Scale = "cosmological"
			}
		}
		buf = r.appendTitle(buf[:0], ds, e)
		s.Text.Headline = xmlText(string(buf))
		buf = r.appendMarks(append(buf[:0], e.Date.String()...), e)
		text := "<p>" + xmlText(string(buf)) + "</p>"
		if len(e.Sources) > 0 {
			buf = buf[:0]
			for j, id := range e.Sources {
				if j > 0 {
					buf = append(buf, "; "...)
				}
				if n, _ := r.names.Display(ds.Names(id)); n.Text != "" {
					buf = append(buf, n.Text...)
				} else {
					buf = append(buf, id...)
				}
			}
			text += "<p>" + xmlText(string(buf)) + "</p>"
		}
		s.Text.Text = text
		if !opts.NoGroups {
			s.Group = words.groups[entryGroup(ds, e)]
		}
		id := e.Kind.String() + "--" + string(e.Subject)
		if e.Object != "" {
			id += "--" + string(e.Object)
		}
		// IDs hold no "--" and kind names no "--", so the parts are
		// distinct and a repeat's "--2" cannot meet another entry's ID.
		n := seen[id] + 1
		seen[id] = n
		if n > 1 {
			id += "--" + strconv.Itoa(n)
		}
		s.UniqueID = id
		out.Events = append(out.Events, s)
	}
	res.Events = len(out.Events)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	// The text is HTML already, with every <, > and & of the data as an
	// entity; encoding/json's escapes of them would only hide the markup.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return res, err
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return res, err
	}
	return res, nil
}

// htmlParagraph returns s as an HTML paragraph, escaped, or "" for "".
func htmlParagraph(s string) string {
	if s == "" {
		return ""
	}
	return "<p>" + xmlText(s) + "</p>"
}

// entryGroup returns the group of e: the kind of entity it is about.
func entryGroup(ds *cooperation.Dataset, e *cooperation.Entry) tljsGroup {
	switch e.Kind {
	case cooperation.EntryEvent:
		return gEvents
	case cooperation.EntrySigned, cooperation.EntryInForce, cooperation.EntryEnded:
		return gAgreements
	case cooperation.EntryAdopted:
		if ds.Kind(e.Subject) == cooperation.EntityAgreement {
			return gAgreements
		}
		return gInitiatives
	case cooperation.EntryJoined, cooperation.EntryLeft:
		if ds.Kind(e.Object) == cooperation.EntityAgreement {
			return gAgreements
		}
		return gActors
	case cooperation.EntryPostTaken, cooperation.EntryPostLeft, cooperation.EntryFounded, cooperation.EntryDissolved:
		return gActors
	case cooperation.EntryDeadline, cooperation.EntryTarget:
		return gPlans
	case cooperation.EntryFigure:
		return gFigures
	}
	return gInitiatives // announced, period start and end, superseded, stage
}

// yearUnstated reports whether d has a date whose year is wholly
// unspecified ("XXXX-07-10", "[XXXX-01,2020]"): its bounds are those of
// every year 0 to 9999, which no timeline can place.
func yearUnstated(d edtf.Date) bool {
	if d.YearKnown() {
		return false
	}
	t := d.String()
	for i := 0; i < len(t); i++ {
		if t[i] == 'X' && (i == 0 || strings.IndexByte("?~%-/[{,.", t[i-1]) >= 0) {
			return true
		}
	}
	return false
}

// plainDate reports whether TimelineJS can show d, a date that is not an
// interval, as it is: neither qualified nor one of several (a set or
// list, unspecified digits, significant digits).
func plainDate(d edtf.Date) bool {
	return !d.Uncertain() && !d.Approximate() && !d.IsSet() && !d.IsList() && strings.IndexAny(d.String(), "XS") < 0
}

// displayText returns how a date that is not an interval reads: its EDTF
// text without its qualifiers, "circa" before it when approximate, a "?"
// after it when uncertain.
func displayText(d edtf.Date, words *tljsLang) string {
	t := strings.Map(func(r rune) rune {
		if r == '?' || r == '~' || r == '%' {
			return -1
		}
		return r
	}, d.String())
	if d.Uncertain() {
		t += "?"
	}
	if d.Approximate() {
		t = strings.Replace(words.circa, "{0}", t, 1)
	}
	return t
}

// tljsDates returns the start and end dates of a slide dated d, and its
// display_date when TimelineJS cannot show them as they are (see
// WriteTimelineJS). clock is an event's local time of day, used on a
// date that is a single day.
func tljsDates(d edtf.Date, clock cooperation.Clock, words *tljsLang) (start, end *tljsDate, display string) {
	if d.IsInterval() {
		s, e := d.Start(), d.End()
		fill := func(t string, a, b string) string {
			return strings.Replace(strings.Replace(t, "{0}", a, 1), "{1}", b, 1)
		}
		switch {
		case s.IsZero() && e.IsZero(): // not parsed: every interval has an end
			return &tljsDate{}, nil, ""
		case s.IsZero():
			lo, _ := e.Earliest()
			return fieldsOf(lo, e), nil, fill(words.until, displayText(e, words), "")
		case e.IsZero():
			lo, _ := s.Earliest()
			return fieldsOf(lo, s), nil, fill(words.from, displayText(s, words), "")
		}
		lo, _ := s.Earliest()
		hi, _ := e.Latest()
		start, end = fieldsOf(lo, s), fieldsOf(hi, e)
		if !plainDate(s) || !plainDate(e) {
			display = fill(words.to, displayText(s, words), displayText(e, words))
		}
		return start, end, display
	}
	lo, _ := d.Earliest()
	hi, _ := d.Latest()
	start, end = fieldsOf(lo, d), fieldsOf(hi, d)
	if !plainDate(d) {
		display = displayText(d, words)
	}
	if start.equal(end) {
		end = nil
		if clock != (cooperation.Clock{}) && d.Precision() == edtf.PrecisionDay && lo == hi {
			local, _ := clock.Minutes()
			h, m, s := local/60, local%60, 0
			start.Hour, start.Minute, start.Second = &h, &m, &s
		}
	}
	return start, end, display
}

// equal reports whether d and o have the same fields.
func (d *tljsDate) equal(o *tljsDate) bool {
	same := func(a, b *int) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }
	return d.Year == o.Year && d.Month == o.Month && d.Day == o.Day && same(d.Hour, o.Hour) && same(d.Minute, o.Minute) && same(d.Second, o.Second)
}

// fieldsOf returns the TimelineJS date of day at d's precision: the
// year, the month too for a month or sub-year grouping, the day too for
// a day, and the clock too for a date and time.
func fieldsOf(day edtf.Day, d edtf.Date) *tljsDate {
	y, m, dd := day.Date()
	if y <= 0 {
		// EDTF's years are astronomical (0 is 1 BCE, -44 is 45 BCE);
		// TimelineJS's are historians', with no year 0: -45 is 45 BCE.
		y--
	}
	out := &tljsDate{Year: y}
	p := d.Precision()
	if p >= edtf.PrecisionSubYear {
		out.Month = int(m)
	}
	if p >= edtf.PrecisionDay {
		out.Day = dd
	}
	if h, mi, s, ok := d.Clock(); ok && p == edtf.PrecisionSecond {
		out.Hour, out.Minute, out.Second = &h, &mi, &s
	}
	return out
}
