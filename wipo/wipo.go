package wipo

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/internal/limit"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/statename"
)

// File is the name of the data file in the datahub.io dataset, which
// [Load] reads.
const File = "membership-to-copyright-treaties.csv"

// The columns of the file, by their names in its header.
const (
	ColumnParty      = "Contracting Party"
	ColumnTreaty     = "Treaty"
	ColumnSigned     = "Signature Date"
	ColumnInstrument = "Instrument Type"
	ColumnRatified   = "Instrument Date"
	ColumnInForce    = "Entry Into Force Date"
)

// columns are the six columns a file must have, each once.
var columns = []string{ColumnParty, ColumnTreaty, ColumnSigned, ColumnInstrument, ColumnRatified, ColumnInForce}

// instrumentTypes maps the file's Instrument Type values to instruments.
var instrumentTypes = map[string]cooperation.Instrument{
	"Ratification":                           cooperation.InstrumentRatification,
	"Acceptance":                             cooperation.InstrumentAcceptance,
	"Approval":                               cooperation.InstrumentApproval,
	"Accession":                              cooperation.InstrumentAccession,
	"Declaration/Notification of Succession": cooperation.InstrumentSuccession,
	"Declaration of Continued Application":   cooperation.InstrumentContinuedApplication,
}

// Importer accumulates treaties, parties and actors from WIPO membership
// files. The zero Importer is ready to use; it is not safe for concurrent
// use. Reading several files into one Importer merges the treaties and
// parties they share by name.
type Importer struct {
	// MaxBytes is the most one file may hold; 0 means 64 MiB. Past it,
	// Read stops with a *FileError wrapping ErrTooLarge, so that a file
	// with an unterminated quote cannot make the CSV reader hold more than
	// this in one field.
	MaxBytes int64

	ds       cooperation.Dataset
	problems cooperation.Problems
	ledger   Ledger
	treaties map[string]int         // Treaty value -> index in ds.Agreements
	parties  map[string]int         // Contracting Party value -> index in ds.Actors
	known    map[string]bool        // Contracting Party values matched to a state or IGO
	ids      map[cooperation.ID]int // IDs taken -> actor index, or -1 for an agreement
}

// defaultMaxBytes is the limit of Importer.MaxBytes 0: the file is 86 KB.
const defaultMaxBytes = 64 << 20

// ErrTooLarge is the error a *FileError wraps for a file over the
// Importer's MaxBytes.
var ErrTooLarge = errors.New("file larger than the Importer's MaxBytes")

// FileError reports a file Importer cannot read as CSV at all, or whose
// header is not the six columns it reads.
type FileError struct {
	File string
	Line int
	Err  error
}

// Error returns the message, prefixed with the package name.
func (e *FileError) Error() string {
	return fmt.Sprintf("wipo: %s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *FileError) Unwrap() error { return e.Err }

// row is one data row being imported.
type row struct {
	file string
	cr   *csv.Reader
	rec  []string
	col  *[6]int // the index of each of columns in rec
}

// get returns the value of column c (an index into columns), trimmed.
func (r *row) get(c int) string { return strings.TrimSpace(r.rec[r.col[c]]) }

// line returns the line column c's field starts on.
func (r *row) line(c int) int {
	line, _ := r.cr.FieldPos(r.col[c])
	return line
}

// Read reads one file in the layout of membership-to-copyright-treaties.csv,
// named name in problems. It returns a *FileError only when the file is
// not CSV, is over MaxBytes or has another header; every bad row or value
// is a problem instead, and the rows before a *FileError stay imported.
func (im *Importer) Read(r io.Reader, name string) error {
	maxBytes := im.MaxBytes
	if maxBytes <= 0 {
		maxBytes = defaultMaxBytes
	}
	cr := csv.NewReader(limit.Reader(r, maxBytes, ErrTooLarge))
	cr.FieldsPerRecord = -1 // rows of another length are reported, not fatal
	cr.ReuseRecord = true   // the strings are new each row; the slice is not kept
	header, err := cr.Read()
	if err != nil {
		return fileError(name, err)
	}
	var col [6]int
	seen := [6]bool{}
	for i, h := range header {
		if i == 0 {
			// A byte-order mark before the first column's name
			// (spreadsheets write one) is no part of the name.
			h = strings.TrimPrefix(h, "\ufeff")
		}
		c := columnIndex(strings.TrimSpace(h))
		switch {
		case c < 0:
			return &FileError{File: name, Line: 1, Err: fmt.Errorf("column %q is not one of %q", h, columns)}
		case seen[c]:
			return &FileError{File: name, Line: 1, Err: fmt.Errorf("column %q twice", h)}
		}
		seen[c], col[c] = true, i
	}
	for c, ok := range seen {
		if !ok {
			return &FileError{File: name, Line: 1, Err: fmt.Errorf("no column %q", columns[c])}
		}
	}
	fields := len(header)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fileError(name, err)
		}
		rw := row{file: name, cr: cr, rec: rec, col: &col}
		im.row(&rw, fields)
	}
}

