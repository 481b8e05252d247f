package gdelt

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/cameo"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/quantity"
)

// RuleNumberSyntax is the rule of a cell that should hold a number and
// does not (a NumMentions of "many", an AvgTone of "1,5"):
// [cooperation.RuleNumberSyntax].
const RuleNumberSyntax = cooperation.RuleNumberSyntax

// Coder is the Coder of every record this package makes.
const Coder = "GDELT 2.0"

// Scheme is the Identifier scheme of GDELT's GLOBALEVENTID.
const Scheme = "gdelt"

// Key says which rows describe the same event: rows of one export batch
// (DATEADDED) from one article (SOURCEURL) with the same date, CAMEO code
// and source and target actor codes. Keys are comparable.
type Key struct {
	Added, URL, Date, Code, Source, Target string
}

// Options is what [Convert] needs beside the row. It is only read, so one
// Options may serve many goroutines at once.
type Options struct {
	// States maps a country to the ID of the dataset's state actor for
	// it; an actor whose country is in it gets that ID (see
	// [StatesOf]). Nil maps no actor.
	States map[cooperation.Country]cooperation.ID
}

// StatesOf returns the states of a dataset by their country, for
// Options.States.
func StatesOf(ds *cooperation.Dataset) map[cooperation.Country]cooperation.ID {
	m := map[cooperation.Country]cooperation.ID{}
	for i := range ds.Actors {
		a := &ds.Actors[i]
		if a.Kind == cooperation.ActorState && !a.Country.IsZero() {
			if _, ok := m[a.Country]; !ok {
				m[a.Country] = a.ID
			}
		}
	}
	return m
}

// Row is one data row converted by [Convert].
type Row struct {
	// Imported is false for a row reported whole (rule record.fields or
	// required); the other fields are then empty but Problems and Ledger.
	Imported bool
	Key      Key
	Date     edtf.Date
	Coding   cooperation.Coding
	// Problems are the row's import problems, located by File, Line and
	// Column; Ledger counts its cells (Rows is 1).
	Problems cooperation.Problems
	Ledger   Ledger
}

// row is the state of one conversion.
type row struct {
	l      *Layout
	f      []string
	file   string
	line   int
	out    *Row
	loaded bool // the record has the layout's number of fields
}

// get returns column c of the record, trimmed ("" when the layout has no
// such column).
func (r *row) get(c int) string {
	i := r.l.at[c]
	if i < 0 || i >= len(r.f) {
		return ""
	}
	return strings.TrimSpace(r.f[i])
}

func (r *row) carried() { r.out.Ledger.Carried++ }

// report records a problem standing for cells non-empty cells.
func (r *row) report(rule cooperation.Rule, s cooperation.Severity, c int, cells int, format string, args ...any) {
	col := ""
	if c >= 0 {
		col = columnNames[c]
	}
	r.out.Problems = append(r.out.Problems, cooperation.Problem{
		Rule: rule, Severity: s, File: r.file, Line: r.line, Column: col,
		Message: fmt.Sprintf(format, args...),
	})
	r.out.Ledger.add(rule, cells)
}

