// Package huggo imports the HUGGO treaty data of the manytreaties project
// (J. Hollway et al., Geneva Graduate Institute; CC BY 4.0) into a
// [cooperation.Dataset], reporting every value it cannot carry over as a
// [cooperation.Problem] instead of dropping or changing it.
//
// It reads two layouts:
//
//   - the agreements file (HUGGO_clean.csv): one agreement a row, with
//     Title, Signature, Force, End, TypeAgree and TypeAmbit. The file has no
//     ID column, so an agreement's ID is "huggo-" and its data row number
//     ("huggo-1" is the first agreement).
//   - membership files (HUGGO_MEM_*.csv): one row a (manyID, stateID) pair.
//     Each manyID becomes one agreement (ID: the manyID in lower case with
//     "_" as "-", the manyID kept as an identifier with scheme "huggo"),
//     each row one party of it, and each stateID one actor.
//
// # Mapping, and what is reported
//
// Dates are EDTF as written ("1964-06", "1802-04-18?"); the membership
// files' "dd.mm.yyyy" days are converted to "yyyy-mm-dd" on purpose.
// Anything else ("1953-05-5", "1981-09..1981-10", "1971-0706") leaves the
// date empty and is reported with rule date.syntax, with the file, line,
// column and the value as found. "NA" and empty cells are no value.
//
// A stateID that is an ISO 3166-1 alpha-3 or alpha-2 code x/text knows
// becomes a state with its alpha-2 code ("DDR" is DD, which validation
// then flags as deprecated); any other (CSK, EUE, ALG, EFTA, "Bayern")
// becomes a state without a country code, with the stateID as an
// identifier (scheme "huggo-state"), and is reported once with rule
// region.unknown. Names come from x/text's English display names, or from
// the file's StateName column, or are the code itself.
//
// TypeAgree Agreement, Amendment, Protocol and MOU map to the agreement
// kinds of the same name; TypeAmbit Bilateral, Multilateral and Regional to
// the scopes, Trilateral to multilateral. Other values (Resolution,
// Regulation, Report, Extending; External, Interministerial, Interregional)
// have no counterpart: the field stays empty and the value is reported with
// rule enum.unknown, as a warning.
//
// A membership row's party signs at its stateSignature (StateSignature),
// ratifies at stateRat (StateRatification), joins at stateForce
// (StateForce) and leaves at stateWithdrawal (StateEnd); a row with an
// Accession date is an acceding party whose ratification, when not given,
// is that date. The agreement's own Title, Signature, Force and End come
// from its first row; later rows that differ are reported with rule
// record.conflict. HUGGO's "no end" day, 9999-12-31, leaves the date empty
// and is reported with rule date.placeholder. Other columns (Begin, Term,
// the ECOLEX and IEA dates, coder notes) are not imported.
//
// A row with more or fewer fields than the header is not imported and is
// reported with rule record.fields, its fields as found; the rows after it
// are read. A byte-order mark before the header is dropped. A file over
// Importer.MaxBytes (256 MiB unless set) stops with ErrTooLarge.
//
// Everything else the model checks, such as entry into force before
// signature, a party listed twice or invalid UTF-8 in a name, is left to
// [cooperation.Dataset.Validate], which the caller runs on the result.
package huggo

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The files of the manytreaties repository that Load reads.
const (
	AgreementsFile = "HUGGO_clean.csv"
	EnvFile        = "HUGGO_MEM_env_reconciled.csv"
	TradeFile      = "HUGGO_MEM_trade_additional.csv"
)

// Importer accumulates agreements, parties and actors from HUGGO files.
// The zero Importer is ready to use.
type Importer struct {
	// MaxBytes is the most one file may hold; 0 means 256 MiB. Past it,
	// ReadAgreements and ReadMemberships stop with a *FileError wrapping
	// ErrTooLarge, so that a file with an unterminated quote cannot make
	// the CSV reader hold more than this in one field.
	MaxBytes int64

	ds       cooperation.Dataset
	problems cooperation.Problems
	actors   map[string]int // stateID -> index in ds.Actors
	slugs    map[cooperation.ID]bool
	byMany   map[string]int      // manyID -> index in ds.Agreements
	first    map[string][]string // manyID -> its first row's Title, Signature, Force, End
	rows     int
	parties  int
}

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

