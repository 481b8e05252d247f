package cooperation

import (
	"fmt"
	"math/rand"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"golang.org/x/text/language"
)

// agreementsDataset has 15 states and n bilateral agreements between them
// with day, month and year precision dates, some ended, some not.
func agreementsDataset(n int) *Dataset {
	r := rand.New(rand.NewSource(1))
	en := names.Names{{Text: "x", Lang: language.English}}
	codes := []string{"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "CN", "JP", "KR", "IN", "AU"}
	ds := &Dataset{}
	for _, c := range codes {
		ds.Actors = append(ds.Actors, Actor{ID: ID("s-" + lower(c)), Kind: ActorState, Names: en, Country: MustParseCountry(c)})
	}
	date := func(base time.Time, prec int) edtf.Date {
		var d edtf.Date
		switch prec {
		case 0:
			d, _ = edtf.DayDate(int64(base.Year()), base.Month(), base.Day())
		case 1:
			d, _ = edtf.MonthDate(int64(base.Year()), base.Month())
		default:
			d, _ = edtf.YearDate(int64(base.Year()))
		}
		return d
	}
	for i := range n {
		a, b := r.Intn(len(codes)), r.Intn(len(codes)-1)
		if b >= a {
			b++
		}
		start := time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.Intn(75*365))
		ag := Agreement{ID: ID(fmt.Sprintf("ag-%d", i)), Kind: AgreementTreaty, Names: en, Scope: ScopeBilateral,
			Parties: []Party{{Actor: ds.Actors[a].ID}, {Actor: ds.Actors[b].ID}},
			Signed:  date(start, r.Intn(3)), InForce: date(start.AddDate(0, 0, 30+r.Intn(300)), r.Intn(3))}
		if r.Intn(3) == 0 {
			ag.Ended = date(start.AddDate(r.Intn(30)+2, 0, 0), r.Intn(3))
		}
		ds.Agreements = append(ds.Agreements, ag)
	}
	ds.Build()
	return ds
}

var agreements100k = sync.OnceValue(func() *Dataset { return agreementsDataset(100000) })

// eventSpanScan is the span of an agreement without parties' own dates,
// written out plainly: possibly in force from the earliest day of entry
// into force to the latest day of the end, certainly from the latest day
// of entry into force to the day before the earliest of the end.
func eventSpanScan(start, end edtf.Date) (lo, hi, clo, chi edtf.Day, ok bool) {
	if start.IsZero() {
		return 0, 0, 0, 0, false
	}
	var okLo, okCLo bool
	if lo, okLo = start.Earliest(); !okLo {
		lo = minDay
	}
	if clo, okCLo = start.Latest(); !okCLo {
		clo = maxDay
	}
	hi, chi = maxDay, maxDay
	if !end.IsZero() {
		if h, ok := end.Latest(); ok {
			hi = h
		}
		if c, ok := end.Earliest(); ok {
			chi = c - 1
		} else {
			chi = minDay
		}
	}
	return lo, hi, clo, chi, true
}

// activeKeys splits an ActiveAt answer into the certain and the possible
// "agreement/party" keys, each sorted.
func activeKeys(t *testing.T, as []Active) (certain, possible []string) {
	t.Helper()
	for _, a := range as {
		if a.Kind != EntityAgreement {
			t.Fatalf("ActiveAt gives %v; the dataset has only agreements", a)
		}
		k := string(a.ID) + "/" + string(a.Party)
		if a.Certainty == CertaintyCertain {
			certain = append(certain, k)
		} else {
			possible = append(possible, k)
		}
	}
	slices.Sort(certain)
	slices.Sort(possible)
	return certain, possible
}

