package huggo

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"strconv"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"golang.org/x/text/language"
)

// The files of the manytreaties repository that Load reads.
const (
	AgreementsFile = "HUGGO_clean.csv"
	EnvFile        = "HUGGO_MEM_env_reconciled.csv"
	TradeFile      = "HUGGO_MEM_trade_additional.csv"
)

// Importer accumulates agreements, parties and actors from HUGGO files.
// The zero Importer is ready to use. An Importer is not safe for
// concurrent use.
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
	// clean indexes the agreements of ReadAgreements by title and
	// signature, for linking membership agreements to them; linked marks
	// those already linked.
	clean   map[[2]string]int
	linked  map[int]bool
	ledgers map[string]*Ledger
	known   map[int]map[string]bool // actor index -> its folded names and CLDR names, for StateName
	ledger  *Ledger                 // the current file's
	order   []string
	rows    int
	parties int
	claimed map[cooperation.ID]bool // the claim sources some claim cites
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

// reportAt reports a problem with cell i of r, which then counts as
// reported under the rule of its first problem.
func (im *Importer) reportAt(r *row, i int, rule cooperation.Rule, s cooperation.Severity, id cooperation.ID, format string, args ...any) {
	im.report(rule, s, r.t.name, r.line, r.t.column(i), id, format, args...)
	if r.rule[i] == "" {
		r.rule[i] = rule
	}
}

// reportCell reports a problem with the cell of column name.
func (im *Importer) reportCell(r *row, name string, rule cooperation.Rule, s cooperation.Severity, id cooperation.ID, format string, args ...any) {
	if i := r.index(name); i >= 0 {
		im.reportAt(r, i, rule, s, id, format, args...)
	}
}

// begin starts the ledger of file name.
func (im *Importer) begin(name string) {
	if im.ledgers == nil {
		im.ledgers = map[string]*Ledger{}
	}
	l, ok := im.ledgers[name]
	if !ok {
		l = &Ledger{ByRule: map[cooperation.Rule]int{}}
		im.ledgers[name] = l
		im.order = append(im.order, name)
	}
	im.ledger = l
}

// finish counts the cells of r in the ledger. A non-empty cell neither
// carried nor reported is written to note as "column: value", so that
// nothing is dropped: finish returns the note's lines.
func (im *Importer) finish(r *row) []string {
	l := im.ledger
	l.Rows++
	var note []string
	for i, v := range r.rec {
		if empty(v) {
			continue
		}
		l.Cells++
		switch {
		case r.rule[i] != "":
			l.Reported++
			l.ByRule[r.rule[i]]++
		case r.used[i]:
			l.Carried++
		default:
			l.Carried++
			note = append(note, r.t.column(i)+": "+strings.TrimSpace(v))
		}
	}
	return note
}

// fields reports a row with more or fewer fields than the header: every
// non-empty cell is reported with it.
func (im *Importer) fields(r *row) bool {
	if len(r.rec) == len(r.t.header) {
		return true
	}
	im.report(cooperation.RuleRecordFields, cooperation.SeverityError, r.t.name, r.line, "", "",
		"the row has %d fields, the header %d; not imported: %q", len(r.rec), len(r.t.header), r.rec)
	for i := range r.rec {
		r.rule[i] = cooperation.RuleRecordFields
	}
	im.finish(r)
	return false
}

// placeholders are the values HUGGO writes for "no date", each left empty
// and reported with rule date.placeholder:
//
//	9999-12-31                HUGGO's "no end" (SOURCE.md), in End, Term and the withdrawal columns
//	9999-12-01                the same, once, in End and Term of HUGGO_clean.csv
//	0001-01-01                R's zero day, written for "no date" in the env file's party columns
//	-001-12-3100..0000..0000  a missing day formatted by R, in stateForce_ecolex and stateForce_iea
var placeholders = map[string]bool{
	"9999-12-31":               true,
	"9999-12-01":               true,
	"0001-01-01":               true,
	"-001-12-3100..0000..0000": true,
}

// date converts the date in column name of r, reporting what it cannot
// convert; a converted date's cell is carried.
func (im *Importer) date(r *row, name string, id cooperation.ID) edtf.Date {
	d, ok := im.checkDate(r, name, id)
	if ok {
		r.carry(name)
	}
	return d
}

