package main

import (
	"fmt"
	"os"

	"github.com/coopframe/cooperation/names"
)

// runFind looks each name up in the dataset's name index and prints the
// matches, best first; it exits 1 when a name matches nothing.
func runFind(args []string, e *env) int {
	fs := newFlags(e, "[-data FILE] [-alone] [-edits N] [-limit N] NAME...")
	df := addDataFlags(fs)
	edits := fs.Int("edits", 2, "the most edits a fuzzy match may need")
	limit := fs.Int("limit", 10, "the most matches printed for each name")
	if status, done := parse(fs, args); done {
		return status
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	if *edits < 0 || *limit <= 0 {
		return e.fail(exitUsage, "-edits must not be negative and -limit must be positive")
	}
	ds, err := df.load()
	if err != nil {
		return e.fail(exitFail, "%v", err)
	}
	ix := ds.NameIndex()
	status := exitOK
	for _, q := range fs.Args() {
		ms := ix.Find(q, *edits, *limit)
		if len(ms) == 0 {
			fmt.Fprintf(e.stdout, "%q: no match\n", q)
			status = exitFail
			continue
		}
		for _, m := range ms {
			fmt.Fprintf(e.stdout, "%q: %s %s %q (%s)", q, m.How, m.ID, m.Name.Text, m.Name.Lang)
			if m.How == names.MatchFuzzy {
				fmt.Fprintf(e.stdout, " %d edit%s", m.Distance, map[bool]string{true: "s"}[m.Distance != 1])
			}
			fmt.Fprintln(e.stdout)
		}
	}
	return status
}

// runMentions prints every known name in a text file (or the standard
// input for "-"), with its byte offsets and the entities it names.
func runMentions(args []string, e *env) int {
	fs := newFlags(e, "[-data FILE] [-alone] TEXTFILE|-")
	df := addDataFlags(fs)
	maxBytes := fs.Int64("max-bytes", 16<<20, "the largest text accepted")
	if status, done := parse(fs, args); done {
		return status
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	var text []byte
	var err error
	if name := fs.Arg(0); name == "-" {
		text, err = readAtMost(e.stdin, *maxBytes)
	} else {
		var f *os.File
		if f, err = os.Open(name); err == nil {
			text, err = readAtMost(f, *maxBytes)
			f.Close()
		}
	}
	if err != nil {
		return e.fail(exitUsage, "%v", err)
	}
	ds, err := df.load()
	if err != nil {
		return e.fail(exitFail, "%v", err)
	}
	for _, m := range ds.NameIndex().Mentions(string(text)) {
		fmt.Fprintf(e.stdout, "%d-%d %q %s", m.Start, m.End, text[m.Start:m.End], m.How)
		for _, r := range m.Refs {
			fmt.Fprintf(e.stdout, " %s", r.ID)
		}
		fmt.Fprintln(e.stdout)
	}
	return exitOK
}
