package huggo

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
)

var asOf = edtf.MustParse("2026-11-24")

// dataDir is where the shared HUGGO files are, beside the checkout.
const dataDir = "../../shared/data/huggo-agreements"

// TestRealData imports the three HUGGO files of ../shared through the
// public API and checks the counts: every row becomes an agreement or a
// party, and every defect SOURCE.md lists surfaces as a problem. The
// figures in comments were counted independently from the CSV files.
func TestRealData(t *testing.T) {
	if _, err := os.Stat(filepath.Join(dataDir, AgreementsFile)); err != nil {
		t.Skipf("HUGGO data not found (%v): this test needs ../shared/data/huggo-agreements beside the checkout", err)
	}
	res, err := Load(os.DirFS(dataDir))
	if err != nil {
		t.Fatal(err)
	}
	ds := res.Dataset
	type counts struct {
		Rows, Parties, Agreements, Actors, PartiesHeld int
	}
	held := 0
	for _, a := range ds.Agreements {
		held += len(a.Parties)
	}
	got := counts{res.Rows, res.Parties, len(ds.Agreements), len(ds.Actors), held}
	want := counts{
		Rows:        4532 + 7377 + 5644, // the three files' data rows
		Parties:     7377 + 5644,        // 13,021 party rows
		Agreements:  4532 + 145 + 763,   // agreements, plus the distinct manyIDs of each membership file
		Actors:      245,                // distinct stateIDs over both membership files
		PartiesHeld: 7377 + 5644,        // no party row dropped, duplicates included
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}

	imported := res.Problems.Rules()
	wantImport := map[cooperation.Rule]int{
		cooperation.RuleDatePlaceholder: 10116, // 874 in the agreements file, 5,222 and 4,020 in the membership files
		cooperation.RuleDateSyntax:      15,    // 1953-05-5, 1976-06-31, 1981-09..1981-10, 1971-0706, 1985-11-01- ...
		cooperation.RuleEnumUnknown:     290,   // Resolution, Regulation, Report, Extending; External, Interministerial, Interregional
		cooperation.RuleRecordConflict:  1239,
		cooperation.RuleRegionUnknown:   19, // CSK, EUE, EUU, EC, ALG, KOS, EFTA, "Bayern", ...
	}
	if diff := cmp.Diff(wantImport, imported); diff != "" {
		t.Errorf("import problems by rule (-want +got):\n%s", diff)
	}

	ps := ds.Validate(cooperation.ValidateOptions{AsOf: asOf})
	type rs struct {
		Rule     cooperation.Rule
		Severity cooperation.Severity
	}
	gotV := map[rs]int{}
	for _, p := range ps {
		gotV[rs{p.Rule, p.Severity}]++
	}
	e, w := cooperation.SeverityError, cooperation.SeverityWarning
	wantV := map[rs]int{
		{cooperation.RuleRequired, w}:         4532,     // the agreements file records no parties
		{cooperation.RuleRequired, e}:         1118,     // kinds the files do not give (NA, unmapped, membership files)
		{cooperation.RuleRefDuplicate, e}:     242 + 25, // repeated (manyID, stateID) rows
		{cooperation.RuleDateOrder, e}:        150,      // 12 in the agreements file, the rest party dates
		{cooperation.RuleDateOrder, w}:        14,       // possibly out of order (month or year precision)
		{cooperation.RuleDateFuture, w}:       9,        // ends after 2026-11-24: 2036-07-01 (USMCA) five times, 2071-02-11, 2028-12-31, 2026-12-12, 9999-12-01
		{cooperation.RuleRegionMissing, e}:    19,       // the actors of the unknown codes
		{cooperation.RuleRegionDeprecated, w}: 2,        // DDR (DD) and YMD (YD)
		{cooperation.RuleNameUTF8, e}:         3,        // "St.\xcaKitts\xcaand\xcaNevis" and two more
		{cooperation.RuleNameLanguage, w}:     20,       // the 19 unknown codes, and DDR and YMD named by their codes (x/text names only their successors)
		// A party's stateForce before the agreement's Force, taken from
		// the manyID's first row (huggo-intrsc-1972a: parties in force
		// from 1976-09-06, the agreement from 1977-09-06).
		{cooperation.RulePartyInForceEarly, e}: 168,
		{cooperation.RulePartyInForceEarly, w}: 29, // at month or year precision
	}
	if diff := cmp.Diff(wantV, gotV); diff != "" {
		t.Errorf("validation problems by rule (-want +got):\n%s", diff)
	}

	// The 12 rows of the agreements file where Force precedes Signature at
	// day precision, and 2 more where the signature day is uncertain
	// ("1992-04-07?", "2007-06-30?") but still certainly later.
	forceFirst := 0
	for _, p := range ps {
		if p.Rule == cooperation.RuleDateOrder && p.Severity == e && strings.HasSuffix(p.Path, ".in_force") && strings.HasPrefix(string(p.ID), "huggo-") && !strings.Contains(string(p.ID)[6:], "-") {
			forceFirst++
		}
	}
	if forceFirst != 12+2 {
		t.Errorf("%d agreements of the agreements file in force before signature, want 14", forceFirst)
	}
	for _, p := range ps[:min(5, len(ps))] {
		t.Logf("e.g. %v", &p)
	}
}