// Convert converts one record of a GDELT events file, split into fields,
// laid out as l says: line is its line in file, for problems. It reads
// only its arguments and the package's tables, so that it may run in many
// goroutines (an engine's workers) at once.
func Convert(l *Layout, fields []string, opts *Options, file string, line int) Row {
	var out Row
	cells := nonEmpty(fields)
	out.Ledger.Rows, out.Ledger.Cells = 1, cells
	r := &row{l: l, f: fields, file: file, line: line, out: &out}
	if len(fields) != l.fields {
		r.report(cooperation.RuleRecordFields, cooperation.SeverityError, -1, cells,
			"the record has %d fields, the layout %d; not imported", len(fields), l.fields)
		return out
	}
	for _, c := range []int{colID, colEventCode} {
		if r.get(c) == "" {
			r.report(cooperation.RuleRequired, cooperation.SeverityError, c, cells,
				"the record has no %s; not imported", columnNames[c])
			return out
		}
	}
	if opts == nil {
		opts = &Options{}
	}
	out.Imported = true
	cd := &out.Coding
	cd.Machine, cd.Coder = true, Coder
	cd.Identifier = cooperation.Identifier{Scheme: Scheme, Value: r.get(colID)}
	r.carried()

	// The date and the three columns that restate it.
	day := r.get(colSQLDate)
	y, m, d, dateOK := splitDay(day)
	if day != "" {
		if dateOK {
			out.Date = edtf.MustParse(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			r.carried()
		} else {
			r.report(cooperation.RuleDateSyntax, cooperation.SeverityError, colSQLDate, 1,
				"%q is not a day as yyyymmdd; the event has no date", day)
		}
	}
	r.restates(colMonthYear, dateOK, fmt.Sprintf("%04d%02d", y, m), "SQLDATE", false)
	r.restates(colYear, dateOK, strconv.Itoa(y), "SQLDATE", false)
	r.restates(colFractionDate, dateOK, fractionDate(y, m, d), "SQLDATE", true)

	// The event code and the four columns that restate it.
	code, codeOK := r.eventCode()
	cd.Code = code
	r.restates(colBaseCode, codeOK, code.Base().String(), "EventCode", false)
	r.restates(colRootCode, codeOK, code.Root().String(), "EventCode", false)
	r.restates(colQuadClass, codeOK, strconv.Itoa(int(code.QuadClass())), "EventCode", false)
	if v := r.get(colDescription); v != "" {
		switch want := code.Description(); {
		case !codeOK:
			r.report(cooperation.RuleRecordConflict, cooperation.SeverityWarning, colDescription, 1,
				"%s %q describes a code the codebook lacks; not carried", ColumnDescription, v)
		case strings.EqualFold(strings.Join(strings.Fields(v), " "), want):
			r.carried()
		default:
			r.report(cooperation.RuleRecordConflict, cooperation.SeverityWarning, colDescription, 1,
				"%s %q is not the codebook's description of %s, %q, which is kept", ColumnDescription, v, code, want)
		}
	}

	switch v := r.get(colIsRoot); v {
	case "":
	case "0", "1":
		cd.Root = v == "1"
		r.carried()
	default:
		r.report(cooperation.RuleEnumUnknown, cooperation.SeverityWarning, colIsRoot, 1,
			"IsRootEvent %q is neither 0 nor 1; left false", v)
	}
	cd.Source = r.actor(colActor1, colGeo1, opts)
	cd.Target = r.actor(colActor2, colGeo2, opts)
	cd.Goldstein = r.decimal(colGoldstein)
	cd.Tone = r.decimal(colAvgTone)
	cd.Mentions = r.count(colNumMentions)
	cd.Sources = r.count(colNumSources)
	cd.Articles = r.count(colNumArticles)
	cd.Place = r.place(colGeoAction)
	if v := r.get(colDateAdded); v != "" {
		if t, err := time.Parse("20060102150405", v); err == nil {
			cd.Added = t
			r.carried()
		} else {
			r.report(cooperation.RuleDateSyntax, cooperation.SeverityError, colDateAdded, 1,
				"DATEADDED %q is not a time as yyyymmddhhmmss; left empty", v)
		}
	}
	if cd.URL = r.get(colSourceURL); cd.URL != "" {
		r.carried()
	}
	out.Key = Key{Added: r.get(colDateAdded), URL: cd.URL, Date: day, Code: r.get(colEventCode),
		Source: r.get(colActor1 + aCode), Target: r.get(colActor2 + aCode)}
	return out
}

// restates counts column c, which restates another column's value want
// (valid when ok): carried when equal (as decimals when decimal), reported
// as record.conflict otherwise.
func (r *row) restates(c int, ok bool, want, of string, decimal bool) {
	v := r.get(c)
	if v == "" {
		return
	}
	same := v == want
	if decimal && ok {
		a, err1 := quantity.ParseDecimal(v)
		b, err2 := quantity.ParseDecimal(want)
		same = err1 == nil && err2 == nil && a == b
	}
	switch {
	case !ok:
		r.report(cooperation.RuleRecordConflict, cooperation.SeverityWarning, c, 1,
			"%s %q restates %s, which was not carried; not carried", columnNames[c], v, of)
	case same:
		r.carried()
	default:
		r.report(cooperation.RuleRecordConflict, cooperation.SeverityWarning, c, 1,
			"%s %q does not restate %s (%q); not carried", columnNames[c], v, of, want)
	}
}

func (r *row) eventCode() (cameo.EventCode, bool) {
	v := r.get(colEventCode)
	c, err := cameo.ParseEventCode(v)
	if err != nil {
		r.report(cooperation.RuleEnumUnknown, cooperation.SeverityError, colEventCode, 1,
			"EventCode %q is no code of the CAMEO codebook; the event has no code", v)
		return cameo.EventCode{}, false
	}
	r.carried()
	return c, true
}

// actor converts the ten columns of an actor from a and its place from g.
func (r *row) actor(a, g int, opts *Options) cooperation.CodedActor {
	var ca cooperation.CodedActor
	if v := r.get(a + aCode); v != "" {
		if c, err := cameo.ParseActorCode(v); err == nil {
			ca.Code = c
			r.carried()
		} else {
			r.report(cooperation.RuleEnumUnknown, cooperation.SeverityError, a+aCode, 1,
				"%s %q is not a CAMEO actor code (elements of three ASCII letters or digits); left empty", columnNames[a+aCode], v)
		}
	}
	str := func(c int, dst *string) {
		if *dst = r.get(c); *dst != "" {
			r.carried()
		}
	}
	str(a+aName, &ca.Name)
	str(a+aKnownGroup, &ca.KnownGroup)
	str(a+aEthnic, &ca.Ethnic)
	list := func(c int, dst *[]string) {
		if v := r.get(c); v != "" {
			*dst = append(*dst, v)
			r.carried()
		}
	}
	list(a+aReligion1, &ca.Religions)
	list(a+aReligion2, &ca.Religions)
	list(a+aType1, &ca.Types)
	list(a+aType2, &ca.Types)
	list(a+aType3, &ca.Types)
	if v := r.get(a + aCountry); v != "" {
		if cameo.IsCountryCode(v) {
			ca.Country = v
			r.carried()
			if iso := cameo.ISORegion(v); iso != (language.Region{}) {
				if c, err := cooperation.ParseCountry(iso.String()); err == nil {
					ca.Actor = opts.States[c]
				}
			}
		} else {
			r.report(cooperation.RuleRegionUnknown, cooperation.SeverityError, a+aCountry, 1,
				"%s %q is neither an ISO 3166-1 alpha-3 code x/text knows nor a CAMEO region this package lists; left empty",
				columnNames[a+aCountry], v)
		}
	}
	ca.Place = r.place(g)
	return ca
}

// place converts the eight columns of a place from g.
func (r *row) place(g int) cooperation.CodedPlace {
	var p cooperation.CodedPlace
	if v := r.get(g + gType); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 && n <= 5 && len(v) == 1 {
			p.Type = n
			r.carried()
		} else {
			r.report(cooperation.RuleEnumUnknown, cooperation.SeverityWarning, g+gType, 1,
				"%s %q is not a place type 0 to 5; left 0", columnNames[g+gType], v)
		}
	}
	str := func(c int, dst *string) {
		if *dst = r.get(c); *dst != "" {
			r.carried()
		}
	}
	str(g+gFullName, &p.Name)
	str(g+gADM1, &p.ADM1)
	str(g+gADM2, &p.ADM2)
	str(g+gFeature, &p.Feature)
	if v := r.get(g + gCountry); v != "" {
		p.FIPS = v
		iso, ok := fipsISO[v]
		c, err := cooperation.ParseCountry(iso)
		if ok && err == nil {
			p.Country = c
			r.carried()
		} else {
			r.report(cooperation.RuleRegionUnknown, cooperation.SeverityError, g+gCountry, 1,
				"%s %q is no FIPS 10-4 code GeoNames pairs with an ISO 3166-1 country; FIPS kept, no country", columnNames[g+gCountry], v)
		}
	}
	lat, long := r.get(g+gLat), r.get(g+gLong)
	if lat != "" || long != "" {
		p.Lat = r.decimal(g + gLat)
		p.Long = r.decimal(g + gLong)
		p.HasPoint = r.pointOK(lat, long)
	}
	return p
}

