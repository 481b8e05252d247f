package extract_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/extract"
	"github.com/coopframe/cooperation/quantity"
	"golang.org/x/text/language"
)

// corpusRow is a line of testdata/dates.tsv.
type corpusRow struct {
	published, text, want string
}

func readCorpus(t testing.TB) []corpusRow {
	t.Helper()
	b, err := os.ReadFile("testdata/dates.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var rows []corpusRow
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Fatalf("dates.tsv:%d: want 3 fields, got %d", i+1, len(f))
		}
		if f[2] != "-" {
			if _, err := edtf.Parse(f[2]); err != nil {
				t.Fatalf("dates.tsv:%d: %v", i+1, err)
			}
		}
		rows = append(rows, corpusRow{f[0], f[1], f[2]})
	}
	return rows
}

// firstDate is the value of the first date expression this package finds
// in text, or "-".
func firstDate(t testing.TB, row corpusRow, base *cooperation.Dataset) string {
	r, err := extract.Extract(extract.Article{Text: row.text, Language: language.English, Published: pub(row.published)}, base)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range r.Temporals {
		if x.Kind != extract.TemporalTime {
			return x.Value.String()
		}
	}
	return "-"
}

// yearUnknown reports whether the EDTF value v states no certain year: the
// text gives none (X), or it is taken from the publication date (?), or
// there is no date to give (-).
func yearUnknown(v string) bool { return v == "-" || strings.ContainsAny(v, "X?") }

// ourAccuracy is the share of the corpus whose first date this package gets
// exactly right; the test keeps it from falling below what it reaches.
const ourAccuracy = 0.95

func TestDateCorpus(t *testing.T) {
	rows := readCorpus(t)
	if len(rows) < 100 {
		t.Fatalf("the corpus has %d sentences, want at least 100", len(rows))
	}
	ds := base(t)
	right, invented := 0, 0
	for _, row := range rows {
		got := firstDate(t, row, ds)
		if got == row.want {
			right++
		} else {
			t.Logf("%s | %s: got %s, want %s", row.published, row.text, got, row.want)
		}
		if yearUnknown(row.want) && got != "-" && !yearUnknown(got) {
			invented++
		}
	}
	acc := float64(right) / float64(len(rows))
	t.Logf("extract: %d/%d right (%.3f), %d years invented", right, len(rows), acc, invented)
	if acc < ourAccuracy {
		t.Errorf("accuracy %.3f, below %.2f", acc, ourAccuracy)
	}
	if invented > 0 {
		t.Errorf("%d years stated as certain that the text does not give", invented)
	}
}

// chronoComp is one end of a chrono-node result.
type chronoComp struct {
	Year, Month, Day                      int
	YearCertain, MonthCertain, DayCertain bool
}

// edtf writes c as EDTF at the precision chrono is certain of (a day when
// it is certain of none: a weekday), always with chrono's year, which
// chrono never qualifies.
func (c *chronoComp) edtf() string {
	switch {
	case c.DayCertain || !c.MonthCertain && !c.YearCertain:
		return fmt.Sprintf("%04d-%02d-%02d", c.Year, c.Month, c.Day)
	case c.MonthCertain:
		return fmt.Sprintf("%04d-%02d", c.Year, c.Month)
	}
	return fmt.Sprintf("%04d", c.Year)
}

type chronoResult struct {
	Start *chronoComp
	End   *chronoComp
}

// runChrono runs testdata/chrono.js with chrono-node from $COOP_NPM over
// the texts, each with its reference day ("" for none), or skips.
func runChrono(t *testing.T, texts, refs []string) []*chronoResult {
	var rs []*chronoResult
	for _, line := range chronoLines(t, texts, refs, false) {
		var r *chronoResult
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	return rs
}

// runChronoAll is runChrono giving every date chrono finds in each text.
func runChronoAll(t *testing.T, texts, refs []string) [][]*chronoResult {
	var rs [][]*chronoResult
	for _, line := range chronoLines(t, texts, refs, true) {
		var r []*chronoResult
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	return rs
}

func chronoLines(t *testing.T, texts, refs []string, all bool) [][]byte {
	t.Helper()
	npm := os.Getenv("COOP_NPM")
	if npm == "" {
		t.Skip("COOP_NPM is not set: skipping the comparison with chrono-node (npm install --prefix DIR chrono-node; COOP_NPM=DIR)")
	}
	if _, err := os.Stat(filepath.Join(npm, "node_modules", "chrono-node")); err != nil {
		t.Skipf("chrono-node is not installed in %s: skipping the comparison (npm install --prefix %s chrono-node)", npm, npm)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: skipping the comparison with chrono-node")
	}
	var in bytes.Buffer
	for i := range texts {
		b, _ := json.Marshal(map[string]any{"text": texts[i], "ref": refs[i], "all": all})
		in.Write(append(b, '\n'))
	}
	cmd := exec.Command(node, "testdata/chrono.js")
	cmd.Env = append(os.Environ(), "NODE_PATH="+filepath.Join(npm, "node_modules"))
	cmd.Stdin = &in
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chrono.js: %v", err)
	}
	var lines [][]byte
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		lines = append(lines, bytes.Clone(sc.Bytes()))
	}
	if len(lines) != len(texts) {
		t.Fatalf("chrono.js gave %d results for %d texts", len(lines), len(texts))
	}
	return lines
}