const agreementsCSV = `Title,Begin,End,Signature,Force,Term,TypeAgree,TypeAmbit
Treaty Between England And Castile,1351-08-01,1371-07-31,1351-08-01,1351-08-01,1371-07-31,Agreement,Bilateral
A Protocol,NA,9999-12-31,1964-06,1802-04-18?,NA,Protocol,Trilateral
Bad Dates,NA,NA,1953-05-5,1981-09..1981-10,NA,Report,External`

func TestReadAgreements(t *testing.T) {
	var im Importer
	if err := im.ReadAgreements(strings.NewReader(agreementsCSV), "a.csv"); err != nil {
		t.Fatal(err)
	}
	res := im.Result()
	d := edtf.MustParse
	type ag struct {
		ID                     cooperation.ID
		Kind                   cooperation.AgreementKind
		Scope                  cooperation.Scope
		Signed, InForce, Ended edtf.Date
	}
	var got []ag
	for _, a := range res.Dataset.Agreements {
		got = append(got, ag{a.ID, a.Kind, a.Scope, a.Signed, a.InForce, a.Ended})
	}
	want := []ag{
		{"huggo-1", cooperation.AgreementAgreement, cooperation.ScopeBilateral, d("1351-08-01"), d("1351-08-01"), d("1371-07-31")},
		{"huggo-2", cooperation.AgreementProtocol, cooperation.ScopeMultilateral, d("1964-06"), d("1802-04-18?"), edtf.Date{}},
		{"huggo-3", 0, 0, edtf.Date{}, edtf.Date{}, edtf.Date{}},
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b edtf.Date) bool { return a == b })); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
	var lines []string
	for _, p := range res.Problems {
		lines = append(lines, p.Error())
	}
	wantP := []string{
		`a.csv:3 End (huggo-2): "9999-12-31" is HUGGO's placeholder for no date; the date is left empty [warning date.placeholder]`,
		`a.csv:4 Signature (huggo-3): "1953-05-5" is not an EDTF date (expected a two-digit day); the date is left empty [error date.syntax]`,
		`a.csv:4 Force (huggo-3): "1981-09..1981-10" is not an EDTF date ('..' is allowed only at an end of an interval or in a set or list); the date is left empty [error date.syntax]`,
		`a.csv:4 TypeAgree (huggo-3): TypeAgree "Report" has no agreement kind; the kind is left empty [warning enum.unknown]`,
		`a.csv:4 TypeAmbit (huggo-3): TypeAmbit "External" has no scope; the scope is left empty [warning enum.unknown]`,
	}
	if diff := cmp.Diff(wantP, lines); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

