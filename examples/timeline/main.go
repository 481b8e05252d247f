// Command timeline prints the dated timeline of a dataset: by default the
// whole embedded catalog, as a plain-text table.
//
//	go run ./examples/timeline
//	go run ./examples/timeline -actor kh
//	go run ./examples/timeline -dyad cn,mm -lang zh-Hans
//	go run ./examples/timeline -data mydata.json -format json
//
// Flags:
//
//	-data FILE     a dataset in the JSON form instead of the catalog
//	-actor ID      only entries involving the actor or anything part of it
//	-dyad A,B      only entries involving both actors (each with its parts)
//	-lang TAGS     the reader's languages, comma-separated BCP 47 tags (default en)
//	-asof DATE     mark entries possibly after this EDTF date as planned
//	               (default: the catalog's as-of date, or none with -data)
//	-format F      text (default) or json
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "a dataset file in the JSON form (default: the embedded catalog)")
	actor := fs.String("actor", "", "only entries involving this actor or anything part of it")
	dyad := fs.String("dyad", "", "only entries involving both actors, given as A,B")
	lang := fs.String("lang", "en", "the reader's languages, comma-separated BCP 47 tags")
	asof := fs.String("asof", "", "mark entries possibly after this EDTF date as planned")
	format := fs.String("format", "text", "output format: text or json")
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

	var ds *cooperation.Dataset
	opts := cooperation.TimelineOptions{}
	if *data == "" {
		var err error
		if ds, err = catalog.Default(); err != nil {
			return fail("%v", err)
		}
		opts.AsOf = catalog.AsOf
	} else {
		f, err := os.Open(*data)
		if err != nil {
			return fail("%v", err)
		}
		ds, err = cooperation.Decode(f, cooperation.DecodeOptions{})
		f.Close()
		if err != nil {
			return fail("%s: %v", *data, err)
		}
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
		opts.Filter = cooperation.InvolvesFilter(ds, id)
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
		opts.Filter = cooperation.DyadFilter(ds, ia, ib)
	}

	entries := ds.Timeline(opts)
	switch *format {
	case "text":
		if err := cooperation.WriteText(stdout, ds, entries, cooperation.TextOptions{Languages: tags}); err != nil {
			return fail("%v", err)
		}
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if entries == nil {
			entries = []cooperation.Entry{}
		}
		if err := enc.Encode(entries); err != nil {
			return fail("%v", err)
		}
	default:
		return fail("-format %q: want text or json", *format)
	}
	return 0
}
