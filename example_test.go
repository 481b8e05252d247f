package cooperation_test

import (
	"errors"
	"fmt"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"golang.org/x/text/language"
)

const mou = `{
  "format": "cooperation/v1",
  "actors": [
    {"id": "la", "kind": "state", "names": [{"text": "Laos", "lang": "en"}], "country": "LA"},
    {"id": "cn", "kind": "state", "names": [{"text": "China", "lang": "en"}], "country": "CN"},
    {"id": "la-mpt", "kind": "ministry", "part_of": "la",
     "names": [{"text": "Ministry of Post and Telecommunications", "lang": "en"}]},
    {"id": "cac", "kind": "agency", "part_of": "cn",
     "names": [{"text": "Cyberspace Administration of China", "lang": "en"}]},
    {"id": "hiem-phommachanh", "kind": "person", "names": [{"text": "Hiem Phommachanh", "lang": "en"}]}
  ],
  "agreements": [
    {"id": "laos-cac-mou", "kind": "mou", "scope": "bilateral", "binding": "non-binding",
     "names": [{"text": "MoU on cyberspace cooperation and development", "lang": "en"}],
     "parties": [{"actor": "la-mpt"}, {"actor": "cac"}],
     "signatories": [{"person": "hiem-phommachanh", "for": "la-mpt"}],
     "signed": "2015-09-13"}
  ]
}`

// Decode a dataset, check it, and ask it a question.
func ExampleDecode() {
	ds, err := cooperation.Decode(strings.NewReader(mou), cooperation.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := ds.Validate(cooperation.ValidateOptions{}).Err(); err != nil {
		fmt.Println(err)
		return
	}
	a, _ := ds.Agreement("laos-cac-mou")
	for _, p := range a.Parties {
		actor, _ := ds.Actor(p.Actor)
		fmt.Printf("%s (%s, part of %s)\n", actor.Names[0].Text, actor.Kind, actor.PartOf)
	}
	fmt.Println("signed", a.Signed)
	// Output:
	// Ministry of Post and Telecommunications (ministry, part of la)
	// Cyberspace Administration of China (agency, part of cn)
	// signed 2015-09-13
}

// A decoding error says where the input is wrong.
func ExampleDecodeError() {
	in := "{\"format\": \"cooperation/v1\",\n \"actors\": [{\"id\": \"x\", \"kind\": \"planet\"}]}"
	_, err := cooperation.Decode(strings.NewReader(in), cooperation.DecodeOptions{})
	var de *cooperation.DecodeError
	if errors.As(err, &de) {
		fmt.Println(de.Line, de.Column, de.Path)
	}
	var ee *cooperation.ParseError
	if errors.As(err, &ee) {
		fmt.Println(ee.Type, ee.Input)
	}
	// Output:
	// 2 33 actors[0]
	// ActorKind planet
}

// Validate reports every problem at once, each with a rule code and a path.
func ExampleDataset_Validate() {
	ds, _ := cooperation.Decode(strings.NewReader(mou), cooperation.DecodeOptions{})
	a := &ds.Agreements[0]
	a.InForce = edtf.MustParse("2015-09") // possibly before the signature
	a.Ended = edtf.MustParse("2014")      // certainly before it
	a.Signatories[0].For = "cn"           // not a party, nor part of one
	ds.Build()
	for _, p := range ds.Validate(cooperation.ValidateOptions{}) {
		fmt.Printf("%s %s %s\n", p.Severity, p.Rule, p.Path)
	}
	// Output:
	// error signatory.not-party agreements[0].signatories[0].for
	// warning date.order agreements[0].in_force
	// error date.order agreements[0].ended
	// error date.order agreements[0].ended
}

// StatusAt derives an agreement's status on any date from its dates, with
// how certain that is when the dates are imprecise.
func ExampleAgreement_StatusAt() {
	a := cooperation.Agreement{Signed: edtf.MustParse("2018-09"), InForce: edtf.MustParse("2019")}
	for _, at := range []string{"2018-08", "2018-09-15", "2018-12", "2019-06", "2020"} {
		s, c := a.StatusAt(edtf.MustParse(at))
		fmt.Println(at, s, c)
	}
	// Output:
	// 2018-08 not-signed certain
	// 2018-09-15 not-signed possible
	// 2018-12 signed certain
	// 2019-06 signed possible
	// 2020 in-force certain
}

// Money is an exact decimal with an ISO 4217 currency, never a float.
func ExampleAmount() {
	fund := cooperation.Amount{
		Quantity:    quantity.Quantity{Value: quantity.MustParseDecimal("20.9e9"), Unit: "CNY"},
		Equivalents: []quantity.Quantity{{Value: quantity.MustParseDecimal("3.3e9"), Unit: "USD"}},
	}
	cur, _ := fund.Unit.Currency()
	fmt.Println(fund.Quantity, "=", fund.Equivalents[0], "; currency", cur)
	// Output:
	// 20900000000 CNY = 3300000000 USD ; currency CNY
}

// CheckText finds what makes a name unsafe: here a Cyrillic letter posing
// as a Latin one.
func ExampleCheckText() {
	for _, is := range names.CheckText("\u0410SEAN", language.English) {
		fmt.Println(is.Kind, is.Kind.Suspicious())
	}
	// Output:
	// mixed-script true
}