// TestActiveAtMatchesScan checks the index against a plain scan: each
// agreement in force gives one answer per party.
func TestActiveAtMatchesScan(t *testing.T) {
	ds := agreementsDataset(3000)
	for _, at := range []string{"1960", "1975-06", "1990-02-03", "2000", "2023-12-31", "1949", "2030"} {
		t.Run(at, func(t *testing.T) {
			d := edtf.MustParse(at)
			var certain, possible []string
			dlo, _ := d.Earliest()
			dhi, _ := d.Latest()
			for _, a := range ds.Agreements {
				lo, hi, clo, chi, ok := eventSpanScan(a.InForce, a.Ended)
				if !ok || lo > dhi || hi < dlo {
					continue
				}
				for _, p := range a.Parties {
					k := string(a.ID) + "/" + string(p.Actor)
					if clo <= dlo && chi >= dhi {
						certain = append(certain, k)
					} else {
						possible = append(possible, k)
					}
				}
			}
			slices.Sort(certain)
			slices.Sort(possible)
			gc, gp := activeKeys(t, ds.ActiveAt(d))
			if !slices.Equal(certain, gc) || !slices.Equal(possible, gp) {
				t.Errorf("%s: index gives %d certain, %d possible; scan %d, %d", at, len(gc), len(gp), len(certain), len(possible))
			}
		})
	}
}

// partiesDataset has 60 states and n multilateral agreements of `parties`
// parties each, drawn from them. Most parties join on a date of their own
// (up to five years after the agreement's entry into force), one in six
// leaves, and a third of those join again, for good or for a while; some
// agreements end.
func partiesDataset(n, parties int) *Dataset {
	r := rand.New(rand.NewSource(3))
	en := names.Names{{Text: "x", Lang: language.English}}
	ds := &Dataset{}
	for i := range 60 {
		ds.Actors = append(ds.Actors, Actor{ID: ID(fmt.Sprintf("st-%d", i)), Kind: ActorState, Names: en})
	}
	day := func(t time.Time) edtf.Date {
		d, _ := edtf.DayDate(int64(t.Year()), t.Month(), t.Day())
		return d
	}
	span := func(from, to time.Time) edtf.Date {
		d, _ := edtf.Interval(day(from), day(to))
		return d
	}
	open := func(from time.Time) edtf.Date { return edtf.MustParse(day(from).String() + "/..") }
	base := time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		start := base.AddDate(0, 0, r.Intn(75*365))
		inForce := start.AddDate(0, 0, 30+r.Intn(300))
		ag := Agreement{ID: ID(fmt.Sprintf("mt-%d", i)), Kind: AgreementTreaty, Names: en, Scope: ScopeMultilateral,
			Signed: day(start), InForce: day(inForce)}
		if r.Intn(4) == 0 {
			ag.Ended = day(inForce.AddDate(5+r.Intn(30), 0, 0))
		}
		for _, s := range r.Perm(len(ds.Actors))[:parties] {
			p := Party{Actor: ds.Actors[s].ID}
			joined := inForce
			if r.Intn(3) > 0 {
				joined = inForce.AddDate(0, 0, r.Intn(5*365))
				p.Joined = day(joined)
			}
			if r.Intn(6) == 0 {
				left := joined.AddDate(1+r.Intn(20), 0, 0)
				p.Left = day(left)
				switch r.Intn(6) {
				case 0:
					p.Rejoined = []edtf.Date{open(left.AddDate(1+r.Intn(5), 0, 0))}
				case 1:
					back := left.AddDate(1+r.Intn(5), 0, 0)
					p.Rejoined = []edtf.Date{span(back, back.AddDate(1+r.Intn(5), 0, 0))}
				}
			}
			ag.Parties = append(ag.Parties, p)
		}
		ds.Agreements = append(ds.Agreements, ag)
	}
	ds.Build()
	return ds
}

var parties100k = sync.OnceValue(func() *Dataset { return partiesDataset(100000, 20) })