// pointOK reports whether both coordinates are decimals.
func (r *row) pointOK(lat, long string) bool {
	_, e1 := quantity.ParseDecimal(lat)
	_, e2 := quantity.ParseDecimal(long)
	return lat != "" && long != "" && e1 == nil && e2 == nil
}

// decimal converts column c as an exact decimal.
func (r *row) decimal(c int) quantity.Decimal {
	v := r.get(c)
	if v == "" {
		return quantity.Decimal{}
	}
	d, err := quantity.ParseDecimal(v)
	if err != nil {
		r.report(RuleNumberSyntax, cooperation.SeverityError, c, 1,
			"%s %q is not a decimal this package can hold exactly (up to 18 significant digits); left 0", columnNames[c], v)
		return quantity.Decimal{}
	}
	r.carried()
	return d
}

// count converts column c as a count.
func (r *row) count(c int) int {
	v := r.get(c)
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || v[0] == '+' {
		r.report(RuleNumberSyntax, cooperation.SeverityError, c, 1, "%s %q is not a count; left 0", columnNames[c], v)
		return 0
	}
	r.carried()
	return n
}

// splitDay splits yyyymmdd, checking that the day exists.
func splitDay(s string) (y, m, d int, ok bool) {
	if len(s) != 8 {
		return 0, 0, 0, false
	}
	for i := 0; i < 8; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, 0, 0, false
		}
	}
	y, _ = strconv.Atoi(s[:4])
	m, _ = strconv.Atoi(s[4:6])
	d, _ = strconv.Atoi(s[6:])
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if y == 0 || t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// fractionDate is GDELT's FractionDate of a day: the year plus
// ((month-1)*30 + day)/365, to four decimals rounded half up, computed in
// integers.
func fractionDate(y, m, d int) string {
	n := ((m-1)*30 + d) * 10000
	f := (n + 365/2) / 365
	return fmt.Sprintf("%d.%04d", y+f/10000, f%10000)
}

// nonEmpty counts the fields that hold more than white space.
func nonEmpty(f []string) int {
	n := 0
	for _, c := range f {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}
