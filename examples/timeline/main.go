// Command timeline prints the dated timeline of a dataset: by default the
// whole embedded catalog, as a plain-text table.
//
//	go run ./examples/timeline
//	go run ./examples/timeline -actor kh
//	go run ./examples/timeline -dyad cn,mm -lang zh-Hans
//	go run ./examples/timeline -data mydata.json -format json
//	go run ./examples/timeline -data mydata.json -alone
//
// Flags:
//
//	-data FILE     a dataset in the JSON form, read as a layer on the catalog:
//	               its entities may refer to the catalog's
//	-alone         read -data FILE on its own, without the catalog
//	-actor ID      only entries involving the actor or anything part of it
//	-dyad A,B      only entries involving both actors (each with its parts)
//	-lang TAGS     the reader's languages, comma-separated BCP 47 tags (default en)
//	-sector S      only entries in sector S (digital-economy, trade, ...)
//	-initiative ID only entries about the initiative, its parts and successors
//	-period DATE   only entries possibly inside this EDTF date or interval
//	-asof DATE     mark entries possibly after this EDTF date as planned
//	               (default: the catalog's as-of date, or none with -alone)
//	-format F      text (default), md, csv, json, ics or svg
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/render"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "a dataset file in the JSON form, read as a layer on the embedded catalog")
	alone := fs.Bool("alone", false, "read -data FILE on its own, without the catalog")
	actor := fs.String("actor", "", "only entries involving this actor or anything part of it")
	dyad := fs.String("dyad", "", "only entries involving both actors, given as A,B")
	lang := fs.String("lang", "en", "the reader's languages, comma-separated BCP 47 tags")
	asof := fs.String("asof", "", "mark entries possibly after this EDTF date as planned")
	sector := fs.String("sector", "", "only entries in this sector")
	initiative := fs.String("initiative", "", "only entries about this initiative, its parts and successors")
	period := fs.String("period", "", "only entries possibly inside this EDTF date or interval")
	format := fs.String("format", "text", "output format: text, md, csv, json, ics or svg")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "timeline: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "timeline: "+format+"\n", a...)
		return 2
	}
	if *alone && *data == "" {
		return fail("-alone needs -data FILE")
	}

	ds, err := catalog.Open(*data, *alone)
	if err != nil {
		return fail("%v", err)
	}
	opts := cooperation.TimelineOptions{}
	if !*alone {
		opts.AsOf = catalog.AsOf
	}
	if *asof != "" {
		d, err := edtf.Parse(*asof)
		if err != nil {
			return fail("-asof: %v", err)
		}
		opts.AsOf = d
	}
	var tags []language.Tag
	for _, s := range strings.Split(*lang, ",") {
		t, err := language.Parse(strings.TrimSpace(s))
		if err != nil {
			return fail("-lang %q: %v", s, err)
		}
		tags = append(tags, t)
	}
	known := func(id string) (cooperation.ID, bool) {
		if _, ok := ds.Actor(cooperation.ID(id)); !ok {
			return "", false
		}
		return cooperation.ID(id), true
	}
	switch {
	case *actor != "" && *dyad != "":
		return fail("give -actor or -dyad, not both")
	case *actor != "":
		id, ok := known(*actor)
		if !ok {
			return fail("-actor: no actor %q in the dataset", *actor)
		}
		opts.Filter.Involving = []cooperation.ID{id}
	case *dyad != "":
		a, b, ok := strings.Cut(*dyad, ",")
		if !ok {
			return fail("-dyad wants two actor IDs as A,B, not %q", *dyad)
		}
		ia, oka := known(a)
		ib, okb := known(b)
		if !oka || !okb {
			return fail("-dyad: no actor %q in the dataset", map[bool]string{true: b, false: a}[oka])
		}
		opts.Filter.Dyad = [2]cooperation.ID{ia, ib}
	}

	if *sector != "" {
		s := cooperation.Sector(*sector)
		if !s.Known() {
			return fail("-sector: unknown sector %q", *sector)
		}
		opts.Filter.Sectors = []cooperation.Sector{s}
	}
	if *initiative != "" {
		if _, ok := ds.Initiative(cooperation.ID(*initiative)); !ok {
			return fail("-initiative: no initiative %q in the dataset", *initiative)
		}
		opts.Filter.Initiative = cooperation.ID(*initiative)
	}
	if *period != "" {
		p, err := edtf.Parse(*period)
		if err != nil {
			return fail("-period: %v", err)
		}
		opts.Filter.Period, opts.Filter.PeriodCertainty = p, cooperation.CertaintyPossible
	}

	entries := ds.Timeline(opts)
	text := render.Options{Languages: tags}
	switch *format {
	case "text":
		err = render.WriteText(stdout, ds, entries, text)
	case "md":
		err = render.WriteMarkdown(stdout, ds, entries, text)
	case "csv":
		err = render.WriteCSV(stdout, ds, entries, text)
	case "json":
		err = render.WriteJSON(stdout, ds, entries, text)
	case "ics":
		var res render.ICSResult
		stamp := time.Now()
		if lo, ok := opts.AsOf.Earliest(); ok {
			y, m, d := lo.Date()
			stamp = time.Date(int(y), m, d, 0, 0, 0, 0, time.UTC)
		}
		res, err = render.WriteICS(stdout, ds, entries, render.ICSOptions{Options: text, Stamp: stamp})
		if err == nil && res.Skipped > 0 {
			fmt.Fprintf(stderr, "timeline: %d events left out of the calendar: their dates are coarser than a day\n", res.Skipped)
		}
	case "svg":
		err = render.WriteSVG(stdout, ds, entries, render.SVGOptions{Options: text, Focus: focus(opts.Filter)})
	default:
		return fail("-format %q: want text, md, csv, json, ics or svg", *format)
	}
	if err != nil {
		return fail("%v", err)
	}
	return 0
}

// focus returns the actors the reader filtered for, whose lanes the
// picture shows first: the dyad's two, or the actors involved.
func focus(f cooperation.Filter) []cooperation.ID {
	if f.Dyad[0] != "" {
		return f.Dyad[:]
	}
	return f.Involving
}