func (r *chronoResult) edtf() string {
	if r == nil || r.Start == nil {
		return "-"
	}
	if r.End != nil {
		return r.Start.edtf() + "/" + r.End.edtf()
	}
	return r.Start.edtf()
}

// invented reports whether chrono states a year the text does not give:
// it is not certain of the year but gives a month or day with one.
func (r *chronoResult) invented() bool {
	return r != nil && r.Start != nil && !r.Start.YearCertain && (r.Start.MonthCertain || r.Start.DayCertain)
}

// refDay is the reference day chrono gets: the publication day, or its
// first day when partial; none when unknown (chrono.js then uses a fixed
// "now", 2026-12-01, so that runs agree).
func refDay(published string) string {
	d := pub(published)
	if d.IsZero() || !d.YearKnown() {
		return ""
	}
	lo, _ := d.Earliest()
	return lo.String()
}

// TestChronoComparison runs chrono-node and this package over the date
// corpus and reports the accuracy of each: exact (the EDTF value, with its
// qualifiers) and on the calendar alone (qualifiers dropped), and the years
// each states as certain where the text gives none.
func TestChronoComparison(t *testing.T) {
	rows := readCorpus(t)
	texts, refs := make([]string, len(rows)), make([]string, len(rows))
	for i, row := range rows {
		texts[i], refs[i] = row.text, refDay(row.published)
	}
	rs := runChrono(t, texts, refs)
	ds := base(t)
	var ours, oursCal, theirs, theirsCal, oursInv, theirsInv, theirsImplied int
	strip := func(s string) string { return strings.ReplaceAll(s, "?", "") }
	for i, row := range rows {
		got, ch := firstDate(t, row, ds), rs[i].edtf()
		if got == row.want {
			ours++
		}
		if strip(got) == strip(row.want) {
			oursCal++
		}
		if ch == row.want {
			theirs++
		}
		if strip(ch) == strip(row.want) {
			theirsCal++
		}
		if yearUnknown(row.want) && got != "-" && !yearUnknown(got) {
			oursInv++
		}
		if yearUnknown(row.want) && ch != "-" {
			theirsInv++
		}
		if rs[i].invented() {
			theirsImplied++
		}
		if ch != row.want {
			t.Logf("chrono: %s | %s: %s, want %s", row.published, row.text, ch, row.want)
		}
	}
	n := float64(len(rows))
	t.Logf("%d sentences: extract %.3f exact, %.3f calendar, %d invented years; chrono-node %.3f exact, %.3f calendar, %d invented years (%d values with an implied year)",
		len(rows), float64(ours)/n, float64(oursCal)/n, oursInv, float64(theirs)/n, float64(theirsCal)/n, theirsInv, theirsImplied)
	if ours < theirs || oursCal < theirsCal {
		t.Errorf("extract is less accurate than chrono-node: %d vs %d exact, %d vs %d calendar", ours, theirs, oursCal, theirsCal)
	}
	if oursInv > theirsInv || oursInv > 0 {
		t.Errorf("extract invents %d years (chrono-node %d)", oursInv, theirsInv)
	}
}

// The seed reports and the catalog sources that give their facts.
var seeds = []struct {
	file, source, published string
}{
	{"000_42f8af56b09cbc48.txt", "mna-2020-07-10", "2020?-07-10"},
	{"001_08f38f7b186c2d4f.txt", "xinhua-2015-09-15", "2015-09-15"},
	{"002_4cd752bbde15a41b.txt", "xinhua-2024-11-05", "2024-11-05"},
	{"003_a11fee273a4d2973.txt", "vna-2022-11-08", "2022?-11"},
	{"004_6a376d8b2d83f72f.txt", "moit-2021-09-20", "2021-09-20"},
}