const membershipsCSV = `manyID,treatyID,stateID,Title,Begin,End,Signature,Force,stateSignature,stateRat,stateForce,stateWithdrawal,Accession
INTRSC_1972A,INTRSC_1972A,DDR,Containers,02.12.1972,NA,02.12.1972,06.09.1977,NA,27.09.1974,06.09.1977,03.10.1990,27.09.1974
INTRSC_1972A,INTRSC_1972A,CSK,Containers,02.12.1972,NA,02.12.1972,06.09.1977,02.12.1972,1971-0706,06.09.1977,31.12.9999,NA
INTRSC_1972A,INTRSC_1972A,DDR,Containers,02.12.1972,NA,02.12.1972,07.09.1977,NA,NA,NA,NA,NA
PRTLCP_1960A,PRTLCP_1960A,Baden-Württemberg,Lake Constance,NA,NA,27.10.1960,NA,NA,NA,NA,NA,NA`

func TestReadMemberships(t *testing.T) {
	var im Importer
	if err := im.ReadMemberships(strings.NewReader(membershipsCSV), "m.csv"); err != nil {
		t.Fatal(err)
	}
	res := im.Result()
	ds := res.Dataset
	if len(ds.Agreements) != 2 || len(ds.Actors) != 3 || res.Parties != 4 {
		t.Fatalf("%d agreements, %d actors, %d parties; want 2, 3, 4", len(ds.Agreements), len(ds.Actors), res.Parties)
	}
	a := ds.Agreements[0]
	if a.ID != "huggo-intrsc-1972a" || a.Identifiers[0] != (cooperation.Identifier{Scheme: "huggo", Value: "INTRSC_1972A"}) {
		t.Errorf("agreement %s %v", a.ID, a.Identifiers)
	}
	ddr := a.Parties[0]
	if ddr.Actor != "huggo-state-ddr" || ddr.Role != cooperation.PartyRoleAcceding || ddr.Ratified != edtf.MustParse("1974-09-27") ||
		ddr.Joined != edtf.MustParse("1977-09-06") || ddr.Left != edtf.MustParse("1990-10-03") {
		t.Errorf("DDR party %+v", ddr)
	}
	if ac, _ := ds.Actor("huggo-state-ddr"); ac.Country.String() != "DD" || ac.Names[0].Text != "DDR" {
		t.Errorf("DDR actor %+v", ac)
	}
	if ac, _ := ds.Actor("huggo-state-baden-w-rttemberg"); !ac.Country.IsZero() || ac.Names[0].Text != "Baden-Württemberg" {
		t.Errorf("Baden-Württemberg actor %+v", ac)
	}
	var got []string
	for _, p := range res.Problems {
		got = append(got, string(p.Rule)+" "+p.Where())
	}
	want := []string{
		"region.unknown m.csv:3 stateID",
		"date.syntax m.csv:3 stateRat",
		"date.placeholder m.csv:3 stateWithdrawal",
		"record.conflict m.csv:4 Force",
		"region.unknown m.csv:5 stateID",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	vs := ds.Validate(cooperation.ValidateOptions{AsOf: asOf}).Rules()
	if vs[cooperation.RuleRefDuplicate] != 1 || vs[cooperation.RuleRegionDeprecated] != 1 || vs[cooperation.RuleRegionMissing] != 2 {
		t.Errorf("validation %v", vs)
	}
}

// TestImportRules checks that the small files of the tests above raise
// every rule that cooperation's rule table says this package reports.
func TestImportRules(t *testing.T) {
	var im Importer
	if err := im.ReadAgreements(strings.NewReader(agreementsCSV), "a.csv"); err != nil {
		t.Fatal(err)
	}
	if err := im.ReadMemberships(strings.NewReader(membershipsCSV), "m.csv"); err != nil {
		t.Fatal(err)
	}
	if err := im.ReadAgreements(strings.NewReader(hostileCSV), "h.csv"); err != nil {
		t.Fatal(err)
	}
	got := im.Result().Problems.Rules()
	n := 0
	for _, r := range cooperation.Rules() {
		if !slices.Contains(r.Importers(), "github.com/coopframe/cooperation/huggo") {
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
}

func TestFileErrors(t *testing.T) {
	var im Importer
	err := im.ReadAgreements(strings.NewReader("Title,Signature\nx,2020\n"), "short.csv")
	var fe *FileError
	if !errors.As(err, &fe) || fe.Line != 1 || !strings.Contains(err.Error(), `no column "Force"`) {
		t.Errorf("missing column: %v", err)
	}
	err = im.ReadMemberships(strings.NewReader("manyID,stateID,Title,Signature,Force\nA,CN,t,NA,NA\nB,\"CN,t,NA,NA\n"), "bad.csv")
	if !errors.As(err, &fe) || fe.File != "bad.csv" {
		t.Errorf("malformed CSV: %v", err)
	}
	if _, err := Load(os.DirFS(t.TempDir())); err == nil {
		t.Error("Load of an empty directory succeeded")
	}
}

func FuzzReadAgreements(f *testing.F) {
	f.Add(agreementsCSV)
	f.Fuzz(func(t *testing.T, in string) {
		var im Importer
		if err := im.ReadAgreements(strings.NewReader(in), "f.csv"); err != nil {
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FileError", err)
			}
			return
		}
		res := im.Result()
		// Every row is an agreement, or reported as of the wrong length.
		if skipped := res.Problems.Rules()[cooperation.RuleRecordFields]; len(res.Dataset.Agreements)+skipped != res.Rows {
			t.Fatalf("%d agreements and %d rows of the wrong length from %d rows", len(res.Dataset.Agreements), skipped, res.Rows)
		}
		res.Dataset.Validate(cooperation.ValidateOptions{AsOf: asOf})
	})
}

func FuzzReadMemberships(f *testing.F) {
	f.Add(membershipsCSV)
	f.Fuzz(func(t *testing.T, in string) {
		var im Importer
		if err := im.ReadMemberships(strings.NewReader(in), "f.csv"); err != nil {
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FileError", err)
			}
			return
		}
		res := im.Result()
		held := 0
		for _, a := range res.Dataset.Agreements {
			held += len(a.Parties)
		}
		skipped := res.Problems.Rules()[cooperation.RuleRecordFields]
		if held != res.Parties || res.Parties+skipped != res.Rows {
			t.Fatalf("%d parties held, %d read, %d rows, %d of the wrong length", held, res.Parties, res.Rows, skipped)
		}
		res.Dataset.Validate(cooperation.ValidateOptions{AsOf: asOf})
	})
}

// hostileCSV begins with a byte-order mark and has a short row between
// two good ones.
const hostileCSV = "\ufeffTitle,Signature,Force,End,TypeAgree,TypeAmbit\n" +
	"First,2001-01-01,NA,NA,Agreement,Bilateral\n" +
	"Short,2002-02-02\n" +
	"Third,2003-03-03,NA,NA,Agreement,Bilateral\n"

// TestHostileCSV checks that a byte-order mark does not break the header,
// that a short row is reported and the rows after it are imported, and
// that a file over MaxBytes stops with ErrTooLarge.
func TestHostileCSV(t *testing.T) {
	var im Importer
	if err := im.ReadAgreements(strings.NewReader(hostileCSV), "h.csv"); err != nil {
		t.Fatal(err)
	}
	res := im.Result()
	var titles []string
	for _, a := range res.Dataset.Agreements {
		titles = append(titles, a.Names[0].Text)
	}
	if diff := cmp.Diff([]string{"First", "Third"}, titles); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
	if len(res.Problems) != 1 || res.Problems[0].Rule != cooperation.RuleRecordFields || res.Problems[0].Line != 3 ||
		!strings.Contains(res.Problems[0].Message, `"Short"`) {
		t.Errorf("problems %v", res.Problems)
	}
	big := Importer{MaxBytes: 100}
	err := big.ReadAgreements(strings.NewReader("Title,Signature,Force,End,TypeAgree,TypeAmbit\n\"unterminated"+strings.Repeat("x", 1000)), "big.csv")
	var fe *FileError
	if !errors.Is(err, ErrTooLarge) || !errors.As(err, &fe) {
		t.Errorf("a file over MaxBytes: %v", err)
	}
}
