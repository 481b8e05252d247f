package gdelt

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/names"
)

// Ledger counts the data cells of what a [Reader] read, or of one [Row]:
// every non-empty cell is carried or reported, so Cells == Carried +
// Reported (see the package doc).
type Ledger struct {
	Rows     int // data records read, a header not counted
	Cells    int // non-empty cells of those records: cells holding more than white space
	Carried  int // cells carried into a typed field of an event or its record
	Reported int // cells reported as problems
	// ByRule counts the reported cells by the rule of their problem. A
	// record.fields or required problem stands for every non-empty cell
	// of its record, any other problem for one cell.
	ByRule map[cooperation.Rule]int
	// Long counts the lines longer than the Reader's MaxLineBytes: each
	// is reported (rule record.fields) and skipped unread, so its cells
	// are in no other count.
	Long int
}

func (l *Ledger) add(rule cooperation.Rule, cells int) {
	if cells == 0 {
		return
	}
	l.Reported += cells
	if l.ByRule == nil {
		l.ByRule = map[cooperation.Rule]int{}
	}
	l.ByRule[rule] += cells
}

// Add adds the counts of o to l.
func (l *Ledger) Add(o Ledger) {
	l.Rows += o.Rows
	l.Cells += o.Cells
	l.Carried += o.Carried
	l.Long += o.Long
	for r, n := range o.ByRule {
		l.add(r, n)
	}
}

// Balanced reports whether every cell read is carried or reported.
func (l Ledger) Balanced() bool {
	sum := 0
	for _, n := range l.ByRule {
		sum += n
	}
	return l.Cells == l.Carried+l.Reported && sum == l.Reported
}

// Reader reads a GDELT 2.0 events file as a stream of coded events. Make
// one with [NewReader]; set its fields before the first call to Next. A
// Reader is not safe for concurrent use.
//
// It holds one export batch at a time (the rows of one DATEADDED, as one
// of GDELT's 15-minute files has them): the events of a batch are
// returned when the next batch begins or the input ends, so memory
// depends on the largest batch, not on the size of the input.
type Reader struct {
	// MaxLineBytes is the longest line read; 0 means 1 MiB. A longer
	// line is reported and skipped, so that a huge field cannot make the
	// Reader hold more than this.
	MaxLineBytes int
	// Options are passed to [Convert] for every record.
	Options Options
	// OnProblem, when set, receives each problem as it is found, and
	// Problems stays empty: a stream of any length then keeps none.
	OnProblem func(cooperation.Problem)

	br       *bufio.Reader
	name     string
	line     int
	layout   Layout
	started  bool
	delim    byte
	fields   []string
	batch    string
	buf      []byte
	held     Row // a row of the next batch, read before the current one was returned
	pending  []cooperation.Event
	index    map[Key]int
	out      int // pending[out:] are still to be returned
	ledger   Ledger
	problems cooperation.Problems
	err      error
}

// defaultMaxLine is MaxLineBytes 0: a GDELT line is about 500 bytes.
const defaultMaxLine = 1 << 20

// NewReader returns a Reader of r, named name in problems.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10), name: name, index: map[Key]int{}}
}

// Next returns the next event, or io.EOF after the last; another error
// is a *FileError (a header that is not GDELT's, an error reading the
// input), after the events before it. Each event's first record is the
// first row of the batch that describes it; its ID is "gdelt-" and that
// row's GLOBALEVENTID.
func (r *Reader) Next() (cooperation.Event, error) {
	for r.out >= len(r.pending) {
		if r.err != nil {
			return cooperation.Event{}, r.err
		}
		clear(r.pending)
		r.pending, r.out = r.pending[:0], 0
		clear(r.index)
		r.fill()
	}
	e := r.pending[r.out]
	r.pending[r.out] = cooperation.Event{}
	r.out++
	return e, nil
}

