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

// TestProblemErrorQuotes checks that a problem's message prints what comes
// from the data (an ID, a file, a column) quoted when it is not plain, so
// that no control character reaches a terminal raw.
func TestProblemErrorQuotes(t *testing.T) {
	tests := []struct {
		name string
		p    Problem
		want string
	}{
		{"plain", Problem{Rule: RuleRequired, Path: "actors[0].id", ID: "cn", Message: "m"}, "actors[0].id (cn): m [error required]"},
		{"escape in an ID", Problem{Rule: RuleIDSyntax, Path: "actors[0].id", ID: "a\x1b[31m", Message: "m"}, `actors[0].id ("a\x1b[31m"): m [error id.syntax]`},
		{"line break in a column", Problem{Rule: RuleDateSyntax, File: "f.csv", Line: 2, Column: "Sig\r\nX-Injected: 1", Message: "m"}, `f.csv:2 "Sig\r\nX-Injected: 1": m [error date.syntax]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.p.Error()); diff != "" {
				t.Errorf("Error() (-want +got):\n%s", diff)
			}
		})
	}
}
