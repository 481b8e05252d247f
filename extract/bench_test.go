package extract_test

import (
	"strings"
	"testing"

	"github.com/coopframe/cooperation/extract"
	"golang.org/x/text/language"
)

var sink *extract.Result

// benchArticle is a 5 KB article made of the date corpus's sentences and
// the test article, in paragraphs.
func benchArticle(b *testing.B) string {
	var sb strings.Builder
	sb.WriteString(article + "\n\n")
	for i, row := range readCorpus(b) {
		if sb.Len() >= 5<<10 {
			break
		}
		sb.WriteString(row.text)
		if i%4 == 3 {
			sb.WriteString("\n\n")
		} else {
			sb.WriteString(" ")
		}
	}
	return sb.String()[:5<<10]
}

func BenchmarkExtract5KB(b *testing.B) {
	ds := base(b)
	text := benchArticle(b)
	for !strings.HasSuffix(text, " ") && len(text) > 0 { // end on a word
		text = text[:len(text)-1]
	}
	a := extract.Article{Text: text, Language: language.English, Published: pub("2024-11-05")}
	if _, err := extract.Extract(a, ds); err != nil { // the name index's automaton is built on first use
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := extract.Extract(a, ds)
		if err != nil {
			b.Fatal(err)
		}
		sink = r
	}
}
