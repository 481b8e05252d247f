package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coopframe/cooperation/internal/golden"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
	}{
		{"valid", []string{"-alone", "../../testdata/valid.json"}, 0},
		{"date-order", []string{"-alone", "../../testdata/invalid/date.order.json"}, 1},
		{"warnings-only", []string{"-alone", "../../testdata/invalid/post.overlap.json"}, 0},
		{"no-warnings", []string{"-alone", "-warnings=false", "../../testdata/invalid/post.overlap.json"}, 0},
		{"asof", []string{"-alone", "-asof", "2020", "../../testdata/valid.json"}, 1},
		{"catalog", []string{"-alone", "-asof", "2026-11-24", "../../catalog/catalog.json"}, 0},
		// A layer on the catalog: a grouping whose members are the
		// catalog's states, stated on the grouping without copying them.
		{"layer", []string{"-asof", "2026-11-24", "../../testdata/layer/lmc.json"}, 0},
		{"layer-alone", []string{"-alone", "-asof", "2026-11-24", "../../testdata/layer/lmc.json"}, 1},
		// A layer that redefines a catalog state: an error naming the
		// catalog's, and none of the catalog's own problems (its warning).
		{"layer-redefines", []string{"../../testdata/layer/redefines.json"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if status := run(tc.args, &out, &errb); status != tc.status || errb.Len() != 0 {
				t.Fatalf("status %d (want %d), stderr %q", status, tc.status, errb.String())
			}
			golden.Check(t, filepath.Join("testdata", tc.name+".golden"), out.Bytes())
		})
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		err    string
	}{
		{"no file", nil, 2, "usage: validate"},
		{"two files", []string{"a", "b"}, 2, "usage: validate"},
		{"missing", []string{"nowhere.json"}, 2, "validate: open nowhere.json: no such file or directory\n"},
		{"bad asof", []string{"-asof", "soon", "x"}, 2, "validate: -asof: edtf: cannot parse \"soon\""},
		{"not json", []string{"main.go"}, 1, "validate: main.go: cooperation: decoding JSON at line 1, column 1: invalid character '/' looking for beginning of value\n"},
		{"too large", []string{"-max-bytes", "10", "../../testdata/valid.json"}, 1, "input larger than the size limit"},
		{"unknown flag", []string{"-strict"}, 2, "flag provided but not defined: -strict"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			status := run(tc.args, &out, &errb)
			if status != tc.status || !strings.Contains(errb.String(), tc.err) {
				t.Errorf("status %d, stderr %q; want %d, %q", status, errb.String(), tc.status, tc.err)
			}
		})
	}
}
