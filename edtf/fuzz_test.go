package edtf

import (
	"path/filepath"
	"testing"
	"time"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1985-04-12", "2020?-07-09", "XXXX-07-10", "[..1760-12-03]", "{1667,1668,1670..1672}",
		"Y-17E7", "1950S2", "2001-24", "../1985", "2021-09-06/2021-09-15", "2020-07-09T13:30:00+06:30", "?2004-06-~11",
		// Significant digits and exponents at the edges of ±MaxYear (issue 11).
		"Y1E15S1", "Y-1E15S1", "Y1E15S16", "Y9E14S1", "Y1E16S1", "Y1E999999S1", "Y1E15S0", "Y1E15S17",
		"-1728S3", "-1728S1", "-0000S1", "1950S5", "0050S1", "-1728S3/1950S2", "[-1728S2,Y-99E13S1]"} {
		f.Add(s)
	}
	minDay, maxDay := DayOf(-MaxYear, time.January, 1), DayOf(MaxYear, time.December, 31)
	if dir := filepath.Join("..", "..", "shared", "edtf"); dirExists(dir) {
		for _, s := range readCorpus(f, filepath.Join(dir, "spec-examples.txt")) {
			f.Add(s)
		}
		for _, s := range readCorpus(f, filepath.Join(dir, "invalid.txt")) {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			if pe, ok := err.(*ParseError); !ok || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("Parse(%q): bad error %v", s, err)
			}
			return
		}
		again, err := Parse(d.String())
		if err != nil || again != d || again.String() != d.String() {
			t.Fatalf("Parse(%q) round trip: %q, %v", s, again, err)
		}
		lo, lok := d.Earliest()
		hi, hok := d.Latest()
		if lok && hok && lo > hi {
			t.Fatalf("Parse(%q): earliest %s after latest %s", s, lo, hi)
		}
		if lok && lo < minDay || hok && hi > maxDay {
			t.Fatalf("Parse(%q): bounds %s..%s beyond ±MaxYear", s, lo, hi)
		}
		if d.Compare(d) != 0 || d.Level() > 2 {
			t.Fatalf("Parse(%q): Compare with itself or level wrong", s)
		}
		_ = d.Start()
		_ = d.End()
	})
}
