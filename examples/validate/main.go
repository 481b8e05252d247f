// Command validate checks a dataset file in the library's JSON form and
// prints every problem with its severity, rule code and path. The file is
// read as a layer on the embedded catalog, so that it may refer to the
// catalog's entities (the states, ASEAN, their ministries) without copying
// them, and only its own problems are reported; with -alone it is read on
// its own. It exits 1 when the file cannot be decoded or has errors, 0 when
// it has at most warnings, and 2 on bad usage.
//
//	go run ./examples/validate testdata/layer/lmc.json
//	go run ./examples/validate -alone testdata/invalid/date.order.json
//	go run ./examples/validate -asof 2026-11-24 -warnings=false data.json
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asof := fs.String("asof", "", "an EDTF date: dates of facts after it are reported (rule date.future)")
	warnings := fs.Bool("warnings", true, "print warnings as well as errors")
	maxBytes := fs.Int64("max-bytes", 0, "the largest input accepted (default 256 MiB)")
	alone := fs.Bool("alone", false, "read FILE on its own, not as a layer on the embedded catalog")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: validate [-alone] [-asof DATE] [-warnings=false] [-max-bytes N] FILE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	opts := cooperation.ValidateOptions{}
	if *asof != "" {
		d, err := edtf.Parse(*asof)
		if err != nil {
			fmt.Fprintf(stderr, "validate: -asof: %v\n", err)
			return 2
		}
		opts.AsOf = d
	}
	name := fs.Arg(0)
	f, err := os.Open(name)
	if err != nil {
		fmt.Fprintf(stderr, "validate: %v\n", err)
		return 2
	}
	defer f.Close()
	dopts := cooperation.DecodeOptions{MaxBytes: *maxBytes}
	if !*alone {
		if dopts.Base, err = catalog.Default(); err != nil {
			fmt.Fprintf(stderr, "validate: %v\n", err)
			return 1
		}
	}
	ds, err := cooperation.Decode(f, dopts)
	if err != nil {
		fmt.Fprintf(stderr, "validate: %s: %v\n", name, err)
		return 1
	}
	ps := ds.Validate(opts)
	nerr, nwarn := len(ps.Errors()), len(ps.Warnings())
	for _, p := range ps {
		if p.Severity == cooperation.SeverityWarning && !*warnings {
			continue
		}
		fmt.Fprintf(stdout, "%s: %-7s %-28s %s", name, p.Severity, p.Rule, p.Where())
		if p.ID != "" {
			fmt.Fprintf(stdout, " (%s)", p.ID)
		}
		fmt.Fprintf(stdout, ": %s\n", p.Message)
	}
	if dopts.Base != nil {
		fmt.Fprintf(stdout, "%s: %d entities on the catalog's %d, %d errors, %d warnings\n", name, ds.Len()-dopts.Base.Len(), dopts.Base.Len(), nerr, nwarn)
	} else {
		fmt.Fprintf(stdout, "%s: %d entities, %d errors, %d warnings\n", name, ds.Len(), nerr, nwarn)
	}
	if nerr > 0 {
		return 1
	}
	return 0
}
