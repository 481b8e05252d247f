package cooperation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"golang.org/x/text/language"
)

// synthetic returns a deterministic dataset of about n entities with the
// mix of a real tracker: a twentieth sources, two fifths actors (states,
// ministries and persons with posts), and the rest initiatives, events,
// agreements with parties and signatories, and figures, every reference
// resolving. It validates with no problems.
func synthetic(n int) *Dataset {
	ds := &Dataset{}
	countries := []string{"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "CN", "JP", "KR", "IN", "AU"}
	en := language.English
	// dayAfter returns the day k days after entity i's base day, a day
	// between 2000 and 2016.
	dayAfter := func(i, k int) edtf.Date {
		t := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%6000+k)
		d, err := edtf.DayDate(int64(t.Year()), t.Month(), t.Day())
		if err != nil {
			panic(err)
		}
		return d
	}
	day := func(i int) edtf.Date { return dayAfter(i, 0) }
	nSources := max(1, n/20)
	for i := range nSources {
		ds.Sources = append(ds.Sources, Source{ID: ID(fmt.Sprintf("src-%d", i)), Publisher: "Synthetic News",
			Title: fmt.Sprintf("Report %d on regional cooperation", i), URL: fmt.Sprintf("https://example.org/reports/%d", i),
			Published: day(i), Language: en})
	}
	src := func(i int) []ID { return []ID{ds.Sources[i%nSources].ID} }
	for _, c := range countries {
		r := language.MustParseRegion(c)
		ds.Actors = append(ds.Actors, Actor{ID: ID("state-" + lower(c)), Kind: ActorState, Country: MustParseCountry(r.String()),
			Names: names.Names{{Text: "State " + c, Lang: en}}, Sources: src(0)})
	}
	nActors := max(3, 2*n/5) - len(countries)
	var people, ministries []ID
	for i := range nActors {
		state := ds.Actors[i%len(countries)].ID
		if i%2 == 0 {
			id := ID(fmt.Sprintf("ministry-%d", i))
			ministries = append(ministries, id)
			ds.Actors = append(ds.Actors, Actor{ID: id, Kind: ActorMinistry, PartOf: state,
				Names:   names.Names{{Text: fmt.Sprintf("Ministry of Cooperation %d", i), Lang: en}, {Text: fmt.Sprintf("MOC%d", i), Lang: en, Kind: names.KindAcronym}},
				Sources: src(i)})
			continue
		}
		id := ID(fmt.Sprintf("person-%d", i))
		people = append(people, id)
		ds.Actors = append(ds.Actors, Actor{ID: id, Kind: ActorPerson,
			Names:   names.Names{{Text: fmt.Sprintf("Person Number %d", i), Lang: en}},
			Posts:   []Post{{Title: "Minister", Org: ministries[len(ministries)-1], Period: mustInterval(day(i/2), dayAfter(i/2, 400)), Sources: src(i)}},
			Sources: src(i)})
	}
	rest := n - len(ds.Sources) - len(ds.Actors)
	for i := range rest / 4 {
		ds.Initiatives = append(ds.Initiatives, Initiative{ID: ID(fmt.Sprintf("initiative-%d", i)), Kind: InitiativeProgramme,
			Names:        names.Names{{Text: fmt.Sprintf("Programme %d", i), Lang: en}},
			Period:       mustInterval(day(i), dayAfter(i, 700)),
			Leads:        []ID{ds.Actors[i%len(countries)].ID},
			Participants: []ID{ds.Actors[(i+1)%len(countries)].ID, ds.Actors[(i+2)%len(countries)].ID},
			Sectors:      []Sector{SectorDigitalEconomy, SectorTrade},
			Targets:      []Target{{Metric: "coverage", Value: quantity.Quantity{Value: quantity.DecimalFromInt(int64(i % 100)), Unit: quantity.UnitPercent}, Deadline: dayAfter(i, 1000)}},
			Amounts:      []Amount{{Quantity: quantity.Quantity{Value: quantity.MustParseDecimal(fmt.Sprintf("%d.5e6", i%1000)), Unit: "USD"}}},
			Sources:      src(i)})
	}
	for i := range rest / 4 {
		e := Event{ID: ID(fmt.Sprintf("event-%d", i)), Kind: EventMinisterialMeeting,
			Names:        names.Names{{Text: fmt.Sprintf("Meeting %d", i), Lang: en}},
			Date:         day(i),
			Hosts:        []ID{ds.Actors[i%len(countries)].ID},
			Participants: []Participant{{Actor: people[i%len(people)], Role: ParticipantRoleSpeaker}, {Actor: people[(i+1)%len(people)], Role: ParticipantRoleHeadOfDelegation}},
			Attendance:   quantity.Quantity{Value: quantity.DecimalFromInt(int64(50 + i%200)), Qualifier: quantity.QualifierAbout},
			Topics:       []string{"trade", "digital economy"},
			Sources:      src(i)}
		if len(ds.Initiatives) > 0 {
			e.Initiatives = []ID{ds.Initiatives[i%len(ds.Initiatives)].ID}
		}
		ds.Events = append(ds.Events, e)
	}
	for i := range rest / 3 {
		a, b := i%len(countries), (i+1+i/len(countries))%len(countries)
		if a == b {
			b = (b + 1) % len(countries)
		}
		ds.Agreements = append(ds.Agreements, Agreement{ID: ID(fmt.Sprintf("agreement-%d", i)), Kind: AgreementMoU,
			Names:       names.Names{{Text: fmt.Sprintf("Memorandum %d", i), Lang: en}},
			Scope:       ScopeBilateral,
			Parties:     []Party{{Actor: ds.Actors[a].ID}, {Actor: ds.Actors[b].ID}},
			Signatories: []Signatory{{Person: people[i%len(people)], For: ds.Actors[a].ID, Post: "Minister"}},
			Signed:      day(i), InForce: dayAfter(i, 30),
			Sectors: []Sector{SectorTelecommunications},
			Sources: src(i)})
	}
	for i := range n - ds.Len() {
		ds.Figures = append(ds.Figures, Figure{ID: ID(fmt.Sprintf("figure-%d", i)), Subject: ds.Actors[i%len(countries)].ID,
			Metric: "trade volume", Period: day(i), Value: quantity.Quantity{Value: quantity.MustParseDecimal(fmt.Sprintf("%d.25e9", i%500)), Unit: "CNY"},
			Sources: src(i)})
	}
	ds.Build()
	return ds
}

