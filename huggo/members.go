package huggo

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"golang.org/x/text/language"
)

// shared are the agreement columns every membership row repeats.
var shared = []string{"Title", "Signature", "Begin", "Force", "End", "Term"}

// idColumns are the membership columns that are identifiers of the
// agreement in other systems, with their schemes.
var idColumns = []struct{ col, scheme string }{
	{"manyID", "huggo"},
	{"treatyID", "huggo-treaty"},
	{"gengID", "geng"},
	{"ecolexID", "ecolex"},
	{"ieaID", "iea"},
	{"gptadID", "gptad"},
	{"url", "url"},
}

// ReadMemberships reads a file in the layout of the HUGGO_MEM_*.csv files,
// named name in problems. The env and trade files spell some columns
// differently (stateForce and StateForce); both are read. The rows of one
// treatyID (manyID when the file has no treatyID) are one agreement; it is
// the agreement of ReadAgreements with the same title and signature when
// there is exactly one.
func (im *Importer) ReadMemberships(r io.Reader, name string) error {
	t, err := open(r, name, im.MaxBytes, "manyID", "stateID", "Title", "Signature", "Force")
	if err != nil {
		return err
	}
	im.begin(name)
	start := len(im.problems)
	keyCol := t.pick("treatyID", "manyID")
	var order []string
	groups := map[string][]*row{}
	for {
		rw, err := t.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		im.rows++
		if !im.fields(rw) {
			continue
		}
		im.validUTF8(rw, "")
		key := rw.get(keyCol)
		if key == "" || rw.get("stateID") == "" {
			col := keyCol
			if key != "" {
				col = "stateID"
			}
			im.report(cooperation.RuleRequired, cooperation.SeverityError, t.name, rw.line, col, "",
				"the row has no %s; not imported: %q", col, rw.rec)
			for i := range rw.rec {
				if rw.rule[i] == "" {
					rw.rule[i] = cooperation.RuleRequired
				}
			}
			im.finish(rw)
			continue
		}
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], rw)
	}
	for _, key := range order {
		im.treaty(t, key, groups[key])
	}
	// Problems in file order: a treaty's rows are handled together.
	slices.SortStableFunc(im.problems[start:], func(a, b cooperation.Problem) int { return a.Line - b.Line })
	return nil
}

// majority returns the value of column col most rows of rs give, ties to
// the first, and how many rows give it.
func majority(rs []*row, col string) (string, int) {
	var vals []string
	count := map[string]int{}
	for _, r := range rs {
		v := r.get(col)
		if v == "" {
			continue
		}
		if count[v] == 0 {
			vals = append(vals, v)
		}
		count[v]++
	}
	best := ""
	for _, v := range vals {
		if count[v] > count[best] {
			best = v
		}
	}
	return best, count[best]
}

// treaty imports the rows of one treaty.
func (im *Importer) treaty(t *table, key string, rs []*row) {
	mv := map[string]string{}
	for _, col := range shared {
		v, n := majority(rs, col)
		mv[col] = v
		for _, r := range rs {
			if x := r.get(col); x != "" && x != v {
				im.reportCell(r, col, cooperation.RuleRecordConflict, cooperation.SeverityWarning, "",
					"%s %q differs from %q, the value of %d of the %d rows of %s; the most frequent is kept", col, x, v, n, len(rs), key)
			}
		}
	}
	// The agreement: the one of ReadAgreements with the same title and
	// signature, or a new one.
	ai := -1
	sig, _, _ := parseDate(mv["Signature"])
	if j, ok := im.clean[[2]string{mv["Title"], sig.String()}]; ok && j >= 0 && mv["Title"] != "" && !im.linked[j] {
		ai = j
		if im.linked == nil {
			im.linked = map[int]bool{}
		}
		im.linked[j] = true
	}
	linked := ai >= 0
	if !linked {
		ai = len(im.ds.Agreements)
		im.ds.Agreements = append(im.ds.Agreements, cooperation.Agreement{
			ID: im.slug(key, "huggo"), Sources: []cooperation.ID{sourceID},
		})
	}
	a := &im.ds.Agreements[ai]
	aid := a.ID
	var note []string
	if a.Note != "" {
		note = append(note, a.Note)
	}
	noted := map[string]bool{}
	for _, r := range rs {
		for i := range r.rec {
			if r.rule[i] == cooperation.RuleRecordConflict && r.t.column(i) != "" {
				im.relabel(r, i, aid)
			}
		}
		im.sharedCells(r, a, mv, linked, noted, &note)
		for _, c := range idColumns {
			v := r.get(c.col)
			if v == "" {
				continue
			}
			if c.col == "treatyID" && v == r.get("manyID") {
				r.carry(c.col) // the same as the manyID identifier
				continue
			}
			id := cooperation.Identifier{Scheme: c.scheme, Value: v}
			if !slices.Contains(a.Identifiers, id) {
				a.Identifiers = append(a.Identifiers, id)
			}
			r.carry(c.col)
		}
		p, claims := im.party(r, aid)
		a = &im.ds.Agreements[ai]
		a.Parties = append(a.Parties, p)
		for _, c := range claims {
			c.Field = "parties[" + strconv.Itoa(len(a.Parties)-1) + "].joined"
			a.Claims = append(a.Claims, c)
		}
		im.parties++
		if rest := im.finish(r); len(rest) > 0 {
			note = append(note, fmt.Sprintf("%s:%d %s: %s", t.name, r.line, r.get("stateID"), strings.Join(rest, "; ")))
		}
	}
	a.Note = strings.Join(note, "\n")
}