// table is a CSV file with its header.
type table struct {
	name   string
	r      *csv.Reader
	col    map[string]int
	fields int // the header's
}

// defaultMaxBytes is the limit of Importer.MaxBytes 0.
const defaultMaxBytes = 256 << 20

// ErrTooLarge is the error a *FileError wraps for a file over the
// Importer's MaxBytes.
var ErrTooLarge = errors.New("file larger than the Importer's MaxBytes")

// limited reads at most n bytes from r, then fails with ErrTooLarge.
type limited struct {
	r io.Reader
	n int64
}

func (l *limited) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	k, err := l.r.Read(p)
	l.n -= int64(k)
	return k, err
}

func open(r io.Reader, name string, limit int64, need ...string) (*table, error) {
	if limit <= 0 {
		limit = defaultMaxBytes
	}
	cr := csv.NewReader(&limited{r: r, n: limit})
	cr.ReuseRecord = false
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
	t := &table{name: name, r: cr, col: map[string]int{}, fields: len(header)}
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

// next returns the next record and its line, or io.EOF.
func (t *table) next() ([]string, int, error) {
	rec, err := t.r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, 0, io.EOF
		}
		line := 0
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			line = pe.Line
		}
		return nil, line, &FileError{File: t.name, Line: line, Err: err}
	}
	line, _ := t.r.FieldPos(0) // a record read without error has a field
	return rec, line, nil
}

// get returns the value of column name, "" for NA or a missing column.
func (t *table) get(rec []string, name string) string {
	i, ok := t.col[name]
	if !ok || i >= len(rec) {
		return ""
	}
	v := strings.TrimSpace(rec[i])
	if v == "NA" {
		return ""
	}
	return v
}

func (im *Importer) report(r cooperation.Rule, s cooperation.Severity, file string, line int, column string, id cooperation.ID, format string, args ...any) {
	im.problems = append(im.problems, cooperation.Problem{
		Rule:     r,
		Severity: s,
		File:     file,
		Line:     line,
		Column:   column,
		ID:       id,
		Message:  fmt.Sprintf(format, args...),
	})
}

// date converts a HUGGO date cell, reporting what it cannot convert.
func (im *Importer) date(t *table, rec []string, line int, column string, id cooperation.ID) edtf.Date {
	if column == "" {
		return edtf.Date{}
	}
	v := t.get(rec, column)
	if v == "" {
		return edtf.Date{}
	}
	s := v
	if len(v) == 10 && v[2] == '.' && v[5] == '.' { // dd.mm.yyyy
		s = v[6:] + "-" + v[3:5] + "-" + v[:2]
	}
	if s == placeholder {
		im.report(cooperation.RuleDatePlaceholder, cooperation.SeverityWarning, t.name, line, column, id,
			"%q is HUGGO's placeholder for no date; the date is left empty", v)
		return edtf.Date{}
	}
	d, err := edtf.Parse(s)
	if err != nil {
		var pe *edtf.ParseError
		reason := err.Error()
		if errors.As(err, &pe) {
			reason = pe.Reason
		}
		im.report(cooperation.RuleDateSyntax, cooperation.SeverityError, t.name, line, column, id,
			"%q is not an EDTF date (%s); the date is left empty", v, reason)
		return edtf.Date{}
	}
	return d
}

// placeholder is the day HUGGO writes for "no end".
const placeholder = "9999-12-31"

var kinds = map[string]cooperation.AgreementKind{
	"Agreement": cooperation.AgreementAgreement,
	"Amendment": cooperation.AgreementAmendment,
	"Protocol":  cooperation.AgreementProtocol,
	"MOU":       cooperation.AgreementMoU,
}