// The synthetic signatories act for a state while their posts are in
// ministries of other states; that is allowed (signatory.not-party checks
// only the party), so the dataset has no problems. TestSynthetic checks it.

func mustInterval(a, b edtf.Date) edtf.Date {
	d, err := edtf.Interval(a, b)
	if err != nil {
		panic(err)
	}
	return d
}

func lower(s string) string { return string(bytes.ToLower([]byte(s))) }

var syntheticJSON = sync.OnceValue(func() map[int][]byte {
	m := map[int][]byte{}
	for _, n := range []int{1000, 10000, 100000} {
		var b bytes.Buffer
		if err := synthetic(n).Encode(&b); err != nil {
			panic(err)
		}
		m[n] = b.Bytes()
	}
	return m
})

func TestSynthetic(t *testing.T) {
	ds := synthetic(1000)
	if ds.Len() != 1000 {
		t.Errorf("Len = %d, want 1000", ds.Len())
	}
	if ps := ds.Validate(ValidateOptions{AsOf: asOf}); len(ps) != 0 {
		t.Errorf("synthetic dataset has problems:\n%s", formatProblems(ps[:min(len(ps), 10)]))
	}
}

var sizes = []int{1000, 10000, 100000}

// Benchmark results go to package-level sinks, so that the compiler cannot
// drop the work.
// document is the JSON form's top-level object as plain encoding/json
// sees it: the baseline of BenchmarkPlainJSON.
type document struct {
	Format      string       `json:"format"`
	Sources     []Source     `json:"sources,omitempty"`
	Actors      []Actor      `json:"actors,omitempty"`
	Initiatives []Initiative `json:"initiatives,omitempty"`
	Events      []Event      `json:"events,omitempty"`
	Agreements  []Agreement  `json:"agreements,omitempty"`
	Figures     []Figure     `json:"figures,omitempty"`
}

