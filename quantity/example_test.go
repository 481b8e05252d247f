package quantity_test

import (
	"fmt"

	"github.com/coopframe/cooperation/quantity"
)

// ParseDecimal reads the numbers sources state, exactly: 20.9 billion is
// 20900000000, not a float64 near it. Thousands separators are an error.
func ExampleParseDecimal() {
	for _, s := range []string{"20.9e9", "-65.90", "0.05", "1,500"} {
		d, err := quantity.ParseDecimal(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s (sign %d)\n", s, d, d.Sign())
	}
	// Output:
	// 20.9e9: 20900000000 (sign 1)
	// -65.90: -65.9 (sign -1)
	// 0.05: 0.05 (sign 1)
	// quantity: invalid decimal "1,500": unexpected ',' (at byte 1)
}

// Decimals compare exactly, whatever their notation.
func ExampleDecimal_Compare() {
	a, b := quantity.MustParseDecimal("3.3e9"), quantity.MustParseDecimal("3300000000.0")
	fmt.Println(a.Compare(b), a == b, a.Compare(quantity.DecimalFromInt(1)))
	// Output:
	// 0 true 1
}

// A Quantity prints as the source states it: the qualifier, the value and
// the unit.
func ExampleQuantity_String() {
	for _, q := range []quantity.Quantity{
		{Value: quantity.DecimalFromInt(250), Qualifier: quantity.QualifierAbout, Unit: "persons"},
		{Value: quantity.DecimalFromInt(200), Qualifier: quantity.QualifierMoreThan, Unit: "participants"},
		{Value: quantity.MustParseDecimal("20.9e9"), Unit: "CNY"},
		{Value: quantity.MustParseDecimal("65.9"), Unit: quantity.UnitPercent},
		{Value: quantity.DecimalFromInt(34), Unit: "projects"},
	} {
		fmt.Println(q)
	}
	// Output:
	// about 250 persons
	// more than 200 participants
	// 20900000000 CNY
	// 65.9%
	// 34 projects
}

// A Unit of three upper-case letters is a currency; Currency says whether
// x/text knows it.
func ExampleUnit_Currency() {
	for _, u := range []quantity.Unit{"CNY", "KHR", "XQZ", "percent"} {
		_, known := u.Currency()
		fmt.Printf("%s: currency code %v, known %v\n", u, u.IsCurrency(), known)
	}
	// Output:
	// CNY: currency code true, known true
	// KHR: currency code true, known true
	// XQZ: currency code true, known false
	// percent: currency code false, known false
}
