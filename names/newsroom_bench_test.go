package names_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/coopframe/cooperation/internal/ahocorasick/newsroom"
	"github.com/coopframe/cooperation/names"
)

// newsroomNames are the 300,000 names of issue 15 ("Newsroom scale"):
// CLDR state and subdivision names in many languages and synthetic
// organisation and person names in English, Vietnamese, Chinese and
// Khmer, always the same.
var newsroomNames = sync.OnceValue(func() []names.Name { return newsroom.Names(300000, 1) })

var newsroomIndex = sync.OnceValue(func() *names.Index {
	ix := newsroom.Index(newsroomNames())
	ix.Mentions("") // build the automaton
	return ix
})

// BenchmarkMentionsSize runs Mentions of the 300,000 names over one
// article of 5 KB and one of 500 KB: the time per byte (ns/B) must not
// grow with the length of the text.
func BenchmarkMentionsSize(b *testing.B) {
	ix := newsroomIndex()
	for _, size := range []int{5000, 500000} {
		text := newsroom.Article(newsroomNames(), 0, size, 1)
		b.Run(fmt.Sprintf("%dKB", size/1000), func(b *testing.B) {
			if n := len(ix.Mentions(text)); n < size/500 {
				b.Fatalf("only %d mentions", n)
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			start := time.Now()
			for b.Loop() {
				sinkMentions = ix.Mentions(text)
			}
			b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(b.N)/float64(len(text)), "ns/B")
		})
	}
}
