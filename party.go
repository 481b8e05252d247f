package cooperation

import (
	"slices"
	"strings"

	"github.com/coopframe/cooperation/edtf"
)

// This file holds what an agreement is for each of its parties: its
// status for a party, the periods it was in force for one, and the
// questions built on them.

// partyIndex returns the index in a.Parties of the first party whose
// actor is id, or -1.
func (a *Agreement) partyIndex(id ID) int {
	for j := range a.Parties {
		if a.Parties[j].Actor == id {
			return j
		}
	}
	return -1
}

// partyClaims are an agreement's claims as the questions read them one
// party at a time: the stages of the agreement's own dates with their
// claims counted, worked out once, and the claims on the parties' fields;
// for an agreement with many claims, split by party, so that asking about
// every party reads each claim once rather than once a party. Unsplit
// (parties nil), each party's claims are all the claims.
type partyClaims struct {
	all     []Claim
	parties map[int][]Claim
	// The agreement's own dates: Adopted, Signed, InForce and Ended.
	adopted, signed, inForce, ended stage
}

// splitClaims is the number of claims above which splitClaimsOf splits
// them by party: below it, reading them all for each party costs less
// than the map.
const splitClaims = 16

// claimsOf returns a's claims unsplit, with the stages of its own dates;
// it does not allocate.
func (a *Agreement) claimsOf() partyClaims {
	return partyClaims{
		all:     a.Claims,
		adopted: stageOf(a.Adopted, a.Claims, field("adopted")),
		signed:  stageOf(a.Signed, a.Claims, field("signed")),
		inForce: stageOf(a.InForce, a.Claims, field("in_force")),
		ended:   stageOf(a.Ended, a.Claims, field("ended")),
	}
}

// splitClaimsOf returns a's claims, split by party when they are many.
func (a *Agreement) splitClaimsOf() partyClaims {
	c := a.claimsOf()
	c.parties = claimsByParty(a.Claims)
	return c
}

// claimsByParty returns the claims of cs on parties' fields by party
// index ("parties[2].joined" under 2), or nil when cs are few enough to
// be read whole for each party.
func claimsByParty(cs []Claim) map[int][]Claim {
	if len(cs) <= splitClaims {
		return nil
	}
	m := map[int][]Claim{}
	for i := range cs {
		after, ok := strings.CutPrefix(cs[i].Field, "parties")
		if n, _, ok2 := cutIndex(after); ok && ok2 {
			m[n] = append(m[n], cs[i])
		}
	}
	return m
}

// party returns the claims that may be on party j's fields.
func (c partyClaims) party(j int) []Claim {
	if c.parties == nil {
		return c.all
	}
	return c.parties[j]
}

// StatusFor returns the agreement's status for one party on date d and
// how certain it is, walking that party's stages as [Agreement.StatusAt]
// walks the agreement's:
//
//   - adopted: the agreement's Adopted, for an original party (one whose
//     role is not PartyRoleAcceding);
//   - signed: the party's own Signed, else the agreement's Signed for an
//     original party;
//   - ratified: the party's Ratified (ratification, acceptance, approval
//     or accession);
//   - in force: from the party's Joined, else from the agreement's
//     InForce, and never before the agreement's own InForce;
//   - withdrawn: from the party's Left, until a Rejoined period starts;
//   - in force again in each Rejoined period, and withdrawn again at its
//     end unless the end is open ("2021-02-01/..": it lasts); an unknown
//     end ("2016-03-01/") may come at any time, so the party is from then
//     on only possibly in force; a Rejoined value that is not an interval
//     is read as the start of a period that lasts;
//   - ended: the agreement's Ended, for every party.
//
// Dates with claims are possibly any of their values, as in StatusAt
// ("parties[2].joined" for the third party's Joined). party is the
// party's actor as listed in Parties (not its state: a ministry that is
// party stays the party); when it is listed more than once, the first
// listing counts. An actor that is not among the parties, like a zero d,
// gives StatusUnknown with CertaintyPossible: the agreement says nothing
// about it. StatusFor does not allocate.
func (a *Agreement) StatusFor(party ID, d edtf.Date) (Status, Certainty) {
	j := a.partyIndex(party)
	w, ok := newStageWalk(d)
	if j < 0 || !ok {
		return StatusUnknown, CertaintyPossible
	}
	cs := a.claimsOf()
	a.partyStages(j, cs, &w, true)
	return w.result()
}

