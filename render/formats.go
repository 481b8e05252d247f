package render

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
)

// WriteMarkdown writes entries as a Markdown table: date, kind, what, the
// sources cited, and the details of the entry (see [WriteText]), one a
// line, separated by <br> tags (the only markup of the table; GitHub
// Flavored Markdown renders them inside a cell), when [Options.Details]
// is set.
// Every cell is escaped so that CommonMark and GitHub
// Flavored Markdown render its text literally, the table one row an entry:
// no emphasis, link, autolink, raw HTML, entity, strike-through or cell
// break comes from the data, and control characters, bidi formatting
// characters and bytes that are not UTF-8 are shown as escapes (\x1b,
// \u202e, \xff; see the package doc). IDs, in the sources column or in
// place of a missing name, are shown escaped in the same way.
func WriteMarkdown(w io.Writer, ds *cooperation.Dataset, entries []cooperation.Entry, opts Options) error {
	bw := bufio.NewWriter(w)
	r := newReader(opts.Languages)
	if !opts.Details {
		bw.WriteString("| Date | Kind | What | Sources |\n|---|---|---|---|\n")
	} else {
		bw.WriteString("| Date | Kind | What | Sources | Details |\n|---|---|---|---|---|\n")
	}
	var title []byte
	var facts []string
	for i := range entries {
		e := &entries[i]
		title = r.appendMarks(r.appendTitle(title[:0], ds, e), e)
		fmt.Fprintf(bw, "| %s | %s | %s | %s |", mdText(e.Date.String()), e.Kind, mdText(string(title)), mdText(joinIDs(e.Sources)))
		if opts.Details {
			facts = r.facts(facts[:0], ds, e, r.firstOf(e))
			bw.WriteByte(' ')
			for j, f := range facts {
				if j > 0 {
					bw.WriteString("<br>")
				}
				bw.WriteString(mdText(f))
			}
			bw.WriteString(" |")
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func joinIDs(ids []cooperation.ID) string {
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(string(id))
	}
	return b.String()
}

// csvHeader is the header row WriteCSV writes.
var csvHeader = [...]string{"date", "earliest", "latest", "kind", "subject", "object", "title", "actors", "planned", "inferred", "disputed", "sources", "details"}

// CSVHeader returns the header row WriteCSV writes. The result is a new
// slice each time.
func CSVHeader() []string { return slices.Clone(csvHeader[:]) }

// WriteCSV writes entries as CSV (RFC 4180, through encoding/csv) with the
// columns of [CSVHeader]: the EDTF date and its earliest and latest days
// (empty when unbounded), the entry kind, the IDs of subject and object, the
// title in the reader's languages, the actors and sources as
// space-separated IDs, and the planned, inferred and disputed flags
// ([cooperation.Entry.Disputed]: the date, or an event's venue, is
// claimed otherwise), and the details of the entry in the reader's
// language (see [WriteText]) separated by "; ". A cell that a spreadsheet would run as a
// formula (a date before year 1 among them) is written with a leading apostrophe unless opts.KeepFormulas
// is set. Control characters, bidi formatting characters and bytes that
// are not UTF-8 in the title are written as escapes (\x1b, \u202e, \xff;
// see the package doc), so every record is one line.
//
// The ID columns are references a program reads back: when an entry holds
// an ID that is not valid ([cooperation.ParseID]; a dataset built in Go
// can hold one, with a space or a line break in it), WriteCSV writes
// nothing and returns an *[IDError].
func WriteCSV(w io.Writer, ds *cooperation.Dataset, entries []cooperation.Entry, opts Options) error {
	if err := checkIDs("CSV", entries, false); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // RFC 4180 records end in CRLF
	if err := cw.Write(csvHeader[:]); err != nil {
		return err
	}
	r := newReader(opts.Languages)
	var raw, title []byte
	var facts []string
	rec := make([]string, len(csvHeader))
	for i := range entries {
		e := &entries[i]
		raw = r.appendTitle(raw[:0], ds, e)
		title = appendTextSafe(title[:0], raw)
		lo, hi := "", ""
		if d, ok := e.Date.Earliest(); ok {
			lo = d.String()
		}
		if d, ok := e.Date.Latest(); ok {
			hi = d.String()
		}
		rec[0], rec[1], rec[2], rec[3] = e.Date.String(), lo, hi, e.Kind.String()
		rec[4], rec[5], rec[6], rec[7] = string(e.Subject), string(e.Object), string(title), joinIDs(e.Actors)
		rec[8], rec[9], rec[10], rec[11] = fmt.Sprint(e.Planned), fmt.Sprint(e.Inferred), fmt.Sprint(e.Disputed), joinIDs(e.Sources)
		{
			facts = r.facts(facts[:0], ds, e, r.firstOf(e))
			raw = raw[:0]
			for j, f := range facts {
				if j > 0 {
					raw = append(raw, "; "...)
				}
				raw = appendTextSafe(raw, f)
			}
			rec[12] = string(raw)
		}
		if !opts.KeepFormulas {
			// The dates too: a year before 1 ("-1728S3", "-1729-01-01") is
			// a formula to a spreadsheet, which would write -1763.
			for _, k := range [...]int{0, 1, 2, 4, 5, 6, 7, 11, 12} { // dates, subject, object, title, actors, sources, details
				rec[k] = defuse(rec[k])
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSON writes entries as a JSON array: each entry's fields (see
// [Entry]), its title in the reader's languages, and its details
// ([Details]: the typed facts as the data holds them, exact values
// included, with names and figures written for the reader; left out for
// an entry without any). The text is kept
// exactly: encoding/json escapes the C0 controls and U+2028 and U+2029,
// and WriteJSON escapes the other characters a terminal or a browser would
// act on (DEL, the C1 controls, the bidi formatting characters, U+FFFE and
// U+FFFF) as \u escapes too, so the output holds none of them raw and a
// JSON decoder reads the text back as it was.
//
// Text that is not UTF-8 (a dataset built in Go can hold it) is written
// with U+FFFD, as encoding/json writes it, and WriteJSON returns a
// *[TextError] for the first such text. The subject, object, actors,
// initiatives and sources are references a program reads back, and so are
// the IDs of the details: when one of them is not a valid ID
// ([cooperation.ParseID]), WriteJSON writes nothing and returns an
// *[IDError] (its Field "details.venue", "details.outcomes.refs" and the
// like for the details).
func WriteJSON(w io.Writer, ds *cooperation.Dataset, entries []cooperation.Entry, opts Options) error {
	if err := checkIDs("JSON", entries, true); err != nil {
		return err
	}
	type entryJSON struct {
		cooperation.Entry
		Title   string   `json:"title"`
		Details *Details `json:"details,omitempty"`
	}
	var bad error // the first text that is not UTF-8
	r := newReader(opts.Languages)
	out := make([]entryJSON, len(entries))
	for i := range entries {
		out[i] = entryJSON{Entry: entries[i], Title: string(r.appendTitle(nil, ds, &entries[i]))}
		first := r.firstOf(&entries[i])
		facts := r.facts(nil, ds, &entries[i], first)
		out[i].Details = r.details(ds, &entries[i], facts, first)
		if bad != nil {
			continue
		}
		for _, s := range append([]string{out[i].Title, entries[i].Detail}, facts...) {
			if !utf8.ValidString(s) {
				bad = &TextError{Format: "JSON", Text: s}
				break
			}
		}
	}
	for i := range out {
		if err := out[i].Details.checkIDs(); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	if _, err := w.Write(jsonEscapeHidden(buf.Bytes())); err != nil {
		return err
	}
	return bad
}

// jsonEscapeHidden rewrites the hidden runes (see [hidden]) that
// encoding/json leaves raw as \u escapes. They can only stand inside
// strings, where an escape means the same rune; the C0 controls there are
// escaped already, and those outside are the indentation's line breaks.
func jsonEscapeHidden(b []byte) []byte {
	i := 0
	for i < len(b) && b[i] < 0x7f {
		i++
	}
	if i == len(b) {
		return b
	}
	out := append(make([]byte, 0, len(b)+16), b[:i]...)
	for i < len(b) {
		if b[i] < 0x7f {
			out = append(out, b[i])
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if hidden(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}

// ICSOptions adjusts WriteICS.
type ICSOptions struct {
	Options
	// Stamp is the DTSTAMP of every event, the time the calendar was made;
	// zero means now. Set it for reproducible output.
	Stamp time.Time
	// Domain ends every UID ("<event-id>@<domain>"); empty means
	// "coopframe.invalid".
	Domain string
}

// ICSResult says what WriteICS wrote and what it left out.
type ICSResult struct {
	Events int // VEVENTs written
	// Skipped counts the event entries left out because their dates are
	// coarser than a day (a month, a year, unspecified digits, sets): a
	// calendar cannot show them.
	Skipped int
}

// WriteICS writes the event entries as an iCalendar (RFC 5545) calendar.
// An event dated to a day, or to an interval of days, is an all-day event
// (DTSTART and DTEND as DATE values, DTEND the day after the last day); an
// event with a time of day and its UTC offset starts at that instant,
// written in UTC. Events with coarser dates are left out and counted.
// Other entries (signatures, targets) are not events and are not written.
//
// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
// sequence; a text that is not UTF-8 (which RFC 5545 requires, and which a
// dataset built in Go or by an importer can hold) is written as it is, and
// WriteICS then returns a *[TextError] for the first one; text values
// escape backslashes, semicolons and commas, as section 3.3.11 requires,
// and show control characters (line breaks included) and bidi formatting
// characters as escapes (\x0a, \u202e; see the package doc), so that no
// text can end a line or start a property.
//
// The summary is the entry's title and the description its marks, its
// details (see [WriteText]; the venue is the LOCATION, with the word for
// online when the event was also held online) and its sources, a line
// each, in the reader's language, which the LANGUAGE parameter of
// SUMMARY and DESCRIPTION names ("vi", "zh-Hans").
func WriteICS(w io.Writer, ds *cooperation.Dataset, entries []cooperation.Entry, opts ICSOptions) (ICSResult, error) {
	var res ICSResult
	bw := bufio.NewWriter(w)
	var bad error // the first line that is not UTF-8
	line := func(s string) {
		if bad == nil && !utf8.ValidString(s) {
			bad = &TextError{Format: "iCalendar", Text: s}
		}
		writeFolded(bw, s)
	}
	stamp := opts.Stamp
	if stamp.IsZero() {
		stamp = time.Now()
	}
	domain := opts.Domain
	if domain == "" {
		domain = "coopframe.invalid"
	}
	r := newReader(opts.Languages)
	r.noVenue = true
	// The summary and the description are in the titles' language
	// (RFC 5545, 3.2.10: LANGUAGE takes a BCP 47 tag).
	langParam := ";LANGUAGE=" + titleLangs[r.lang].String()
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//coopframe//cooperation timeline//EN")
	line("CALSCALE:GREGORIAN")
	for i := range entries {
		e := &entries[i]
		if e.Kind != cooperation.EntryEvent {
			continue
		}
		ev, ok := ds.Event(e.Subject)
		if !ok {
			continue
		}
		start, end, ok := icsDates(e.Date, ev.Time)
		if !ok {
			res.Skipped++
			continue
		}
		res.Events++
		line("BEGIN:VEVENT")
		// An ID is a slug once validated, but a dataset built in Go or an
		// importer can hold any text, and so can Domain: escaped as TEXT,
		// a line break in them cannot start a property of its own.
		line("UID:" + icsText(string(ev.ID)+"@"+domain))
		line("DTSTAMP:" + stamp.UTC().Format("20060102T150405Z"))
		line(start)
		if end != "" {
			line(end)
		}
		line("SUMMARY" + langParam + ":" + icsText(string(r.appendTitle(nil, ds, e))))
		fw := &factWords[r.lang]
		switch {
		case ev.Venue != "" && ev.Online:
			t := &titleTemplates[r.lang]
			line("LOCATION:" + icsText(r.name(ds, ev.Venue)+t[tMarksOpen]+fw[fOnline]+t[tMarksClose]))
		case ev.Venue != "":
			line("LOCATION:" + icsText(r.name(ds, ev.Venue)))
		case ev.Online:
			line("LOCATION:" + icsText(fw[fOnline]))
		}
		// The description: the marks, the details and the sources, each
		// on a line of its own (an escaped line break, \n, in TEXT).
		var desc []string
		if m := r.appendMarks(nil, e); len(m) > 0 {
			// appendMarks writes " (planned)": the words without brackets.
			t := &titleTemplates[r.lang]
			s := strings.TrimPrefix(string(m), t[tMarksOpen])
			desc = append(desc, icsText(strings.TrimSuffix(s, t[tMarksClose])))
		}
		for _, f := range r.facts(nil, ds, e, true) {
			desc = append(desc, icsText(f))
		}
		desc = append(desc, icsText(fw[fSources]+fw[fLabelSep]+joinIDs(e.Sources)))
		line("DESCRIPTION" + langParam + ":" + strings.Join(desc, `\n`))
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	if err := bw.Flush(); err != nil {
		return res, err
	}
	return res, bad
}

// icsDates returns the DTSTART and DTEND properties of an event dated d,
// or false when d is coarser than a day.
func icsDates(d edtf.Date, clock cooperation.Clock) (start, end string, ok bool) {
	lo, ok1 := d.Earliest()
	hi, ok2 := d.Latest()
	if !ok1 || !ok2 || d.IsSet() || d.IsList() || d.Precision() < edtf.PrecisionDay {
		return "", "", false
	}
	if !d.YearKnown() {
		return "", "", false
	}
	if !clock.IsZero() && lo == hi {
		local, off := clock.Minutes()
		y, m, dd := lo.Date()
		t := time.Date(int(y), m, dd, local/60, local%60, 0, 0, time.FixedZone("", off*60))
		return "DTSTART:" + t.UTC().Format("20060102T150405Z"), "", true
	}
	ys, ms, ds := lo.Date()
	ye, me, de := (hi + 1).Date()
	return fmt.Sprintf("DTSTART;VALUE=DATE:%04d%02d%02d", ys, ms, ds), fmt.Sprintf("DTEND;VALUE=DATE:%04d%02d%02d", ye, me, de), true
}

// writeFolded writes one content line, folded so that no line is longer
// than 75 octets (RFC 5545, 3.1): continuation lines begin with a space,
// and a UTF-8 sequence is never split.
func writeFolded(w *bufio.Writer, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if cut == 0 {
			// No rune starts in the line's first octets: the text is not
			// UTF-8 (WriteICS reports it); cut at the limit, so that the
			// loop always moves on.
			cut = limit
		}
		w.WriteString(s[:cut])
		w.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	w.WriteString(s)
	w.WriteString("\r\n")
}

// TextError reports text from the dataset that a format cannot carry as
// it is: text that is not valid UTF-8. The writer still writes the rest of
// its output, the text included as it is (WriteICS) or with U+FFFD for
// each bad byte, as encoding/json writes it (WriteJSON); nothing is
// replaced silently. The other writers show such bytes as escapes and
// return no error.
type TextError struct {
	Format string // the format written, such as "iCalendar"
	Text   string // the offending text, as written
}

// Error returns the message, prefixed with the package name.
func (e *TextError) Error() string {
	return fmt.Sprintf("render: %s output holds text that is not valid UTF-8: %q", e.Format, e.Text)
}

// defuse returns a CSV cell that a spreadsheet will not run as a formula:
// a cell beginning with =, +, -, @, a tab or a carriage return gets a
// leading apostrophe (OWASP, "CSV Injection").
func defuse(cell string) string {
	if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
		return "'" + cell
	}
	return cell
}
