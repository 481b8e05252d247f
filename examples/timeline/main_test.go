package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/coopframe/cooperation/internal/golden"
)

// TestGolden runs the command on the embedded catalog and compares its
// output with testdata/<name>.golden (UPDATE_GOLDEN=1 go test rewrites them).
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"catalog", nil},
		{"actor-kh", []string{"-actor", "kh"}},
		{"dyad-cn-mm", []string{"-dyad", "cn,mm"}},
		{"lang-zh", []string{"-lang", "zh-Hans", "-actor", "cn-gx"}},
		{"json-vn-kh", []string{"-dyad", "vn,kh", "-format", "json"}},
		{"md-telecom", []string{"-sector", "telecommunications", "-format", "md"}},
		{"csv-clmv", []string{"-initiative", "clmv-ecap-2019-2020", "-format", "csv"}},
		{"ics-2015", []string{"-period", "2015", "-format", "ics"}},
		{"svg-cn-mm", []string{"-dyad", "cn,mm", "-format", "svg"}},
		{"file", []string{"-data", "../../testdata/valid.json", "-alone", "-asof", "2020"}},
		// A layer on the catalog: a grouping of catalog states, its
		// members stated on it, and a meeting of theirs.
		{"layer-lmc", []string{"-data", "../../testdata/layer/lmc.json", "-actor", "lmc"}},
		{"layer-dyad", []string{"-data", "../../testdata/layer/lmc.json", "-dyad", "cn,th", "-period", "2016"}},
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
	tests := []struct {
		name string
		args []string
		err  string
	}{
		{"unknown flag", []string{"-colour"}, "flag provided but not defined: -colour\n"},
		{"argument", []string{"extra"}, "timeline: unexpected argument \"extra\"\n"},
		{"unknown actor", []string{"-actor", "atlantis"}, "timeline: -actor: no actor \"atlantis\" in the dataset\n"},
		{"dyad form", []string{"-dyad", "cn"}, "timeline: -dyad wants two actor IDs as A,B, not \"cn\"\n"},
		{"dyad actor", []string{"-dyad", "cn,atlantis"}, "timeline: -dyad: no actor \"atlantis\" in the dataset\n"},
		{"both", []string{"-actor", "cn", "-dyad", "cn,mm"}, "timeline: give -actor or -dyad, not both\n"},
		{"format", []string{"-format", "pdf"}, "timeline: -format \"pdf\": want text, md, csv, json, ics or svg\n"},
		{"sector", []string{"-sector", "space"}, "timeline: -sector: unknown sector \"space\"\n"},
		{"initiative", []string{"-initiative", "cn"}, "timeline: -initiative: no initiative \"cn\" in the dataset\n"},
		{"period", []string{"-period", "2015-13"}, "timeline: -period: edtf: cannot parse \"2015-13\": month 13 out of range (at byte 5)\n"},
		{"lang", []string{"-lang", "en,!!"}, "timeline: -lang \"!!\": language: tag is not well-formed\n"},
		{"asof", []string{"-asof", "2021-13"}, "timeline: -asof: edtf: cannot parse \"2021-13\": month 13 out of range (at byte 5)\n"},
		{"missing file", []string{"-data", "testdata/nowhere.json"}, "timeline: open testdata/nowhere.json: no such file or directory\n"},
		{"alone without data", []string{"-alone"}, "timeline: -alone needs -data FILE\n"},
		{"alone lacks the catalog", []string{"-alone", "-data", "../../testdata/layer/lmc.json", "-actor", "kh"}, "timeline: -actor: no actor \"kh\" in the dataset\n"},
		{"bad file", []string{"-data", "../../testdata/invalid/hierarchy.cycle.golden"}, "timeline: ../../testdata/invalid/hierarchy.cycle.golden: cooperation: decoding JSON at line 1, column 1: invalid character 'e' looking for beginning of value\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			status := run(tc.args, &out, &errb)
			got := errb.String()
			if tc.name == "unknown flag" && len(got) > len(tc.err) {
				got = got[:len(tc.err)] // the usage text follows
			}
			if status != 2 || got != tc.err || out.Len() != 0 {
				t.Errorf("run(%q) = %d, stderr %q, stdout %q; want 2, %q", tc.args, status, errb.String(), out.String(), tc.err)
			}
		})
	}
}
