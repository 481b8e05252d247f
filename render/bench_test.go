package render_test

import (
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"github.com/coopframe/cooperation/render"
)

// agreementsDataset has 15 states and n bilateral agreements between them
// with day, month and year precision dates from 1950 to 2025, a third of
// them ended: the dataset of the root package's timeline benchmarks
// (query_bench_test.go), built here through the public API, with the same
// random sequence.
func agreementsDataset(tb testing.TB, n int) *cooperation.Dataset {
	tb.Helper()
	r := rand.New(rand.NewSource(1))
	en := names.Names{{Text: "x", Lang: language.English}}
	codes := []string{"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "CN", "JP", "KR", "IN", "AU"}
	ds := &cooperation.Dataset{}
	for _, c := range codes {
		country, err := cooperation.ParseCountry(c)
		if err != nil {
			tb.Fatal(err)
		}
		ds.Actors = append(ds.Actors, cooperation.Actor{ID: cooperation.ID("s-" + strings.ToLower(c)), Kind: cooperation.ActorState, Names: en, Country: country})
	}
	date := func(base time.Time, prec int) edtf.Date {
		var d edtf.Date
		var err error
		switch prec {
		case 0:
			d, err = edtf.DayDate(int64(base.Year()), base.Month(), base.Day())
		case 1:
			d, err = edtf.MonthDate(int64(base.Year()), base.Month())
		default:
			d, err = edtf.YearDate(int64(base.Year()))
		}
		if err != nil {
			tb.Fatal(err)
		}
		return d
	}
	for i := range n {
		a, b := r.Intn(len(codes)), r.Intn(len(codes)-1)
		if b >= a {
			b++
		}
		start := time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.Intn(75*365))
		ag := cooperation.Agreement{ID: cooperation.ID(fmt.Sprintf("ag-%d", i)), Kind: cooperation.AgreementTreaty, Names: en, Scope: cooperation.ScopeBilateral,
			Parties: []cooperation.Party{{Actor: ds.Actors[a].ID}, {Actor: ds.Actors[b].ID}},
			Signed:  date(start, r.Intn(3)), InForce: date(start.AddDate(0, 0, 30+r.Intn(300)), r.Intn(3))}
		if r.Intn(3) == 0 {
			ag.Ended = date(start.AddDate(r.Intn(30)+2, 0, 0), r.Intn(3))
		}
		ds.Agreements = append(ds.Agreements, ag)
	}
	ds.Build()
	return ds
}

var sinkErr error

// BenchmarkWriteText renders 1,000, 10,000 and 100,000 entries
// (signatures, entries into force and ends of bilateral agreements, each
// with an amount and a party's own ratification) as a text table, with
// and without details, for readers of English and Vietnamese (whose
// states are named from CLDR). Its time and allocations per entry should
// not grow with the number of entries.
func BenchmarkWriteText(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		ds := agreementsDataset(b, n/2)
		for i := range ds.Agreements {
			ag := &ds.Agreements[i]
			ag.Amounts = []cooperation.Amount{{Quantity: quantity.Quantity{Value: quantity.DecimalFromInt(int64(i) * 1000003), Unit: "CNY"},
				Equivalents: []quantity.Quantity{{Value: quantity.DecimalFromInt(int64(i) * 140001), Unit: "USD", Qualifier: quantity.QualifierAbout}}}}
			ag.Parties[1].Ratified = ag.Signed
			ag.Parties[1].Instrument = cooperation.InstrumentRatification
		}
		entries := ds.Timeline(cooperation.TimelineOptions{})
		if len(entries) < n {
			b.Fatalf("%d entries, want at least %d", len(entries), n)
		}
		entries = entries[:n]
		for _, c := range []struct {
			name string
			opts render.Options
		}{
			{"en", render.Options{}},
			{"en-details", render.Options{Details: true}},
			{"vi-details", render.Options{Languages: []language.Tag{language.Vietnamese}, Details: true}},
		} {
			var buf bytes.Buffer
			if err := render.WriteText(&buf, ds, entries, c.opts); err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("%s/%d", c.name, n), func(b *testing.B) {
				b.SetBytes(int64(buf.Len()))
				b.ReportAllocs()
				for b.Loop() {
					sinkErr = render.WriteText(io.Discard, ds, entries, c.opts)
				}
			})
		}
	}
}
