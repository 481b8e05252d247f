package names_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/search"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/names"
)

// syllables make deterministic, pronounceable, distinct names.
var syllables = []string{"ka", "lo", "vi", "ren", "tu", "sam", "pho", "ngu", "yen", "dao", "mai", "lin", "chea", "van", "deth", "son", "ha", "noi", "bin", "wen"}

func word(i int) string {
	var b strings.Builder
	for k := 0; k < 3; k++ {
		b.WriteString(syllables[i%len(syllables)])
		i /= len(syllables)
	}
	return b.String()
}

var han = []rune("国家发展改革委员会商务厅人民政府中华云南广西金边河内东盟合作数字经济")

func hanName(i int) string {
	r := make([]rune, 0, 4)
	for k := 0; k < 4; k++ {
		r = append(r, han[i%len(han)])
		i /= len(han)
	}
	return string(r)
}

// nameDataset has n actors with three names each: an English official
// name, an acronym-like short name and a Chinese name.
func nameDataset(n int) *cooperation.Dataset {
	ds := &cooperation.Dataset{Actors: make([]cooperation.Actor, n)}
	for i := range n {
		w := word(i)
		ds.Actors[i] = cooperation.Actor{ID: cooperation.ID(fmt.Sprintf("a-%d", i)), Kind: cooperation.ActorAgency,
			Names: names.Names{
				{Text: strings.ToUpper(w[:1]) + w[1:] + " Cooperation Bureau " + fmt.Sprint(i), Lang: language.English},
				{Text: strings.ToUpper(w) + fmt.Sprint(i), Lang: language.English, Kind: names.KindAcronym},
				{Text: hanName(i) + fmt.Sprint(i), Lang: language.SimplifiedChinese},
			}}
	}
	ds.Build()
	return ds
}

var bigNames = sync.OnceValue(func() *cooperation.Dataset { return nameDataset(100000) })

// article is about 5 KB of running text mentioning 40 of the names.
func article(ds *cooperation.Dataset) string {
	var b strings.Builder
	filler := "Officials met on Monday to discuss digital economy cooperation, e-commerce and connectivity, said a statement. "
	for i := 0; b.Len() < 5000; i++ {
		b.WriteString(filler)
		a := &ds.Actors[(i*7919)%len(ds.Actors)]
		b.WriteString(a.Names[i%3].Text)
		b.WriteString(" took part. ")
	}
	return b.String()
}

// Benchmark results go to package-level sinks, so that the compiler cannot
// drop the work.
var (
	sink         string
	sinkRefs     []names.Ref
	sinkMentions []names.Mention
	sinkIndex    *names.Index
	sinkFound    int
)

// BenchmarkFold folds 20-character names; the result is kept, so the
// string's allocation counts.
func BenchmarkFold(b *testing.B) {
	for _, s := range []string{"Association of Nation", "Nguyễn Mạnh Hùng Viet", "ភ្នំពេញ", "中华人民共和国国务院"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sink = names.Fold(s)
			}
		})
	}
}

// BenchmarkNameLookup looks names up in an index of 100,000 actors with
// three names each.
func BenchmarkNameLookup(b *testing.B) {
	ix := bigNames().NameIndex()
	ds := bigNames()
	queries := []string{ds.Actors[12345].Names[0].Text, ds.Actors[99999].Names[1].Text, ds.Actors[500].Names[2].Text,
		"Dr " + ds.Actors[7].Names[0].Text, strings.ToUpper(ds.Actors[42].Names[0].Text)}
	for _, q := range queries {
		if refs, _ := ix.Lookup(q); len(refs) == 0 {
			b.Fatalf("%q not found", q)
		}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkRefs, _ = ix.Lookup(queries[i%len(queries)])
		i++
	}
}

func BenchmarkNameIndexBuild(b *testing.B) {
	ds := bigNames()
	b.ReportAllocs()
	for b.Loop() {
		ds.Build() // drops the index
		ix := ds.NameIndex()
		ix.Mentions("") // builds the automaton too
		sinkIndex = ix
	}
}

func BenchmarkMentions(b *testing.B) {
	ds := bigNames()
	ix := ds.NameIndex()
	text := article(ds)
	if n := len(ix.Mentions(text)); n < 30 {
		b.Fatalf("only %d mentions", n)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sinkMentions = ix.Mentions(text)
	}
}

// BenchmarkSearchPerName is the alternative Mentions replaces: x/text/search
// run once per name over the same text. It runs the first 10,000 of the
// 300,000 names; multiply by 30 for the whole index.
func BenchmarkSearchPerName(b *testing.B) {
	ds := bigNames()
	text := article(ds)
	m := search.New(language.English, search.IgnoreCase, search.IgnoreDiacritics, search.IgnoreWidth)
	var pats []*search.Pattern
	for _, a := range ds.Actors[:10000/3+1] {
		for _, n := range a.Names {
			pats = append(pats, m.CompileString(n.Text))
		}
	}
	pats = pats[:10000]
	b.ReportAllocs()
	for b.Loop() {
		found := 0
		for _, p := range pats {
			if s, _ := p.IndexString(text); s >= 0 {
				found++
			}
		}
		sinkFound = found
	}
}

// nestedIndex indexes the nested names "a", "a a", "a a a", ... up to
// words words, each its own entity: every occurrence of a longer name
// holds every shorter one, the worst case for collecting every match.
func nestedIndex(words int) *names.Index {
	return names.NewIndex(func(yield func(string, names.Names) bool) {
		for k := 1; k <= words; k++ {
			text := strings.TrimSpace(strings.Repeat("a ", k))
			if !yield(fmt.Sprint("n-", k), names.Names{{Text: text, Lang: language.English}}) {
				return
			}
		}
	})
}

// BenchmarkMentionsNested runs Mentions over 20 KB of "a a a ..." with
// the nested names of up to 100 words.
func BenchmarkMentionsNested(b *testing.B) {
	ix := nestedIndex(100)
	text := strings.Repeat("a ", 10000)
	if n := len(ix.Mentions(text)); n != 100 {
		b.Fatalf("%d mentions, want 100", n)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sinkMentions = ix.Mentions(text)
	}
}

// BenchmarkMentionsSeeds runs Mentions of the catalog's names over each of
// the five news reports in ../shared/seeds, the real articles the catalog
// was built from.
func BenchmarkMentionsSeeds(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		b.Skip("no seeds: this benchmark needs ../shared/seeds beside the checkout")
	}
	ds, err := catalog.Load()
	if err != nil {
		b.Fatal(err)
	}
	ix := ds.NameIndex()
	ix.Mentions("") // build the automaton
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(f), ".txt")[:3], func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				sinkMentions = ix.Mentions(string(text))
			}
		})
	}
}

var sinkIssues []names.Issue

// BenchmarkCheckText checks names in four scripts; the ASCII one takes
// the fast path.
func BenchmarkCheckText(b *testing.B) {
	for _, s := range []string{"Association of Southeast Asian Nations", "Nguyễn Mạnh Hùng", "ព្រះរាជាណាចក្រកម្ពុជា", "中华人民共和国国务院"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkIssues = names.CheckText(s, language.Und)
			}
		})
	}
}
