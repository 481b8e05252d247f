package extract_test

import (
	"fmt"

	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/extract"
	"golang.org/x/text/language"
)

func ExampleExtract() {
	ds, err := catalog.Default()
	if err != nil {
		panic(err)
	}
	text := "Minister of Information and Communications Nguyen Manh Hung met his Cambodian counterpart " +
		"in Phnom Penh on November 8. More than 200 people attended."
	r, err := extract.Extract(extract.Article{Text: text, Language: language.English, Published: edtf.MustParse("2022?-11")}, ds)
	if err != nil {
		panic(err)
	}
	for _, t := range r.Temporals {
		fmt.Printf("%d-%d %q %s (%s, confidence %s)\n", t.Start, t.End, t.Text, t.Value, t.Kind, t.Confidence)
	}
	for _, a := range r.Amounts {
		fmt.Printf("%d-%d %q %s\n", a.Start, a.End, a.Text, a.Value)
	}
	for _, p := range r.Persons {
		fmt.Printf("%d-%d %q %s, %s of %s\n", p.Start, p.End, p.Text, p.Actor, p.Post, p.Org)
	}
	// Output:
	// 107-117 "November 8" 2022?-11-08 (partial, confidence 0.70)
	// 129-139 "200 people" more than 200 persons
	// 43-59 "Nguyen Manh Hung" nguyen-manh-hung, Minister of Information and Communications of vn-mic
}

func ExampleResult_Draft() {
	ds, err := catalog.Default()
	if err != nil {
		panic(err)
	}
	text := "Guangxi reported 210 billion yuan in e-commerce trade volume last year, up 65.9 percent from 2013."
	r, err := extract.Extract(extract.Article{Text: text, Language: language.English, Published: edtf.MustParse("2015-09-15")}, ds)
	if err != nil {
		panic(err)
	}
	d, err := r.Draft(extract.DraftOptions{Base: ds})
	if err != nil {
		panic(err)
	}
	f := d.Figures[len(d.Figures)-1]
	fmt.Println(f.Subject, f.Period, f.Value, "change", f.Change, "from", f.Versus)
	fmt.Println(f.Note)
	// Output:
	// cn-gx 2014 210000000000 CNY change 65.9% from 2013
	// machine-extracted (package extract): bytes 17-33 "210 billion yuan", confidence 0.90; change bytes 75-87 "65.9 percent", confidence 0.90
}
