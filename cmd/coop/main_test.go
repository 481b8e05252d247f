package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coopframe/cooperation/internal/golden"
)

// TestRun runs each command as a user would and compares its output with
// a golden file: the status, then the standard output.
func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
	}{
		{"help", []string{"help"}, "", 0},
		{"help-validate", []string{"help", "validate"}, "", 0},
		{"validate-catalog", []string{"validate", "-alone", "-asof", "2026-11-24", "../../catalog/catalog.json"}, "", 0},
		{"validate-layer", []string{"validate", "-asof", "2026-11-24", "../../testdata/layer/lmc.json"}, "", 0},
		{"validate-errors", []string{"validate", "-alone", "../../testdata/invalid/date.order.json"}, "", 1},
		{"validate-hostile", []string{"validate", "-alone", "../../testdata/hostile/controls.json"}, "", 1},
		{"timeline", []string{"timeline"}, "", 0},
		{"timeline-dyad", []string{"timeline", "-dyad", "cn,kh", "-lang", "vi"}, "", 0},
		{"timeline-layer-csv", []string{"timeline", "-data", "../../testdata/layer/lmc.json", "-actor", "lmc", "-format", "csv"}, "", 0},
		{"timeline-period-md", []string{"timeline", "-period", "2021", "-format", "md"}, "", 0},
		{"timeline-ics", []string{"timeline", "-actor", "kh", "-format", "ics"}, "", 0},
		{"timeline-timelinejs", []string{"timeline", "-dyad", "vn,kh", "-format", "timelinejs"}, "", 0},
		{"export-ftm-layer", []string{"export", "-alone", "-data", "../../testdata/layer/lmc.json", "-format", "ftm"}, "", 0},
		{"export-popolo-layer", []string{"export", "-data", "../../testdata/layer/lmc.json", "-alone", "-format", "popolo"}, "", 0},
		{"extract", []string{"extract", "-published", "2024-11-05", "-"}, "PHNOM PENH, Nov. 4 -- Cambodian Minister of Economy and Finance Aun Pornmoniroth met Chinese Ambassador Wang Wenbin on Monday; trade reached 20.9 billion yuan (3.3 billion U.S. dollars), up 65.9 percent.", 0},
		{"find", []string{"find", "Aun Pornmoniroth", "Cambodja", "Nobody At All"}, "", 1},
		{"mentions", []string{"mentions", "-"}, "PHNOM PENH, Nov. 4 -- Cambodian Minister Aun Pornmoniroth met Ambassador Wang Wenbin (汪文斌).", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			status := run(tc.args, strings.NewReader(tc.stdin), &out, &errb)
			if status != tc.status {
				t.Fatalf("status %d, want %d; stderr %q", status, tc.status, errb.String())
			}
			golden.Check(t, filepath.Join("testdata", tc.name+".golden"), out.Bytes())
		})
	}
}

// TestBadUsage checks that bad usage exits 2 with a message on the
// standard error saying what is wrong, and nothing on the standard output.
func TestBadUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		err    string
	}{
		{"no command", nil, 2, "usage: coop COMMAND"},
		{"unknown command", []string{"frobnicate"}, 2, `coop: no command "frobnicate"`},
		{"help for nothing", []string{"help", "frobnicate"}, 2, `coop: no command "frobnicate"`},
		{"validate without a file", []string{"validate"}, 2, "usage: coop validate"},
		{"validate a missing file", []string{"validate", "nowhere.json"}, 2, "coop validate: open nowhere.json: no such file or directory"},
		{"validate bad asof", []string{"validate", "-asof", "soon", "x"}, 2, `coop validate: -asof: edtf: cannot parse "soon"`},
		{"validate not JSON", []string{"validate", "main.go"}, 1, "coop validate: main.go: cooperation: decoding JSON at line 1, column 1"},
		{"validate too large", []string{"validate", "-max-bytes", "10", "../../testdata/valid.json"}, 1, "input larger than the size limit"},
		{"validate too many", []string{"validate", "-alone", "-max-entities", "3", "../../testdata/valid.json"}, 1, "more entities than the limit (3)"},
		{"timeline unknown actor", []string{"timeline", "-actor", "atlantis"}, 2, `coop timeline: -actor: no actor "atlantis" in the dataset`},
		{"timeline actor and dyad", []string{"timeline", "-actor", "kh", "-dyad", "cn,kh"}, 2, "give -actor or -dyad, not both"},
		{"timeline bad dyad", []string{"timeline", "-dyad", "cn"}, 2, `-dyad wants two actor IDs as A,B, not "cn"`},
		{"timeline bad format", []string{"timeline", "-format", "pdf"}, 2, `-format "pdf": want one of text, md, csv, json, ics, svg, timelinejs`},
		{"timeline bad lang", []string{"timeline", "-lang", "xx-!!"}, 2, `-lang "xx-!!"`},
		{"timeline bad sector", []string{"timeline", "-sector", "astrology"}, 2, `-sector: no sector "astrology"`},
		{"timeline alone without data", []string{"timeline", "-alone"}, 1, "-alone needs -data FILE"},
		{"timeline argument", []string{"timeline", "extra"}, 2, `unexpected argument "extra"`},
		{"find nothing", []string{"find"}, 2, "usage: coop find"},
		{"export without a format", []string{"export"}, 2, `-format "": want one of ftm, jsonschema, popolo, timelinejs`},
		{"extract bad date", []string{"extract", "-published", "soon", "-"}, 2, `-published: edtf: cannot parse "soon"`},
		{"extract no article", []string{"extract"}, 2, "usage: coop extract"},
		{"find bad limit", []string{"find", "-limit", "0", "x"}, 2, "-limit must be positive"},
		{"mentions missing", []string{"mentions", "nowhere.txt"}, 2, "no such file or directory"},
		{"mentions too long", []string{"mentions", "-max-bytes", "3", "-"}, 2, "longer than 3 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			status := run(tc.args, strings.NewReader("some text"), &out, &errb)
			if status != tc.status || !strings.Contains(errb.String(), tc.err) {
				t.Errorf("status %d, stderr %q; want %d and %q", status, errb.String(), tc.status, tc.err)
			}
			if out.Len() != 0 && status == exitUsage {
				t.Errorf("stdout %q on bad usage", out.String())
			}
		})
	}
}
