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

// Title returns a one-line description of the entry in the reader's
// language ("Memorandum ... signed", "Ký ...", "签署..."): English,
// Vietnamese, Chinese in simplified or traditional characters, Indonesian,
// Malay or Thai; English for other readers. Entities are named in the
// reader's languages; text from the data (a post's title, a commitment)
// stays as the data gives it.
func (e *Entry) Title(ds *Dataset, langs ...language.Tag) string {
	return e.title(ds, readerFor(langs))
}

func (e *Entry) title(ds *Dataset, reader *Reader) string {
	return string(e.appendTitle(nil, ds, reader))
}

// appendTitle appends the entry's title, in the reader's language (see
// titles.go), to b. It writes the pieces straight into b, so rendering
// many entries allocates only as b grows.
func (e *Entry) appendTitle(b []byte, ds *Dataset, reader *Reader) []byte {
	lang := reader.titleLang()
	name := func(b []byte, id ID) []byte {
		n, _ := reader.Display(ds.Names(id))
		if n.Text == "" {
			return append(b, id...)
		}
		return append(b, n.Text...)
	}
	var slots [3]slot
	slots[0].id = e.Subject
	t := tEvent
	switch e.Kind {
	case EntryEvent:
		if e.Object != "" {
			t, slots[1].id = tEventPart, e.Object
		}
	case EntrySigned:
		t = tSigned
	case EntryInForce:
		t = tInForce
	case EntryEnded, EntryPeriodEnd:
		t = tEnds
	case EntryAnnounced:
		t = tAnnounced
		if e.Object != "" {
			t, slots[1].id = tAnnouncedBy, e.Object
		}
	case EntryAdopted:
		t = tAdopted
	case EntryPeriodStart:
		t = tBegins
	case EntrySuperseded:
		t, slots[1].id = tSuperseded, e.Object
	case EntryStage:
		t, slots[1].text = tStage, word(stageWords[lang], stages.names, e.Detail)
	case EntryJoined:
		t, slots[1].id = tJoins, e.Object
		if e.Detail != RoleMember.String() {
			t, slots[2].text = tBecomesRole, word(roleWords[lang], membershipRoles.names, e.Detail)
		}
	case EntryLeft:
		t, slots[1].id = tLeaves, e.Object
	case EntryPostTaken:
		t, slots[1].text = tPostTaken, e.Detail
	case EntryPostLeft:
		t, slots[1].text = tPostLeft, e.Detail
	case EntryFounded:
		t = tFounded
	case EntryDissolved:
		t = tDissolved
	case EntryDeadline:
		t, slots[1].id, slots[2].text = tDeadline, e.Object, e.Detail
	case EntryTarget:
		t, slots[1].text = tTarget, e.Detail
		if e.Object != "" && e.Object != e.Subject {
			t, slots[2].id = tTargetFor, e.Object
		}
	case EntryFigure:
		t, slots[0].id, slots[1].text = tFigure, e.Object, e.Detail
	}
	return appendTemplate(b, titleTemplates[lang][t], slots[:], name)
}

// appendMarks appends the entry's notes ("(planned)") in the reader's
// language.
func (e *Entry) appendMarks(b []byte, reader *Reader) []byte {
	lang := reader.titleLang()
	switch {
	case e.Planned && e.Inferred:
		return append(b, titleTemplates[lang][tPlannedInferred]...)
	case e.Planned:
		return append(b, titleTemplates[lang][tPlanned]...)
	case e.Inferred:
		return append(b, titleTemplates[lang][tInferred]...)
	}
	return b
}

// word translates an enum's name (as in JSON) with a table in the order of
// the enum's names; unknown names stay as they are.
func word(table, names []string, name string) string {
	for i, n := range names {
		if n == name && i < len(table) {
			return table[i]
		}
	}
	return name
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
	reader := readerFor(opts.Languages) // one matcher for the whole table
	var title, date []byte
	for i := range entries {
		e := &entries[i]
		title = e.appendTitle(title[:0], ds, reader)
		title = e.appendMarks(title, reader)
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
