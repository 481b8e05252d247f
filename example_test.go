package cooperation_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"github.com/coopframe/cooperation/render"
	"golang.org/x/text/language"
)

const mou = `{
  "format": "cooperation/v1",
  "sources": [
    {"id": "xinhua", "publisher": "Xinhua", "title": "Laos, China sign MoU on cyberspace cooperation", "language": "en"}
  ],
  "actors": [
    {"id": "la", "kind": "state", "names": [{"text": "Laos", "lang": "en"}], "country": "LA", "sources": ["xinhua"]},
    {"id": "cn", "kind": "state", "names": [{"text": "China", "lang": "en"}], "country": "CN", "sources": ["xinhua"]},
    {"id": "la-mpt", "kind": "ministry", "part_of": "la",
     "names": [{"text": "Ministry of Post and Telecommunications", "lang": "en"}], "sources": ["xinhua"]},
    {"id": "cac", "kind": "agency", "part_of": "cn",
     "names": [{"text": "Cyberspace Administration of China", "lang": "en"}], "sources": ["xinhua"]},
    {"id": "hiem-phommachanh", "kind": "person", "names": [{"text": "Hiem Phommachanh", "lang": "en"}], "sources": ["xinhua"]}
  ],
  "agreements": [
    {"id": "laos-cac-mou", "kind": "mou", "scope": "bilateral", "binding": "non-binding",
     "names": [{"text": "MoU on cyberspace cooperation and development", "lang": "en"}],
     "parties": [{"actor": "la-mpt"}, {"actor": "cac"}],
     "signatories": [{"person": "hiem-phommachanh", "for": "la-mpt"}],
     "signed": "2015-09-13", "sources": ["xinhua"]}
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

// Build a dataset in Go: fill its slices with entities, call Build, and
// look them up by ID. References between entities are IDs, resolved by the
// dataset.
func ExampleDataset_Build() {
	en := func(s string) names.Names { return names.Names{{Text: s, Lang: language.English}} }
	src := []cooperation.ID{"vna"} // every entity cites a source
	ds := &cooperation.Dataset{
		Sources: []cooperation.Source{{ID: "vna", Publisher: "Vietnam News Agency", Title: "Vietnam, Cambodia sign MoU", Language: language.English}},
		Actors: []cooperation.Actor{
			{ID: "kh", Kind: cooperation.ActorState, Names: en("Cambodia"), Country: cooperation.MustParseCountry("KH"), Sources: src},
			{ID: "vn", Kind: cooperation.ActorState, Names: en("Vietnam"), Country: cooperation.MustParseCountry("VN"), Sources: src},
			{ID: "kh-mptc", Kind: cooperation.ActorMinistry, PartOf: "kh", Names: en("Ministry of Post and Telecommunications"), Sources: src},
			{ID: "vn-mic", Kind: cooperation.ActorMinistry, PartOf: "vn", Names: en("Ministry of Information and Communications"), Sources: src},
		},
		Agreements: []cooperation.Agreement{{
			ID: "kh-vn-telecom-mou", Kind: cooperation.AgreementMoU, Scope: cooperation.ScopeBilateral,
			Names:   en("MoU on post and telecommunications"),
			Parties: []cooperation.Party{{Actor: "kh-mptc"}, {Actor: "vn-mic"}},
			Signed:  edtf.MustParse("2022-11-08"),
			InForce: edtf.MustParse("2022-11-08"),
			Sources: src,
		}},
	}
	ds.Build()

	a, _ := ds.Agreement("kh-vn-telecom-mou")
	for _, p := range a.Parties {
		state, _ := ds.StateOf(p.Actor)
		fmt.Println(p.Actor, "of", state)
	}
	fmt.Printf("%d entities; vn-mic is an %s, nowhere is %s\n", ds.Len(), ds.Kind("vn-mic"), ds.Kind("nowhere"))
	fmt.Println("between kh and vn:", ds.AgreementsBetween("kh", "vn"))
	fmt.Println(a.StatusAt(edtf.MustParse("2023")))
	fmt.Println(len(ds.Validate(cooperation.ValidateOptions{})), "problems")
	// Output:
	// kh-mptc of kh
	// vn-mic of vn
	// 6 entities; vn-mic is an actor, nowhere is none
	// between kh and vn: [kh-vn-telecom-mou]
	// in-force certain
	// 0 problems
}

// Problems.Err turns the errors among the problems into one error; errors.As
// finds the first *Problem in it, whose Error says where, what and which
// rule.
func ExampleProblems_Err() {
	ds, _ := cooperation.Decode(strings.NewReader(mou), cooperation.DecodeOptions{})
	ds.Agreements[0].Parties[1].Actor = "cyberspace-administration" // no such actor
	ds.Build()
	err := ds.Validate(cooperation.ValidateOptions{}).Err()
	var p *cooperation.Problem
	if errors.As(err, &p) {
		fmt.Println(p.Where())
		fmt.Println(p.Severity, p.Rule, p.ID)
		fmt.Println(p.Error())
	}
	// Output:
	// agreements[0].parties[1].actor
	// error ref.unresolved laos-cac-mou
	// agreements[0].parties[1].actor (laos-cac-mou): no entity has ID "cyberspace-administration" [error ref.unresolved]
}

// Involving counts an actor with everything part of it; Actors counts the
// actor itself. The signing of Laos' MoU with the Cyberspace
// Administration of China and the meeting of China's International Liaison
// Department with Mandalay's government involve China through its parts,
// not China itself.
func ExampleFilter() {
	ds, _ := catalog.Default()
	show := func(f cooperation.Filter) {
		for _, e := range ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf, Filter: f}) {
			fmt.Println(" ", e.Date, e.Subject)
		}
	}
	fmt.Println("events involving China:")
	show(cooperation.Filter{Involving: []cooperation.ID{"cn"}, Kinds: []cooperation.EntryKind{cooperation.EntryEvent}})
	fmt.Println("events of China itself:")
	show(cooperation.Filter{Actors: []cooperation.ID{"cn"}, Kinds: []cooperation.EntryKind{cooperation.EntryEvent}})
	// Output:
	// events involving China:
	//   2015-09-13 laos-cac-mou-2015-signing
	//   2015-09-13/2015-09-14 china-asean-information-harbor-forum-2015
	//   2020?-07-09 idcpc-yunnan-mandalay-meeting-2020
	//   2024-11-04 china-cambodia-digital-economy-forum-2024
	// events of China itself:
	//   2015-09-13/2015-09-14 china-asean-information-harbor-forum-2015
	//   2024-11-04 china-cambodia-digital-economy-forum-2024
}

// Dyad keeps what two actors did together, each with its parts; Period
// narrows it to the entries certainly inside a period.
func ExampleFilter_dyad() {
	ds, _ := catalog.Default()
	f := cooperation.Filter{
		Dyad:   [2]cooperation.ID{"vn", "kh"},
		Period: edtf.MustParse("2022"),
	}
	for _, e := range ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf, Filter: f}) {
		fmt.Println(e.Date, e.Kind, e.Subject)
	}
	// Output:
	// 2022 period-end clmv-ecap-2021-2022
	// 2022?-11 event pham-minh-chinh-cambodia-visit-2022
	// 2022?-11-08 event vn-kh-ict-working-session-2022
	// 2022?-11-08 adopted vn-kh-ict-understanding-2022
}

// The timeline of what China and Cambodia did together, from the catalog.
func ExampleDataset_Timeline() {
	ds, _ := catalog.Default()
	entries := ds.Timeline(cooperation.TimelineOptions{
		AsOf:   catalog.AsOf,
		Filter: cooperation.Filter{Dyad: [2]cooperation.ID{"cn", "kh"}},
	})
	render.WriteText(os.Stdout, ds, entries, render.Options{})
	// Output:
	// DATE                   KIND      WHAT
	// 2015-09-13/2015-09-14  stage     Guangxi cross-border RMB settlement: in progress
	// 2024-11-04             event     2024 China-Cambodia Digital Economy Cooperation Forum
	// 2024-11-04             stage     Cambodia-China submarine cable: completed
	// 2024-11-04             stage     Cambodia–Alibaba e-commerce collaboration: in progress
	// 2024-11-04             stage     Cambodia cross-border QR code payments: in progress
	// 2025                   deadline  China commits to continue to help Cambodia reach its Internet coverage goals (China-Cambodia digital economy cooperation) (planned)
	// 2025                   target    target of China-Cambodia digital economy cooperation for Cambodia: high-speed Internet coverage, urban areas: 100% (planned)
	// 2025                   target    target of China-Cambodia digital economy cooperation for Cambodia: high-speed Internet coverage, rural areas: 70% (planned)
}

// Which initiatives were running in 2022, and who coordinated CLMV?
// ActiveAt answers with one Active for each agreement in force, initiative
// running and membership held, certainly or only possibly.
func ExampleDataset_ActiveAt() {
	ds, _ := catalog.Default()
	for _, a := range ds.ActiveAt(edtf.MustParse("2022")) {
		switch a.Kind {
		case cooperation.EntityAgreement, cooperation.EntityInitiative:
			fmt.Println(a.Kind, a.ID, a.Certainty)
		case cooperation.EntityActor:
			if a.Group == "clmv" {
				fmt.Println(a.Kind, a.ID, a.Role, "of", a.Group, a.Certainty)
			}
		}
	}
	// Output:
	// initiative iai possible
	// initiative bri possible
	// initiative msr possible
	// initiative mpac-2025 certain
	// initiative clmv-ecap-2021-2022 certain
	// actor vn coordinator of clmv certain
}

// What did China and Cambodia agree, and when?
func ExampleDataset_Dyad() {
	ds, _ := catalog.Default()
	v := ds.Dyad("cn", "kh", cooperation.TimelineOptions{AsOf: catalog.AsOf})
	fmt.Println("first contact", v.First, "; last", v.Last)
	for _, e := range v.Entries {
		fmt.Println(e.Date, e.Kind, e.Subject)
	}
	// Output:
	// first contact 2015-09-13/2015-09-14 ; last 2024-11-04
	// 2015-09-13/2015-09-14 stage gx-cross-border-rmb-settlement
	// 2024-11-04 event china-cambodia-digital-economy-forum-2024
	// 2024-11-04 stage cambodia-china-submarine-cable
	// 2024-11-04 stage kh-alibaba-ecommerce
	// 2024-11-04 stage kh-cross-border-qr-payments
	// 2025 deadline cn-kh-digital-economy-cooperation
	// 2025 target cn-kh-digital-economy-cooperation
	// 2025 target cn-kh-digital-economy-cooperation
}

// Who was Cambodia's Minister of Post and Telecommunications on 8 November
// 2022?
func ExampleDataset_HoldersAt() {
	ds, _ := catalog.Default()
	for _, h := range ds.HoldersAt("kh-mptc", "Minister of Post and Telecommunications", edtf.MustParse("2022-11-08")) {
		fmt.Println(h.Person, h.Certainty)
	}
	// Output: chea-vandeth possible
}

// The heaviest links between states from 2015 to 2024, each actor counted
// as its state: agreements signed and events held.
func ExampleDataset_Network() {
	ds, _ := catalog.Default()
	for _, e := range ds.Network(edtf.MustParse("2015/2024"), cooperation.CertaintyPossible)[:3] {
		fmt.Println(e.A, e.B, e.Agreements, e.Events)
	}
	// Output:
	// kh vn 1 3
	// cn la 1 2
	// cn mm 1 1
}

// Who were ASEAN's members when Cambodia joined, and in what role was China?
func ExampleDataset_MembersAt() {
	ds, _ := catalog.Default()
	for _, m := range ds.MembersAt("asean", edtf.MustParse("1999-04-30")) {
		if m.Certainty == cooperation.CertaintyCertain {
			fmt.Print(m.ID, ":", m.Role, " ")
		}
	}
	fmt.Println()
	// Output: bn:member cn:dialogue-partner cn:full-dialogue-partner id:member kh:member la:member mm:member my:member ph:member sg:member th:member vn:member
}

// The part-of tree of Guangxi: its government (which governs it), Nanning,
// and the government's department of commerce. The Guangxi party committee
// is not in it: it is part of the Communist Party of China.
func ExampleDataset_Within() {
	ds, _ := catalog.Default()
	fmt.Println(ds.Within("cn-gx"))
	// Output: [cn-gx cn-gx-government nanning cn-gx-commerce-department]
}

// The CLMV action plans follow one another.
func ExampleDataset_Successors() {
	ds, _ := catalog.Default()
	fmt.Println(ds.Successors("clmv-ecap-2019-2020"))
	// Output: [clmv-ecap-2021-2022]
}

// Build a dataset in Go: IDs made from names, countries from literals,
// and no index to keep: the first lookup indexes the dataset. encoding/json
// writes it in the canonical form, as Encode does.
func ExampleIDFrom() {
	en := func(s string) names.Names { return names.Names{{Text: s, Lang: language.English}} }
	kh := cooperation.Actor{ID: cooperation.IDFrom("Cambodia"), Kind: cooperation.ActorState,
		Country: cooperation.MustParseCountry("KH"), Names: en("Cambodia")}
	mptc := cooperation.Actor{ID: cooperation.IDFrom("Ministry of Post & Telecommunications (Cambodia)"),
		Kind: cooperation.ActorMinistry, PartOf: kh.ID, Names: en("Ministry of Post and Telecommunications")}
	ds := &cooperation.Dataset{Actors: []cooperation.Actor{kh, mptc}}

	fmt.Println(mptc.ID)
	state, _ := ds.StateOf(mptc.ID)
	fmt.Println("state:", state)
	fmt.Printf("no Latin letters: %q\n", cooperation.IDFrom("柬埔寨"))
	b, _ := json.Marshal(ds)
	fmt.Println(string(b))
	// Output:
	// ministry-of-post-telecommunications-cambodia
	// state: cambodia
	// no Latin letters: ""
	// {"format":"cooperation/v1","actors":[{"id":"cambodia","kind":"state","names":[{"text":"Cambodia","lang":"en"}],"country":"KH"},{"id":"ministry-of-post-telecommunications-cambodia","kind":"ministry","names":[{"text":"Ministry of Post and Telecommunications","lang":"en"}],"part_of":"cambodia"}]}
}

// A layer built in Go on the catalog: a grouping of the catalog's states,
// its memberships stated on the grouping, without copying the states.
// Questions answer over the catalog and the layer; Encode writes the layer
// alone.
func ExampleDataset_On() {
	base, _ := catalog.Default()
	since := edtf.MustParse("2016-03-23/..")
	lmc := cooperation.Actor{ID: "lmc", Kind: cooperation.ActorGrouping,
		Names: names.Names{{Text: "Lancang-Mekong Cooperation", Lang: language.English}}}
	for _, id := range []cooperation.ID{"cn", "kh", "la", "mm", "th", "vn"} {
		lmc.Members = append(lmc.Members, cooperation.Membership{Member: id, Period: since})
	}
	ds := &cooperation.Dataset{Actors: []cooperation.Actor{lmc}}
	ds.On(base)

	en := names.NewChooser(language.English)
	var members []string
	for _, m := range ds.MembersAt("lmc", edtf.MustParse("2020")) {
		n, _ := en.Display(ds.Names(m.ID))
		members = append(members, n.Text)
	}
	fmt.Println(strings.Join(members, ", "))
	fmt.Println(ds.Len()-base.Len(), "entity of its own")
	ds.Encode(os.Stdout)
	// Output:
	// China, Cambodia, Laos, Myanmar, Thailand, Vietnam
	// 1 entity of its own
	// {
	//   "format": "cooperation/v1",
	//   "actors": [
	//     {
	//       "id": "lmc",
	//       "kind": "grouping",
	//       "names": [
	//         {
	//           "text": "Lancang-Mekong Cooperation",
	//           "lang": "en"
	//         }
	//       ],
	//       "members": [
	//         {
	//           "member": "cn",
	//           "period": "2016-03-23/.."
	//         },
	//         {
	//           "member": "kh",
	//           "period": "2016-03-23/.."
	//         },
	//         {
	//           "member": "la",
	//           "period": "2016-03-23/.."
	//         },
	//         {
	//           "member": "mm",
	//           "period": "2016-03-23/.."
	//         },
	//         {
	//           "member": "th",
	//           "period": "2016-03-23/.."
	//         },
	//         {
	//           "member": "vn",
	//           "period": "2016-03-23/.."
	//         }
	//       ]
	//     }
	//   ]
	// }
}