var (
	sinkDoc       document
	sinkDataset   *Dataset
	sinkProblems  Problems
	sinkAgreement *Agreement
	sinkActive    []Active
	sinkIDs       []ID
	sinkTimeline  *Timeline
	sinkEntries   []Entry
)

// BenchmarkPlainJSON is the baseline: encoding/json decoding the same bytes
// into the same structs, with no checks and no index.
func BenchmarkPlainJSON(b *testing.B) {
	for _, n := range sizes {
		data := syntheticJSON()[n]
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var doc document
				if err := json.Unmarshal(data, &doc); err != nil {
					b.Fatal(err)
				}
				sinkDoc = doc
			}
		})
	}
}

func BenchmarkDecode(b *testing.B) {
	for _, n := range sizes {
		data := syntheticJSON()[n]
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				ds, err := Decode(bytes.NewReader(data), DecodeOptions{})
				if err != nil {
					b.Fatal(err)
				}
				sinkDataset = ds
			}
		})
	}
}

// BenchmarkDecodeLayer decodes the same 1k-entity dataset alone and as a
// layer on the catalog, side by side: what a layer adds is copying the
// base's entities and indexing them with the layer's (target: at most 1.2x
// alone).
func BenchmarkDecodeLayer(b *testing.B) {
	catalogJSON, err := os.ReadFile("catalog/catalog.json")
	if err != nil {
		b.Fatal(err)
	}
	base, err := Decode(bytes.NewReader(catalogJSON), DecodeOptions{})
	if err != nil {
		b.Fatal(err)
	}
	var data bytes.Buffer
	if err := synthetic(1000).Encode(&data); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		base *Dataset
	}{{"alone", nil}, {"on-catalog", base}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(data.Len()))
			for b.Loop() {
				ds, err := Decode(bytes.NewReader(data.Bytes()), DecodeOptions{Base: bc.base})
				if err != nil {
					b.Fatal(err)
				}
				sinkDataset = ds
			}
		})
	}
}

// BenchmarkDecodeValidate is what a user pays to load and check a dataset;
// compare it with BenchmarkPlainJSON.
func BenchmarkDecodeValidate(b *testing.B) {
	for _, n := range sizes {
		data := syntheticJSON()[n]
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				ds, err := Decode(bytes.NewReader(data), DecodeOptions{})
				if err != nil {
					b.Fatal(err)
				}
				if ps := ds.Validate(ValidateOptions{AsOf: asOf}); len(ps) != 0 {
					b.Fatal(ps[0].Error())
				}
			}
		})
	}
}

func BenchmarkValidate(b *testing.B) {
	for _, n := range sizes {
		ds, err := Decode(bytes.NewReader(syntheticJSON()[n]), DecodeOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkProblems = ds.Validate(ValidateOptions{AsOf: asOf})
			}
		})
	}
}

// BenchmarkResident reports the heap a decoded, validated and indexed
// dataset keeps, as a multiple of its JSON size (metric heap/json).
func BenchmarkResident(b *testing.B) {
	for _, n := range sizes {
		data := syntheticJSON()[n]
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var ratio float64
			for b.Loop() {
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				ds, err := Decode(bytes.NewReader(data), DecodeOptions{})
				if err != nil {
					b.Fatal(err)
				}
				ds.Validate(ValidateOptions{})
				runtime.GC()
				runtime.ReadMemStats(&after)
				ratio = float64(after.HeapAlloc-before.HeapAlloc) / float64(len(data))
				runtime.KeepAlive(ds)
			}
			b.ReportMetric(ratio, "heap/json")
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	ds := synthetic(10000)
	ids := make([]ID, 0, ds.Len())
	for _, a := range ds.Agreements {
		ids = append(ids, a.ID)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a, ok := ds.Agreement(ids[i%len(ids)])
		if !ok {
			b.Fatal("missing")
		}
		sinkAgreement = a
		i++
	}
}
