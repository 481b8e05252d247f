package names_test

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coopframe/cooperation/internal/newsroom"
	"github.com/coopframe/cooperation/names"
)

// newsroomNames are the 300,000 names of issue 15 ("Newsroom scale"):
// CLDR state and subdivision names in many languages and synthetic
// organisation and person names in English, Vietnamese, Chinese and
// Khmer, always the same.
var newsroomNames = sync.OnceValue(func() []names.Name { return newsroom.NewsNames(300000, 1) })

var newsroomIndex = sync.OnceValue(func() *names.Index {
	ix := newsroom.NewsIndex(newsroomNames())
	ix.Mentions("") // build the automaton
	return ix
})

// BenchmarkMentionsSize runs Mentions of the 300,000 names over one
// article of 5 KB, one of 500 KB, and the 5 KB one a hundred times over
// (500KBx100): the time per byte (ns/B, cpu-ns/B) must not grow with the
// length of the text. The 5 KB article run again and again keeps the
// automaton's nodes it needs in the processor's caches, as the 500 KB one
// cannot; the repeated one needs the same nodes as the 5 KB one, so it
// shows the cost of the length alone.
func BenchmarkMentionsSize(b *testing.B) {
	ix := newsroomIndex()
	for _, size := range []int{5000, 500000, -500000} {
		text := newsroom.NewsArticle(newsroomNames(), 0, max(size, -size), 1)
		name := fmt.Sprintf("%dKB", size/1000)
		if size < 0 {
			text = strings.Repeat(newsroom.NewsArticle(newsroomNames(), 0, 5000, 1), 100)
			name = "500KBx100"
		}
		b.Run(name, func(b *testing.B) {
			if n := len(ix.Mentions(text)); n < size/500 {
				b.Fatalf("only %d mentions", n)
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			start, cpu := time.Now(), cpuTime()
			for b.Loop() {
				sinkMentions = ix.Mentions(text)
			}
			b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(b.N)/float64(len(text)), "ns/B")
			b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N)/float64(len(text)), "cpu-ns/B")
		})
	}
}

// newsDay is a day of news: 10,000 articles of 5 KB.
var newsDay = sync.OnceValue(func() []string {
	ns := newsroomNames()
	day := make([]string, 10000)
	for k := range day {
		day[k] = newsroom.NewsArticle(ns, k, 5000, 1)
	}
	return day
})

var sinkDay [][]names.Mention

// BenchmarkNewsDay runs Mentions of the 300,000 names over a day of news
// (10,000 articles of 5 KB), with MentionsAll on GOMAXPROCS goroutines
// ("all") and with one goroutine ("one"). It reports the time of a day
// on the clock (s/day) and in processor time (cpu-s/day): on a machine
// shared with other work the first grows, and the second divided by the
// cores says what an idle machine would take.
func BenchmarkNewsDay(b *testing.B) {
	ix := newsroomIndex()
	day := newsDay()
	for _, mode := range []string{"all", "one"} {
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			start, cpu := time.Now(), cpuTime()
			for b.Loop() {
				if mode == "all" {
					sinkDay = ix.MentionsAll(day)
					continue
				}
				sinkDay = make([][]names.Mention, len(day))
				for i, t := range day {
					sinkDay[i] = ix.Mentions(t)
				}
			}
			b.ReportMetric(time.Since(start).Seconds()/float64(b.N), "s/day")
			b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N), "cpu-s/day")
			b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
		})
	}
}
