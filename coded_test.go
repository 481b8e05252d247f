package cooperation_test

import (
	"fmt"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/cameo"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/quantity"
)

func ExampleDataset_CodedDyad() {
	coded := func(id, day, code, from, to, goldstein string) cooperation.Event {
		return cooperation.Event{
			ID: cooperation.ID(id), Kind: cooperation.EventCoded, Date: edtf.MustParse(day),
			Coded: []cooperation.Coding{{
				Identifier: cooperation.Identifier{Scheme: "gdelt", Value: id}, Machine: true, Coder: "GDELT 2.0",
				Code:      cameo.MustParseEventCode(code),
				Source:    cooperation.CodedActor{Actor: cooperation.ID(from)},
				Target:    cooperation.CodedActor{Actor: cooperation.ID(to)},
				Goldstein: quantity.MustParseDecimal(goldstein),
			}},
		}
	}
	ds := &cooperation.Dataset{
		Actors: []cooperation.Actor{
			{ID: "cn", Kind: cooperation.ActorState, Country: cooperation.MustParseCountry("CN")},
			{ID: "mm", Kind: cooperation.ActorState, Country: cooperation.MustParseCountry("MM")},
		},
		Events: []cooperation.Event{
			coded("e1", "2024-05-03", "042", "cn", "mm", "1.9"),
			coded("e2", "2024-05-20", "061", "mm", "cn", "6.4"),
			coded("e3", "2024-06-02", "073", "cn", "mm", "7.4"),
			coded("e4", "2024-06-09", "111", "mm", "cn", "-2"),
		},
	}
	ds.Build()
	d := ds.CodedDyad("cn", "mm")
	for _, m := range d.Months {
		fmt.Println(m.Month, "events", m.Events[1:], "Goldstein", m.Goldstein[1:])
	}
	for _, e := range d.Material {
		c := e.Coded[0].Code
		fmt.Println(e.Date, e.ID, c, c.Description())
	}
	// Output:
	// 2024-05 events [1 1 0 0] Goldstein [1.9 6.4 0 0]
	// 2024-06 events [0 1 1 0] Goldstein [0 7.4 -2 0]
	// 2024-05-20 e2 061 Cooperate economically
	// 2024-06-02 e3 073 Provide humanitarian aid
}
