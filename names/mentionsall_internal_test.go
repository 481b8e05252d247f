package names

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// TestMentionsAll checks that MentionsAll gives what Mentions gives for
// each text, whatever the number of goroutines, and nothing for no texts.
func TestMentionsAll(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 2))
	ix := NewIndex(func(yield func(string, Names) bool) {
		for i, w := range mentionWords {
			if !yield(w, Names{{Text: w}}) || !yield(w+"-2", Names{{Text: w + " " + mentionWords[(i+1)%len(mentionWords)]}}) {
				return
			}
		}
	})
	texts := make([]string, 200)
	for i := range texts {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(mentionWords[r.IntN(len(mentionWords))])
			b.WriteString([]string{" ", ", ", "-", "\u200b"}[r.IntN(4)])
		}
		texts[i] = b.String()
	}
	for _, procs := range []int{1, 2, 7} {
		t.Run(fmt.Sprint(procs, " procs"), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			if got := ix.MentionsAll(nil); len(got) != 0 {
				t.Errorf("MentionsAll(nil) = %v", got)
			}
			got := ix.MentionsAll(texts)
			if len(got) != len(texts) {
				t.Fatalf("%d results for %d texts", len(got), len(texts))
			}
			for i, text := range texts {
				if diff := gocmp.Diff(spans(ix.Mentions(text)), spans(got[i])); diff != "" {
					t.Fatalf("text %q (-Mentions +MentionsAll):\n%s", text, diff)
				}
			}
		})
	}
}
