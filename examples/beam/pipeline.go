// Command beam runs the gdelt package's per-row conversion in an Apache
// Beam pipeline: each line of a GDELT 2.0 events file is converted by
// gdelt.Convert in Beam's workers, the records are grouped by gdelt.Key
// into events as gdelt.Reader collapses them, and the loss ledger is
// summed across workers.
//
//	go run . -input events.CSV -output events.jsonl
//
// The input is GDELT's own layout (tab-separated, no header), or a file
// with a header given by -header (its first line). It runs on Beam's
// direct runner unless --runner says otherwise.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/gdelt"
)

func init() {
	register.DoFn4x0[context.Context, string, func(string, string), func(string, int)](&convertFn{})
	register.Emitter2[string, string]()
	register.Emitter2[string, int]()
	register.Function3x1[string, func(*string) bool, func(string), error](toEvent)
	register.Emitter1[string]()
	register.Function2x1[string, int, string](formatCount)
	beam.RegisterType(reflect.TypeOf((*record)(nil)).Elem())
}

// record is what a worker sends to the grouping: one converted row.
type record struct {
	Line   int                `json:"line"`
	Date   string             `json:"date"`
	Coding cooperation.Coding `json:"coding"`
	Key    gdelt.Key          `json:"key"`
}

// convertFn converts one line "N\ttext" (its line number, a tab, the
// line) with gdelt.Convert. It holds only the layout, made once in Setup,
// which every bundle reads.
type convertFn struct {
	Header string `json:"header"` // the file's header line, "" for GDELT's layout
	Delim  string `json:"delim"`  // "\t" or ","

	layout gdelt.Layout
}

func (f *convertFn) Setup() error {
	if f.Header == "" {
		f.layout = gdelt.Standard()
		return nil
	}
	l, err := gdelt.ParseHeader(strings.Split(f.Header, f.Delim))
	f.layout = l
	return err
}

// ProcessElement emits the record under its key, and the ledger's counts
// under "cells", "carried" and "reported:RULE".
func (f *convertFn) ProcessElement(_ context.Context, numbered string, emit func(string, string), count func(string, int)) {
	n, line, _ := strings.Cut(numbered, "\t")
	no, _ := strconv.Atoi(n)
	fields := split(line, f.Delim)
	row := gdelt.Convert(&f.layout, fields, &gdelt.Options{}, "input", no)
	count("rows", row.Ledger.Rows)
	count("cells", row.Ledger.Cells)
	count("carried", row.Ledger.Carried)
	for r, k := range row.Ledger.ByRule {
		count("reported:"+string(r), k)
	}
	if !row.Imported {
		return
	}
	b, err := json.Marshal(record{Line: no, Date: row.Date.String(), Coding: row.Coding, Key: row.Key})
	if err != nil {
		panic(err) // every field of a Coding marshals
	}
	k := row.Key
	emit(strings.Join([]string{k.Added, k.URL, k.Date, k.Code, k.Source, k.Target}, "\x1f"), string(b))
}

// split splits a line as gdelt.Reader does: at tabs, or at commas with
// CSV's double quotes.
func split(line, delim string) []string {
	if delim == "\t" {
		return strings.Split(line, "\t")
	}
	var out []string
	for {
		if strings.HasPrefix(line, `"`) {
			var sb strings.Builder
			i := 1
			for ; i < len(line); i++ {
				if line[i] == '"' {
					if i+1 < len(line) && line[i+1] == '"' {
						sb.WriteByte('"')
						i++
						continue
					}
					break
				}
				sb.WriteByte(line[i])
			}
			if i+1 >= len(line) {
				return append(out, sb.String())
			}
			if line[i+1] == ',' {
				out = append(out, sb.String())
				line = line[i+2:]
				continue
			}
		}
		v, rest, ok := strings.Cut(line, ",")
		out = append(out, v)
		if !ok {
			return out
		}
		line = rest
	}
}

// toEvent makes one event of the records of one key, ordered by line as
// the Reader keeps them, and emits it as JSON.
func toEvent(_ string, records func(*string) bool, emit func(string)) error {
	var rs []record
	var s string
	for records(&s) {
		var r record
		if err := json.Unmarshal([]byte(s), &r); err != nil {
			return err
		}
		rs = append(rs, r)
	}
	slices.SortFunc(rs, func(a, b record) int { return a.Line - b.Line })
	e := struct {
		ID    cooperation.ID       `json:"id"`
		Date  string               `json:"date,omitempty"`
		Coded []cooperation.Coding `json:"coded"`
	}{ID: cooperation.IDFrom("gdelt-" + rs[0].Coding.Identifier.Value), Date: rs[0].Date}
	for _, r := range rs {
		e.Coded = append(e.Coded, r.Coding)
	}
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	emit(string(b))
	return nil
}

func formatCount(k string, n int) string { return fmt.Sprintf("%s=%d", k, n) }

// Build adds the pipeline to s for numbered lines ("N\ttext"): it returns
// the events as JSON and the ledger's sums as "name=N".
func Build(s beam.Scope, lines beam.PCollection, header, delim string) (events, ledger beam.PCollection) {
	keyed, counts := beam.ParDo2(s, &convertFn{Header: header, Delim: delim}, lines)
	events = beam.ParDo(s, toEvent, beam.GroupByKey(s, keyed))
	ledger = beam.ParDo(s, formatCount, stats.SumPerKey(s, counts))
	return events, ledger
}

var (
	input  = flag.String("input", "", "GDELT 2.0 events file")
	output = flag.String("output", "events.jsonl", "where to write the events, one JSON object a line")
	header = flag.String("header", "", "the file's header line, when it has one (give the line, tab- or comma-separated)")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" {
		log.Fatal("no -input")
	}
	delim := "\t"
	if *header != "" && !strings.Contains(*header, "\t") {
		delim = ","
	}
	p, s := beam.NewPipelineWithRoot()
	// textio gives no line numbers; a record's line is then 0, and the
	// records of an event keep the order the runner gives them.
	lines := beam.ParDo(s, func(l string) string { return "0\t" + l }, textio.Read(s, *input))
	events, ledger := Build(s, lines, *header, delim)
	textio.Write(s, *output, events)
	textio.Write(s, *output+".ledger", ledger)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatal(err)
	}
}
