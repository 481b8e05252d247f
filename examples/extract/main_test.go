package main

import (
	"bytes"
	"os"
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
		{"forum", []string{"-published", "2024-11-05", "testdata/forum.txt"}},
		{"forum-draft", []string{"-published", "2024-11-05", "-draft", "testdata/forum.txt"}},
		{"hoi-nghi", []string{"-lang", "vi", "-published", "2022-11-09", "testdata/hoi-nghi.txt"}},
		{"luntan", []string{"-lang", "zh", "-published", "2015-09-15", "testdata/luntan.txt"}},
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

// TestSeed runs the command on a seed report when the shared data is there.
func TestSeed(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "seeds", "001_08f38f7b186c2d4f.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("the seed reports are not at %s: skipping", filepath.Dir(path))
	}
	var out, errb bytes.Buffer
	if status := run([]string{"-published", "2015-09-15", path}, &out, &errb); status != 0 {
		t.Fatalf("status %d: %s", status, errb.String())
	}
	for _, want := range []string{`"20.9 billion yuan (3.3 billion U.S. dollars)" 20900000000 CNY = 3300000000 USD`, `"from Sunday to Monday"          2015-09-13/2015-09-14`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		err  string
	}{
		{"no file", nil, "extract: want one article file\n"},
		{"bad language", []string{"-lang", "!!", "x"}, "extract: -lang \"!!\": language: tag is not well-formed\n"},
		{"bad date", []string{"-published", "2015-13", "x"}, "extract: -published: edtf:"},
		{"missing file", []string{"nowhere.txt"}, "extract: open nowhere.txt: no such file or directory\n"},
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
