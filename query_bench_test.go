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
		ds.Actors = append(ds.Actors, Actor{ID: ID("s-" + lower(c)), Kind: ActorState, Names: en, Country: CountryFrom(language.MustParseRegion(c))})
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

// TestActiveAtMatchesScan checks the index against a plain scan.
func TestActiveAtMatchesScan(t *testing.T) {
	ds := agreementsDataset(3000)
	for _, at := range []string{"1960", "1975-06", "1990-02-03", "2000", "2023-12-31", "1949", "2030"} {
		t.Run(at, func(t *testing.T) {
			d := edtf.MustParse(at)
			got := ds.ActiveAt(d)
			var certain, possible []ID
			dlo, _ := d.Earliest()
			dhi, _ := d.Latest()
			for _, a := range ds.Agreements {
				lo, hi, clo, chi, ok := eventSpan(a.InForce, a.Ended)
				if !ok || lo > dhi || hi < dlo {
					continue
				}
				if clo <= dlo && chi >= dhi {
					certain = append(certain, a.ID)
				} else {
					possible = append(possible, a.ID)
				}
			}
			slices.Sort(certain)
			slices.Sort(possible)
			var gc, gp []ID
			for _, a := range got {
				if a.Kind != EntityAgreement {
					t.Fatalf("%s: ActiveAt gives %v; the dataset has only agreements", at, a)
				}
				if a.Certainty == CertaintyCertain {
					gc = append(gc, a.ID)
				} else {
					gp = append(gp, a.ID)
				}
			}
			slices.Sort(gc)
			slices.Sort(gp)
			if !slices.Equal(certain, gc) || !slices.Equal(possible, gp) {
				t.Errorf("%s: index gives %d certain, %d possible; scan %d, %d", at, len(gc), len(gp), len(certain), len(possible))
			}
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
