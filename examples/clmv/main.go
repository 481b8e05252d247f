// Command clmv shows the CLMV grouping from the embedded catalog: its
// members and the coordinator, its action plans and their succession, what
// was in force in a year, and its 13th economic ministers' meeting inside
// the 53rd ASEAN Economic Ministers' Meeting, with the meeting's outcomes.
// With -data FILE it reads the file as a layer on the catalog, so that what
// the file adds (a membership, a plan, an initiative CLMV members work
// under) shows; with -alone as well, the file on its own, which must then
// hold those entities itself.
//
//	go run ./examples/clmv
//	go run ./examples/clmv -year 2020
//	go run ./examples/clmv -data mydata.json
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("clmv", flag.ContinueOnError)
	fs.SetOutput(stderr)
	year := fs.String("year", "2021", "the year (an EDTF date) to list what was in force")
	data := fs.String("data", "", "a dataset file in the JSON form, read as a layer on the embedded catalog")
	alone := fs.Bool("alone", false, "read -data FILE on its own, without the catalog")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "clmv: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *alone && *data == "" {
		fmt.Fprintln(stderr, "clmv: -alone needs -data FILE")
		return 2
	}
	at, err := edtf.Parse(*year)
	if err != nil {
		fmt.Fprintf(stderr, "clmv: -year: %v\n", err)
		return 2
	}
	ds, err := catalog.Open(*data, *alone)
	if err != nil {
		fmt.Fprintf(stderr, "clmv: %v\n", err)
		return 2
	}
	// The entities shown: with -alone, the file must hold them.
	first := cooperation.ID("clmv-ecap-2019-2020")
	_, okGroup := ds.Actor("clmv")
	_, okPlan := ds.Initiative(first)
	emm, okMeeting := ds.Event("clmv-emm-13")
	if !okGroup || !okPlan || !okMeeting {
		fmt.Fprintln(stderr, "clmv: the dataset lacks the actor clmv, the initiative clmv-ecap-2019-2020 or the event clmv-emm-13")
		return 1
	}
	parent, ok := ds.Event(emm.PartOf)
	if !ok {
		fmt.Fprintf(stderr, "clmv: no event %q in the dataset\n", emm.PartOf)
		return 1
	}
	en := names.NewChooser(language.English)
	name := func(id cooperation.ID) string { n, _ := en.Display(ds.Names(id)); return n.Text }
	full := func(id cooperation.ID) string { n, _ := en.Best(ds.Names(id)); return n.Text }

	fmt.Fprintf(stdout, "%s (%s)\n\n", full("clmv"), acronym(ds.Names("clmv")))
	members := ds.MembersAt("clmv", at)
	fmt.Fprintf(stdout, "members and roles in %s:\n", at)
	for _, m := range members {
		if m.Certainty == cooperation.CertaintyCertain {
			fmt.Fprintf(stdout, "  %-10s %s\n", name(m.ID), m.Role)
		}
	}
	for _, m := range members {
		if m.Certainty == cooperation.CertaintyPossible {
			fmt.Fprintf(stdout, "  %-10s %s (no dates recorded)\n", name(m.ID), m.Role)
		}
	}

	fmt.Fprintln(stdout, "\naction plans, in succession:")
	for _, id := range append([]cooperation.ID{first}, ds.Successors(first)...) {
		if in, ok := ds.Initiative(id); ok {
			fmt.Fprintf(stdout, "  %s  %s\n", in.Period, full(id))
		}
	}

	fmt.Fprintf(stdout, "\nframeworks and plans CLMV members work under in %s:\n", at)
	for _, a := range ds.ActiveAt(at) {
		in, ok := ds.Initiative(a.ID)
		if ok && a.Certainty == cooperation.CertaintyCertain && involves(in, "clmv", "asean", "kh", "la", "mm", "vn") {
			fmt.Fprintf(stdout, "  %-12s %s\n", in.Kind, full(a.ID))
		}
	}

	fmt.Fprintf(stdout, "\n%s, %s", full(emm.ID), emm.Date)
	if emm.Online {
		fmt.Fprint(stdout, ", online")
	}
	if len(emm.Hosts) > 0 {
		fmt.Fprintf(stdout, ", hosted by %s", name(emm.Hosts[0]))
	}
	fmt.Fprintf(stdout, "\n  part of %s (%s)\n", full(parent.ID), parent.Date)
	for _, p := range emm.Participants {
		if p.Role == cooperation.ParticipantRoleHeadOfDelegation {
			fmt.Fprintf(stdout, "  head of delegation for %s: %s\n", name(p.For), name(p.Actor))
		}
	}
	fmt.Fprintln(stdout, "  outcomes:")
	for _, o := range emm.Outcomes {
		by := ""
		if o.By != "" {
			by = name(o.By) + ": "
		}
		var refs []string
		for _, r := range o.Refs {
			refs = append(refs, name(r))
		}
		line := fmt.Sprintf("  - [%s] %s%s", o.Kind, by, o.Summary)
		if len(refs) > 0 {
			line += " (" + strings.Join(refs, "; ") + ")"
		}
		if !o.Period.IsZero() {
			line += " for " + o.Period.String()
		}
		fmt.Fprintln(stdout, line)
	}
	return 0
}

// acronym returns the entity's acronym, or its first name.
func acronym(ns names.Names) string {
	for _, n := range ns {
		if n.Kind == names.KindAcronym {
			return n.Text
		}
	}
	if len(ns) == 0 {
		return ""
	}
	return ns[0].Text
}

func involves(in *cooperation.Initiative, ids ...cooperation.ID) bool {
	for _, l := range append(append([]cooperation.ID(nil), in.Leads...), in.Participants...) {
		for _, id := range ids {
			if l == id {
				return true
			}
		}
	}
	return false
}