var scopes = map[string]cooperation.Scope{
	"Bilateral":    cooperation.ScopeBilateral,
	"Multilateral": cooperation.ScopeMultilateral,
	"Trilateral":   cooperation.ScopeMultilateral,
	"Regional":     cooperation.ScopeRegional,
}

// ReadAgreements reads a file in the layout of HUGGO_clean.csv, named name
// in problems. It returns a *FileError only when the file is not CSV or
// lacks a column; every bad value is a problem instead.
func (im *Importer) ReadAgreements(r io.Reader, name string) error {
	t, err := open(r, name, im.MaxBytes, "Title", "Signature", "Force", "End", "TypeAgree", "TypeAmbit")
	if err != nil {
		return err
	}
	for n := 1; ; n++ {
		rec, line, err := t.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		im.rows++
		if len(rec) != t.fields {
			im.report(cooperation.RuleRecordFields, cooperation.SeverityError, t.name, line, "", "",
				"the row has %d fields, the header %d; not imported: %q", len(rec), t.fields, rec)
			continue
		}
		id := cooperation.ID("huggo-" + strconv.Itoa(n))
		a := im.agreement(t, rec, line, id)
		a.Kind = im.kind(t, rec, line, id)
		a.Scope = im.scope(t, rec, line, id)
		im.ds.Agreements = append(im.ds.Agreements, a)
	}
}

// agreement makes the agreement of a row from the columns both layouts
// share: Title, Signature, Force and End.
func (im *Importer) agreement(t *table, rec []string, line int, id cooperation.ID) cooperation.Agreement {
	a := cooperation.Agreement{ID: id, Sources: []cooperation.ID{sourceID}}
	if title := t.get(rec, "Title"); title != "" {
		a.Names = names.Names{{Text: title, Lang: language.English}}
	}
	a.Signed = im.date(t, rec, line, "Signature", id)
	a.InForce = im.date(t, rec, line, "Force", id)
	a.Ended = im.date(t, rec, line, "End", id)
	return a
}

func (im *Importer) kind(t *table, rec []string, line int, id cooperation.ID) cooperation.AgreementKind {
	v := t.get(rec, "TypeAgree")
	k, ok := kinds[v]
	if !ok && v != "" {
		im.report(cooperation.RuleEnumUnknown, cooperation.SeverityWarning, t.name, line, "TypeAgree", id,
			"TypeAgree %q has no agreement kind; the kind is left empty", v)
	}
	return k
}

func (im *Importer) scope(t *table, rec []string, line int, id cooperation.ID) cooperation.Scope {
	v := t.get(rec, "TypeAmbit")
	s, ok := scopes[v]
	if !ok && v != "" {
		im.report(cooperation.RuleEnumUnknown, cooperation.SeverityWarning, t.name, line, "TypeAmbit", id,
			"TypeAmbit %q has no scope; the scope is left empty", v)
	}
	return s
}