// seedDates are the catalog facts each seed report states with a date of
// its own: entity ID and field. The values compared are the catalog's.
var seedDates = map[string][][2]string{
	"mna-2020-07-10":    {{"mna-2020-07-10", "published"}, {"idcpc-yunnan-mandalay-meeting-2020", "date"}},
	"xinhua-2015-09-15": {{"xinhua-2015-09-15", "published"}, {"china-asean-information-harbor-forum-2015", "date"}, {"china-asean-information-harbor-forum-2015-opening", "date"}, {"laos-cac-mou-2015", "signed"}, {"gx-ecommerce-2014", "period"}, {"gx-ecommerce-2014", "versus"}, {"gx-rmb-settlement-2014", "period"}},
	"xinhua-2024-11-05": {{"xinhua-2024-11-05", "published"}, {"china-cambodia-digital-economy-forum-2024", "date"}, {"cn-kh-digital-economy-cooperation", "targets.deadline"}},
	"vna-2022-11-08":    {{"vn-kh-ict-working-session-2022", "date"}},
	"moit-2021-09-20":   {{"moit-2021-09-20", "published"}, {"clmv-emm-13", "date"}, {"aem-53", "date"}, {"clmv-ecap-2019-2020", "period"}, {"clmv-ecap-2021-2022", "period"}, {"vn-clmv-fairs-scholarships", "period"}, {"clmv-emm-13", "outcomes.period"}},
}

// catalogDate returns the catalog's value of an entity's date field.
func catalogDate(t *testing.T, ds *cooperation.Dataset, id, field string) string {
	t.Helper()
	if s, ok := findSource(ds, id); ok && field == "published" {
		return s.Published.String()
	}
	if e, ok := ds.Event(cooperation.ID(id)); ok {
		switch field {
		case "date":
			return e.Date.String()
		case "outcomes.period":
			for _, o := range e.Outcomes {
				if !o.Period.IsZero() {
					return o.Period.String()
				}
			}
		}
	}
	if a, ok := ds.Agreement(cooperation.ID(id)); ok && field == "signed" {
		return a.Signed.String()
	}
	if in, ok := ds.Initiative(cooperation.ID(id)); ok {
		switch field {
		case "period":
			return in.Period.String()
		case "targets.deadline":
			return in.Targets[0].Deadline.String()
		}
	}
	for _, f := range ds.Figures {
		if string(f.ID) == id {
			switch field {
			case "period":
				return f.Period.String()
			case "versus":
				return f.Versus.String()
			}
		}
	}
	t.Fatalf("no date %s of %s in the catalog", field, id)
	return ""
}

func findSource(ds *cooperation.Dataset, id string) (cooperation.Source, bool) {
	for _, s := range ds.Sources {
		if string(s.ID) == id {
			return s, true
		}
	}
	return cooperation.Source{}, false
}

// seedAmounts are the stated figures of the catalog by source, as
// quantities (a value's equivalents count apart).
func seedAmounts(ds *cooperation.Dataset, source string) map[quantity.Quantity]bool {
	cites := func(ids []cooperation.ID) bool {
		for _, id := range ids {
			if string(id) == source {
				return true
			}
		}
		return false
	}
	out := map[quantity.Quantity]bool{}
	add := func(q quantity.Quantity) {
		if !q.IsZero() {
			out[q] = true
		}
	}
	for _, e := range ds.Events {
		if cites(e.Sources) {
			add(e.Attendance)
		}
	}
	for _, in := range ds.Initiatives {
		for _, a := range in.Amounts {
			if cites(a.Sources) || cites(in.Sources) {
				add(a.Quantity)
				for _, q := range a.Equivalents {
					add(q)
				}
			}
		}
		for _, c := range in.Counts {
			if cites(in.Sources) {
				add(c)
			}
		}
		for _, tg := range in.Targets {
			if cites(tg.Sources) {
				add(tg.Value)
			}
		}
	}
	for _, f := range ds.Figures {
		if cites(f.Sources) {
			add(f.Value)
			add(f.Change)
			add(f.Share)
		}
	}
	return out
}

// Precision and recall on the seeds, kept from falling below what the
// package reaches.
const (
	minDatePrecision, minDateRecall     = 0.85, 1.0
	minAmountPrecision, minAmountRecall = 1.0, 1.0
)

