package wipo_test

import (
	"fmt"
	"strings"

	"github.com/coopframe/cooperation/wipo"
)

// An Importer turns the rows of WIPO's treaty tables into treaties and
// parties, matching each party's name to a state or one of the four
// organisations, and reports what it cannot carry over.
func ExampleImporter() {
	const rows = `Contracting Party,Treaty,Signature Date,Instrument Type,Instrument Date,Entry Into Force Date
France,Berne,,Ratification,1886-09-09,1887-12-05
Czech Republic,Berne,,Declaration of Continued Application,1993-12-18,1993-01-01
Viet Nam,Berne,,Accession,2004-07-26,2004-10-26
European Union (EU),Marrakesh,2014-04-30,Approval,2018-10-01,2019-01-01
Russian Federation,Berne,,Accession,1994-12-13,1995-03-13`
	var im wipo.Importer
	if err := im.Read(strings.NewReader(rows), "rows.csv"); err != nil {
		fmt.Println(err)
		return
	}
	res := im.Result()
	berne := res.Dataset.Agreements[0]
	fmt.Println(berne.ID, len(berne.Parties), "parties")
	for _, p := range berne.Parties {
		a, _ := res.Dataset.Actor(p.Actor)
		fmt.Printf("%s (%s): %s %s, in force %s\n", p.Actor, a.Country, p.Instrument, p.Ratified, p.Joined)
	}
	for _, p := range res.Problems {
		fmt.Println(p.Rule, p.Where())
	}
	l := res.Ledger
	fmt.Println(l.Cells, "cells:", l.Carried, "carried,", l.Reported, "reported")
	// Output:
	// berne 4 parties
	// fr (FR): ratification 1886-09-09, in force 1887-12-05
	// cz (CZ): continued-application 1993-12-18, in force 1993-01-01
	// vn (VN): accession 2004-07-26, in force 2004-10-26
	// russian-federation (): accession 1994-12-13, in force 1995-03-13
	// region.unknown rows.csv:6 "Contracting Party"
	// 26 cells: 25 carried, 1 reported
}
