package cooperation

import (
	"strings"
	"testing"

	"github.com/coopframe/cooperation/edtf"
)

func TestStatusAt(t *testing.T) {
	d := func(s string) edtf.Date {
		if s == "" {
			return edtf.Date{}
		}
		return edtf.MustParse(s)
	}
	a := func(signed, inForce, ended string) *Agreement {
		return &Agreement{Signed: d(signed), InForce: d(inForce), Ended: d(ended)}
	}
	tests := []struct {
		name string
		a    *Agreement
		at   string
		s    Status
		c    Certainty
	}{
		{"before signature", a("2015-09-13", "", ""), "2015-09-12", StatusNotSigned, CertaintyCertain},
		{"on the day of signature", a("2015-09-13", "", ""), "2015-09-13", StatusSigned, CertaintyCertain},
		{"signed, no entry into force known", a("2015-09-13", "", ""), "2020", StatusSigned, CertaintyCertain},
		{"in force", a("2018-09", "2018-10-01", ""), "2019", StatusInForce, CertaintyCertain},
		{"signed, entry into force may have come", a("2018-09", "2019", ""), "2019-06-01", StatusSigned, CertaintyPossible},
		{"ended", a("2019", "2019", "2020-12-31"), "2021", StatusEnded, CertaintyCertain},
		{"during the month of signature", a("2018-09", "", ""), "2018-09-10", StatusNotSigned, CertaintyPossible},
		{"year-only question", a("2021-05-01", "", ""), "2021", StatusNotSigned, CertaintyPossible},
		{"no dates", a("", "", ""), "2021", StatusUnknown, CertaintyPossible},
		{"zero date", a("2021", "", ""), "", StatusUnknown, CertaintyPossible},
		{"uncertain year", a("2022?-11-08", "", ""), "2023", StatusSigned, CertaintyCertain},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, c := tc.a.StatusAt(d(tc.at))
			if s != tc.s || c != tc.c {
				t.Errorf("StatusAt(%s) = %v, %v; want %v, %v", tc.at, s, c, tc.s, tc.c)
			}
		})
	}
}

func TestDatasetLookups(t *testing.T) {
	ds := decodeFile(t, "testdata/valid.json")
	if k := ds.Kind("cn"); k != EntityActor {
		t.Errorf("Kind(cn) = %v", k)
	}
	if k := ds.Kind("nowhere"); k != EntityNone {
		t.Errorf("Kind(nowhere) = %v", k)
	}
	if a, ok := ds.Actor("than-myint"); !ok || a.Kind != ActorPerson {
		t.Errorf("Actor(than-myint) = %v, %v", a, ok)
	}
	if _, ok := ds.Agreement("cn"); ok {
		t.Error("Agreement(cn) found an actor")
	}
	if _, ok := ds.Initiative("bri"); !ok {
		t.Error("Initiative(bri) not found")
	}
	if _, ok := ds.Event("meet"); !ok {
		t.Error("Event(meet) not found")
	}
	if _, ok := ds.Source("src"); !ok {
		t.Error("Source(src) not found")
	}
	if n := ds.Names("bri"); len(n) != 1 || n[0].Text != "Belt and Road Initiative" {
		t.Errorf("Names(bri) = %v", n)
	}
	if n := ds.Names("src"); n != nil {
		t.Errorf("Names(src) = %v, want nil", n)
	}
	if got, want := ds.Len(), 1+6+1+1+1; got != want {
		t.Errorf("Len = %d, want %d", got, want)
	}
}

func TestMergeReportsDuplicates(t *testing.T) {
	a := decodeFile(t, "testdata/valid.json")
	b := decodeFile(t, "testdata/valid.json")
	a.Merge(b)
	ps := a.Validate(ValidateOptions{})
	if got, want := ps.Rules()[RuleIDDuplicate], b.Len(); got != want {
		t.Errorf("%d duplicate-ID problems, want %d", got, want)
	}
}

// TestConcurrentReaders runs lookups and validation from many goroutines
// on a dataset whose index has not been built yet; go test -race checks it.
func TestConcurrentReaders(t *testing.T) {
	ds := decodeFile(t, "testdata/valid.json")
	fresh := &Dataset{Sources: ds.Sources, Actors: ds.Actors, Initiatives: ds.Initiatives,
		Events: ds.Events, Agreements: ds.Agreements, Figures: ds.Figures}
	done := make(chan string)
	for range 8 {
		go func() {
			var b strings.Builder
			if _, ok := fresh.Actor("cn"); !ok {
				b.WriteString("no cn; ")
			}
			if ps := fresh.Validate(ValidateOptions{}); len(ps) != 0 {
				b.WriteString(formatProblems(ps))
			}
			done <- b.String()
		}()
	}
	for range 8 {
		if s := <-done; s != "" {
			t.Error(s)
		}
	}
}
