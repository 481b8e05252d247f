package cooperation

import (
	"bufio"
	"io"
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
	return string(e.appendTitle(nil, ds, reader))
}

// appendTitle appends the entry's title to b. It writes the pieces
// straight into b, so rendering many entries allocates only as b grows.
func (e *Entry) appendTitle(b []byte, ds *Dataset, reader *Reader) []byte {
	name := func(b []byte, id ID) []byte {
		if id == "" {
			return b
		}
		n, _ := reader.Display(ds.Names(id))
		if n.Text == "" {
			return append(b, id...)
		}
		return append(b, n.Text...)
	}
	words := func(b []byte, s string) []byte { // "under-construction" as "under construction"
		for i := 0; i < len(s); i++ {
			if s[i] == '-' {
				b = append(b, ' ')
			} else {
				b = append(b, s[i])
			}
		}
		return b
	}
	subj := func(b []byte, suffix string) []byte { return append(name(b, e.Subject), suffix...) }
	switch e.Kind {
	case EntryEvent:
		b = name(b, e.Subject)
		if e.Object != "" {
			b = append(name(append(b, " (part of "...), e.Object), ')')
		}
	case EntrySigned:
		b = subj(b, " signed")
	case EntryInForce:
		b = subj(b, " enters into force")
	case EntryEnded, EntryPeriodEnd:
		b = subj(b, " ends")
	case EntryAnnounced:
		b = subj(b, " announced")
		if e.Object != "" {
			b = name(append(b, " by "...), e.Object)
		}
	case EntryAdopted:
		b = subj(b, " adopted")
	case EntryPeriodStart:
		b = subj(b, " begins")
	case EntrySuperseded:
		b = name(subj(b, " superseded by "), e.Object)
	case EntryStage:
		b = words(subj(b, ": "), e.Detail)
	case EntryJoined:
		if e.Detail == "member" {
			b = name(subj(b, " joins "), e.Object)
		} else {
			b = name(append(words(subj(b, " becomes "), e.Detail), " of "...), e.Object)
		}
	case EntryLeft:
		b = name(subj(b, " leaves "), e.Object)
	case EntryPostTaken:
		b = append(subj(b, " becomes "), e.Detail...)
	case EntryPostLeft:
		b = append(subj(b, " leaves the post of "), e.Detail...)
	case EntryFounded:
		b = subj(b, " founded")
	case EntryDissolved:
		b = subj(b, " dissolved")
	case EntryDeadline:
		b = append(append(name(b, e.Object), " commits to "...), e.Detail...)
		b = append(name(append(b, " ("...), e.Subject), ')')
	case EntryTarget:
		b = append(name(append(b, "target of "...), e.Subject), ": "...)
		b = append(b, e.Detail...)
		if e.Object != "" && e.Object != e.Subject {
			b = name(append(b, " for "...), e.Object)
		}
	case EntryFigure:
		b = append(append(name(b, e.Object), ", "...), e.Detail...)
	default:
		b = name(b, e.Subject)
	}
	return b
}

// WriteText writes entries as a plain-text table: date, kind, and title,
// with "(planned)" on plans and "(year inferred)" on dates reconstructed
// from context. Columns are aligned by display width, so Chinese and other
// wide characters count two columns and combining marks none.
func WriteText(w io.Writer, ds *Dataset, entries []Entry, opts TextOptions) error {
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
	langs := opts.Languages
	if len(langs) == 0 {
		langs = []language.Tag{language.English}
	}
	reader := NewReader(langs...) // one matcher for the whole table
	var title, date []byte
	for i := range entries {
		e := &entries[i]
		title = e.appendTitle(title[:0], ds, reader)
		if e.Planned {
			title = append(title, " (planned)"...)
		}
		if e.Inferred {
			title = append(title, " (year inferred)"...)
		}
		date, _ = e.Date.AppendText(date[:0])
		bw.Write(date)
		pad(bw, dateW-bytesWidth(date)+2)
		kind := e.Kind.String()
		bw.WriteString(kind)
		pad(bw, kindW-len(kind)+2)
		bw.Write(title)
		bw.WriteByte('\n')
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
