// Command names shows an actor's names across languages, with the state
// names CLDR has for its country, and the catalog's actors sorted as
// readers of several languages sort them. With -data FILE it reads the
// file as a layer on the catalog, its actors among the catalog's, and with
// -alone as well the file on its own.
//
//	go run ./examples/names               # Cambodia
//	go run ./examples/names -actor kh-12  # Phnom Penh
//	go run ./examples/names -find "Dato Lim Jock Hoi"
//	go run ./examples/names -data testdata/layer/lmc.json -actor lmc
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/statename"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("names", flag.ContinueOnError)
	fs.SetOutput(stderr)
	actor := fs.String("actor", "kh", "the actor whose names to show")
	locales := fs.String("locales", "en,vi,zh-Hans,zh-Hant,km,th", "comma-separated languages to sort the actors for")
	top := fs.Int("top", 8, "how many actors of each sorted list to show")
	find := fs.String("find", "", "look a name up instead: exact, without honorifics, by prefix or fuzzily")
	data := fs.String("data", "", "a dataset file in the JSON form, read as a layer on the embedded catalog")
	alone := fs.Bool("alone", false, "read -data FILE on its own, without the catalog")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fail := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "names: "+format+"\n", args...)
		return 2
	}
	if fs.NArg() > 0 {
		return fail("unexpected argument %q", fs.Arg(0))
	}
	if *alone && *data == "" {
		return fail("-alone needs -data FILE")
	}
	if *top < 0 {
		return fail("-top must not be negative")
	}
	ds, err := catalog.Open(*data, *alone)
	if err != nil {
		return fail("%v", err)
	}
	if *find != "" {
		ms := ds.NameIndex().Find(*find, 0, 5)
		if len(ms) == 0 {
			fmt.Fprintf(stdout, "%q: no match\n", *find)
			return 1
		}
		for _, m := range ms {
			fmt.Fprintf(stdout, "%q: %s via %q (%s, %s", *find, m.ID, m.Name.Text, m.Name.Lang, m.How)
			if m.How == names.MatchFuzzy {
				fmt.Fprintf(stdout, ", %d edits", m.Distance)
			}
			fmt.Fprintln(stdout, ")")
		}
		return 0
	}
	a, ok := ds.Actor(cooperation.ID(*actor))
	if !ok {
		return fail("no actor %q in the dataset", *actor)
	}
	var tags []language.Tag
	for _, s := range strings.Split(*locales, ",") {
		t, err := language.Parse(strings.TrimSpace(s))
		if err != nil {
			return fail("-locales %q: %v", s, err)
		}
		tags = append(tags, t)
	}

	fmt.Fprintf(stdout, "%s (%s):\n", a.ID, a.Kind)
	for _, n := range a.Names {
		fmt.Fprintf(stdout, "  %-8s %-16s %s\n", n.Lang, n.Kind, n.Text)
	}
	if a.Kind == cooperation.ActorPerson {
		p := names.PersonNameOf(a.Names, a.Honorifics, language.English)
		fmt.Fprintf(stdout, "  as a person: %s name, family %q, given %q, honorifics %q, listed as %q, after a first mention %q\n",
			p.Order, p.Family, p.Given, p.Honorifics, p.Sortable(), p.Short())
	}
	if a.Subdivision.IsValid() {
		fmt.Fprintf(stdout, "CLDR names of %s:\n", a.Subdivision)
		for _, t := range tags {
			if n, ok := a.Subdivision.Name(t); ok {
				fmt.Fprintf(stdout, "  %-8s %s\n", t, n)
			}
		}
	}
	if !a.Country.IsZero() {
		fmt.Fprintf(stdout, "CLDR names of %s (%d languages in all):\n", a.Country, len(statename.Names(a.Country.Region())))
		for _, t := range tags {
			if n, ok := statename.Name(a.Country.Region(), t); ok {
				fmt.Fprintf(stdout, "  %-8s %s\n", t, n)
			}
		}
	}
	fmt.Fprintln(stdout, "which name a reader sees:")
	for _, t := range tags {
		n, conf := a.Names.Display(t)
		fmt.Fprintf(stdout, "  %-8s %s (%s)\n", t, n.Text, conf)
	}

	ids := make([]cooperation.ID, len(ds.Actors))
	for i := range ds.Actors {
		ids[i] = ds.Actors[i].ID
	}
	for _, t := range tags {
		if *top == 0 {
			break
		}
		reader := names.NewChooser(t)
		slices.Sort(ids) // actors with the same name keep the order of their IDs
		names.SortBy(names.NewCollator(t), ids, func(id cooperation.ID) string {
			n, _ := reader.Display(ds.Names(id))
			return n.Text
		})
		fmt.Fprintf(stdout, "actors sorted for %s, the first %d:\n", t, *top)
		for _, id := range ids[:min(*top, len(ids))] {
			n, _ := reader.Display(ds.Names(id))
			fmt.Fprintf(stdout, "  %s\n", n.Text)
		}
	}
	return 0
}
