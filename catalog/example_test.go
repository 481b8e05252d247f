package catalog_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"

	"github.com/coopframe/cooperation/catalog"
)

// This example lists the ASEAN member states the catalog holds, with the date
// each joined.
func ExampleFS() {
	b, err := fs.ReadFile(catalog.FS(), "actors.json")
	if err != nil {
		panic(err)
	}
	var actors []struct {
		ID          string `json:"id"`
		Kind        string `json:"kind"`
		Memberships []struct {
			Org    string `json:"org"`
			Role   string `json:"role"`
			Period string `json:"period"`
		} `json:"memberships"`
	}
	if err := json.Unmarshal(b, &actors); err != nil {
		panic(err)
	}
	for _, a := range actors {
		for _, m := range a.Memberships {
			if m.Org == "asean" && m.Role == "member" {
				fmt.Println(a.ID, strings.TrimSuffix(m.Period, "/.."))
			}
		}
	}
	// Output:
	// bn 1984-01-07
	// kh 1999-04-30
	// id 1967-08-08
	// la 1997-07-23
	// my 1967-08-08
	// mm 1997-07-23
	// ph 1967-08-08
	// sg 1967-08-08
	// th 1967-08-08
	// tl 2025-10-26
	// vn 1995-07-28
}
