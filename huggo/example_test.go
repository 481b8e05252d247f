package huggo_test

import (
	"fmt"
	"os"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/huggo"
)

// An Importer turns HUGGO rows into agreements, parties and actors, and
// reports every value it cannot carry over; validation reports the rest.
func ExampleImporter() {
	const rows = `manyID,treatyID,stateID,Title,Begin,End,Signature,Force,stateSignature,stateRat,stateForce,stateWithdrawal,Accession
INTRSC_1972A,INTRSC_1972A,DDR,Containers,02.12.1972,NA,02.12.1972,06.09.1977,NA,27.09.1974,06.09.1977,03.10.1990,27.09.1974
INTRSC_1972A,INTRSC_1972A,CSK,Containers,02.12.1972,NA,02.12.1972,06.09.1977,02.12.1972,1971-0706,06.09.1977,NA,NA`
	var im huggo.Importer
	if err := im.ReadMemberships(strings.NewReader(rows), "rows.csv"); err != nil {
		fmt.Println(err)
		return
	}
	res := im.Result()
	a := res.Dataset.Agreements[0]
	fmt.Println(a.ID, a.Signed, a.InForce, len(a.Parties), "parties")
	for _, p := range res.Problems {
		fmt.Println(p.Rule, p.Where())
	}
	for _, p := range res.Dataset.Validate(cooperation.ValidateOptions{}) {
		fmt.Println(p.Rule, p.Where())
	}
	// Output:
	// huggo-intrsc-1972a 1972-12-02 1977-09-06 2 parties
	// region.unknown rows.csv:3 stateID
	// date.syntax rows.csv:3 stateRat
	// region.deprecated actors[0].country
	// region.missing actors[1].country
	// required agreements[0].kind
}

// Load reads the three files of the manytreaties repository from a
// directory.
func ExampleLoad() {
	res, err := huggo.Load(osDirFS("../../shared/data/huggo-agreements"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Rows, "rows,", len(res.Dataset.Agreements), "agreements,", res.Parties, "parties")
}

var osDirFS = os.DirFS