// relabel sets the ID of the record.conflict problems reported before
// the agreement was known.
func (im *Importer) relabel(r *row, i int, id cooperation.ID) {
	for k := len(im.problems) - 1; k >= 0; k-- {
		p := &im.problems[k]
		if p.File == r.t.name && p.Line == r.line && p.Column == r.t.column(i) && p.ID == "" {
			p.ID = id
			return
		}
	}
}

// sharedCells carries the cells of row r that give the treaty's values
// (mv), into a.
func (im *Importer) sharedCells(r *row, a *cooperation.Agreement, mv map[string]string, linked bool, noted map[string]bool, note *[]string) {
	id := a.ID
	if v := r.get("Title"); v != "" && v == mv["Title"] {
		if !hasName(a.Names, v) {
			a.Names = append(a.Names, names.Name{Text: v, Lang: language.English})
		}
		r.carry("Title")
	}
	set := func(col string, f *edtf.Date) {
		v := r.get(col)
		if v == "" || v != mv[col] {
			return
		}
		d, ok := im.checkDate(r, col, id)
		switch {
		case !ok:
		case f.IsZero():
			*f = d
			r.carry(col)
		case *f == d:
			r.carry(col)
		default: // linked: the agreements file's value is kept
			im.reportCell(r, col, cooperation.RuleRecordConflict, cooperation.SeverityWarning, id,
				"%s %q differs from %s of %s in the agreements file, which is kept", col, v, f, id)
		}
	}
	set("Signature", &a.Signed)
	set("Force", &a.InForce)
	set("End", &a.Ended)
	extra := func(col, same string, f *edtf.Date) {
		v := r.get(col)
		if v == "" || v != mv[col] {
			return
		}
		if v == mv[same] {
			r.carry(col)
			return
		}
		d, ok := im.checkDate(r, col, id)
		if !ok {
			return
		}
		r.carry(col)
		if f != nil && f.IsZero() && mv[same] == "" {
			*f = d
			return
		}
		if f != nil && *f == d {
			return
		}
		if !noted[col] {
			noted[col] = true
			*note = append(*note, col+": "+v)
		}
	}
	extra("Begin", "Signature", nil)
	extra("Term", "End", &a.Ended)
	_ = linked
}

// instruments are the membership columns that date a party's consent to
// be bound, with the instrument each says (Consent says none).
var instruments = []struct {
	col  string
	inst cooperation.Instrument
}{
	{"Accession", cooperation.InstrumentAccession},
	{"Acceptance", cooperation.InstrumentAcceptance},
	{"Succession", cooperation.InstrumentSuccession},
	{"Consent", cooperation.InstrumentUnstated},
}

// joinedClaims are the membership columns that give another source's day
// of a party's entry into force, with the source each cites.
var joinedClaims = []struct {
	col    string
	source cooperation.ID
}{
	{"stateForce_ecolex", ecolexSourceID},
	{"stateForce_iea", ieaSourceID},
}

