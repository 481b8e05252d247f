package catalog_test

import (
	"fmt"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
)

// This example lists the ASEAN member states the catalog holds, with the
// date each joined.
func ExampleDefault() {
	ds, err := catalog.Default()
	if err != nil {
		panic(err)
	}
	for _, a := range ds.Actors {
		for _, m := range a.Memberships {
			if m.Group == "asean" && m.Role == cooperation.MembershipRoleMember {
				fmt.Println(a.ID, m.Period.Start())
			}
		}
	}
	// Output:
	// bn 1984-01-07
	// id 1967-08-08
	// kh 1999-04-30
	// la 1997-07-23
	// mm 1997-07-23
	// my 1967-08-08
	// ph 1967-08-08
	// sg 1967-08-08
	// th 1967-08-08
	// tl 2025-10-26
	// vn 1995-07-28
}

// This example checks the catalog as of the date it was last reviewed.
func ExampleLoad() {
	ds, err := catalog.Load()
	if err != nil {
		panic(err)
	}
	ps := ds.Validate(cooperation.ValidateOptions{AsOf: catalog.AsOf})
	fmt.Println(len(ps.Errors()), "errors")
	for _, p := range ps.Warnings() {
		fmt.Println(p.Rule, p.Path)
	}
	// Output:
	// 0 errors
	// required events[13].date
}
