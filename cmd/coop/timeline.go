package main

import (
	"fmt"
	"slices"
	"strings"
	"time"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/render"
	"golang.org/x/text/language"
)

// formats are the timeline's output formats, each once.
var formats = []string{"text", "md", "csv", "json", "ics", "svg", "timelinejs"}

// runTimeline prints the timeline of the dataset, filtered, in a format.
func runTimeline(args []string, e *env) int {
	fs := newFlags(e, "[-data FILE] [-alone] [filters] [-lang TAGS] [-format "+strings.Join(formats, "|")+"]")
	df := addDataFlags(fs)
	actor := fs.String("actor", "", "only entries involving this actor or anything part of it")
	dyad := fs.String("dyad", "", "only entries involving both actors, given as A,B")
	lang := fs.String("lang", "en", "the reader's languages, comma-separated BCP 47 tags")
	asof := fs.String("asof", "", "mark entries possibly after this EDTF date as planned (default: the catalog's as-of date, none with -alone)")
	sector := fs.String("sector", "", "only entries in this sector")
	initiative := fs.String("initiative", "", "only entries about this initiative, its parts and successors")
	period := fs.String("period", "", "only entries possibly inside this EDTF date or interval")
	format := fs.String("format", "text", "output format: "+strings.Join(formats, ", "))
	if status, done := parse(fs, args); done {
		return status
	}
	if fs.NArg() > 0 {
		return e.fail(exitUsage, "unexpected argument %q", fs.Arg(0))
	}
	ds, err := df.load()
	if err != nil {
		return e.fail(exitFail, "%v", err)
	}
	opts := cooperation.TimelineOptions{}
	if !*df.alone {
		opts.AsOf = catalog.AsOf
	}
	if *asof != "" {
		if opts.AsOf, err = edtf.Parse(*asof); err != nil {
			return e.fail(exitUsage, "-asof: %v", err)
		}
	}
	var tags []language.Tag
	for _, s := range parseList(*lang) {
		t, err := language.Parse(s)
		if err != nil {
			return e.fail(exitUsage, "-lang %q: %v", s, err)
		}
		tags = append(tags, t)
	}
	actorID := func(flag, id string) (cooperation.ID, bool) {
		if _, ok := ds.Actor(cooperation.ID(id)); !ok {
			e.fail(exitUsage, "%s: no actor %q in the dataset", flag, id)
			return "", false
		}
		return cooperation.ID(id), true
	}
	switch {
	case *actor != "" && *dyad != "":
		return e.fail(exitUsage, "give -actor or -dyad, not both")
	case *actor != "":
		id, ok := actorID("-actor", *actor)
		if !ok {
			return exitUsage
		}
		opts.Filter.Involving = []cooperation.ID{id}
	case *dyad != "":
		ids := parseList(*dyad)
		if len(ids) != 2 {
			return e.fail(exitUsage, "-dyad wants two actor IDs as A,B, not %q", *dyad)
		}
		a, oka := actorID("-dyad", ids[0])
		b, okb := actorID("-dyad", ids[1])
		if !oka || !okb {
			return exitUsage
		}
		opts.Filter.Dyad = [2]cooperation.ID{a, b}
	}
	if *sector != "" {
		s := cooperation.Sector(*sector)
		if !s.Known() && !slices.Contains(ds.Sectors, s) {
			return e.fail(exitUsage, "-sector: no sector %q, built in or declared by the dataset", *sector)
		}
		opts.Filter.Sectors = []cooperation.Sector{s}
	}
	if *initiative != "" {
		if _, ok := ds.Initiative(cooperation.ID(*initiative)); !ok {
			return e.fail(exitUsage, "-initiative: no initiative %q in the dataset", *initiative)
		}
		opts.Filter.Initiative = cooperation.ID(*initiative)
	}
	if *period != "" {
		p, err := edtf.Parse(*period)
		if err != nil {
			return e.fail(exitUsage, "-period: %v", err)
		}
		opts.Filter.Period, opts.Filter.PeriodCertainty = p, cooperation.CertaintyPossible
	}
	entries := ds.Timeline(opts)
	text := render.Options{Languages: tags}
	w := e.stdout
	switch *format {
	case "text":
		err = render.WriteText(w, ds, entries, text)
	case "md":
		err = render.WriteMarkdown(w, ds, entries, text)
	case "csv":
		err = render.WriteCSV(w, ds, entries, text)
	case "json":
		err = render.WriteJSON(w, ds, entries, text)
	case "ics":
		stamp := time.Now().UTC()
		if lo, ok := opts.AsOf.Earliest(); ok {
			y, m, d := lo.Date()
			stamp = time.Date(int(y), m, d, 0, 0, 0, 0, time.UTC)
		}
		var res render.ICSResult
		res, err = render.WriteICS(w, ds, entries, render.ICSOptions{Options: text, Stamp: stamp})
		if err == nil && res.Skipped > 0 {
			fmt.Fprintf(e.stderr, "coop timeline: %d events left out of the calendar: their dates are coarser than a day\n", res.Skipped)
		}
	case "svg":
		err = render.WriteSVG(w, ds, entries, render.SVGOptions{Options: text, Focus: focus(opts.Filter)})
	case "timelinejs":
		var res render.TimelineJSResult
		res, err = render.WriteTimelineJS(w, ds, entries, render.TimelineJSOptions{Options: text})
		if err == nil && res.Skipped > 0 {
			fmt.Fprintf(e.stderr, "coop timeline: %d entries left out of the TimelineJS slides: their year is not known\n", res.Skipped)
		}
	default:
		return e.fail(exitUsage, "-format %q: want one of %s", *format, strings.Join(formats, ", "))
	}
	if err != nil {
		return e.fail(exitFail, "%v", err)
	}
	return exitOK
}

// focus returns the actors the reader filtered for, whose lanes the
// picture shows first: the dyad's two, or the actors involved.
func focus(f cooperation.Filter) []cooperation.ID {
	if f.Dyad[0] != "" {
		return f.Dyad[:]
	}
	return f.Involving
}
