package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coopframe/cooperation/internal/golden"
)

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"cn-kh", nil},
		{"cn-mm", []string{"-b", "mm"}},
		{"vn-kh-km", []string{"-a", "vn", "-b", "kh", "-lang", "km"}},
		{"cn-la", []string{"-b", "la"}},
		// China and Thailand co-chaired the first Lancang-Mekong leaders'
		// meeting, which a layer on the catalog adds.
		{"layer-cn-th", []string{"-b", "th", "-data", "../../testdata/layer/lmc.json"}},
		{"alone", []string{"-a", "cn", "-b", "mm", "-alone", "-data", "../../testdata/valid.json"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if status := run(tc.args, &out, &errb); status != 0 {
				t.Fatalf("status %d: %s", status, errb.String())
			}
			golden.Check(t, filepath.Join("testdata", tc.name+".golden"), out.Bytes())
		})
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		err  string
	}{
		{"unknown actor", []string{"-a", "atlantis"}, "dyad: no actor \"atlantis\" in the dataset\n"},
		{"same actor", []string{"-a", "kh"}, "dyad: -a and -b are the same actor\n"},
		{"bad language", []string{"-lang", "!!"}, "dyad: -lang \"!!\": language: tag is not well-formed\n"},
		{"missing file", []string{"-data", "nowhere.json"}, "dyad: open nowhere.json: no such file or directory\n"},
		{"argument", []string{"x"}, "dyad: unexpected argument \"x\"\n"},
		{"alone without data", []string{"-alone"}, "dyad: -alone needs -data FILE\n"},
		{"alone lacks the catalog", []string{"-alone", "-data", "../../testdata/layer/lmc.json"}, "dyad: no actor \"cn\" in the dataset\n"},
		{"unknown flag", []string{"-c"}, "flag provided but not defined: -c"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if status := run(tc.args, &out, &errb); status != 2 || !strings.HasPrefix(errb.String(), tc.err) {
				t.Errorf("run(%q) = %d, %q; want 2, %q", tc.args, status, errb.String(), tc.err)
			}
		})
	}
}