// fill reads records until a batch is complete or the input ends.
func (r *Reader) fill() {
	if r.held.Imported {
		r.add(r.held)
		r.held = Row{}
	}
	for {
		b, err := r.readLine()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				err = &FileError{File: r.name, Line: r.line, Err: err}
			}
			r.err = err
			return
		}
		if b == nil {
			continue // a long line, reported
		}
		r.split(b)
		if !r.started {
			r.started = true
			if isHeader(r.fields) {
				l, err := ParseHeader(r.fields)
				if err != nil {
					r.err = &FileError{File: r.name, Line: r.line, Err: err}
					return
				}
				r.layout = l
				continue
			}
			r.layout = Standard()
		}
		if len(r.fields) == 1 && strings.TrimSpace(r.fields[0]) == "" {
			continue // a blank line
		}
		row := Convert(&r.layout, r.fields, &r.Options, r.name, r.line)
		r.ledger.Add(row.Ledger)
		for _, p := range row.Problems {
			r.problem(p)
		}
		if !row.Imported {
			continue
		}
		if len(r.pending) > 0 && row.Key.Added != r.batch {
			r.held = row // it begins the next batch
			return
		}
		r.add(row)
	}
}

// add adds a converted row to the batch: to the event of its key, or as a
// new event.
func (r *Reader) add(row Row) {
	if len(r.pending) == 0 {
		r.batch = row.Key.Added
	}
	if i, ok := r.index[row.Key]; ok {
		r.pending[i].Coded = append(r.pending[i].Coded, row.Coding)
		return
	}
	r.index[row.Key] = len(r.pending)
	r.pending = append(r.pending, cooperation.Event{
		ID:      cooperation.IDFrom("gdelt-" + row.Coding.Identifier.Value),
		Kind:    cooperation.EventCoded,
		Names:   names.Names{{Text: eventName(&row), Lang: language.English}},
		Date:    row.Date,
		Coded:   []cooperation.Coding{row.Coding},
		Sources: []cooperation.ID{SourceID},
	})
}

// eventName names an event after its actors and its code: "UNITED STATES
// → CHINA: Make a visit".
func eventName(row *Row) string {
	who := func(a *cooperation.CodedActor) string {
		switch {
		case a.Name != "":
			return a.Name
		case !a.Code.IsZero():
			return a.Code.String()
		}
		return "(no actor)"
	}
	what := row.Coding.Code.Description()
	if what == "" {
		what = "CAMEO " + row.Key.Code
	}
	return who(&row.Coding.Source) + " → " + who(&row.Coding.Target) + ": " + what
}

func (r *Reader) problem(p cooperation.Problem) {
	if r.OnProblem != nil {
		r.OnProblem(p)
		return
	}
	r.problems = append(r.problems, p)
}