// ReadMemberships reads a file in the layout of the HUGGO_MEM_*.csv files,
// named name in problems. The env and trade files spell some columns
// differently (stateForce and StateForce); both are read.
func (im *Importer) ReadMemberships(r io.Reader, name string) error {
	t, err := open(r, name, im.MaxBytes, "manyID", "stateID", "Title", "Signature", "Force")
	if err != nil {
		return err
	}
	pick := func(names ...string) string {
		for _, n := range names {
			if _, ok := t.col[n]; ok {
				return n
			}
		}
		return ""
	}
	signCol := pick("stateSignature", "StateSignature")
	ratCol := pick("stateRat", "StateRatification")
	joinCol := pick("stateForce", "StateForce")
	leftCol := pick("stateWithdrawal", "StateEnd")
	accCol := pick("Accession")
	shared := []string{"Title", "Signature", "Force", "End"}
	for {
		rec, line, err := t.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		im.rows++
		if len(rec) != t.fields {
			im.report(cooperation.RuleRecordFields, cooperation.SeverityError, t.name, line, "", "",
				"the row has %d fields, the header %d; not imported: %q", len(rec), t.fields, rec)
			continue
		}
		many := t.get(rec, "manyID")
		ai, ok := im.byMany[many]
		if ok {
			first := im.first[many]
			for k, col := range shared {
				if v := t.get(rec, col); v != first[k] {
					im.report(cooperation.RuleRecordConflict, cooperation.SeverityWarning, t.name, line, col, im.ds.Agreements[ai].ID,
						"%s %q differs from %q on the first row of %s; the first is kept", col, v, first[k], many)
				}
			}
		} else {
			id := im.slug(many, "huggo")
			a := im.agreement(t, rec, line, id)
			a.Identifiers = []cooperation.Identifier{{Scheme: "huggo", Value: many}}
			if im.byMany == nil {
				im.byMany = map[string]int{}
				im.first = map[string][]string{}
			}
			first := make([]string, len(shared))
			for k, col := range shared {
				first[k] = t.get(rec, col)
			}
			im.first[many] = first
			ai = len(im.ds.Agreements)
			im.byMany[many] = ai
			im.ds.Agreements = append(im.ds.Agreements, a)
		}
		aid := im.ds.Agreements[ai].ID
		p := cooperation.Party{Actor: im.actor(t, rec, line, aid)}
		p.Signed = im.date(t, rec, line, signCol, aid)
		p.Ratified = im.date(t, rec, line, ratCol, aid)
		p.Joined = im.date(t, rec, line, joinCol, aid)
		p.Left = im.date(t, rec, line, leftCol, aid)
		if acc := im.date(t, rec, line, accCol, aid); !acc.IsZero() {
			p.Role = cooperation.PartyRoleAcceding
			if p.Ratified.IsZero() {
				p.Ratified = acc
			}
		}
		im.ds.Agreements[ai].Parties = append(im.ds.Agreements[ai].Parties, p)
		im.parties++
	}
}

// actor returns the ID of the actor for the row's stateID, creating it the
// first time.
func (im *Importer) actor(t *table, rec []string, line int, aid cooperation.ID) cooperation.ID {
	code := t.get(rec, "stateID")
	if i, ok := im.actors[code]; ok {
		a := &im.ds.Actors[i]
		if n := t.get(rec, "StateName"); n != "" && !hasName(a.Names, n) {
			a.Names = append(a.Names, names.Name{Text: n, Lang: language.English, Kind: names.KindAlias})
		}
		return a.ID
	}
	a := cooperation.Actor{ID: im.slug(code, "huggo-state"), Kind: cooperation.ActorState, Sources: []cooperation.ID{sourceID},
		Identifiers: []cooperation.Identifier{{Scheme: "huggo-state", Value: code}}}
	if r, ok := region(code); ok {
		// region gives a region x/text knows, whose String is the
		// upper-case alpha-2 code ParseCountry wants.
		a.Country = cooperation.MustParseCountry(r.String())
		// x/text names a deprecated code by its successor (DD as
		// "Germany"), and has no names for some old codes (YU, CS); those
		// keep the file's name or their code.
		if n := display.English.Regions().Name(r); n != "" && r.Canonicalize() == r {
			a.Names = append(a.Names, names.Name{Text: n, Lang: language.English})
		}
	} else {
		im.report(cooperation.RuleRegionUnknown, cooperation.SeverityError, t.name, line, "stateID", aid,
			"stateID %q is not an ISO 3166-1 code x/text knows; the actor %s has no country code", code, a.ID)
	}
	if n := t.get(rec, "StateName"); n != "" && !hasName(a.Names, n) {
		kind := names.KindOfficial
		if len(a.Names) > 0 {
			kind = names.KindAlias
		}
		a.Names = append(a.Names, names.Name{Text: n, Lang: language.English, Kind: kind})
	}
	if len(a.Names) == 0 {
		a.Names = names.Names{{Text: code, Lang: language.Und, Kind: names.KindAcronym}}
	}
	if im.actors == nil {
		im.actors = map[string]int{}
	}
	im.actors[code] = len(im.ds.Actors)
	im.ds.Actors = append(im.ds.Actors, a)
	return a.ID
}

