package render

import (
	"bufio"
	"io"
	"unicode"
	"unicode/utf8"

	cooperation "github.com/coopframe/cooperation"
	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// Options adjusts the writers. The zero value writes for an English reader.
type Options struct {
	// Languages are the reader's languages, most preferred first: names are
	// chosen for them ([names.Names.Display]) and titles written in the
	// first of them this package has titles for. Empty means English.
	Languages []language.Tag
	// KeepFormulas makes WriteCSV write its cells without their
	// defusing apostrophe. By default a cell (a title, an ID, a date)
	// that begins with =, +, -, @, a tab or a carriage return, which a
	// spreadsheet would run as a formula, is written with a leading
	// apostrophe, as OWASP recommends against CSV injection: a date
	// before year 1 too ("-1729-01-01" would become -1763). Control characters are
	// written as escapes whatever KeepFormulas says, so a title cannot
	// begin with a tab or a carriage return.
	KeepFormulas bool
	// Details makes WriteText write the details of each entry under it
	// (an indented line each) and WriteMarkdown in a fifth column; see
	// [WriteText]. WriteCSV, WriteJSON and WriteICS always write them, in
	// a column, a field and the event's description.
	Details bool
}

// WriteText writes entries as a plain-text table: date, kind, and title,
// with "(planned)" on plans, "(year inferred)" on dates reconstructed from
// context and "(disputed)" on entries whose facts sources state otherwise
// (each in the reader's language). With [Options.Details], under an
// entry, indented to the title, come its details, a line each: an event's venue, hosts, organisers,
// co-chairs, participants with their roles, attendance and outcomes; the
// amounts of an agreement or initiative (with the equivalents the source
// states) and the parties with dates of their own; the claims that make
// an entry disputed (see details.go), when [Options.Details] is set.
// Names are the reader's (CLDR's for a state or province the data names
// in no language of the reader's), and figures are written as the
// reader's locale writes them (x/text's grouping and currency symbols;
// see figures.go). Columns are aligned by display width, so Chinese and other
// wide characters count two columns and combining marks none. Control
// characters, bidi formatting characters and bytes that are not UTF-8 in
// the data are written as escapes (\x1b, \u202e, \xff; see the package
// doc), so that the output holds no control character but the line
// breaks that end its rows.
func WriteText(w io.Writer, ds *cooperation.Dataset, entries []cooperation.Entry, opts Options) error {
	bw := bufio.NewWriter(w)
	dateW, kindW := len("DATE"), len("KIND")
	var buf []byte
	for i := range entries {
		buf, _ = entries[i].Date.AppendText(buf[:0])
		dateW = max(dateW, bytesWidth(buf))
		kindW = max(kindW, len(entries[i].Kind.String()))
	}
	bw.WriteString("DATE")
	pad(bw, dateW-len("DATE")+2)
	bw.WriteString("KIND")
	pad(bw, kindW-len("KIND")+2)
	bw.WriteString("WHAT\n")
	r := newReader(opts.Languages) // one matcher for the whole table
	var raw, title, date []byte
	var facts []string
	for i := range entries {
		e := &entries[i]
		raw = r.appendTitle(raw[:0], ds, e)
		raw = r.appendMarks(raw, e)
		title = appendTextSafe(title[:0], raw)
		date, _ = e.Date.AppendText(date[:0])
		bw.Write(date)
		pad(bw, dateW-bytesWidth(date)+2)
		kind := e.Kind.String()
		bw.WriteString(kind)
		pad(bw, kindW-len(kind)+2)
		bw.Write(title)
		bw.WriteByte('\n')
		if !opts.Details {
			continue
		}
		facts = r.facts(facts[:0], ds, e, r.firstOf(e))
		for _, f := range facts {
			pad(bw, dateW+kindW+6)
			title = appendTextSafe(title[:0], f)
			bw.Write(title)
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

func pad(w *bufio.Writer, n int) {
	for ; n > 0; n-- {
		w.WriteByte(' ')
	}
}

// StringWidth returns the number of terminal columns s takes: East Asian
// wide and fullwidth characters count two (x/text/width), combining marks,
// format characters and other zero-width characters none, and the rest one.
func StringWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n += RuneWidth(r)
	}
	return n
}

func bytesWidth(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		i += size
		n += RuneWidth(r)
	}
	return n
}

// RuneWidth returns the number of terminal columns r takes; see
// [StringWidth]. x/text/width gives East Asian width but treats combining
// marks as narrow, so marks (Mn, Me) and format characters (Cf) are
// counted as zero here by hand.
func RuneWidth(r rune) int {
	switch {
	case r < 0x20 || (0x7f <= r && r < 0xa0):
		return 0
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}
