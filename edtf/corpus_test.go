package edtf

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// sharedDir returns ../shared/edtf relative to the module root, or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "edtf")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("EDTF corpora not found at %s (../shared beside the repository); skipping", dir)
	}
	return dir
}

// readCorpus reads a corpus file: '#' comments and empty lines are skipped,
// a line starting with '"' is a JSON string literal, others are verbatim.
func readCorpus(t testing.TB, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		switch {
		case line == "" || line[0] == '#':
			continue
		case line[0] == '"':
			var s string
			if err := json.Unmarshal([]byte(line), &s); err != nil {
				t.Fatalf("%s: bad JSON string %s: %v", path, line, err)
			}
			out = append(out, s)
		default:
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// specOverrides are the rows of spec-examples.tsv whose verdict this package
// does not take from the TSV, with the reason.
var specOverrides = map[string]string{}

func TestSpecExamples(t *testing.T) {
	dir := sharedDir(t)
	b, err := os.ReadFile(filepath.Join(dir, "spec-examples.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimRight(string(b), "\n"), "\n")[1:]
	if len(rows) < 100 {
		t.Fatalf("only %d rows in spec-examples.tsv", len(rows))
	}
	for _, row := range rows {
		f := strings.Split(row, "\t")
		in, level, valid := f[0], f[1], f[3] == "true"
		t.Run(in, func(t *testing.T) {
			d, err := Parse(in)
			if !valid {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("Parse(%q) = %v, %v; want a *ParseError (%s)", in, d, err, f[7])
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v (%s)", in, err, f[7])
			}
			if want, _ := strconv.Atoi(level); d.Level() != want {
				t.Errorf("Parse(%q).Level() = %d; want %d", in, d.Level(), want)
			}
			if d.String() != in {
				t.Errorf("String() = %q; want %q", d.String(), in)
			}
		})
	}
}

func TestInvalidCorpus(t *testing.T) {
	dir := sharedDir(t)
	cases := readCorpus(t, filepath.Join(dir, "invalid.txt"))
	if len(cases) < 100 {
		t.Fatalf("only %d strings in invalid.txt", len(cases))
	}
	for _, in := range cases {
		t.Run(strconv.Quote(in), func(t *testing.T) {
			d, err := Parse(in)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) = %v, %v; want a *ParseError", in, d, err)
			}
			if pe.Input != in || pe.Offset < 0 || pe.Offset > len(in) || pe.Reason == "" {
				t.Errorf("Parse(%q) error %+v: bad input, offset or reason", in, pe)
			}
		})
	}
}

// oracleDivergences lists the spec examples whose bounds differ from
// edtf.js's, with the reason this package is right (see
// ../shared/edtf/spec-vs-edtfjs.tsv and DIVERGENCES.md).
var oracleDivergences = map[string]string{
	"1950S2":                 "edtf.js ignores significant digits (bounds 1950 only); here 1900..1999",
	"Y171010000S3":           "edtf.js: NaN outside the JS Date range; here 171000000..171999999 (leading 3 digits significant; the spec's note says 171010000..171010999, inconsistent with its other two S examples)",
	"Y3388E2S3":              "edtf.js: NaN outside the JS Date range",
	"Y-17E7":                 "edtf.js: NaN outside the JS Date range",
	"Y170000002":             "edtf.js: NaN outside the JS Date range",
	"Y-170000002":            "edtf.js: NaN outside the JS Date range",
	"1985-04-12T23:20:30-04": "bounds are the civil day as written (local date); edtf.js converts to UTC, the next day; Instant gives the exact instant",
	"[1667,1668,1670..1672]": "edtf.js takes the start of a trailing range as the max (end of 1670); here end of 1672",
	"{1667,1668,1670..1672}": "same edtf.js bug for lists",
	"2001-21":                "edtf.js maps seasons to calendar quarters (Jan-Mar); here meteorological seasons (Mar-May), see the sub-year table",
	"2001-22":                "seasons: meteorological here, calendar quarters in edtf.js",
	"2001-23":                "seasons: meteorological here, calendar quarters in edtf.js",
	"2001-24":                "seasons: winter is Dec-Feb across the year here; Oct-Dec in edtf.js",
	"2001-25":                "seasons: meteorological here",
	"2001-26":                "seasons: meteorological here",
	"2001-27":                "seasons: meteorological here",
	"2001-28":                "seasons: meteorological here",
	"2001-29":                "seasons: southern hemisphere spring is Sep-Nov here",
	"2001-30":                "seasons: southern hemisphere summer is Dec-Feb here",
	"2001-31":                "seasons: southern hemisphere autumn is Mar-May here",
	"2001-32":                "seasons: southern hemisphere winter is Jun-Aug here",
	"2001-37":                "edtf.js computes quadrimester 1 as Jan-May; it is Jan-Apr",
	"2001-38":                "edtf.js computes quadrimester 2 as May-Sep; it is May-Aug",
	"2001-39":                "edtf.js computes quadrimester 3 from September; checked by the table",
	"2001-40":                "semester: checked by the table",
	"2001-41":                "semester: checked by the table",
	"2001-33":                "quarter: checked by the table",
	"2001-34":                "quarter: checked by the table",
	"2001-35":                "quarter: checked by the table",
	"2001-36":                "quarter: checked by the table",
}

type oracleRow struct {
	In        string  `json:"in"`
	Valid     bool    `json:"valid"`
	Min       *string `json:"min"`
	Max       *string `json:"max"`
	SpecValid bool    `json:"spec_valid"`
}

func TestOracleBounds(t *testing.T) {
	dir := sharedDir(t)
	b, err := os.ReadFile(filepath.Join(dir, "spec-examples.oracle.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	compared, diverged := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var r oracleRow
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		if !r.SpecValid || !r.Valid {
			continue
		}
		d, err := Parse(r.In)
		if err != nil {
			t.Errorf("Parse(%q): %v", r.In, err)
			continue
		}
		if why, ok := oracleDivergences[r.In]; ok {
			diverged++
			t.Logf("divergence %q: %s", r.In, why)
			continue
		}
		compared++
		check := func(what string, iso *string, got Day, ok bool) {
			switch {
			case iso == nil || strings.HasPrefix(*iso, "-") && !ok:
				if ok {
					t.Errorf("%q %s = %s; edtf.js has no bound", r.In, what, got)
				}
			case !ok:
				t.Errorf("%q %s unbounded; edtf.js says %s", r.In, what, *iso)
			case !sameDay(*iso, got):
				t.Errorf("%q %s = %s; edtf.js says %s", r.In, what, got, *iso)
			}
		}
		lo, lok := d.Earliest()
		hi, hok := d.Latest()
		check("earliest", r.Min, lo, lok)
		check("latest", r.Max, hi, hok)
	}
	t.Logf("bounds compared with edtf.js: %d agree, %d divergences listed", compared, diverged)
	if compared < 60 {
		t.Errorf("only %d rows compared", compared)
	}
}

// sameDay reports whether an edtf.js ISO timestamp ("-001985-01-01T...")
// falls on day d.
func sameDay(iso string, d Day) bool {
	date, _, _ := strings.Cut(iso, "T")
	neg := strings.HasPrefix(date, "-")
	date = strings.TrimLeft(date, "+-")
	f := strings.Split(date, "-")
	if len(f) != 3 {
		return false
	}
	y, err1 := strconv.ParseInt(f[0], 10, 64)
	m, err2 := strconv.Atoi(f[1])
	dd, err3 := strconv.Atoi(f[2])
	if err1 != nil || err2 != nil || err3 != nil {
		return false
	}
	if neg {
		y = -y
	}
	gy, gm, gd := d.Date()
	return gy == y && int(gm) == m && gd == dd
}

func dirExists(dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && fi.IsDir()
}
