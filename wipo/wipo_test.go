package wipo

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
)

var asOf = edtf.MustParse("2026-11-24")

// dataDir is where the shared WIPO file is, beside the checkout.
const dataDir = "../../shared/data/wipo-copyright-treaties"

// realData returns the shared file, or skips the test without it.
func realData(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(dataDir, File))
	if err != nil {
		tb.Skipf("WIPO data not found (%v): this test needs ../shared/data/wipo-copyright-treaties beside the checkout", err)
	}
	return b
}

// unmatched are the Contracting Party names of the real file that no
// name of x/text's tables, in any language, gives: the UN's names for
// states CLDR calls otherwise (South Korea, Russia, Vatican City...), and
// two names newer than x/text's CLDR (Eswatini, North Macedonia, which
// it knows as Swaziland and Macedonia).
var unmatched = []string{
	"Democratic People's Republic of Korea", "Eswatini", "Holy See", "Lao People's Democratic Republic",
	"North Macedonia", "Republic of Korea", "Republic of Moldova", "Russian Federation",
	"Syrian Arab Republic", "United Republic of Tanzania", "United States of America",
}

// TestRealData imports the shared file and checks the counts against
// SOURCE.md and against figures counted from the CSV with Python.
func TestRealData(t *testing.T) {
	res, err := Load(os.DirFS(dataDir))
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("WIPO data not found (%v): this test needs ../shared/data/wipo-copyright-treaties beside the checkout", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	ds := res.Dataset
	perTreaty := map[cooperation.ID]int{}
	instr := map[cooperation.Instrument]int{}
	acceding := 0
	for _, a := range ds.Agreements {
		perTreaty[a.ID] = len(a.Parties)
		for _, p := range a.Parties {
			instr[p.Instrument]++
			if p.Role == cooperation.PartyRoleAcceding {
				acceding++
			}
		}
	}
	wantTreaty := map[cooperation.ID]int{
		"berne": 182, "paris": 181, "marrakesh": 134, "wipo-copyright-treaty-wct": 125,
		"wipo-performances-and-phonograms-treaty-wppt": 121, "rome": 101, "beijing": 99, "phonograms": 84,
		"singapore": 81, "trademark": 78, "patent": 76, "nairobi": 73, "brussels": 50,
		"wipo-gratk-treaty": 44, "madrid": 37, "riyadh": 25, "washington": 10,
	} // 17 treaties, 1,501 parties
	if diff := cmp.Diff(wantTreaty, perTreaty); diff != "" {
		t.Errorf("parties per treaty (-want +got):\n%s", diff)
	}
	wantInstr := map[cooperation.Instrument]int{
		cooperation.InstrumentAccession:            799,
		cooperation.InstrumentRatification:         339,
		cooperation.InstrumentUnstated:             288, // 286 signature-only rows, 2 with an entry into force only
		cooperation.InstrumentContinuedApplication: 57,
		cooperation.InstrumentSuccession:           17,
		cooperation.InstrumentAcceptance:           1,
	}
	if diff := cmp.Diff(wantInstr, instr); diff != "" {
		t.Errorf("instruments (-want +got):\n%s", diff)
	}
	if acceding != 799 {
		t.Errorf("%d acceding parties, want 799 (the accessions)", acceding)
	}
	kinds := map[cooperation.ActorKind]int{}
	withCode := 0
	for _, a := range ds.Actors {
		kinds[a.Kind]++
		if !a.Country.IsZero() {
			withCode++
		}
	}
	if diff := cmp.Diff(map[cooperation.ActorKind]int{cooperation.ActorState: 190, cooperation.ActorIGO: 4}, kinds); diff != "" {
		t.Errorf("actors by kind (-want +got):\n%s", diff)
	}
	if withCode != 190-len(unmatched) {
		t.Errorf("%d states with a country code, want %d", withCode, 190-len(unmatched))
	}

	// One problem a row naming an unmatched state: 93 rows.
	if diff := cmp.Diff(map[cooperation.Rule]int{cooperation.RuleRegionUnknown: 93}, res.Problems.Rules()); diff != "" {
		t.Errorf("import problems by rule (-want +got):\n%s", diff)
	}
	wantLedger := Ledger{Rows: 1501, Cells: 7265, Carried: 7265 - 93, Reported: 93,
		ByRule: map[cooperation.Rule]int{cooperation.RuleRegionUnknown: 93}}
	if diff := cmp.Diff(wantLedger, res.Ledger); diff != "" {
		t.Errorf("ledger (-want +got):\n%s", diff)
	}

	type rs struct {
		Rule     cooperation.Rule
		Severity cooperation.Severity
	}
	gotV := map[rs]int{}
	for _, p := range ds.Validate(cooperation.ValidateOptions{AsOf: asOf}) {
		gotV[rs{p.Rule, p.Severity}]++
	}
	wantV := map[rs]int{
		// The states of the 11 unmatched names, once each. Nothing else:
		// the file gives no treaty-wide dates for a party's dates to be
		// out of order with, and its 62 entries into force before the
		// instrument (successions, continued application) break no rule.
		{cooperation.RuleRegionMissing, cooperation.SeverityError}: len(unmatched),
	}
	if diff := cmp.Diff(wantV, gotV); diff != "" {
		t.Errorf("validation problems by rule (-want +got):\n%s", diff)
	}
}

// TestLedgerRealData counts both sides of the ledger from the raw CSV,
// with encoding/csv and without the importer, and from the dataset the
// importer made.
func TestLedgerRealData(t *testing.T) {
	raw := realData(t)
	cells, reported := independentCount(t, raw)
	var im Importer
	if err := im.Read(bytes.NewReader(raw), File); err != nil {
		t.Fatal(err)
	}
	res := im.Result()
	if cells != 7265 {
		t.Errorf("%d non-empty cells in the CSV, want 7,265", cells)
	}
	if got := carriedInDataset(res.Dataset); got+sum(reported) != cells {
		t.Errorf("%d cells carried into the dataset and %d reported, from %d cells read", got, sum(reported), cells)
	}
	if diff := cmp.Diff(Ledger{Rows: 1501, Cells: cells, Carried: cells - sum(reported), Reported: sum(reported), ByRule: reported}, res.Ledger); diff != "" {
		t.Errorf("ledger (-want +got):\n%s", diff)
	}
	if !res.Ledger.Balanced() {
		t.Errorf("ledger %+v is not balanced", res.Ledger)
	}
}

func sum(m map[cooperation.Rule]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

var isoDay = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// independentCount reads a well-formed file in the real file's column
// order with encoding/csv and counts its non-empty data cells, and the
// cells the importer must report, by rule, from what the package doc
// says: names of unmatched states, dates not yyyy-mm-dd and instrument
// types outside the six.
func independentCount(t *testing.T, raw []byte) (int, map[cooperation.Rule]int) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(raw))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	types := []string{"Ratification", "Acceptance", "Approval", "Accession",
		"Declaration/Notification of Succession", "Declaration of Continued Application"}
	cells := 0
	reported := map[cooperation.Rule]int{}
	for _, row := range rows[1:] {
		for i, c := range row {
			c = strings.TrimSpace(c)
			if c == "" {
				continue
			}
			cells++
			switch {
			case i == 0 && contains(unmatched, c):
				reported[cooperation.RuleRegionUnknown]++
			case (i == 2 || i == 4 || i == 5) && !isoDay.MatchString(c):
				reported[cooperation.RuleDateSyntax]++
			case i == 3 && !contains(types, c):
				reported[cooperation.RuleEnumUnknown]++
			}
		}
	}
	return cells, reported
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// carriedInDataset counts the values the dataset holds from the file:
// for each party its treaty, its actor when that is a known state or an
// IGO, and each of its dates and its instrument.
func carriedInDataset(ds *cooperation.Dataset) int {
	n := 0
	for _, a := range ds.Agreements {
		for _, p := range a.Parties {
			n++ // the Treaty cell
			if ac, ok := ds.Actor(p.Actor); ok && (ac.Kind == cooperation.ActorIGO || !ac.Country.IsZero()) {
				n++
			}
			for _, d := range []edtf.Date{p.Signed, p.Ratified, p.Joined} {
				if !d.IsZero() {
					n++
				}
			}
			if p.Instrument != cooperation.InstrumentUnstated {
				n++
			}
		}
	}
	return n
}

const smallCSV = `Contracting Party,Treaty,Signature Date,Instrument Type,Instrument Date,Entry Into Force Date
France,Berne,,Ratification,1886-09-09,1887-12-05
Czech Republic,Berne,,Declaration of Continued Application,1993-12-18,1993-01-01
Croatia,Berne,,Declaration/Notification of Succession,1992-07-28,1991-10-08
European Union (EU),Marrakesh,2014-04-30,Approval,2018-10-01,2019-01-01
Iran (Islamic Republic of),Berne,,Accession,1997-12-14,1998-03-14
Republic of Korea,Berne,,Accession,1996-05-21,1996-08-21
Czechia,Marrakesh,,Exchange of Letters,2018-10-01,2019-01-01
Austria,Beijing,2013-06-19,,,
Atlantis,Beijing,2013-6-19,,,
,Beijing,2013-06-19,,,
Short,Beijing
`

// TestRead checks the mapping of a small file, one row of each kind.
func TestRead(t *testing.T) {
	var im Importer
	if err := im.Read(strings.NewReader(smallCSV), "s.csv"); err != nil {
		t.Fatal(err)
	}
	res := im.Result()
	ds := res.Dataset
	d := edtf.MustParse
	type party struct {
		Treaty     cooperation.ID
		Actor      cooperation.ID
		Role       cooperation.PartyRole
		Instrument cooperation.Instrument
		Signed     edtf.Date
		Ratified   edtf.Date
		Joined     edtf.Date
	}
	var got []party
	for _, a := range ds.Agreements {
		for _, p := range a.Parties {
			got = append(got, party{a.ID, p.Actor, p.Role, p.Instrument, p.Signed, p.Ratified, p.Joined})
		}
	}
	z := edtf.Date{}
	want := []party{
		{"berne", "fr", cooperation.PartyRoleParty, cooperation.InstrumentRatification, z, d("1886-09-09"), d("1887-12-05")},
		{"berne", "cz", cooperation.PartyRoleParty, cooperation.InstrumentContinuedApplication, z, d("1993-12-18"), d("1993-01-01")},
		{"berne", "hr", cooperation.PartyRoleParty, cooperation.InstrumentSuccession, z, d("1992-07-28"), d("1991-10-08")},
		{"berne", "ir", cooperation.PartyRoleAcceding, cooperation.InstrumentAccession, z, d("1997-12-14"), d("1998-03-14")},
		{"berne", "republic-of-korea", cooperation.PartyRoleAcceding, cooperation.InstrumentAccession, z, d("1996-05-21"), d("1996-08-21")},
		{"marrakesh", "eu", cooperation.PartyRoleParty, cooperation.InstrumentApproval, d("2014-04-30"), d("2018-10-01"), d("2019-01-01")},
		{"marrakesh", "cz", cooperation.PartyRoleParty, cooperation.InstrumentUnstated, z, d("2018-10-01"), d("2019-01-01")},
		{"beijing", "at", cooperation.PartyRoleParty, cooperation.InstrumentUnstated, d("2013-06-19"), z, z},
		{"beijing", "atlantis", cooperation.PartyRoleParty, cooperation.InstrumentUnstated, z, z, z},
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b edtf.Date) bool { return a == b })); diff != "" {
		t.Errorf("parties (-want +got):\n%s", diff)
	}
	var lines []string
	for _, p := range res.Problems {
		lines = append(lines, p.Error())
	}
	wantP := []string{
		`s.csv:7 "Contracting Party" (berne): Contracting Party "Republic of Korea" matches no country's name in x/text's tables, in any language; the state republic-of-korea has no country code [error region.unknown]`,
		`s.csv:8 "Instrument Type" (marrakesh): Instrument Type "Exchange of Letters" is no kind of instrument this importer knows; the instrument is left unstated [warning enum.unknown]`,
		`s.csv:10 "Contracting Party" (beijing): Contracting Party "Atlantis" matches no country's name in x/text's tables, in any language; the state atlantis has no country code [error region.unknown]`,
		`s.csv:10 "Signature Date" (beijing): "2013-6-19" is not an EDTF date (expected a two-digit month); the date is left empty [error date.syntax]`,
		`s.csv:11 "Contracting Party": the row has no Contracting Party; not imported: ["" "Beijing" "2013-06-19" "" "" ""] [error required]`,
		`s.csv:12: the row has 2 fields, the header 6; not imported: ["Short" "Beijing"] [error record.fields]`,
	}
	if diff := cmp.Diff(wantP, lines); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	// Czech Republic and Czechia are one actor, with both names.
	if cz, _ := ds.Actor("cz"); len(cz.Names) != 3 || cz.Names[0].Text != "Czech Republic" || cz.Names[1].Text != "Czechia" || cz.Names[2].Text != "Czechia" {
		t.Errorf("cz: %+v", cz.Names)
	}
	if eu, _ := ds.Actor("eu"); eu.Kind != cooperation.ActorIGO || eu.Names[0].Text != "European Union" || eu.Names[1].Text != "EU" {
		t.Errorf("eu: %+v", eu)
	}
	wantL := Ledger{Rows: 11, Cells: 46, Carried: 46 - 8, Reported: 8, ByRule: map[cooperation.Rule]int{
		cooperation.RuleRegionUnknown: 2, cooperation.RuleEnumUnknown: 1, cooperation.RuleDateSyntax: 1,
		cooperation.RuleRequired: 2, cooperation.RuleRecordFields: 2,
	}}
	if diff := cmp.Diff(wantL, res.Ledger); diff != "" {
		t.Errorf("ledger (-want +got):\n%s", diff)
	}
	if n := carriedInDataset(ds); n != wantL.Carried {
		t.Errorf("the dataset carries %d cells, the ledger says %d", n, wantL.Carried)
	}
}