// readLine returns the next line without its line ending, nil for a line
// over MaxLineBytes (reported), or io.EOF.
func (r *Reader) readLine() ([]byte, error) {
	max := r.MaxLineBytes
	if max <= 0 {
		max = defaultMaxLine
	}
	r.buf = r.buf[:0]
	long, n := false, 0
	for {
		b, err := r.br.ReadSlice('\n')
		n += len(b)
		if !long {
			if len(r.buf)+len(b) > max+2 { // room for "\r\n"
				long = true
				r.buf = r.buf[:0]
			} else {
				r.buf = append(r.buf, b...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !(errors.Is(err, io.EOF) && n > 0) {
			return nil, err
		}
		r.line++
		if long {
			r.ledger.Long++
			r.problem(cooperation.Problem{Rule: cooperation.RuleRecordFields, Severity: cooperation.SeverityError,
				File: r.name, Line: r.line,
				Message: fmt.Sprintf("the line is longer than MaxLineBytes (%d bytes); skipped, not read", max)})
			return nil, nil
		}
		return bytes.TrimRight(r.buf, "\r\n"), nil
	}
}

// split splits a line into r.fields: at tabs when the file's first line
// has one, else at commas, with CSV's double quotes ("a, b" and "" for a
// quote inside). A quote that does not close is kept as text.
func (r *Reader) split(b []byte) {
	if r.delim == 0 {
		r.delim = ','
		if bytes.IndexByte(b, '\t') >= 0 {
			r.delim = '\t'
		}
	}
	r.fields = r.fields[:0]
	if r.delim == '\t' {
		for {
			i := bytes.IndexByte(b, '\t')
			if i < 0 {
				r.fields = append(r.fields, string(b))
				return
			}
			r.fields = append(r.fields, string(b[:i]))
			b = b[i+1:]
		}
	}
	for {
		if len(b) > 0 && b[0] == '"' {
			if v, rest, ok := quoted(b[1:]); ok {
				r.fields = append(r.fields, v)
				if len(rest) == 0 {
					return
				}
				b = rest[1:] // rest starts with the comma
				continue
			}
		}
		i := bytes.IndexByte(b, ',')
		if i < 0 {
			r.fields = append(r.fields, string(b))
			return
		}
		r.fields = append(r.fields, string(b[:i]))
		b = b[i+1:]
	}
}

// quoted reads a quoted field's text after its opening quote: it returns
// the text and what follows the closing quote, which is empty or starts
// with a comma, or ok false.
func quoted(b []byte) (string, []byte, bool) {
	var sb []byte
	for i := 0; i < len(b); i++ {
		if b[i] != '"' {
			continue
		}
		if i+1 < len(b) && b[i+1] == '"' {
			sb = append(sb, b[:i+1]...)
			b = b[i+2:]
			i = -1
			continue
		}
		if i+1 < len(b) && b[i+1] != ',' {
			return "", nil, false
		}
		sb = append(sb, b[:i]...)
		return string(sb), b[i+1:], true
	}
	return "", nil, false
}

// Problems returns the import problems found so far, in input order
// (none when OnProblem is set).
func (r *Reader) Problems() cooperation.Problems { return r.problems }

// Ledger returns the counts of the cells read so far.
func (r *Reader) Ledger() Ledger {
	l := r.ledger
	l.ByRule = maps.Clone(l.ByRule)
	return l
}

// FileError reports an input the Reader cannot read: a header that is not
// GDELT's, or an error of the underlying reader.
type FileError struct {
	File string
	Line int
	Err  error
}

// Error returns the message, prefixed with the package name.
func (e *FileError) Error() string {
	return "gdelt: " + e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Err.Error()
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *FileError) Unwrap() error { return e.Err }

// SourceID is the ID of the source every imported event cites.
const SourceID cooperation.ID = "gdelt"

// Source returns the source entity every imported event cites: the GDELT
// Project's event database.
func Source() cooperation.Source {
	return cooperation.Source{
		ID:        SourceID,
		Publisher: "The GDELT Project",
		Title:     "GDELT 2.0 Event Database",
		URL:       "https://www.gdeltproject.org/",
		Language:  language.English,
		Note:      "Machine-coded from news articles; each event's records give the article they were coded from.",
	}
}

// Result is what [Read] produced.
type Result struct {
	Dataset  *cooperation.Dataset
	Problems cooperation.Problems
	Ledger   Ledger
}

// Read reads a whole file into a dataset of its events and [Source]. With
// a base (the catalog), the events' actors are mapped to base's states
// and the dataset is a layer on base ([cooperation.Dataset.On]); with nil,
// no actor is mapped. It holds every event; use a Reader to stream.
func Read(in io.Reader, name string, base *cooperation.Dataset) (Result, error) {
	r := NewReader(in, name)
	if base != nil {
		r.Options.States = StatesOf(base)
	}
	ds := &cooperation.Dataset{Sources: []cooperation.Source{Source()}}
	for {
		e, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Result{Problems: r.Problems(), Ledger: r.Ledger()}, err
		}
		ds.Events = append(ds.Events, e)
	}
	if base != nil {
		ds.On(base)
	} else {
		ds.Build()
	}
	return Result{Dataset: ds, Problems: r.Problems(), Ledger: r.Ledger()}, nil
}
