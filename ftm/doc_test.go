package ftm_test

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/coopframe/cooperation/ftm"
)

var updateDoc = flag.Bool("update-doc", false, "rewrite the table of doc.go from ftm.Mappings")

const tableHeading = "// # The table\n"

// TestUpdateDoc rewrites the table section of doc.go when -update-doc is
// given: the lines from its heading to the next heading.
func TestUpdateDoc(t *testing.T) {
	if !*updateDoc {
		t.Skip("run with -update-doc to rewrite doc.go's table")
	}
	b, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, tableHeading)
	if i < 0 {
		t.Fatal("doc.go has no table heading")
	}
	j := strings.Index(s[i+len(tableHeading):], "\n// # ")
	if j < 0 {
		t.Fatal("doc.go has no heading after the table")
	}
	j += i + len(tableHeading) + 1
	var out strings.Builder
	out.WriteString(tableHeading + "//\n// Each line is a type or field of the model, the FtM schema and property\n// that carry it (\"*\": the schema of the entity, as above), and how; or why\n// it is not carried.\n//\n")
	for _, m := range ftm.Mappings() {
		out.WriteString(wrap(ftm.FormatMapping(m)))
	}
	out.WriteString("//\n")
	if err := os.WriteFile("doc.go", []byte(s[:i]+out.String()+s[j:]), 0o644); err != nil {
		t.Fatal(err)
	}
}

// wrap writes line as a doc list item wrapped at 78 columns.
func wrap(line string) string {
	var b strings.Builder
	prefix, width := "//   - ", 7
	b.WriteString(prefix)
	for i, w := range strings.Fields(line) {
		if i > 0 && width+1+len([]rune(w)) > 78 {
			b.WriteString("\n//     ")
			width = 7
		} else if i > 0 {
			b.WriteString(" ")
			width++
		}
		b.WriteString(w)
		width += len([]rune(w))
	}
	b.WriteString("\n")
	return b.String()
}