// TestImportRules checks that the small file raises every import rule of
// this package's doc.
func TestImportRules(t *testing.T) {
	var im Importer
	if err := im.Read(strings.NewReader(smallCSV), "s.csv"); err != nil {
		t.Fatal(err)
	}
	got := im.Result().Problems.Rules()
	n := 0
	for _, r := range cooperation.Rules() {
		if !slices.Contains(r.Importers(), "github.com/coopframe/cooperation/wipo") {
			continue
		}
		n++
		if got[r] == 0 {
			t.Errorf("import rule %s is not raised", r)
		}
	}
	if n == 0 {
		t.Error("the rule table names no rule of this package")
	}
	// Rules Validate checks that the importer reports too.
	for _, r := range []cooperation.Rule{cooperation.RuleEnumUnknown, cooperation.RuleRequired} {
		if got[r] == 0 {
			t.Errorf("rule %s is not raised", r)
		}
	}
}

// TestInstrumentJSON checks that a party's instrument survives Encode and
// Decode, and that an unstated one is left out.
func TestInstrumentJSON(t *testing.T) {
	var im Importer
	if err := im.Read(strings.NewReader(smallCSV), "s.csv"); err != nil {
		t.Fatal(err)
	}
	ds := im.Result().Dataset
	b, err := json.Marshal(ds.Agreements[0].Parties[:2])
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"actor":"fr","instrument":"ratification","ratified":"1886-09-09","joined":"1887-12-05"},` +
		`{"actor":"cz","instrument":"continued-application","ratified":"1993-12-18","joined":"1993-01-01"}]`
	if string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}
	var back []cooperation.Party
	if err := json.Unmarshal(b, &back); err != nil || back[1].Instrument != cooperation.InstrumentContinuedApplication {
		t.Errorf("Unmarshal: %v, %+v", err, back)
	}
	var i cooperation.Instrument
	if err := i.UnmarshalText([]byte("treaty")); err == nil {
		t.Error(`UnmarshalText("treaty") succeeded`)
	}
	if _, err := cooperation.Instrument(99).MarshalText(); err == nil {
		t.Error("MarshalText(99) succeeded")
	}
}

// TestHostile checks a byte-order mark, a file over MaxBytes and headers
// the importer refuses.
func TestHostile(t *testing.T) {
	var im Importer
	if err := im.Read(strings.NewReader("\ufeff"+smallCSV), "bom.csv"); err != nil {
		t.Fatalf("with a byte-order mark: %v", err)
	}
	if l := im.Result().Ledger; l.Rows != 11 || !l.Balanced() {
		t.Errorf("with a byte-order mark: %+v", l)
	}
	big := Importer{MaxBytes: 200}
	err := big.Read(strings.NewReader(smallCSV[:strings.IndexByte(smallCSV, '\n')+1]+"\"unterminated"+strings.Repeat("x", 1000)), "big.csv")
	var fe *FileError
	if !errors.Is(err, ErrTooLarge) || !errors.As(err, &fe) || fe.File != "big.csv" {
		t.Errorf("a file over MaxBytes: %v", err)
	}
	for _, tc := range []struct{ name, in, want string }{
		{"missing column", "Contracting Party,Treaty\nFrance,Berne\n", `no column "Signature Date"`},
		{"other column", strings.Replace(smallCSV, "Treaty", "Treaty,Notes", 1), `column "Notes" is not one of`},
		{"column twice", strings.Replace(smallCSV, "Signature Date", "Treaty", 1), `column "Treaty" twice`},
		{"empty file", "", "EOF"},
		{"bad quote", smallCSV[:100] + "a\"b,c\n", "bare \""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var im Importer
			err := im.Read(strings.NewReader(tc.in), "h.csv")
			if !errors.As(err, &fe) || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "wipo: h.csv:") {
				t.Errorf("got %v, want a *FileError with %q", err, tc.want)
			}
		})
	}
}

// FuzzRead checks that no input panics, that every error is a
// *FileError, and that the ledger balances: the non-empty data cells
// encoding/csv reads are the cells carried plus those reported, and the
// dataset holds the carried ones.
func FuzzRead(f *testing.F) {
	f.Add(smallCSV)
	f.Add("\ufeff" + smallCSV)
	f.Add(smallCSV + "France,Berne,\xff\xfe,Accession,1887,\n\xc3(,Rome,,,,\n")
	f.Add(smallCSV + "Short\nToo,Many,Fields,Here,And,There,Again\n")
	f.Add(smallCSV + "\"" + strings.Repeat("huge field ", 2000) + "\",Berne,,,,\n")
	f.Add("Treaty,Entry Into Force Date,Contracting Party,Instrument Date,Instrument Type,Signature Date\nRome,2020-01-01,\"Multi\nLine\",,,\n")
	f.Add("Contracting Party,Treaty,Signature Date,Instrument Type,Instrument Date,Entry Into Force Date\n,,,,,\n   ,  ,\t,,,\n")
	f.Fuzz(func(t *testing.T, in string) {
		var im Importer
		im.MaxBytes = 1 << 16
		if err := im.Read(strings.NewReader(in), "f.csv"); err != nil {
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FileError", err)
			}
			return
		}
		res := im.Result()
		l := res.Ledger
		if !l.Balanced() {
			t.Fatalf("ledger %+v does not balance", l)
		}
		r := csv.NewReader(strings.NewReader(in))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("encoding/csv fails where the importer did not: %v", err)
		}
		cells := 0
		for _, row := range rows[1:] {
			cells += nonEmptyIndependent(row)
		}
		if cells != l.Cells || len(rows)-1 != l.Rows {
			t.Fatalf("encoding/csv reads %d rows and %d non-empty cells, the ledger %+v", len(rows)-1, cells, l)
		}
		if n := carriedInDataset(res.Dataset); n != l.Carried {
			t.Fatalf("the dataset carries %d cells, the ledger %+v", n, l)
		}
		for _, p := range res.Problems {
			if p.File != "f.csv" || p.Line < 2 {
				t.Fatalf("problem without a place: %v", &p)
			}
		}
		res.Dataset.Validate(cooperation.ValidateOptions{AsOf: asOf})
	})
}

func nonEmptyIndependent(row []string) int {
	n := 0
	for _, c := range row {
		if len(strings.TrimSpace(c)) > 0 {
			n++
		}
	}
	return n
}

// sink keeps the benchmark's result alive.
var sink Result

func BenchmarkImport(b *testing.B) {
	raw := realData(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	stateIndex() // built once per process, not per import
	for b.Loop() {
		var im Importer
		if err := im.Read(bytes.NewReader(raw), File); err != nil {
			b.Fatal(err)
		}
		sink = im.Result()
	}
}

// TestAmbiguousName checks that a name two countries share in x/text's
// tables is reported, not matched to either.
func TestAmbiguousName(t *testing.T) {
	shared := ""
	for k, rs := range stateIndex() {
		if len(rs) > 1 && (shared == "" || k < shared) {
			shared = k
		}
	}
	if shared == "" {
		t.Skip("x/text's tables give no name to two countries")
	}
	var im Importer
	in := "Contracting Party,Treaty,Signature Date,Instrument Type,Instrument Date,Entry Into Force Date\n\"" + shared + "\",Berne,,,,\n"
	if err := im.Read(strings.NewReader(in), "a.csv"); err != nil {
		t.Fatal(err)
	}
	res := im.Result()
	if len(res.Problems) != 1 || res.Problems[0].Rule != cooperation.RuleRegionUnknown || !strings.Contains(res.Problems[0].Message, "countries in x/text's tables (") {
		t.Errorf("%q: problems %v", shared, res.Problems)
	}
	if a := res.Dataset.Actors[0]; !a.Country.IsZero() {
		t.Errorf("%q matched %s", shared, a.Country)
	}
	t.Logf("%q: %v", shared, res.Problems[0].Message)
}
