package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"

	"github.com/coopframe/cooperation/gdelt"
)

const sample = "../../../shared/data/gdelt-events-sample/events2samps.csv"

// TestPipelineDirect runs the pipeline on Beam's direct runner over the
// shared sample and checks that it makes the events and the ledger the
// gdelt.Reader makes.
func TestPipelineDirect(t *testing.T) {
	raw, err := os.ReadFile(sample)
	if err != nil {
		t.Skipf("GDELT sample not found (%v): this test needs ../shared/data/gdelt-events-sample beside the checkout", err)
	}
	text := strings.TrimRight(string(raw), "\n")
	all := strings.Split(text, "\n")
	head, body := all[0], all[1:]
	numbered := make([]string, len(body))
	for i, l := range body {
		numbered[i] = strconv.Itoa(i+2) + "\t" + l
	}

	// What the Reader makes of the same file.
	r := gdelt.NewReader(bytes.NewReader(raw), "input")
	events := 0
	for {
		if _, err := r.Next(); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		events++
	}
	l := r.Ledger()
	want := []any{"rows=" + strconv.Itoa(l.Rows), "cells=" + strconv.Itoa(l.Cells), "carried=" + strconv.Itoa(l.Carried)}
	rules := make([]string, 0, len(l.ByRule))
	for rule, n := range l.ByRule {
		rules = append(rules, "reported:"+string(rule)+"="+strconv.Itoa(n))
	}
	sort.Strings(rules)
	for _, s := range rules {
		want = append(want, s)
	}
	if events != 4768 {
		t.Fatalf("the Reader made %d events, want 4,768", events)
	}

	p, s := beam.NewPipelineWithRoot()
	lines := beam.CreateList(s, numbered)
	ev, ledger := Build(s, lines, head, ",")
	passert.Count(s, ev, "events", events)
	passert.Equals(s, ledger, want...)
	if _, err := direct.Execute(context.Background(), p); err != nil {
		t.Fatal(err)
	}
}
