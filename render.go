package cooperation

import (
	"bufio"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// TextOptions adjusts [WriteText].
type TextOptions struct {
	// Languages are the reader's languages, most preferred first; names are
	// chosen with [Names.Display]. Empty means English.
	Languages []language.Tag
}

// Title returns a one-line description of the entry in English, naming
// entities in the reader's languages: "Memorandum ... signed".
func (e *Entry) Title(ds *Dataset, langs ...language.Tag) string {
	if len(langs) == 0 {
		langs = []language.Tag{language.English}
	}
	return e.title(ds, NewReader(langs...))
}

func (e *Entry) title(ds *Dataset, reader *Reader) string {
	name := func(id ID) string {
		if id == "" {
			return ""
		}
		n, _ := reader.Display(ds.Names(id))
		if n.Text == "" {
			return string(id)
		}
		return n.Text
	}
	s, o := name(e.Subject), name(e.Object)
	switch e.Kind {
	case EntryEvent:
		if o != "" {
			return s + " (part of " + o + ")"
		}
		return s
	case EntrySigned:
		return s + " signed"
	case EntryInForce:
		return s + " enters into force"
	case EntryEnded:
		return s + " ends"
	case EntryAnnounced:
		if o != "" {
			return s + " announced by " + o
		}
		return s + " announced"
	case EntryAdopted:
		return s + " adopted"
	case EntryPeriodStart:
		return s + " begins"
	case EntryPeriodEnd:
		return s + " ends"
	case EntrySuperseded:
		return s + " superseded by " + o
	case EntryStage:
		return s + ": " + strings.ReplaceAll(e.Detail, "-", " ")
	case EntryJoined:
		if e.Detail == RoleMember.String() {
			return s + " joins " + o
		}
		return s + " becomes " + strings.ReplaceAll(e.Detail, "-", " ") + " of " + o
	case EntryLeft:
		return s + " leaves " + o
	case EntryPostTaken:
		return s + " becomes " + e.Detail
	case EntryPostLeft:
		return s + " leaves the post of " + e.Detail
	case EntryFounded:
		return s + " founded"
	case EntryDissolved:
		return s + " dissolved"
	case EntryDeadline:
		return o + " commits to " + e.Detail + " (" + s + ")"
	case EntryTarget:
		t := "target of " + s + ": " + e.Detail
		if o != "" && o != s {
			t += " for " + o
		}
		return t
	case EntryFigure:
		return o + ", " + e.Detail
	}
	return s
}

// WriteText writes entries as a plain-text table: date, kind, and title,
// with "(planned)" on plans and "(year inferred)" on dates reconstructed
// from context. Columns are aligned by display width, so Chinese and other
// wide characters count two columns and combining marks none.
func WriteText(w io.Writer, ds *Dataset, entries []Entry, opts TextOptions) error {
	bw := bufio.NewWriter(w)
	dateW, kindW := len("DATE"), len("KIND")
	for i := range entries {
		dateW = max(dateW, StringWidth(entries[i].Date.String()))
		kindW = max(kindW, len(entries[i].Kind.String()))
	}
	row := func(date, kind, title string) {
		bw.WriteString(date)
		pad(bw, dateW-StringWidth(date)+2)
		bw.WriteString(kind)
		pad(bw, kindW-len(kind)+2)
		bw.WriteString(title)
		bw.WriteByte('\n')
	}
	row("DATE", "KIND", "WHAT")
	langs := opts.Languages
	if len(langs) == 0 {
		langs = []language.Tag{language.English}
	}
	reader := NewReader(langs...) // one matcher for the whole table
	for i := range entries {
		e := &entries[i]
		t := e.title(ds, reader)
		if e.Planned {
			t += " (planned)"
		}
		if e.Inferred {
			t += " (year inferred)"
		}
		row(e.Date.String(), e.Kind.String(), t)
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
