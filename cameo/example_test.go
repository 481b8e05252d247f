package cameo_test

import (
	"fmt"

	"github.com/coopframe/cooperation/cameo"
)

func ExampleParseEventCode() {
	c, err := cameo.ParseEventCode("0311")
	if err != nil {
		panic(err)
	}
	g, _ := c.Goldstein()
	fmt.Println(c, c.Description())
	fmt.Println("root", c.Root(), c.Root().Description())
	fmt.Println(c.QuadClass(), c.Plover(), g)
	// Output:
	// 0311 Express intent to cooperate economically
	// root 03 EXPRESS INTENT TO COOPERATE
	// verbal-cooperation agree 5.2
}

func ExampleParseActorCode() {
	c := cameo.MustParseActorCode("CHNGOV")
	fmt.Println(c.Country(), c.Role(), cameo.ISORegion(c.Country()))
	// Output: CHN GOV CN
}