func hasName(ns names.Names, s string) bool {
	for _, n := range ns {
		if n.Text == s {
			return true
		}
	}
	return false
}

// region converts an upper-case ISO 3166-1 alpha-3 or alpha-2 code with
// x/text. language.ParseRegion also accepts lower case and UN M.49 numbers,
// which HUGGO does not use for states, so those are refused here.
func region(code string) (language.Region, bool) {
	if (len(code) != 2 && len(code) != 3) || strings.ToUpper(code) != code {
		return language.Region{}, false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < 'A' || code[i] > 'Z' {
			return language.Region{}, false
		}
	}
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() {
		return language.Region{}, false
	}
	return r, true
}

// slug makes a unique ID from prefix and s: lower case, runs of anything
// but a-z and 0-9 as one hyphen ("INTRSC_1972A" is "intrsc-1972a",
// "Baden-Württemberg" is "huggo-state-baden-w-rttemberg"), with "-2",
// "-3"... when two values give the same slug.
func (im *Importer) slug(s, prefix string) cooperation.ID {
	var b strings.Builder
	b.WriteString(prefix)
	hyphen := true
	if prefix != "" {
		b.WriteByte('-')
	}
	for _, r := range strings.ToLower(s) {
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			b.WriteRune(r)
			hyphen = false
		} else if !hyphen {
			b.WriteByte('-')
			hyphen = true
		}
	}
	base := strings.TrimRight(b.String(), "-")
	if base == "" || base == prefix {
		base = prefix + "-empty"
	}
	if im.slugs == nil {
		im.slugs = map[cooperation.ID]bool{}
	}
	id := cooperation.ID(base)
	for n := 2; im.slugs[id]; n++ {
		id = cooperation.ID(base + "-" + strconv.Itoa(n))
	}
	im.slugs[id] = true
	return id
}

const sourceID cooperation.ID = "huggo"

// Source returns the source entity every imported entity cites.
func Source() cooperation.Source {
	return cooperation.Source{
		ID:        sourceID,
		Publisher: "manytreaties / HUGGO, J. Hollway et al., Geneva Graduate Institute",
		Title:     "HUGGO international agreements and state memberships (CC BY 4.0)",
		URL:       "https://github.com/globalgov/manytreaties",
		Language:  language.English,
	}
}

// Result is what an Importer produced.
type Result struct {
	Dataset  *cooperation.Dataset
	Problems cooperation.Problems // import problems, in file order
	Rows     int                  // data rows read, over all files
	Parties  int                  // party rows read from membership files
}

// Result returns the dataset built so far, indexed, with [Source] as its
// source, and the import problems, each located by its File, Line and
// Column. Validate the dataset for the rest.
func (im *Importer) Result() Result {
	ds := &cooperation.Dataset{
		Sources:    []cooperation.Source{Source()},
		Actors:     im.ds.Actors,
		Agreements: im.ds.Agreements,
	}
	ds.Build()
	return Result{Dataset: ds, Problems: im.problems, Rows: im.rows, Parties: im.parties}
}

// Load reads the three files of the manytreaties repository from fsys (a
// directory holding them, as os.DirFS(dir)).
func Load(fsys fs.FS) (Result, error) {
	var im Importer
	read := func(name string, f func(io.Reader, string) error) error {
		file, err := fsys.Open(name)
		if err != nil {
			return err
		}
		defer file.Close()
		return f(file, name)
	}
	if err := read(AgreementsFile, im.ReadAgreements); err != nil {
		return Result{}, err
	}
	for _, name := range []string{EnvFile, TradeFile} {
		if err := read(name, im.ReadMemberships); err != nil {
			return Result{}, err
		}
	}
	return im.Result(), nil
}
