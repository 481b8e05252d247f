package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/coopframe/cooperation/internal/golden"
)

func TestGolden(t *testing.T) {
	for name, args := range map[string][]string{"2021": nil, "2020": {"-year", "2020"}} {
		t.Run(name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if status := run(args, &out, &errb); status != 0 {
				t.Fatalf("status %d: %s", status, errb.String())
			}
			golden.Check(t, filepath.Join("testdata", name+".golden"), out.Bytes())
		})
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		err  string
	}{
		{"bad year", []string{"-year", "next"}, "clmv: -year: edtf: cannot parse \"next\""},
		{"argument", []string{"x"}, "clmv: unexpected argument \"x\"\n"},
		{"unknown flag", []string{"-y"}, "flag provided but not defined: -y"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if status := run(tc.args, &out, &errb); status != 2 || !bytes.HasPrefix(errb.Bytes(), []byte(tc.err)) {
				t.Errorf("run(%q) = %d, %q", tc.args, status, errb.String())
			}
		})
	}
}
