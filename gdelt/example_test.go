package gdelt_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/gdelt"
)

// Two rows of GDELT's own tab-separated layout describing one event of
// one article at two places, and a third row of another event.
var export = strings.Join([]string{
	row("1", "CHNGOV", "CHINA", "CHN", "MMRGOV", "MYANMAR", "MMR", "061", "061", "06", "2", "6.4", "BM"),
	row("2", "CHNGOV", "CHINA", "CHN", "MMRGOV", "MYANMAR", "MMR", "061", "061", "06", "2", "6.4", "CH"),
	row("3", "MMRGOV", "MYANMAR", "MMR", "CHNGOV", "CHINA", "CHN", "042", "042", "04", "1", "1.9", "CH"),
}, "")

func row(id, a1, n1, c1, a2, n2, c2, code, base, root, quad, gold, geo string) string {
	f := make([]string, 61)
	copy(f, []string{id, "20240601", "202406", "2024", "2024.4137", a1, n1, c1})
	f[15], f[16], f[17] = a2, n2, c2
	f[25], f[26], f[27], f[28], f[29], f[30] = "1", code, base, root, quad, gold
	f[31], f[32], f[33], f[34] = "4", "1", "4", "2.5"
	f[51], f[53] = "1", geo
	f[59], f[60] = "20240601120000", "https://example.org/news/1"
	return strings.Join(f, "\t") + "\n"
}

func ExampleReader() {
	r := gdelt.NewReader(strings.NewReader(export), "export.CSV")
	r.Options.States = map[cooperation.Country]cooperation.ID{
		cooperation.MustParseCountry("CN"): "cn",
		cooperation.MustParseCountry("MM"): "mm",
	}
	for {
		e, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			panic(err)
		}
		c := e.Coded[0]
		fmt.Println(e.ID, e.Date, e.Names[0].Text)
		fmt.Printf("  %s -> %s, %s, %s, Goldstein %s, %d records\n",
			c.Source.Actor, c.Target.Actor, c.Code.QuadClass(), c.Code.Plover(), c.Goldstein, len(e.Coded))
		for _, c := range e.Coded {
			fmt.Printf("  %s:%s at %s\n", c.Identifier.Scheme, c.Identifier.Value, c.Place.Country)
		}
	}
	l := r.Ledger()
	fmt.Println(l.Rows, "rows,", l.Cells, "cells,", l.Carried, "carried,", l.Reported, "reported")
	// Output:
	// gdelt-1 2024-06-01 CHINA → MYANMAR: Cooperate economically
	//   cn -> mm, material-cooperation, cooperate, Goldstein 6.4, 2 records
	//   gdelt:1 at MM
	//   gdelt:2 at CN
	// gdelt-3 2024-06-01 MYANMAR → CHINA: Make a visit
	//   mm -> cn, verbal-cooperation, consult, Goldstein 1.9, 1 records
	//   gdelt:3 at CN
	// 3 rows, 75 cells, 75 carried, 0 reported
}
