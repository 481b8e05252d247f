// Command extract reads a news article and prints what package extract
// proposes from it: the dates, amounts, known actors and persons, each
// with its byte offsets, text, value and confidence.
//
// Usage:
//
//	extract [-lang en] [-published 2015-09-15] [-dateline "NANNING, Sept. 14"] [-draft] article.txt
//
// With -draft it prints the draft dataset (a layer on the catalog) in the
// library's JSON form instead, and the problems validation finds in it.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/extract"
	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// pad returns s followed by spaces to n terminal columns: x/text's width
// package says which characters take two (Chinese) and which none.
func pad(s string, n int) string {
	cols := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			cols += 2
		default:
			if r >= 0x300 && r < 0x370 { // combining marks
				continue
			}
			cols++
		}
	}
	if cols >= n {
		return s
	}
	return s + strings.Repeat(" ", n-cols)
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langFlag := fs.String("lang", "en", "the article's language (BCP 47)")
	pubFlag := fs.String("published", "", "the publication date (EDTF, may be partial: 2022?-11)")
	dateline := fs.String("dateline", "", `the dateline ("NANNING, Sept. 14"); found in the text when empty`)
	draft := fs.Bool("draft", false, "print the draft dataset and its problems instead")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "extract: "+format+"\n", a...)
		return 2
	}
	if fs.NArg() != 1 {
		return fail("want one article file")
	}
	tag, err := language.Parse(*langFlag)
	if err != nil {
		return fail("-lang %q: %v", *langFlag, err)
	}
	var pub edtf.Date
	if *pubFlag != "" {
		if pub, err = edtf.Parse(*pubFlag); err != nil {
			return fail("-published: %v", err)
		}
	}
	text, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return fail("%v", err)
	}
	base, err := catalog.Default()
	if err != nil {
		return fail("%v", err)
	}
	r, err := extract.Extract(extract.Article{Text: string(text), Language: tag, Published: pub, Dateline: *dateline}, base)
	if err != nil {
		return fail("%v", err)
	}
	if *draft {
		ds, err := r.Draft(extract.DraftOptions{Base: base})
		if err != nil {
			return fail("%v", err)
		}
		var b bytes.Buffer
		if err := ds.Encode(&b); err != nil {
			return fail("%v", err)
		}
		stdout.Write(b.Bytes())
		for _, p := range ds.Validate(cooperation.ValidateOptions{}) {
			fmt.Fprintf(stdout, "problem: %s\n", p)
		}
		return 0
	}
	for _, t := range r.Temporals {
		v := t.Value.String()
		if !t.Time.IsZero() {
			v += " " + t.Time.String()
			if !t.Offset {
				v += " (offset unknown)"
			}
		}
		fmt.Fprintf(stdout, "date    %5d-%-5d %s %-28s %-8s %s\n", t.Start, t.End, pad(strconv.Quote(t.Text), 32), v, t.Kind, t.Confidence)
	}
	for _, a := range r.Amounts {
		v := a.Value.String()
		for _, e := range a.Equivalents {
			v += " = " + e.String()
		}
		if a.Change {
			v = "change " + v
		}
		fmt.Fprintf(stdout, "amount  %5d-%-5d %s %-37s %s\n", a.Start, a.End, pad(strconv.Quote(a.Text), 32), v, a.Confidence)
	}
	for _, m := range r.Actors {
		fmt.Fprintf(stdout, "actor   %5d-%-5d %s %-37s %s\n", m.Start, m.End, pad(strconv.Quote(m.Text), 32), fmt.Sprint(m.IDs), m.Confidence)
	}
	for _, p := range r.Persons {
		v := string(p.Actor)
		if v == "" {
			v = "(new)"
		}
		if p.Post != "" {
			v += "; " + p.Post
			if p.Org != "" {
				v += " @" + string(p.Org)
			}
		}
		if len(p.Name.Honorifics) > 0 {
			v += fmt.Sprintf("; honorifics %q", p.Name.Honorifics)
		}
		fmt.Fprintf(stdout, "person  %5d-%-5d %s %s %s\n", p.Start, p.End, pad(strconv.Quote(p.Text), 32), v, p.Confidence)
	}
	return 0
}
