package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/coopframe/cooperation/internal/golden"
)

func TestGolden(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
	}{
		{"kh", nil, 0},
		{"phnom-penh", []string{"-actor", "kh-12", "-locales", "km,zh-Hans,en", "-top", "3"}, 0},
		{"yunnan", []string{"-actor", "cn-yn", "-locales", "zh-Hans,vi,my", "-top", "0"}, 0},
		{"person", []string{"-actor", "zaw-myint-maung", "-locales", "my,en", "-top", "0"}, 0},
		{"person-km", []string{"-actor", "aun-pornmoniroth", "-locales", "km,en", "-top", "0"}, 0},
		{"find-honorific", []string{"-find", "Dato Lim Jock Hoi"}, 0},
		{"find-word", []string{"-find", "Pornmonirot"}, 0},
		{"find-fuzzy", []string{"-find", "Aun Pornmonirith"}, 0},
		{"find-none", []string{"-find", "Atlantis"}, 1},
		{"layer", []string{"-data", "../../testdata/layer/lmc.json", "-actor", "lmc", "-locales", "en,zh-Hans", "-top", "3"}, 0},
		{"layer-find", []string{"-data", "../../testdata/layer/lmc.json", "-find", "澜湄合作"}, 0},
		{"alone", []string{"-alone", "-data", "../../testdata/layer/lmc.json", "-actor", "lmc", "-locales", "en", "-top", "5"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if status := run(tc.args, &out, &errb); status != tc.status {
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
		{"unknown actor", []string{"-actor", "atlantis"}, "names: no actor \"atlantis\" in the dataset\n"},
		{"alone without data", []string{"-alone"}, "names: -alone needs -data FILE\n"},
		{"missing file", []string{"-data", "nowhere.json"}, "names: open nowhere.json: no such file or directory\n"},
		{"bad locale", []string{"-locales", "en,??"}, "names: -locales \"??\": language: tag is not well-formed\n"},
		{"negative top", []string{"-top", "-1"}, "names: -top must not be negative\n"},
		{"argument", []string{"x"}, "names: unexpected argument \"x\"\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if status := run(tc.args, &out, &errb); status != 2 || errb.String() != tc.err {
				t.Errorf("run(%q) = %d, %q", tc.args, status, errb.String())
			}
		})
	}
}
