package cooperation

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/coopframe/cooperation/internal/rulesdoc"
)

// TestRulesDoc checks that RULES.md is what the rules table generates.
func TestRulesDoc(t *testing.T) {
	got, err := os.ReadFile("RULES.md")
	if err != nil {
		t.Fatal(err)
	}
	want := rulesdoc.Markdown[Rule, Severity](Rules())
	if !bytes.Equal(got, want) {
		t.Errorf("RULES.md is not what the rules table generates; run go generate (-want +got):\n%s", cmp.Diff(string(want), string(got)))
	}
}
