package edtf

import (
	"path/filepath"
	"testing"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1985-04-12", "2020?-07-09", "XXXX-07-10", "[..1760-12-03]", "{1667,1668,1670..1672}",
		"Y-17E7", "1950S2", "2001-24", "../1985", "2021-09-06/2021-09-15", "2020-07-09T13:30:00+06:30", "?2004-06-~11"} {
		f.Add(s)
	}
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
		if d.Compare(d) != 0 || d.Level() > 2 {
			t.Fatalf("Parse(%q): Compare with itself or level wrong", s)
		}
		_ = d.Start()
		_ = d.End()
	})
}
