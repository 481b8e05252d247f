// Package golden compares test output with golden files. Running a
// package's tests with -update (go test . -update), or any tests with
// UPDATE_GOLDEN=1 in the environment (UPDATE_GOLDEN=1 go test ./...),
// rewrites the files instead.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// Update reports whether the tests should rewrite golden files.
func Update() bool { return *update || os.Getenv("UPDATE_GOLDEN") != "" }

// Check compares got with the file at path, or writes got there when
// Update reports true.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if Update() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", path, diff)
	}
}
