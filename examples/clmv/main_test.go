package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/coopframe/cooperation/internal/golden"
)

func TestGolden(t *testing.T) {
	tests := []struct {
		name, golden string
		args         []string
	}{
		{"2021", "2021", nil},
		{"2020", "2020", []string{"-year", "2020"}},
		// A layer that adds a grouping of catalog states changes nothing
		// about CLMV: the output is 2021's.
		{"layer", "2021", []string{"-data", "../../testdata/layer/lmc.json"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if status := run(tc.args, &out, &errb); status != 0 {
				t.Fatalf("status %d: %s", status, errb.String())
			}
			golden.Check(t, filepath.Join("testdata", tc.golden+".golden"), out.Bytes())
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
		{"alone without data", []string{"-alone"}, "clmv: -alone needs -data FILE\n"},
		{"missing file", []string{"-data", "nowhere.json"}, "clmv: open nowhere.json: no such file or directory\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if status := run(tc.args, &out, &errb); status != 2 || !bytes.HasPrefix(errb.Bytes(), []byte(tc.err)) {
				t.Errorf("run(%q) = %d, %q", tc.args, status, errb.String())
			}
		})
	}
}

// TestAlone reads a file on its own: one without the CLMV entities is
// refused.
func TestAlone(t *testing.T) {
	var out, errb bytes.Buffer
	status := run([]string{"-alone", "-data", "../../testdata/layer/lmc.json"}, &out, &errb)
	if want := "clmv: the dataset lacks the actor clmv, the initiative clmv-ecap-2019-2020 or the event clmv-emm-13\n"; status != 1 || errb.String() != want {
		t.Errorf("status %d, stderr %q; want 1, %q", status, errb.String(), want)
	}
}