// party makes the party of a membership row, and the claims other
// sources make on its entry into force (their Field left empty).
func (im *Importer) party(r *row, aid cooperation.ID) (p cooperation.Party, claims []cooperation.Claim) {
	t := r.t
	p = cooperation.Party{Actor: im.actor(r, aid)}
	p.Signed = im.date(r, t.pick("stateSignature", "StateSignature"), aid)
	p.Ratified = im.date(r, t.pick("stateRat", "StateRatification"), aid)
	p.Joined = im.date(r, t.pick("stateForce", "StateForce"), aid)
	p.Left = im.date(r, t.pick("stateWithdrawal", "StateEnd"), aid)
	for _, in := range instruments {
		v := r.get(in.col)
		if v == "" {
			continue
		}
		if in.col == "Succession" && (v == "0" || v == "1") {
			// The trade file's Succession is a flag.
			if v == "1" && p.Instrument == cooperation.InstrumentUnstated {
				p.Instrument = cooperation.InstrumentSuccession
			}
			r.carry(in.col)
			continue
		}
		d, ok := im.checkDate(r, in.col, aid)
		if !ok {
			continue
		}
		if in.inst == cooperation.InstrumentAccession {
			p.Role = cooperation.PartyRoleAcceding
		}
		switch {
		case p.Ratified.IsZero():
			p.Ratified, p.Instrument = d, in.inst
			r.carry(in.col)
		case d == p.Ratified && (p.Instrument == cooperation.InstrumentUnstated || p.Instrument == in.inst || in.inst == cooperation.InstrumentUnstated):
			if p.Instrument == cooperation.InstrumentUnstated {
				p.Instrument = in.inst
			}
			r.carry(in.col)
		case d == p.Ratified:
			im.reportCell(r, in.col, cooperation.RuleRecordConflict, cooperation.SeverityWarning, aid,
				"%s %q is the day of the %s; the party keeps that instrument", in.col, v, p.Instrument)
		default:
			im.reportCell(r, in.col, cooperation.RuleRecordConflict, cooperation.SeverityWarning, aid,
				"%s %q differs from the party's consent on %s; Ratified keeps that day", in.col, v, p.Ratified)
		}
	}
	if d, ok := im.checkDate(r, "Deposit", aid); ok {
		// The deposit of the instrument dates the consent when nothing
		// else does; a later deposit is kept in the note.
		if p.Ratified.IsZero() {
			p.Ratified = d
		}
		if p.Ratified == d {
			r.carry("Deposit")
		}
	}
	im.rejoined(r, &p, aid)
	for _, c := range joinedClaims {
		d, ok := im.checkDate(r, c.col, aid)
		switch {
		case !ok:
		case d == p.Joined:
			r.carry(c.col) // the same day as stateForce
		default:
			// Another source's day: a claim on the party's joined, which
			// treaty sets the field of once the party has its index.
			r.carry(c.col)
			i := slices.IndexFunc(claims, func(x cooperation.Claim) bool { return x.Value == d.String() })
			if i < 0 {
				claims = append(claims, cooperation.Claim{Value: d.String()})
				i = len(claims) - 1
			}
			claims[i].Sources = append(claims[i].Sources, c.source)
			if im.claimed == nil {
				im.claimed = map[cooperation.ID]bool{}
			}
			im.claimed[c.source] = true
		}
	}
	for _, col := range []string{"ProvisionalApp", "Reservation"} {
		im.checkDate(r, col, aid) // kept in the note, as there is no field
	}
	return p, claims
}

// rejoined reads the env file's second and third periods in force
// (stateForce2 to stateWithdrawal2, stateForce3 on) into Party.Rejoined.
// A stateForce2 of a party that did not leave is no later period and is
// kept in the note.
func (im *Importer) rejoined(r *row, p *cooperation.Party, aid cooperation.ID) {
	f2, ok2 := im.checkDate(r, "stateForce2", aid)
	w2, okw := im.checkDate(r, "stateWithdrawal2", aid)
	f3, ok3 := im.checkDate(r, "stateForce3", aid)
	if !ok2 || p.Left.IsZero() {
		return
	}
	end := ".."
	if okw {
		end = w2.String()
	}
	iv, err := edtf.Parse(f2.String() + "/" + end)
	if err != nil {
		im.reportCell(r, "stateForce2", cooperation.RuleDateSyntax, cooperation.SeverityError, aid,
			"stateForce2 %s to %s is not an EDTF interval (%v); the period is not imported", f2, end, err)
		return
	}
	p.Rejoined = append(p.Rejoined, iv)
	r.carry("stateForce2")
	r.carry("stateWithdrawal2")
	if ok3 && okw {
		if iv, err := edtf.Parse(f3.String() + "/.."); err == nil {
			p.Rejoined = append(p.Rejoined, iv)
			r.carry("stateForce3")
		}
	}
}
