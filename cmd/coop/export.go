package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/ftm"
	"github.com/coopframe/cooperation/popolo"
	"github.com/coopframe/cooperation/render"
	"github.com/coopframe/cooperation/schema"
)

// exporters are the formats of coop export, each once: what it writes
// and how.
var exporters = map[string]struct {
	what  string
	write func(w io.Writer, ds *cooperation.Dataset, e *env) error
}{
	"ftm": {"FollowTheMoney entities, one JSON object a line", func(w io.Writer, ds *cooperation.Dataset, _ *env) error {
		return ftm.Write(w, ds, ftm.Options{})
	}},
	"popolo": {"persons, organizations, memberships, posts, events and areas as Popolo JSON", func(w io.Writer, ds *cooperation.Dataset, e *env) error {
		problems, err := popolo.Write(w, ds)
		for _, p := range problems {
			fmt.Fprintf(e.stderr, "coop export: popolo: %s\n", p)
		}
		return err
	}},
	"jsonschema": {"the JSON Schema of the cooperation/v1 form (the dataset is not read)", nil},
	"timelinejs": {"the whole timeline as TimelineJS 3 JSON", func(w io.Writer, ds *cooperation.Dataset, _ *env) error {
		_, err := render.WriteTimelineJS(w, ds, ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf}), render.TimelineJSOptions{})
		return err
	}},
}

func exportFormats() []string {
	var fs []string
	for f := range exporters {
		fs = append(fs, f)
	}
	sort.Strings(fs)
	return fs
}

// runExport writes the dataset (the catalog, or a layer on it) in one of
// the formats of the field's tools.
func runExport(args []string, e *env) int {
	fs := newFlags(e, "-format "+strings.Join(exportFormats(), "|")+" [-data FILE] [-alone]")
	df := addDataFlags(fs)
	format := fs.String("format", "", "the format: "+strings.Join(exportFormats(), ", "))
	if status, done := parse(fs, args); done {
		return status
	}
	if fs.NArg() > 0 {
		return e.fail(exitUsage, "unexpected argument %q", fs.Arg(0))
	}
	x, ok := exporters[*format]
	if !ok {
		return e.fail(exitUsage, "-format %q: want one of %s", *format, strings.Join(exportFormats(), ", "))
	}
	if x.write == nil { // jsonschema
		if _, err := e.stdout.Write(schema.CooperationV1); err != nil {
			return e.fail(exitFail, "%v", err)
		}
		return exitOK
	}
	ds, err := df.load()
	if err != nil {
		return e.fail(exitFail, "%v", err)
	}
	if err := x.write(e.stdout, ds, e); err != nil {
		return e.fail(exitFail, "%v", err)
	}
	return exitOK
}
