package newsroom

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCopyInSync checks that package names's copy of this package
// (names/newsroom_corpus_test.go, which the library's benchmarks use) is
// this file from its imports on.
func TestCopyInSync(t *testing.T) {
	body := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		i := strings.Index(s, "import (")
		if i < 0 {
			t.Fatalf("%s has no imports", path)
		}
		return s[i:]
	}
	mine := body("newsroom.go")
	copyPath := filepath.Join("..", "..", "..", "names", "newsroom_corpus_test.go")
	if body(copyPath) != mine {
		t.Errorf("%s is not newsroom.go from its imports on: copy it again", copyPath)
	}
}

// TestNames checks that the corpus is what the benchmarks say: the
// number of distinct names asked for, the same for the same seed.
func TestNames(t *testing.T) {
	if testing.Short() {
		t.Skip("makes 300,000 names")
	}
	a, b := NewsNames(300000, 1), NewsNames(300000, 1)
	if len(a) != 300000 {
		t.Fatalf("%d names", len(a))
	}
	for i := range a {
		if a[i].Text != b[i].Text {
			t.Fatalf("name %d: %q, then %q", i, a[i].Text, b[i].Text)
		}
	}
}