func fileError(name string, err error) error {
	line := 0
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		line = pe.Line
	}
	return &FileError{File: name, Line: line, Err: err}
}

func columnIndex(h string) int {
	for i, c := range columns {
		if c == h {
			return i
		}
	}
	return -1
}

// nonEmpty counts the cells of rec that hold more than white space.
func nonEmpty(rec []string) int {
	n := 0
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// row imports one data row, with fields the header's number of fields.
func (im *Importer) row(r *row, fields int) {
	cells := nonEmpty(r.rec)
	im.ledger.Rows++
	im.ledger.Cells += cells
	line, _ := r.cr.FieldPos(0)
	if len(r.rec) != fields {
		im.report(cooperation.RuleRecordFields, cooperation.SeverityError, r.file, line, "", "", cells,
			"the row has %d fields, the header %d; not imported: %q", len(r.rec), fields, r.rec)
		return
	}
	const party, treaty, signed, instrument, ratified, inForce = 0, 1, 2, 3, 4, 5
	for _, c := range []int{treaty, party} {
		if r.get(c) == "" {
			im.report(cooperation.RuleRequired, cooperation.SeverityError, r.file, r.line(c), columns[c], "", cells,
				"the row has no %s; not imported: %q", columns[c], r.rec)
			return
		}
	}
	ai := im.agreement(r.get(treaty))
	aid := im.ds.Agreements[ai].ID
	im.ledger.Carried++ // the Treaty cell: the party is listed in that agreement
	p := cooperation.Party{Actor: im.actor(r, party, aid)}
	p.Signed = im.date(r, signed, aid)
	p.Ratified = im.date(r, ratified, aid)
	p.Joined = im.date(r, inForce, aid)
	if v := r.get(instrument); v != "" {
		if k, ok := instrumentTypes[v]; ok {
			p.Instrument = k
			if k == cooperation.InstrumentAccession {
				p.Role = cooperation.PartyRoleAcceding
			}
			im.ledger.Carried++
		} else {
			im.report(cooperation.RuleEnumUnknown, cooperation.SeverityWarning, r.file, r.line(instrument), ColumnInstrument, aid, 1,
				"Instrument Type %q is no kind of instrument this importer knows; the instrument is left unstated", v)
		}
	}
	im.ds.Agreements[ai].Parties = append(im.ds.Agreements[ai].Parties, p)
}

// report records a problem that stands for cells non-empty cells.
func (im *Importer) report(rule cooperation.Rule, s cooperation.Severity, file string, line int, column string, id cooperation.ID, cells int, format string, args ...any) {
	im.problems = append(im.problems, cooperation.Problem{
		Rule:     rule,
		Severity: s,
		File:     file,
		Line:     line,
		Column:   column,
		ID:       id,
		Message:  fmt.Sprintf(format, args...),
	})
	if cells == 0 {
		return
	}
	im.ledger.Reported += cells
	if im.ledger.ByRule == nil {
		im.ledger.ByRule = map[cooperation.Rule]int{}
	}
	im.ledger.ByRule[rule] += cells
}

// date converts the date in column c, reporting what it cannot convert.
func (im *Importer) date(r *row, c int, aid cooperation.ID) edtf.Date {
	v := r.get(c)
	if v == "" {
		return edtf.Date{}
	}
	d, err := edtf.Parse(v)
	if err != nil {
		reason := err.Error()
		var pe *edtf.ParseError
		if errors.As(err, &pe) {
			reason = pe.Reason
		}
		im.report(cooperation.RuleDateSyntax, cooperation.SeverityError, r.file, r.line(c), columns[c], aid, 1,
			"%q is not an EDTF date (%s); the date is left empty", v, reason)
		return edtf.Date{}
	}
	im.ledger.Carried++
	return d
}

// agreement returns the index of the agreement of a Treaty value,
// creating it the first time.
func (im *Importer) agreement(treaty string) int {
	if i, ok := im.treaties[treaty]; ok {
		return i
	}
	a := cooperation.Agreement{
		ID:      im.newID(cooperation.IDFrom(treaty), "treaty", -1),
		Kind:    cooperation.AgreementTreaty,
		Scope:   cooperation.ScopeMultilateral,
		Names:   names.Names{{Text: norm.NFC.String(treaty), Lang: language.English, Kind: names.KindShort}},
		Sources: []cooperation.ID{sourceID},
	}
	if im.treaties == nil {
		im.treaties = map[string]int{}
	}
	i := len(im.ds.Agreements)
	im.treaties[treaty] = i
	im.ds.Agreements = append(im.ds.Agreements, a)
	return i
}

// actor returns the ID of the actor named in column c, creating it the
// first time, and counts the cell as carried or reported.
func (im *Importer) actor(r *row, c int, aid cooperation.ID) cooperation.ID {
	name := r.get(c)
	if i, ok := im.parties[name]; ok {
		a := &im.ds.Actors[i]
		if im.known[name] {
			im.ledger.Carried++
		} else {
			im.reportUnknown(r, c, aid, name, a.ID)
		}
		return a.ID
	}
	text := norm.NFC.String(name)
	var a cooperation.Actor
	var rs []language.Region
	g, isIGO := igos[name]
	if !isIGO {
		rs = matchState(name)
	}
	switch {
	case isIGO:
		a = cooperation.Actor{Kind: cooperation.ActorIGO, Names: names.Names{
			{Text: g.name, Lang: language.English},
			{Text: g.acronym, Lang: language.English, Kind: names.KindAcronym},
		}}
		a.ID = im.newID(cooperation.IDFrom(g.acronym), "party", len(im.ds.Actors))
	case len(rs) == 1:
		country := cooperation.MustParseCountry(rs[0].String())
		id := cooperation.ID(strings.ToLower(rs[0].String()))
		if i, ok := im.ids[id]; ok && i >= 0 && im.ds.Actors[i].Country == country { // another name of the same state
			im.addName(name, i, text)
			im.ledger.Carried++
			return id
		}
		a = cooperation.Actor{Kind: cooperation.ActorState, Country: country,
			Names: names.Names{{Text: text, Lang: language.English, Kind: names.KindShort}}}
		if en, ok := statename.Name(rs[0], language.English); ok && names.Fold(en) != names.Fold(text) {
			a.Names = append(a.Names, names.Name{Text: en, Lang: language.English, Kind: names.KindShort})
		}
		a.ID = im.newID(id, "party", len(im.ds.Actors))
	default:
		a = cooperation.Actor{Kind: cooperation.ActorState,
			Names: names.Names{{Text: text, Lang: language.English, Kind: names.KindShort}}}
		a.ID = im.newID(cooperation.IDFrom(name), "party", len(im.ds.Actors))
	}
	a.Sources = []cooperation.ID{sourceID}
	known := isIGO || len(rs) == 1
	if im.parties == nil {
		im.parties = map[string]int{}
		im.known = map[string]bool{}
	}
	im.parties[name] = len(im.ds.Actors)
	im.known[name] = known
	im.ds.Actors = append(im.ds.Actors, a)
	if known {
		im.ledger.Carried++
	} else {
		im.reportUnknown(r, c, aid, name, a.ID)
	}
	return a.ID
}

// addName gives actor i the file's name for it, seen under another name
// before, as an alias.
func (im *Importer) addName(name string, i int, text string) {
	a := &im.ds.Actors[i]
	a.Names = append(a.Names, names.Name{Text: text, Lang: language.English, Kind: names.KindAlias})
	im.parties[name] = i
	im.known[name] = true
}

func (im *Importer) reportUnknown(r *row, c int, aid cooperation.ID, name string, actor cooperation.ID) {
	rs := matchState(name)
	why := "matches no country's name in x/text's tables, in any language"
	if len(rs) > 1 {
		why = "matches the names of " + strconv.Itoa(len(rs)) + " countries in x/text's tables (" + regionList(rs) + ")"
	}
	im.report(cooperation.RuleRegionUnknown, cooperation.SeverityError, r.file, r.line(c), columns[c], aid, 1,
		"Contracting Party %q %s; the state %s has no country code", name, why, actor)
}

// newID returns id, or fallback when id is empty (a name without a Latin
// letter or digit), with "-2", "-3"... when it is taken, and takes it for
// actor index i (-1 for an agreement).
func (im *Importer) newID(id cooperation.ID, fallback string, i int) cooperation.ID {
	if im.ids == nil {
		im.ids = map[cooperation.ID]int{}
	}
	base := string(id)
	if base == "" {
		base = fallback
	}
	id = cooperation.ID(base)
	for n := 2; im.taken(id); n++ {
		id = cooperation.ID(base + "-" + strconv.Itoa(n))
	}
	im.ids[id] = i
	return id
}

func (im *Importer) taken(id cooperation.ID) bool {
	_, ok := im.ids[id]
	return ok || id == sourceID
}

const sourceID cooperation.ID = "wipo"

// Source returns the source entity every imported entity cites: WIPO's
// treaty tables, as published by datahub.io.
func Source() cooperation.Source {
	return cooperation.Source{
		ID:        sourceID,
		Publisher: "World Intellectual Property Organization (WIPO), via datahub.io",
		Title:     "WIPO-administered treaties: contracting parties (datahub.io core dataset membership-to-copyright-treaties, ODC-PDDL-1.0)",
		URL:       "https://www.wipo.int/treaties/en/",
		Language:  language.English,
		Note:      "Read from https://github.com/datasets/membership-to-copyright-treaties, file data/" + File + ".",
	}
}

// Ledger counts the data cells of the file an Importer read, as
// [cooperation.Ledger] says: a cell holding only white space is empty; a
// record.fields or required problem stands for every non-empty cell of
// its row, any other problem for one cell.
type Ledger = cooperation.Ledger

// Result is what an Importer produced.
type Result struct {
	Dataset  *cooperation.Dataset
	Problems cooperation.Problems // import problems, in file order
	Ledger   Ledger
}

// Result returns the dataset built so far, indexed, with [Source] as its
// source, the import problems, each located by its File, Line and Column,
// and the ledger. Validate the dataset for the rest. The dataset shares
// memory with the Importer: read no more files into it after calling
// Result.
func (im *Importer) Result() Result {
	ds := &cooperation.Dataset{
		Sources:    []cooperation.Source{Source()},
		Actors:     im.ds.Actors,
		Agreements: im.ds.Agreements,
	}
	ds.Build()
	l := im.ledger
	l.ByRule = maps.Clone(l.ByRule)
	return Result{Dataset: ds, Problems: im.problems, Ledger: l}
}

// Load reads [File] from fsys (a directory holding it, as os.DirFS(dir)).
func Load(fsys fs.FS) (Result, error) {
	f, err := fsys.Open(File)
	if err != nil {
		return Result{}, err
	}
	defer f.Close()
	var im Importer
	if err := im.Read(f, File); err != nil {
		return Result{}, err
	}
	return im.Result(), nil
}