// partyStages walks the stages of party j on w, the agreement's end last
// when withEnd is set.
func (a *Agreement) partyStages(j int, cs partyClaims, w *stageWalk, withEnd bool) {
	mine := cs.party(j)
	p := &a.Parties[j]
	original := p.Role != PartyRoleAcceding
	if original {
		w.add(cs.adopted, StatusAdopted)
	}
	signed := stageOf(p.Signed, mine, partField("parties", j, "signed"))
	if !signed.ok && original {
		signed = cs.signed
	}
	w.add(signed, StatusSigned)
	w.add(stageOf(p.Ratified, mine, partField("parties", j, "ratified")), StatusRatified)
	inForce := cs.inForce
	w.add(later(stageOf(p.Joined, mine, partField("parties", j, "joined")), inForce), StatusInForce)
	w.add(stageOf(p.Left, mine, partField("parties", j, "left")), StatusWithdrawn)
	for k := range p.Rejoined {
		start, end := a.rejoined(j, k, mine)
		if start.ok {
			w.add(later(start, inForce), StatusInForce)
			w.add(end, StatusWithdrawn)
		}
	}
	if withEnd {
		w.add(cs.ended, StatusEnded)
	}
}

// rejoined returns the start and the end of Rejoined period k of party
// j, with the claims on it ("parties[j].rejoined[k]") among cs counted;
// the end is missing (not ok) when the period lasts.
func (a *Agreement) rejoined(j, k int, cs []Claim) (start, end stage) {
	r := a.Parties[j].Rejoined[k]
	path := fieldPath{list: "parties", i: j, name: "rejoined", k: k}
	c := claimedDate(r, cs, path, rejoinStart)
	if c.set {
		start = stage{lo: c.lo, hi: c.hi, ok: true}
		if c.unset {
			start.hi = maxDay
		}
	}
	c = claimedDate(r, cs, path, rejoinEnd)
	if c.set {
		end = stage{lo: c.lo, hi: c.hi, ok: true}
		if c.unset {
			end.hi = maxDay // possibly it lasts
		}
	}
	return start, end
}

// rejoinStart and rejoinEnd are the spans of the start and the end of a
// Rejoined period: an open start is "since ever", an unknown one any day;
// an open end is none (it lasts), an unknown one any day; a date that is
// not an interval starts a period that lasts.
func rejoinStart(r edtf.Date) (daySpan, bool) {
	switch {
	case !r.IsInterval():
		return pointSpan(r)
	case r.StartOpen():
		return daySpan{minDay, minDay, minDay, minDay}, true
	case r.StartUnknown():
		return daySpan{minDay, maxDay, minDay, maxDay}, true
	}
	return pointSpan(r.Start())
}

func rejoinEnd(r edtf.Date) (daySpan, bool) {
	switch {
	case !r.IsInterval(), r.EndOpen():
		return daySpan{}, false
	case r.EndUnknown():
		return daySpan{minDay, maxDay, minDay, maxDay}, true
	}
	return pointSpan(r.End())
}

// eachSpan calls f with each period during which the agreement is in
// force for party j, or for the agreement itself when j < 0, as a span of
// days: possibly from the earliest day its start can fall on to the last
// day its end can, certainly from the last day its start can fall on to
// the day before the earliest its end can. k is 0 for the first period
// and 1+n for Rejoined period n. Claims are counted. Periods that cannot
// hold a day (an end certainly before the start) are left out.
func (a *Agreement) eachSpan(j int, cs partyClaims, f func(s daySpan, k int)) {
	inForce, ended := cs.inForce, cs.ended
	emit := func(start, end stage, k int) {
		if !start.ok {
			return
		}
		s := daySpan{lo: start.lo, clo: start.hi, hi: maxDay, chi: maxDay}
		if end.ok {
			s.hi = end.hi
			s.chi = end.lo
			if end.lo > minDay {
				s.chi = end.lo - 1
			}
		}
		if s.hi >= s.lo {
			f(s, k)
		}
	}
	if j < 0 {
		emit(inForce, ended, 0)
		return
	}
	p := &a.Parties[j]
	mine := cs.party(j)
	emit(later(stageOf(p.Joined, mine, partField("parties", j, "joined")), inForce),
		earlier(stageOf(p.Left, mine, partField("parties", j, "left")), ended), 0)
	for k := range p.Rejoined {
		start, end := a.rejoined(j, k, mine)
		if start.ok {
			emit(later(start, inForce), earlier(end, ended), k+1)
		}
	}
}