// TestActiveAtPartiesMatchesScan checks the index against PartiesAt and,
// on days (where every date is certain), against StatusFor: a party is
// in ActiveAt's answer exactly when the agreement is in force for it.
func TestActiveAtPartiesMatchesScan(t *testing.T) {
	ds := partiesDataset(2000, 8)
	for _, at := range []string{"1960", "1975-06", "1990-02-03", "2000", "2023-12-31", "1949", "2040", "1985-03-01/1985-04-15"} {
		t.Run(at, func(t *testing.T) {
			d := edtf.MustParse(at)
			var all []Active
			for _, a := range ds.Agreements {
				all = append(all, ds.PartiesAt(a.ID, d)...)
			}
			sc, sp := activeKeys(t, all)
			gc, gp := activeKeys(t, ds.ActiveAt(d))
			if !slices.Equal(sc, gc) || !slices.Equal(sp, gp) {
				t.Errorf("%s: index gives %d certain, %d possible; PartiesAt %d, %d", at, len(gc), len(gp), len(sc), len(sp))
			}
			if d.Precision() != edtf.PrecisionDay || d.IsInterval() {
				return
			}
			var want []string
			for _, a := range ds.Agreements {
				for _, p := range a.Parties {
					if s, c := a.StatusFor(p.Actor, d); s == StatusInForce {
						if c != CertaintyCertain {
							t.Errorf("%s: StatusFor(%s, %s) = %v, %v on a day", a.ID, p.Actor, at, s, c)
						}
						want = append(want, string(a.ID)+"/"+string(p.Actor))
					}
				}
			}
			slices.Sort(want)
			if !slices.Equal(want, gc) {
				t.Errorf("%s: index gives %d certain; StatusFor %d in force", at, len(gc), len(want))
			}
			// On a day, the only possible answers are on the day of an end
			// (a withdrawal or the agreement's end): possibly in force for
			// part of it, and no longer in force by StatusFor.
			for _, a := range ds.ActiveAt(d) {
				if a.Certainty == CertaintyPossible {
					ag, _ := ds.Agreement(a.ID)
					if s, c := ag.StatusFor(a.Party, d); (s != StatusWithdrawn && s != StatusEnded) || c != CertaintyCertain {
						t.Errorf("%s: %s for %s possible, StatusFor %v %v", at, a.ID, a.Party, s, c)
					}
				}
			}
		})
	}
}

// BenchmarkActiveAtParties asks what was in force, and for which parties,
// on one day among 100,000 agreements of 20 parties each (2 million
// party periods in the index): a day when few were (the answer is small,
// so the figure is the index's own cost) and a day when many were.
func BenchmarkActiveAtParties(b *testing.B) {
	ds := parties100k()
	for _, at := range []string{"1950-03-01", "1951-06-15", "1990-06-15"} {
		b.Run(at, func(b *testing.B) {
			d := edtf.MustParse(at)
			n := len(ds.ActiveAt(d))
			b.ReportAllocs()
			for b.Loop() {
				sinkActive = ds.ActiveAt(d)
			}
			b.ReportMetric(float64(n), "answer")
		})
	}
}

// BenchmarkActiveAt asks what was in force on one day among 100,000
// agreements; the answer has a few thousand agreements.
func BenchmarkActiveAt(b *testing.B) {
	ds := agreements100k()
	d := edtf.MustParse("1960-03-15")
	n := len(ds.ActiveAt(d))
	b.ReportAllocs()
	for b.Loop() {
		sinkActive = ds.ActiveAt(d)
	}
	b.ReportMetric(float64(n), "answer")
}

// BenchmarkActiveAtSmallAnswer asks about a day before most agreements.
func BenchmarkActiveAtSmallAnswer(b *testing.B) {
	ds := agreements100k()
	d := edtf.MustParse("1950-02-20")
	n := len(ds.ActiveAt(d))
	b.ReportAllocs()
	for b.Loop() {
		sinkActive = ds.ActiveAt(d)
	}
	b.ReportMetric(float64(n), "answer")
}