// TestSeeds measures precision and recall of dates and amounts on the
// five seed reports against the catalog: an extracted value counts when it
// equals the catalog's value of a fact the report states (distinct values
// per report).
func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the seed reports are not at %s: skipping", dir)
	}
	ds := base(t)
	var dTP, dGot, dWant, aTP, aGot, aWant int
	for _, s := range seeds {
		text, err := os.ReadFile(filepath.Join(dir, s.file))
		if err != nil {
			t.Fatal(err)
		}
		r, err := extract.Extract(extract.Article{Text: string(text), Language: language.English, Published: pub(s.published)}, ds)
		if err != nil {
			t.Fatal(err)
		}
		checkResult(t, string(text), r)
		want := seedWant(t, ds, s.source)
		got := map[string]bool{}
		for _, x := range r.Temporals {
			if x.Kind != extract.TemporalTime {
				got[x.Value.String()] = true
			}
		}
		tp := 0
		for v := range got {
			if want[v] {
				tp++
			} else {
				t.Logf("%s: date %s is no fact of the catalog", s.file, v)
			}
		}
		for v := range want {
			if !got[v] {
				t.Logf("%s: missed date %s", s.file, v)
			}
		}
		dTP, dGot, dWant = dTP+tp, dGot+len(got), dWant+len(want)

		wantA := seedAmounts(ds, s.source)
		gotA := map[quantity.Quantity]bool{}
		for _, a := range r.Amounts {
			gotA[a.Value] = true
			for _, e := range a.Equivalents {
				gotA[e] = true
			}
		}
		tp = 0
		for q := range gotA {
			if wantA[q] {
				tp++
			} else {
				t.Logf("%s: amount %s is no fact of the catalog", s.file, q)
			}
		}
		for q := range wantA {
			if !gotA[q] {
				t.Logf("%s: missed amount %s", s.file, q)
			}
		}
		aTP, aGot, aWant = aTP+tp, aGot+len(gotA), aWant+len(wantA)
	}
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 1
		}
		return float64(a) / float64(b)
	}
	dp, dr, ap, ar := ratio(dTP, dGot), ratio(dTP, dWant), ratio(aTP, aGot), ratio(aTP, aWant)
	t.Logf("dates: precision %d/%d = %.3f, recall %d/%d = %.3f", dTP, dGot, dp, dTP, dWant, dr)
	t.Logf("amounts: precision %d/%d = %.3f, recall %d/%d = %.3f", aTP, aGot, ap, aTP, aWant, ar)
	if dp < minDatePrecision || dr < minDateRecall || ap < minAmountPrecision || ar < minAmountRecall {
		t.Errorf("below the floor: dates %.3f/%.3f (want %.2f/%.2f), amounts %.3f/%.3f (want %.2f/%.2f)",
			dp, dr, minDatePrecision, minDateRecall, ap, ar, minAmountPrecision, minAmountRecall)
	}
}

// seedWant is the set of the catalog's date values a seed report states.
func seedWant(t *testing.T, ds *cooperation.Dataset, source string) map[string]bool {
	want := map[string]bool{}
	for _, f := range seedDates[source] {
		want[catalogDate(t, ds, f[0], f[1])] = true
	}
	return want
}

// TestChronoSeeds runs chrono-node over the seed reports, with each
// report's publication day as reference, and measures its precision and
// recall of dates as TestSeeds does this package's.
func TestChronoSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the seed reports are not at %s: skipping", dir)
	}
	var texts, refs []string
	for _, s := range seeds {
		b, err := os.ReadFile(filepath.Join(dir, s.file))
		if err != nil {
			t.Fatal(err)
		}
		texts, refs = append(texts, string(b)), append(refs, refDay(s.published))
	}
	all := runChronoAll(t, texts, refs)
	ds := base(t)
	var tp, got, want, inv int
	for i, s := range seeds {
		w := seedWant(t, ds, s.source)
		g := map[string]bool{}
		for _, r := range all[i] {
			g[r.edtf()] = true
			if r.invented() {
				inv++
			}
		}
		for v := range g {
			if w[v] {
				tp++
			} else {
				t.Logf("%s: chrono date %s is no fact of the catalog", s.file, v)
			}
		}
		for v := range w {
			if !g[v] {
				t.Logf("%s: chrono missed %s", s.file, v)
			}
		}
		got, want = got+len(g), want+len(w)
	}
	t.Logf("chrono-node on the seeds: precision %d/%d = %.3f, recall %d/%d = %.3f, %d dates with an implied year",
		tp, got, float64(tp)/float64(max(got, 1)), tp, want, float64(tp)/float64(max(want, 1)), inv)
}
