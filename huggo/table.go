package huggo

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/internal/limit"
)

// FileError reports a file Importer cannot read as CSV at all, or one
// without a column it needs.
type FileError struct {
	File string
	Line int
	Err  error
}

// Error returns the message, prefixed with the package name.
func (e *FileError) Error() string {
	return fmt.Sprintf("huggo: %s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *FileError) Unwrap() error { return e.Err }

// defaultMaxBytes is the limit of Importer.MaxBytes 0.
const defaultMaxBytes = 256 << 20

// ErrTooLarge is the error a *FileError wraps for a file over the
// Importer's MaxBytes.
var ErrTooLarge = errors.New("file larger than the Importer's MaxBytes")

// table is a CSV file with its header.
type table struct {
	name   string
	r      *csv.Reader
	header []string
	col    map[string]int
}

func open(r io.Reader, name string, maxBytes int64, need ...string) (*table, error) {
	if maxBytes <= 0 {
		maxBytes = defaultMaxBytes
	}
	cr := csv.NewReader(limit.Reader(r, maxBytes, ErrTooLarge))
	cr.FieldsPerRecord = -1 // rows of another length are reported, not fatal
	header, err := cr.Read()
	if err != nil {
		return nil, &FileError{File: name, Line: 1, Err: err}
	}
	if len(header) > 0 {
		// A byte-order mark before the first column's name (spreadsheets
		// write one) is no part of the name.
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	t := &table{name: name, r: cr, header: header, col: map[string]int{}}
	for i, h := range header {
		if h == "" {
			continue // the trade file ends its header with empty names
		}
		if _, dup := t.col[h]; !dup {
			t.col[h] = i
		}
	}
	for _, n := range need {
		if _, ok := t.col[n]; !ok {
			return nil, &FileError{File: name, Line: 1, Err: fmt.Errorf("no column %q", n)}
		}
	}
	return t, nil
}

// pick returns the first of the column names the table has, or "".
func (t *table) pick(names ...string) string {
	for _, n := range names {
		if _, ok := t.col[n]; ok {
			return n
		}
	}
	return ""
}

// row is one data row and the fate of each of its cells: a cell is
// carried, reported (under the rule of its first problem) or, when
// nothing took it, written to a note by finish.
type row struct {
	t    *table
	rec  []string
	line int
	used []bool
	rule []cooperation.Rule
}

// next returns the next row, or io.EOF.
func (t *table) next() (*row, error) {
	rec, err := t.r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		line := 0
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			line = pe.Line
		}
		return nil, &FileError{File: t.name, Line: line, Err: err}
	}
	line, _ := t.r.FieldPos(0) // a record read without error has a field
	return &row{t: t, rec: rec, line: line, used: make([]bool, len(rec)), rule: make([]cooperation.Rule, len(rec))}, nil
}

// empty reports whether a cell holds no value: only white space, or
// HUGGO's (R's) "NA".
func empty(v string) bool {
	v = strings.TrimSpace(v)
	return v == "" || v == "NA"
}

// index returns the index of column name in the row, or -1.
func (r *row) index(name string) int {
	i, ok := r.t.col[name]
	if !ok || i >= len(r.rec) || name == "" {
		return -1
	}
	return i
}

// get returns the value of column name, "" for an empty cell, a missing
// column or a cell already reported (invalid UTF-8).
func (r *row) get(name string) string {
	i := r.index(name)
	if i < 0 || r.rule[i] != "" {
		return ""
	}
	v := strings.TrimSpace(r.rec[i])
	if v == "NA" {
		return ""
	}
	return v
}

// carry marks the cell of column name as carried into the dataset.
func (r *row) carry(name string) {
	if i := r.index(name); i >= 0 {
		r.used[i] = true
	}
}

// column names a cell for problems: its header name, or "column N" for
// one without a name.
func (t *table) column(i int) string {
	if i < len(t.header) && t.header[i] != "" {
		return t.header[i]
	}
	return fmt.Sprintf("column %d", i+1)
}

// validUTF8 reports every cell of r that is not valid UTF-8 (rule
// name.utf8 for a name column, text.utf8 for any other), so that no such
// text reaches the dataset.
func (im *Importer) validUTF8(r *row, id cooperation.ID) {
	for i, v := range r.rec {
		if utf8.ValidString(v) {
			continue
		}
		rule := cooperation.RuleTextUTF8
		switch r.t.column(i) {
		case "Title", "TitleAlt", "StateName":
			rule = cooperation.RuleNameUTF8
		}
		im.reportAt(r, i, rule, cooperation.SeverityError, id, "%q is not valid UTF-8; the value is not imported", v)
	}
}
