package ftm_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/ftm"
	"github.com/coopframe/cooperation/names"
	"golang.org/x/text/language"
)

// Example exports a state, an IGO with the state's membership and a
// person's post, then reads the entities back.
func Example() {
	ds := &cooperation.Dataset{Actors: []cooperation.Actor{
		{ID: "kh", Kind: cooperation.ActorState, Country: cooperation.MustParseCountry("KH"),
			Names:       names.Names{{Text: "Cambodia", Lang: language.English}, {Text: "កម្ពុជា", Lang: language.Khmer, Kind: names.KindTranslation}},
			Memberships: []cooperation.Membership{{Group: "asean", Period: edtf.MustParse("1999-04-30/..")}}},
		{ID: "asean", Kind: cooperation.ActorIGO, Names: names.Names{{Text: "ASEAN", Lang: language.English, Kind: names.KindAcronym}}},
		{ID: "hun-manet", Kind: cooperation.ActorPerson, Names: names.Names{{Text: "Hun Manet", Lang: language.English}},
			Posts: []cooperation.Post{{Title: "Prime Minister", Org: "kh", Period: edtf.MustParse("2023-08-22/..")}}},
	}}
	var b strings.Builder
	if err := ftm.Write(&b, ds, ftm.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(b.String())

	back, err := ftm.Read(strings.NewReader(b.String()), ftm.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ := back.Actor("kh")
	fmt.Println(a.Kind, a.Country, a.Memberships[0].Group, a.Memberships[0].Period)
	p, _ := back.Actor("hun-manet")
	fmt.Println(p.Posts[0].Title, "of", p.Posts[0].Org, p.Posts[0].Period)
	// Output:
	// {"id":"kh","schema":"PublicBody","properties":{"alias":["កម្ពុជា"],"classification":["state"],"country":["kh"],"name":["Cambodia"]}}
	// {"id":"kh.membership.1","schema":"Membership","properties":{"member":["kh"],"organization":["asean"],"role":["member"],"startDate":["1999-04-30"]}}
	// {"id":"asean","schema":"Organization","properties":{"classification":["igo"],"name":["ASEAN"],"topics":["gov.igo"],"weakAlias":["ASEAN"]}}
	// {"id":"hun-manet","schema":"Person","properties":{"classification":["person"],"name":["Hun Manet"]}}
	// {"id":"kh.position.prime-minister","schema":"Position","properties":{"name":["Prime Minister"],"organization":["kh"]}}
	// {"id":"hun-manet.post.1","schema":"Occupancy","properties":{"holder":["hun-manet"],"post":["kh.position.prime-minister"],"startDate":["2023-08-22"]}}
	// state KH asean 1999-04-30/..
	// Prime Minister of kh 2023-08-22/..
}

// ExampleEntities lists the schemata of the catalog's export.
func ExampleEntities() {
	ds := &cooperation.Dataset{Events: []cooperation.Event{{ID: "cambodia-vietnam-summit", Kind: cooperation.EventSummit,
		Names: names.Names{{Text: "Summit", Lang: language.English}}, Date: edtf.MustParse("2022-11~")}}}
	es, err := ftm.Entities(ds, ftm.Options{Prefix: "coop:"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	for _, e := range es {
		fmt.Println(e.ID, e.Schema, e.Properties["date"])
	}
	// Output:
	// coop:cambodia-vietnam-summit Event [2022-11]
}
