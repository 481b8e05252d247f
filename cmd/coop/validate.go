package main

import (
	"fmt"
	"os"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
)

// runValidate decodes a dataset file, as a layer on the catalog unless
// -alone, and prints its problems; it exits 1 when the file cannot be
// decoded or has errors.
func runValidate(args []string, e *env) int {
	fs := newFlags(e, "[-alone] [-asof DATE] [-warnings=false] [-max-bytes N] [-max-entities N] FILE")
	asof := fs.String("asof", "", "an EDTF date: dates of facts after it are reported (rule date.future)")
	warnings := fs.Bool("warnings", true, "print warnings as well as errors")
	maxBytes := fs.Int64("max-bytes", 0, "the largest input accepted (0: cooperation.DefaultMaxBytes, 256 MiB)")
	maxEntities := fs.Int("max-entities", 0, "the most entities accepted (0: cooperation.DefaultMaxEntities)")
	alone := fs.Bool("alone", false, "read FILE on its own, not as a layer on the embedded catalog")
	if status, done := parse(fs, args); done {
		return status
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	opts := cooperation.ValidateOptions{}
	if *asof != "" {
		d, err := edtf.Parse(*asof)
		if err != nil {
			return e.fail(exitUsage, "-asof: %v", err)
		}
		opts.AsOf = d
	}
	name := fs.Arg(0)
	f, err := os.Open(name)
	if err != nil {
		return e.fail(exitUsage, "%v", err)
	}
	defer f.Close()
	dopts := cooperation.DecodeOptions{MaxBytes: *maxBytes, MaxEntities: *maxEntities}
	if !*alone {
		if dopts.Base, err = catalog.Default(); err != nil {
			return e.fail(exitFail, "%v", err)
		}
	}
	ds, err := cooperation.Decode(f, dopts)
	if err != nil {
		return e.fail(exitFail, "%s: %v", name, err)
	}
	ps := ds.Validate(opts)
	for _, p := range ps {
		if p.Severity == cooperation.SeverityWarning && !*warnings {
			continue
		}
		fmt.Fprintf(e.stdout, "%s: %s\n", name, p.Error())
	}
	nerr, nwarn := len(ps.Errors()), len(ps.Warnings())
	if dopts.Base != nil {
		fmt.Fprintf(e.stdout, "%s: %d entities on the catalog's %d, %d errors, %d warnings\n", name, ds.Len()-dopts.Base.Len(), dopts.Base.Len(), nerr, nwarn)
	} else {
		fmt.Fprintf(e.stdout, "%s: %d entities, %d errors, %d warnings\n", name, ds.Len(), nerr, nwarn)
	}
	if nerr > 0 {
		return exitFail
	}
	return exitOK
}
