package edtf

import "testing"

var sinkDate Date

func benchParse(b *testing.B, s string) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := Parse(s)
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = d
	}
}

func BenchmarkParseL0Day(b *testing.B)          { benchParse(b, "1985-04-12") }
func BenchmarkParseL0DateTime(b *testing.B)     { benchParse(b, "2020-07-09T13:30:00+06:30") }
func BenchmarkParseL1Qualified(b *testing.B)    { benchParse(b, "2004-06-11%") }
func BenchmarkParseL1Unspecified(b *testing.B)  { benchParse(b, "1985-04-XX") }
func BenchmarkParseL0Interval(b *testing.B)     { benchParse(b, "2004-02-01/2005-02-08") }
func BenchmarkParseL1IntervalOpen(b *testing.B) { benchParse(b, "1985-04-12/..") }
func BenchmarkParseL2Set(b *testing.B)          { benchParse(b, "[1667,1668,1670..1672]") }
func BenchmarkParseL2Unspecified(b *testing.B)  { benchParse(b, "XXXX-02-29") }

// BenchmarkParseCorpus parses every valid spec example once per iteration,
// the same strings edtf.js is timed on in BENCHMARKS.md.
func BenchmarkParseCorpus(b *testing.B) {
	var valid []string
	for _, s := range readCorpus(b, sharedDir(b)+"/spec-examples.txt") {
		if _, err := Parse(s); err == nil {
			valid = append(valid, s)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range valid {
			sinkDate, _ = Parse(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(valid)), "ns/parse")
}
