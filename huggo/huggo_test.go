package huggo

import (
	"encoding/csv"
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
		Rows:    4532 + 7377 + 5644, // the three files' data rows
		Parties: 7377 + 5644,        // 13,021 party rows
		// The agreements, plus the treatyIDs of each membership file (145
		// and 764, INTCPE_1991P:INTCPE_1990A among them), less the 576
		// linked to a row of the agreements file by title and signature.
		Agreements:  4532 + 145 + 764 - 576,
		Actors:      238,         // 245 stateIDs; the 15 IGO spellings are 7 IGOs, EUE and EUU one
		PartiesHeld: 7377 + 5644, // no party row dropped, duplicates included
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}

	imported := res.Problems.Rules()
	wantImport := map[cooperation.Rule]int{
		cooperation.RuleDatePlaceholder: 14113, // 9999-12-31 and 9999-12-01, 0001-01-01 (103 cells of the env file), -001-12-3100..0000..0000
		cooperation.RuleDateSyntax:      23,    // 1953-05-5, 1976-06-31, 1981-09..1981-10, 1971-0706, 1985-11-01- ...
		cooperation.RuleEnumUnknown:     4015,  // TypeAgree and TypeAmbit (290); TypeDomain without a sector (3,725: Environment, Human Rights, Security, Labour)
		cooperation.RuleNameUTF8:        3,     // "St.\xcaKitts\xcaand\xcaNevis" and two more StateNames
		cooperation.RuleRecordConflict:  1189,  // values of the minority rows, of the agreements file, and instruments on other days
		cooperation.RuleRegionUnknown:   1,     // CSK
		cooperation.RuleNameMismatch:    53,    // StateNames that are none of their code's CLDR names ("Greece" for TUN)
	}
	if diff := cmp.Diff(wantImport, imported); diff != "" {
		t.Errorf("import problems by rule (-want +got):\n%s", diff)
	}
	for _, name := range []string{AgreementsFile, EnvFile, TradeFile} {
		l := res.Ledgers[name]
		cells := rawCells(t, filepath.Join(dataDir, name))
		if l.Cells != cells || !l.Balanced() {
			t.Errorf("%s: ledger %+v, %d non-empty cells in the file", name, l, cells)
		}
	}
	wantLedger := map[string]map[cooperation.Rule]int{
		AgreementsFile: {cooperation.RuleDatePlaceholder: 876, cooperation.RuleDateSyntax: 18, cooperation.RuleEnumUnknown: 4015},
		EnvFile: {cooperation.RuleDatePlaceholder: 6008, cooperation.RuleDateSyntax: 4, cooperation.RuleRecordConflict: 875,
			cooperation.RuleRegionUnknown: 1},
		TradeFile: {cooperation.RuleDatePlaceholder: 7229, cooperation.RuleDateSyntax: 1, cooperation.RuleNameUTF8: 3,
			cooperation.RuleRecordConflict: 314, cooperation.RuleNameMismatch: 53},
	}
	for name, w := range wantLedger {
		if diff := cmp.Diff(w, res.Ledgers[name].ByRule); diff != "" {
			t.Errorf("%s: reported cells by rule (-want +got):\n%s", name, diff)
		}
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
		{cooperation.RuleRequired, w}:                4532 - 576, // the agreements without parties: those of the agreements file not linked
		{cooperation.RuleRequired, e}:                543,        // kinds the files do not give (NA, unmapped, membership files)
		{cooperation.RuleRefDuplicate, e}:            272,        // repeated (treatyID, stateID) rows, and EUE with EUU
		{cooperation.RuleDateOrder, e}:               146,        // 12 in the agreements file, the rest party dates
		{cooperation.RuleDateOrder, w}:               14,         // possibly out of order (month or year precision)
		{cooperation.RuleDateFuture, w}:              7,          // ends after 2026-11-24: 2036-07-01 (USMCA), 2071-02-11, 2028-12-31, 2026-12-12
		{cooperation.RuleRegionMissing, e}:           1,          // CSK
		{cooperation.RuleRegionDeprecated, w}:        2,          // DDR (DD) and YMD (YD)
		{cooperation.RuleNameLanguage, w}:            245,        // the TitleAlt names, whose language the file does not give
		{cooperation.RuleAgreementBilateralSides, e}: 5,          // bilateral rows of the agreements file linked to more parties
		// Parties in force before the agreement as the files give it
		// (huggo-861, the Treaty of Tlatelolco: states that waived its
		// conditions were bound from 1968, the treaty in force from
		// 1969-04-25 by the majority of its rows and the agreements file;
		// LRTAP's USA row, 16.03.1982 for a convention in force from
		// 16.03.1983). Errors only where ECOLEX and the IEA Database,
		// when the env file carries them, give no later day.
		{cooperation.RulePartyInForceEarly, e}: 174,
		// At month or year precision, or where the claims differ.
		{cooperation.RulePartyInForceEarly, w}: 42,
	}
	if diff := cmp.Diff(wantV, gotV); diff != "" {
		t.Errorf("validation problems by rule (-want +got):\n%s", diff)
	}
	for _, p := range ps[:min(5, len(ps))] {
		t.Logf("e.g. %v", &p)
	}
}

