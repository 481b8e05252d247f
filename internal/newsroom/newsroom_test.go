package newsroom

import (
	"testing"
)

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
