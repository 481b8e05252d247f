package cooperation

import (
	"cmp"
	"math/big"
	"slices"

	"github.com/coopframe/cooperation/cameo"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/quantity"
)

// CodedMonth is one month of the coded events between two states: how
// many there were and the sum of their Goldstein values, by quad class.
type CodedMonth struct {
	Month edtf.Date // the month ("2017-06")
	// Events and Goldstein are indexed by [cameo.QuadClass]: Events[2]
	// counts the material cooperation events. Index 0 counts events
	// whose code has no class (no code). Each event counts once, however
	// many records coded it, with its first record's Goldstein value.
	Events    [5]int
	Goldstein [5]quantity.Decimal
}

// CodedDyad is what [Dataset.CodedDyad] answers: the coded events
// between two states, in both directions.
type CodedDyad struct {
	A, B ID
	// Months is the monthly series, in order, with only the months that
	// have events; Undated counts the events without a date.
	Months  []CodedMonth
	Undated int
	// Material is the timeline of their material cooperation events (quad
	// class 2: material cooperation, aid, yielding, investigation), by
	// date and then ID. The pointers are into the dataset's Events.
	Material []*Event
}

// CodedDyad answers the question researchers ask of event data such as
// GDELT: how did cooperation between states a and b go, month by month,
// and which material cooperation events were there? An event (Kind
// EventCoded) is between a and b when its first record's source actor
// belongs to one of them and its target actor to the other
// ([Dataset.StateOf]: a state itself, or a body part of it), in either
// direction. It is safe for concurrent use on a built dataset.
func (ds *Dataset) CodedDyad(a, b ID) CodedDyad {
	out := CodedDyad{A: a, B: b}
	months := map[string]*CodedMonth{}
	gold := map[string]*[5]big.Rat{}
	for i := range ds.Events {
		e := &ds.Events[i]
		if e.Kind != EventCoded || len(e.Coded) == 0 {
			continue
		}
		c := &e.Coded[0]
		s, _ := ds.StateOf(c.Source.Actor)
		t, _ := ds.StateOf(c.Target.Actor)
		if c.Source.Actor == "" || c.Target.Actor == "" || !(s == a && t == b || s == b && t == a) {
			continue
		}
		q := c.Code.QuadClass()
		if q == cameo.QuadMaterialCooperation {
			out.Material = append(out.Material, e)
		}
		day := e.Date.String()
		if len(day) < len("2006-01") || e.Date.IsZero() {
			out.Undated++
			continue
		}
		key := day[:len("2006-01")]
		m := months[key]
		if m == nil {
			m = &CodedMonth{Month: edtf.MustParse(key)}
			months[key] = m
			gold[key] = new([5]big.Rat)
		}
		m.Events[q]++
		if r, ok := new(big.Rat).SetString(c.Goldstein.String()); ok {
			gold[key][q].Add(&gold[key][q], r)
		}
	}
	for key, m := range months {
		for q := range m.Goldstein {
			m.Goldstein[q] = ratDecimal(&gold[key][q])
		}
		out.Months = append(out.Months, *m)
	}
	slices.SortFunc(out.Months, func(x, y CodedMonth) int { return x.Month.Compare(y.Month) })
	slices.SortFunc(out.Material, func(x, y *Event) int {
		return cmp.Or(x.Date.Compare(y.Date), cmp.Compare(x.ID, y.ID))
	})
	return out
}

// ratDecimal converts a sum of decimals, which has a power of ten as its
// denominator, back to a decimal. A sum of more than the 18 significant
// digits a Decimal holds would be zero; Goldstein values have one decimal
// and are at most 10 in magnitude, so a month would need 10^16 events.
func ratDecimal(r *big.Rat) quantity.Decimal {
	scale := 0
	ten := big.NewInt(10)
	d := new(big.Int).Set(r.Denom())
	for d.Cmp(big.NewInt(1)) > 0 && scale < 40 {
		d.Quo(d, ten)
		scale++
	}
	v, err := quantity.ParseDecimal(r.FloatString(scale))
	if err != nil {
		return quantity.Decimal{}
	}
	return v
}
