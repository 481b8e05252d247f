// Command dyad shows what two actors did together, from the embedded
// catalog, a dataset file read as a layer on it (-data FILE), or a dataset
// file alone (-data FILE -alone): counts by kind, sector and year, first
// and last contact, the agreements between them and the timeline. Each
// actor counts with everything part of it: China's ministries and
// provinces act for China.
//
//	go run ./examples/dyad               # China and Cambodia
//	go run ./examples/dyad -a vn -b kh   # Vietnam and Cambodia
//	go run ./examples/dyad -b th -data testdata/layer/lmc.json
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/render"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dyad", flag.ContinueOnError)
	fs.SetOutput(stderr)
	a := fs.String("a", "cn", "the first actor's ID")
	b := fs.String("b", "kh", "the second actor's ID")
	data := fs.String("data", "", "a dataset file in the JSON form, read as a layer on the embedded catalog")
	alone := fs.Bool("alone", false, "read -data FILE on its own, without the catalog")
	lang := fs.String("lang", "en", "the reader's language, a BCP 47 tag")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fail := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "dyad: "+format+"\n", args...)
		return 2
	}
	if fs.NArg() > 0 {
		return fail("unexpected argument %q", fs.Arg(0))
	}
	if *alone && *data == "" {
		return fail("-alone needs -data FILE")
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		return fail("-lang %q: %v", *lang, err)
	}
	ds, opts, err := load(*data, *alone)
	if err != nil {
		return fail("%v", err)
	}
	for _, id := range []string{*a, *b} {
		if _, ok := ds.Actor(cooperation.ID(id)); !ok {
			return fail("no actor %q in the dataset", id)
		}
	}
	if *a == *b {
		return fail("-a and -b are the same actor")
	}
	reader := names.NewChooser(tag)
	name := func(id cooperation.ID) string { n, _ := reader.Display(ds.Names(id)); return n.Text }
	v := ds.Dyad(cooperation.ID(*a), cooperation.ID(*b), opts)
	fmt.Fprintf(stdout, "%s and %s: %d entries", name(v.A), name(v.B), len(v.Entries))
	if !v.First.IsZero() {
		fmt.Fprintf(stdout, ", first contact %s, last %s", v.First, v.Last)
	}
	fmt.Fprintln(stdout)
	fmt.Fprintln(stdout, "\nby kind:")
	for _, k := range slices.SortedFunc(maps.Keys(v.ByKind), func(x, y cooperation.EntryKind) int { return cmp.Compare(x, y) }) {
		fmt.Fprintf(stdout, "  %-12s %d\n", k, v.ByKind[k])
	}
	fmt.Fprintln(stdout, "by sector:")
	for _, s := range slices.Sorted(maps.Keys(v.BySector)) {
		fmt.Fprintf(stdout, "  %-22s %d\n", s, v.BySector[s])
	}
	fmt.Fprintln(stdout, "by year:")
	for _, y := range slices.Sorted(maps.Keys(v.ByYear)) {
		fmt.Fprintf(stdout, "  %d  %d\n", y, v.ByYear[y])
	}
	fmt.Fprintln(stdout, "agreements between them:")
	for _, id := range ds.AgreementsBetween(v.A, v.B) {
		ag, _ := ds.Agreement(id)
		s, c := ag.StatusAt(opts.AsOf)
		fmt.Fprintf(stdout, "  %s (signed %s; %s, %s, as of %s)\n", name(id), ag.Signed, s, c, opts.AsOf)
	}
	fmt.Fprintln(stdout)
	if err := render.WriteText(stdout, ds, v.Entries, render.Options{Languages: []language.Tag{tag}}); err != nil {
		return fail("%v", err)
	}
	return 0
}

// load reads the dataset ([catalog.Open]); the catalog's as-of date applies
// unless the file is alone.
func load(name string, alone bool) (*cooperation.Dataset, cooperation.TimelineOptions, error) {
	var opts cooperation.TimelineOptions
	if !alone {
		opts.AsOf = catalog.AsOf
	}
	ds, err := catalog.Open(name, alone)
	return ds, opts, err
}