// inForceFor reports whether the agreement is possibly, and whether
// certainly, in force for party j (the agreement itself when j < 0) on
// every day in [dlo, dhi].
func (a *Agreement) inForceFor(j int, cs partyClaims, dlo, dhi edtf.Day) (possibly, certainly bool) {
	a.eachSpan(j, cs, func(s daySpan, _ int) {
		if s.lo <= dhi && s.hi >= dlo {
			possibly = true
			certainly = certainly || (s.clo <= dlo && s.chi >= dhi)
		}
	})
	return possibly, certainly
}

// isPartyAt reports whether party j may be a party on some day in [dlo,
// dhi] in any sense: it has possibly signed, adopted, ratified or joined
// the agreement by then and not certainly withdrawn. The agreement's end
// is not counted.
func (a *Agreement) isPartyAt(j int, cs partyClaims, dlo, dhi edtf.Day) bool {
	w := stageWalk{dlo: dlo, dhi: dhi}
	a.partyStages(j, cs, &w, false)
	s, c := w.result()
	return c != CertaintyCertain || (s != StatusNotSigned && s != StatusWithdrawn)
}

// hasOwnDates reports whether some party has dates of its own or joined
// by accession: only then do the agreement's dates differ between
// parties.
func (a *Agreement) hasOwnDates() bool {
	for j := range a.Parties {
		p := &a.Parties[j]
		if p.Role == PartyRoleAcceding || !p.Signed.IsZero() || !p.Ratified.IsZero() || !p.Joined.IsZero() || !p.Left.IsZero() || len(p.Rejoined) > 0 {
			return true
		}
	}
	return false
}

// PartyPeriod is one period during which an agreement was in force for a
// party, as [Agreement.PeriodsFor] gives it.
type PartyPeriod struct {
	// Start is when the period began: the party's entry into force
	// (Party.Joined, or the start of a Rejoined period), or the
	// agreement's own (InForce) when the party has none or the
	// agreement's is certainly later.
	Start edtf.Date
	// End is when it ended: the party's withdrawal (Party.Left, the end
	// of a Rejoined period) or the agreement's end (Ended) when the party
	// has none or the agreement's is certainly earlier. It is zero while
	// the period lasts, and when its end is unknown.
	End edtf.Date
}

// PeriodsFor returns the periods during which the agreement was in force
// for party, in order: from its entry into force to its withdrawal, then
// each Rejoined period. It gives the dates the agreement holds, as they
// are: claims are not counted (the questions, [Agreement.StatusFor] and
// [Dataset.ActiveAt], count them). An actor that is not a party, or a
// party for which the agreement has no date of entry into force, has no
// periods.
func (a *Agreement) PeriodsFor(party ID) []PartyPeriod {
	j := a.partyIndex(party)
	if j < 0 {
		return nil
	}
	p := &a.Parties[j]
	start := func(s edtf.Date) edtf.Date {
		if s.IsZero() || (!a.InForce.IsZero() && s.CertainlyBefore(a.InForce)) {
			return a.InForce
		}
		return s
	}
	end := func(e edtf.Date) edtf.Date {
		if e.IsZero() || (!a.Ended.IsZero() && a.Ended.CertainlyBefore(e)) {
			return a.Ended
		}
		return e
	}
	var out []PartyPeriod
	if s := start(p.Joined); !s.IsZero() {
		out = append(out, PartyPeriod{Start: s, End: end(p.Left)})
	}
	for _, r := range p.Rejoined {
		s, e := r, edtf.Date{}
		if r.IsInterval() {
			s, e = r.Start(), r.End()
		}
		if s.IsZero() {
			continue // an open or unknown start
		}
		out = append(out, PartyPeriod{Start: start(s), End: end(e)})
	}
	return out
}

