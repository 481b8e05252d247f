package subdivision_test

import (
	"fmt"

	"github.com/coopframe/cooperation/subdivision"
	"golang.org/x/text/language"
)

func ExampleParse() {
	c, err := subdivision.Parse("mm-04")
	if err != nil {
		panic(err)
	}
	en, _ := c.Name(language.English)
	my, _ := c.Name(language.Burmese)
	fmt.Println(c, c.Country(), en, my)
	_, err = subdivision.Parse("CN-ZZ")
	fmt.Println(err)
	// Output:
	// MM-04 MM Mandalay မန္တလေးတိုင်း
	// subdivision: invalid code "CN-ZZ": not an ISO 3166-2 subdivision known to CLDR 41
}
