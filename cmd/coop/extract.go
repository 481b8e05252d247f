package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/extract"
	"golang.org/x/text/language"
)

// runExtract reads a news article and prints what it proposes: the dates,
// amounts, actors and persons with their byte offsets and confidence, one
// a line, or with -draft the draft layer on the dataset as JSON.
func runExtract(args []string, e *env) int {
	fs := newFlags(e, "[-data FILE] [-alone] [-lang TAG] [-published DATE] [-dateline TEXT] [-draft] ARTICLE|-")
	df := addDataFlags(fs)
	lang := fs.String("lang", "en", "the article's language (BCP 47)")
	published := fs.String("published", "", "the publication date (EDTF, may be partial: 2022?-11)")
	dateline := fs.String("dateline", "", `the dateline ("NANNING, Sept. 14"); found in the text when empty`)
	draft := fs.Bool("draft", false, "print the draft layer (JSON) instead of the proposals")
	if status, done := parse(fs, args); done {
		return status
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		return e.fail(exitUsage, "-lang %q: %v", *lang, err)
	}
	var pub edtf.Date
	if *published != "" {
		if pub, err = edtf.Parse(*published); err != nil {
			return e.fail(exitUsage, "-published: %v", err)
		}
	}
	var text []byte
	if name := fs.Arg(0); name == "-" {
		text, err = readAtMost(e.stdin, extract.MaxText)
	} else {
		var f *os.File
		if f, err = os.Open(name); err == nil {
			text, err = readAtMost(f, extract.MaxText)
			f.Close()
		}
	}
	if err != nil {
		return e.fail(exitUsage, "%v", err)
	}
	base, err := df.load()
	if err != nil {
		return e.fail(exitFail, "%v", err)
	}
	r, err := extract.Extract(extract.Article{Text: string(text), Language: tag, Published: pub, Dateline: *dateline}, base)
	if err != nil {
		return e.fail(exitFail, "%v", err)
	}
	if *draft {
		ds, err := r.Draft(extract.DraftOptions{Base: base})
		if err != nil {
			return e.fail(exitFail, "%v", err)
		}
		if err := ds.Encode(e.stdout); err != nil {
			return e.fail(exitFail, "%v", err)
		}
		return exitOK
	}
	line := func(kind string, s extract.Span, quoted, value string, c extract.Confidence) {
		fmt.Fprintf(e.stdout, "%s\t%d-%d\t%s\t%s\t%s\n", kind, s.Start, s.End, strconv.Quote(quoted), value, c)
	}
	for _, t := range r.Temporals {
		line("date", t.Span, t.Text, t.Value.String(), t.Confidence)
	}
	for _, a := range r.Amounts {
		v := a.Value.String()
		for _, q := range a.Equivalents {
			v += " = " + q.String()
		}
		if a.Change {
			v = "change " + v
		}
		line("amount", a.Span, a.Text, v, a.Confidence)
	}
	for _, m := range r.Actors {
		line("actor", m.Span, m.Text, fmt.Sprint(m.IDs), m.Confidence)
	}
	for _, p := range r.Persons {
		line("person", p.Span, p.Text, string(p.Actor), p.Confidence)
	}
	return exitOK
}
