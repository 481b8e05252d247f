package cooperation

// Ledger accounts for the cells of a file an importer read, so that a
// user can check that nothing was dropped without a word: every
// non-empty cell is either carried into the dataset (a typed field, a
// name, an identifier, a reference or a note) or reported as a [Problem]
// of the importer's, and Balanced says whether the counts add up. Each
// importer's doc says which cells count as empty and what a problem
// stands for (a row of the wrong length stands for all its cells).
type Ledger struct {
	Rows     int // data rows read, a header not counted
	Cells    int // non-empty cells of those rows
	Carried  int // cells carried into the dataset
	Reported int // cells reported as problems
	// ByRule counts the reported cells by the rule of their problem.
	ByRule map[Rule]int
}

// Balanced reports whether every cell read is carried or reported, and
// the counts by rule add up to the cells reported.
func (l Ledger) Balanced() bool {
	sum := 0
	for _, n := range l.ByRule {
		sum += n
	}
	return l.Cells == l.Carried+l.Reported && sum == l.Reported
}