// checkDate converts the date in column name of r and reports it when it
// is a placeholder or not EDTF; it reports false then, and for an empty
// cell.
func (im *Importer) checkDate(r *row, name string, id cooperation.ID) (edtf.Date, bool) {
	v := r.get(name)
	if v == "" {
		return edtf.Date{}, false
	}
	d, rule, msg := parseDate(v)
	if rule != "" {
		sev := cooperation.SeverityError
		if rule == cooperation.RuleDatePlaceholder {
			sev = cooperation.SeverityWarning
		}
		im.reportCell(r, name, rule, sev, id, "%s", msg)
		return edtf.Date{}, false
	}
	return d, true
}

// parseDate converts a HUGGO date: EDTF as written, or a membership
// file's dd.mm.yyyy day. It returns the rule and message of a value it
// cannot convert.
func parseDate(v string) (edtf.Date, cooperation.Rule, string) {
	s := v
	if len(v) == 10 && v[2] == '.' && v[5] == '.' { // dd.mm.yyyy
		s = v[6:] + "-" + v[3:5] + "-" + v[:2]
	}
	if placeholders[s] {
		return edtf.Date{}, cooperation.RuleDatePlaceholder, fmt.Sprintf("%q is HUGGO's placeholder for no date; the date is left empty", v)
	}
	d, err := edtf.Parse(s)
	if err != nil {
		var pe *edtf.ParseError
		reason := err.Error()
		if errors.As(err, &pe) {
			reason = pe.Reason
		}
		return edtf.Date{}, cooperation.RuleDateSyntax, fmt.Sprintf("%q is not an EDTF date (%s); the date is left empty", v, reason)
	}
	return d, "", ""
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

// The sources imported entities cite: HUGGO itself, and ECOLEX and the
// IEA Database for the days of entry into force HUGGO carries from them
// (stateForce_ecolex, stateForce_iea) where they differ from its own.
const (
	sourceID       cooperation.ID = "huggo"
	ecolexSourceID cooperation.ID = "huggo-ecolex"
	ieaSourceID    cooperation.ID = "huggo-iea"
)

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

// claimSources are the sources of the claims on parties' entry into
// force, as HUGGO names them in its column names.
var claimSources = []cooperation.Source{
	{
		ID:        ecolexSourceID,
		Publisher: "ECOLEX (FAO, IUCN and UNEP), as HUGGO carries it",
		Title:     "ECOLEX treaty records: a party's entry into force, HUGGO column stateForce_ecolex",
		URL:       "https://www.ecolex.org/",
		Language:  language.English,
	},
	{
		ID:        ieaSourceID,
		Publisher: "International Environmental Agreements (IEA) Database Project, as HUGGO carries it",
		Title:     "IEA Database membership records: a party's entry into force, HUGGO column stateForce_iea",
		URL:       "https://iea.uoregon.edu/",
		Language:  language.English,
	},
}

// Ledger counts the data cells of one file an Importer read, as
// [cooperation.Ledger] says: a cell holding only white space or "NA"
// (HUGGO's missing value) is empty; a record.fields problem stands for
// every non-empty cell of its row, any other problem for one cell.
type Ledger = cooperation.Ledger

// Result is what an Importer produced.
type Result struct {
	Dataset  *cooperation.Dataset
	Problems cooperation.Problems // import problems, in file order
	Rows     int                  // data rows read, over all files
	Parties  int                  // party rows read from membership files
	// Ledgers are the ledgers of the files read, by the name they were
	// read under.
	Ledgers map[string]Ledger
}

// Result returns the dataset built so far, indexed, with [Source] as its
// source (and the ECOLEX and IEA sources when a claim cites them), the import problems, each located by its File, Line and Column,
// and the ledgers. Validate the dataset for the rest. The dataset shares
// memory with the Importer: read no more files into it after calling
// Result.
func (im *Importer) Result() Result {
	sources := []cooperation.Source{Source()}
	for _, s := range claimSources {
		if im.claimed[s.ID] {
			sources = append(sources, s)
		}
	}
	ds := &cooperation.Dataset{
		Sources:    sources,
		Actors:     im.ds.Actors,
		Agreements: im.ds.Agreements,
	}
	ds.Build()
	ls := map[string]Ledger{}
	for name, l := range im.ledgers {
		c := *l
		c.ByRule = maps.Clone(l.ByRule)
		ls[name] = c
	}
	return Result{Dataset: ds, Problems: im.problems, Rows: im.rows, Parties: im.parties, Ledgers: ls}
}

// Load reads the three files of the manytreaties repository from fsys (a
// directory holding them, as os.DirFS(dir)): the agreements file first,
// so that membership agreements that repeat one of its rows are linked
// to it.
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
