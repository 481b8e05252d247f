// Command edtf parses EDTF dates and prints their canonical form, level,
// precision and bounds.
//
//	go run ./examples/edtf 2021-09-06/2021-09-15 XXXX-07-10 '[2019,2021]'
package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/coopframe/cooperation/edtf"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: edtf DATE...   (EDTF strings such as 2021-09-10, 2020?-07-09, 2019/2020, [1667,1668])")
		return 2
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tLEVEL\tPRECISION\tEARLIEST\tLATEST\tYEAR KNOWN")
	status := 0
	for _, a := range args {
		d, err := edtf.Parse(a)
		if err != nil {
			tw.Flush()
			fmt.Fprintln(stderr, err)
			status = 1
			continue
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%v\n", d, d.Level(), d.Precision(),
			bound(d.Earliest()), bound(d.Latest()), d.YearKnown())
	}
	tw.Flush()
	return status
}

func bound(d edtf.Day, ok bool) string {
	if !ok {
		return ".."
	}
	return d.String()
}