// BenchmarkAgreementsBetween looks up the agreements of one pair of states
// among 100,000 (about 1/105 of them).
func BenchmarkAgreementsBetween(b *testing.B) {
	ds := agreements100k()
	n := len(ds.AgreementsBetween("s-kh", "s-cn"))
	b.ReportAllocs()
	for b.Loop() {
		sinkIDs = ds.AgreementsBetween("s-kh", "s-cn")
	}
	b.ReportMetric(float64(n), "answer")
}

// The timeline of 500,000 agreements has 1,000,000 entries or so (signed,
// in force, and a third ended).
var timeline1M = sync.OnceValue(func() *Dataset { return agreementsDataset(430000) })

// BenchmarkTimeline1M builds and sorts a timeline of about a million
// entries (NewTimeline); compare with BenchmarkSortKeys1M.
func BenchmarkTimeline1M(b *testing.B) {
	ds := timeline1M()
	n := ds.NewTimeline(TimelineOptions{}).Len()
	b.ReportAllocs()
	for b.Loop() {
		sinkTimeline = ds.NewTimeline(TimelineOptions{})
	}
	b.ReportMetric(float64(n), "entries")
}

// BenchmarkTimeline1MEntries also derives every entry (Dataset.Timeline).
func BenchmarkTimeline1MEntries(b *testing.B) {
	ds := timeline1M()
	b.ReportAllocs()
	for b.Loop() {
		sinkEntries = ds.Timeline(TimelineOptions{})
	}
}

// BenchmarkSortKeys1M is the baseline of BenchmarkTimeline1M: sorting the
// same entries' dates alone with slices.SortFunc.
func BenchmarkSortKeys1M(b *testing.B) {
	ds := timeline1M()
	var keys []edtf.Date
	for _, e := range ds.Timeline(TimelineOptions{}) {
		keys = append(keys, e.Date)
	}
	r := rand.New(rand.NewSource(2))
	r.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	work := make([]edtf.Date, len(keys))
	b.ReportAllocs()
	for b.Loop() {
		copy(work, keys)
		slices.SortFunc(work, edtf.Date.Compare)
	}
}

// chainDataset is n action plans, each superseding the one before, and a
// component part of each.
func chainDataset(n int) *Dataset {
	en := names.Names{{Text: "plan", Lang: language.English}}
	ds := &Dataset{}
	for i := range n {
		in := Initiative{ID: ID(fmt.Sprintf("plan-%d", i)), Kind: InitiativeActionPlan, Names: en}
		if i > 0 {
			in.Supersedes = ID(fmt.Sprintf("plan-%d", i-1))
		}
		ds.Initiatives = append(ds.Initiatives, in,
			Initiative{ID: ID(fmt.Sprintf("part-%d", i)), Kind: InitiativeComponent, Names: en, PartOf: in.ID})
	}
	ds.Build()
	return ds
}

// TestInitiativeChain checks InitiativeFamily and Successors on a long
// chain: every plan and part is found, in order (they were quadratic in
// the chain's length).
func TestInitiativeChain(t *testing.T) {
	const n = 20000
	ds := chainDataset(n)
	if got := ds.Successors("plan-0"); len(got) != n-1 || got[0] != "plan-1" || got[n-2] != ID(fmt.Sprintf("plan-%d", n-1)) {
		t.Errorf("Successors gives %d plans", len(got))
	}
	if got := ds.InitiativeFamily("plan-0"); len(got) != 2*n || got[1] != "part-0" {
		t.Errorf("InitiativeFamily gives %d initiatives, %v...", len(got), got[:min(3, len(got))])
	}
}

// BenchmarkInitiativeFamily20k follows a chain of 20,000 plans and their
// parts.
func BenchmarkInitiativeFamily20k(b *testing.B) {
	ds := chainDataset(20000)
	ds.InitiativeFamily("plan-0")
	b.ReportAllocs()
	for b.Loop() {
		sinkIDs = ds.InitiativeFamily("plan-0")
	}
}