// rawCells counts the non-empty data cells of a file with encoding/csv
// alone: cells holding more than white space or "NA", the header not
// counted.
func rawCells(t testing.TB, path string) int {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, rec := range recs[1:] {
		for _, v := range rec {
			if v = strings.TrimSpace(v); v != "" && v != "NA" {
				n++
			}
		}
	}
	return n
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

const membershipsCSV = `manyID,treatyID,stateID,Title,Begin,End,Signature,Force,stateSignature,stateRat,stateForce,stateForce2,stateWithdrawal,Accession,StateName,ProvisionalApp,Coder
INTRSC_1972A,INTRSC_1972A,DDR,Containers,02.12.1972,NA,02.12.1972,06.09.1977,NA,27.09.1974,06.09.1977,NA,03.10.1990,27.09.1974,NA,NA,Diego
INTRSC_1972A,INTRSC_1972A,CSK,Containers,02.12.1972,NA,02.12.1972,06.09.1977,02.12.1972,1971-0706,06.09.1977,NA,31.12.9999,NA,NA,0001-01-01,Diego
INTRSC_1972A,INTRSC_1972A,DDR,Containers,02.12.1972,NA,02.12.1972,07.09.1977,NA,NA,NA,NA,NA,NA,NA,NA,NA
INTRSC_1972A,INTRSC_1972A,NOR,Containers,02.12.1972,NA,02.12.1972,06.09.1977,NA,01.01.1975,06.09.1977,04.05.1980,29.12.1978,02.02.1975,Norway,NA,NA
PRTLCP_1960A,PRTLCP_1960A,Baden-Württemberg,Lake Constance,NA,NA,27.10.1960,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA
EC_1990,EC-SMR_1991,EC,EC San Marino,NA,NA,16.12.1991,NA,NA,NA,NA,NA,NA,NA,European Community,NA,NA
EC_1990,EC-SMR_1991,TUN,EC San Marino,NA,NA,16.12.1991,NA,NA,NA,NA,NA,NA,NA,Greece,NA,NA`

func TestReadMemberships(t *testing.T) {
	var im Importer
	if err := im.ReadMemberships(strings.NewReader(membershipsCSV), "m.csv"); err != nil {
		t.Fatal(err)
	}
	res := im.Result()
	ds := res.Dataset
	if len(ds.Agreements) != 3 || len(ds.Actors) != 6 || res.Parties != 7 {
		t.Fatalf("%d agreements, %d actors, %d parties; want 3, 6, 7", len(ds.Agreements), len(ds.Actors), res.Parties)
	}
	a := ds.Agreements[0]
	if a.ID != "huggo-intrsc-1972a" || a.Identifiers[0] != (cooperation.Identifier{Scheme: "huggo", Value: "INTRSC_1972A"}) {
		t.Errorf("agreement %s %v", a.ID, a.Identifiers)
	}
	// The majority of the rows give 1977-09-06; the DDR's second row is
	// the minority, reported.
	if a.InForce != edtf.MustParse("1977-09-06") {
		t.Errorf("in force %v", a.InForce)
	}
	ddr := a.Parties[0]
	if ddr.Actor != "huggo-state-ddr" || ddr.Role != cooperation.PartyRoleAcceding || ddr.Instrument != cooperation.InstrumentAccession ||
		ddr.Ratified != edtf.MustParse("1974-09-27") || ddr.Joined != edtf.MustParse("1977-09-06") || ddr.Left != edtf.MustParse("1990-10-03") {
		t.Errorf("DDR party %+v", ddr)
	}
	nor := a.Parties[3]
	if len(nor.Rejoined) != 1 || nor.Rejoined[0].String() != "1980-05-04/.." {
		t.Errorf("NOR party %+v", nor)
	}
	if !strings.Contains(a.Note, "m.csv:2 DDR: Coder: Diego") {
		t.Errorf("note %q", a.Note)
	}
	if ac, _ := ds.Actor("huggo-state-ddr"); ac.Country.String() != "DD" || ac.Names[0].Text != "German Democratic Republic" {
		t.Errorf("DDR actor %+v", ac)
	}
	if ac, _ := ds.Actor("huggo-subdivision-de-bw"); ac.Kind != cooperation.ActorSubdivision || ac.Subdivision.String() != "DE-BW" {
		t.Errorf("Baden-Württemberg actor %+v", ac)
	}
	if ac, _ := ds.Actor("huggo-igo-ec"); ac.Kind != cooperation.ActorIGO || !ac.Country.IsZero() {
		t.Errorf("EC actor %+v", ac)
	}
	if ac, _ := ds.Actor("huggo-state-tun"); len(ac.Names) != 1 {
		t.Errorf("TUN actor %+v", ac)
	}
	if ds.Agreements[2].ID != "huggo-ec-smr-1991" {
		t.Errorf("third agreement %s", ds.Agreements[2].ID)
	}
	var got []string
	for _, p := range res.Problems {
		got = append(got, string(p.Rule)+" "+p.Where())
	}
	want := []string{
		"region.unknown m.csv:3 stateID",
		"date.syntax m.csv:3 stateRat",
		"date.placeholder m.csv:3 stateWithdrawal",
		"date.placeholder m.csv:3 ProvisionalApp",
		"record.conflict m.csv:4 Force",
		"record.conflict m.csv:5 Accession",
		"name.mismatch m.csv:8 StateName",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if l := res.Ledgers["m.csv"]; !l.Balanced() || l.Cells != 62 || fuzzCells(membershipsCSV) != 62 {
		t.Errorf("ledger %+v", l)
	}
	vs := ds.Validate(cooperation.ValidateOptions{AsOf: asOf}).Rules()
	if vs[cooperation.RuleRefDuplicate] != 1 || vs[cooperation.RuleRegionDeprecated] != 1 || vs[cooperation.RuleRegionMissing] != 1 {
		t.Errorf("validation %v", vs)
	}
}

// TestLink checks that a membership agreement with the title and
// signature of a row of the agreements file is that agreement.
func TestLink(t *testing.T) {
	var im Importer
	if err := im.ReadAgreements(strings.NewReader(agreementsCSV), "a.csv"); err != nil {
		t.Fatal(err)
	}
	const m = "manyID,stateID,Title,Signature,Force\nX_1351A,GBR,Treaty Between England And Castile,01.08.1351,02.08.1351\n"
	if err := im.ReadMemberships(strings.NewReader(m), "m.csv"); err != nil {
		t.Fatal(err)
	}
	res := im.Result()
	a := res.Dataset.Agreements[0]
	if len(res.Dataset.Agreements) != 3 || len(a.Parties) != 1 || a.Identifiers[0].Value != "X_1351A" {
		t.Errorf("%d agreements, the first %+v", len(res.Dataset.Agreements), a)
	}
	if p := res.Problems[len(res.Problems)-1]; p.Rule != cooperation.RuleRecordConflict || p.Column != "Force" {
		t.Errorf("last problem %v", &p)
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
		if l := res.Ledgers["f.csv"]; !l.Balanced() || l.Cells != fuzzCells(in) {
			t.Fatalf("ledger %+v, %d non-empty cells", l, fuzzCells(in))
		}
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
		if l := res.Ledgers["f.csv"]; !l.Balanced() || l.Cells != fuzzCells(in) {
			t.Fatalf("ledger %+v, %d non-empty cells", l, fuzzCells(in))
		}
		held := 0
		for _, a := range res.Dataset.Agreements {
			held += len(a.Parties)
		}
		skipped := res.Problems.Rules()[cooperation.RuleRecordFields] + res.Problems.Rules()[cooperation.RuleRequired]
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

// fuzzCells counts the non-empty data cells of in with encoding/csv, as
// rawCells does for a file; it is only called on inputs the Importer read
// without a *FileError, which encoding/csv then reads too.
func fuzzCells(in string) int {
	r := csv.NewReader(strings.NewReader(in))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil || len(recs) == 0 {
		return -1
	}
	n := 0
	for _, rec := range recs[1:] {
		for _, v := range rec {
			if v = strings.TrimSpace(v); v != "" && v != "NA" {
				n++
			}
		}
	}
	return n
}

// TestJoinedClaims checks that a day of entry into force ECOLEX or the
// IEA Database gives otherwise than stateForce becomes a claim on the
// party's joined, citing its source, and that validation then answers
// "possibly" rather than "certainly" (rows of NCMFCI_1982A as the env
// file gives them, trimmed).
func TestJoinedClaims(t *testing.T) {
	const csv = `manyID,treatyID,stateID,Title,Signature,Force,stateForce,stateForce_ecolex,stateForce_iea
NCMFCI_1982A,NCMFCI_1982A,KIR,Nauru Agreement,11.02.1982,04.12.1982,02.12.1982,04.12.1982,04.12.1982
NCMFCI_1982A,NCMFCI_1982A,NRU,Nauru Agreement,11.02.1982,04.12.1982,02.12.1982,27.06.1985,04.12.1982
NCMFCI_1982A,NCMFCI_1982A,FSM,Nauru Agreement,11.02.1982,04.12.1982,02.12.1982,02.12.1982,NA
NCMFCI_1982A,NCMFCI_1982A,PLW,Nauru Agreement,11.02.1982,04.12.1982,04.12.1982,04.12.1982,-001-12-3100..0000..0000`
	var im Importer
	if err := im.ReadMemberships(strings.NewReader(csv), "m.csv"); err != nil {
		t.Fatal(err)
	}
	res := im.Result()
	a := res.Dataset.Agreements[0]
	want := []cooperation.Claim{
		{Field: "parties[0].joined", Value: "1982-12-04", Sources: []cooperation.ID{"huggo-ecolex", "huggo-iea"}},
		{Field: "parties[1].joined", Value: "1985-06-27", Sources: []cooperation.ID{"huggo-ecolex"}},
		{Field: "parties[1].joined", Value: "1982-12-04", Sources: []cooperation.ID{"huggo-iea"}},
	}
	if diff := cmp.Diff(want, a.Claims); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}
	var ids []cooperation.ID
	for _, s := range res.Dataset.Sources {
		ids = append(ids, s.ID)
	}
	if diff := cmp.Diff([]cooperation.ID{"huggo", "huggo-ecolex", "huggo-iea"}, ids); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	if strings.Contains(a.Note, "stateForce_") {
		t.Errorf("a claimed day is also in the note: %q", a.Note)
	}
	if l := res.Ledgers["m.csv"]; !l.Balanced() || l.Reported != 1 {
		t.Errorf("ledger %+v; want balanced, with the placeholder reported", l)
	}
	var got []string
	for _, p := range res.Dataset.Validate(cooperation.ValidateOptions{AsOf: asOf}) {
		if p.Rule == cooperation.RulePartyInForceEarly {
			got = append(got, p.Path+" "+p.Severity.String())
		}
	}
	wantV := []string{
		"agreements[0].parties[0].joined warning", // 1982-12-02 or 1982-12-04
		"agreements[0].parties[1].joined warning", // 1982-12-02, 1985-06-27 or 1982-12-04
		"agreements[0].parties[2].joined error",   // every source gives 1982-12-02
	}
	if diff := cmp.Diff(wantV, got); diff != "" {
		t.Errorf("party.in-force-before-agreement (-want +got):\n%s", diff)
	}
}