// PartiesAt answers "for which parties was this agreement in force at
// d?": one [Active] for each party of the agreement for which it was in
// force on every day d can fall on (CertaintyCertain) or on some
// (CertaintyPossible), in the order of the parties, with Kind
// EntityAgreement, ID agreement and Party the party's actor. An agreement
// without parties gives one Active with an empty Party when it is in
// force. The answer holds the same Actives as those of [Dataset.ActiveAt]
// with this ID, in party order. It scans the agreement's parties and
// their periods, without the index: its cost is that of one agreement. An
// unknown agreement or a date without bounds gives nothing.
func (ds *Dataset) PartiesAt(agreement ID, d edtf.Date) []Active {
	a, ok := ds.Agreement(agreement)
	dlo, ok1 := d.Earliest()
	dhi, ok2 := d.Latest()
	if !ok || !ok1 || !ok2 {
		return nil
	}
	cs := a.splitClaimsOf()
	if len(a.Parties) == 0 {
		if possibly, certainly := a.inForceFor(-1, cs, dlo, dhi); possibly {
			return []Active{{Kind: EntityAgreement, ID: a.ID, Certainty: certainty(certainly)}}
		}
		return nil
	}
	var out []Active
	for j := range a.Parties {
		if possibly, certainly := a.inForceFor(j, cs, dlo, dhi); possibly {
			out = append(out, Active{Kind: EntityAgreement, ID: a.ID, Party: a.Parties[j].Actor, Certainty: certainty(certainly)})
		}
	}
	return out
}

func certainty(certainly bool) Certainty {
	if certainly {
		return CertaintyCertain
	}
	return CertaintyPossible
}

// AgreementsBetweenAt returns the agreements in force at d for both
// sides: for a party within a and for a party within b
// ([Dataset.Within], as in [Dataset.AgreementsBetween]), each party with
// its own dates ([Agreement.StatusFor]). Each is one [Active] with Kind
// EntityAgreement, an empty Party and CertaintyCertain when, for each
// side, it is certainly in force for one of that side's parties on every
// day d can fall on; CertaintyPossible when only possibly. They come in
// dataset order. Like AgreementsBetween it looks the pair of states up in
// the index, then reads the parties and periods of each agreement found:
// its cost is that of the agreements between the two states.
func (ds *Dataset) AgreementsBetweenAt(a, b ID, d edtf.Date) []Active {
	dlo, ok1 := d.Earliest()
	dhi, ok2 := d.Latest()
	sa, ok3 := ds.StateOf(a)
	sb, ok4 := ds.StateOf(b)
	if !ok1 || !ok2 || !ok3 || !ok4 || sa == sb {
		return nil
	}
	k := [2]ID{sa, sb}
	if sb < sa {
		k = [2]ID{sb, sa}
	}
	cand := ds.dyadIndex()[k]
	// side reports whether party actor p is within x, whose state is s.
	var ina, inb []ID
	if a != sa {
		ina = ds.Within(a)
	}
	if b != sb {
		inb = ds.Within(b)
	}
	side := func(p, x, s ID, in []ID) bool {
		if x != s {
			return slices.Contains(in, p)
		}
		ps, ok := ds.StateOf(p)
		return ok && ps == s
	}
	var out []Active
	for _, i := range cand {
		ag := &ds.Agreements[i]
		cs := ag.splitClaimsOf()
		var possA, certA, possB, certB bool
		for j := range ag.Parties {
			p := ag.Parties[j].Actor
			onA, onB := side(p, a, sa, ina), side(p, b, sb, inb)
			if !onA && !onB {
				continue
			}
			possibly, certainly := ag.inForceFor(j, cs, dlo, dhi)
			if onA {
				possA, certA = possA || possibly, certA || certainly
			}
			if onB {
				possB, certB = possB || possibly, certB || certainly
			}
		}
		if possA && possB {
			out = append(out, Active{Kind: EntityAgreement, ID: ag.ID, Certainty: certainty(certA && certB)})
		}
	}
	return out
}
