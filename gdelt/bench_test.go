package gdelt

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"testing"

	cooperation "github.com/coopframe/cooperation"
)

// sinkEvents is the benchmarks' sink.
var sinkEvents int

// repeated returns a reader of the header then body n times over, without
// holding n copies.
func repeated(header, body []byte, n int) io.Reader {
	rs := []io.Reader{bytes.NewReader(header)}
	for range n {
		rs = append(rs, bytes.NewReader(body))
	}
	return io.MultiReader(rs...)
}

// BenchmarkReader100x streams a synthetic file of the sample's rows 100
// times over (609,000 rows, 270 MB), generated in the benchmark: each
// copy is three batches of its own, as GDELT's 15-minute files follow
// one another. It reports the peak live heap, sampled every 20,000
// events, which stays that of one batch whatever the input's size.
func BenchmarkReader100x(b *testing.B) {
	raw := realData(b)
	i := bytes.IndexByte(raw, '\n') + 1
	header, body := raw[:i], raw[i:]
	b.ReportAllocs()
	b.SetBytes(int64(len(header) + 100*len(body)))
	var peak uint64
	var ms runtime.MemStats
	for b.Loop() {
		r := NewReader(repeated(header, body, 100), "synthetic.csv")
		r.OnProblem = func(cooperation.Problem) {}
		n := 0
		for {
			_, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
			if n%20000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		}
		if n != 100*4768 {
			b.Fatalf("%d events", n)
		}
		sinkEvents = n
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// BenchmarkReaderSample streams the sample once, for comparison.
func BenchmarkReaderSample(b *testing.B) {
	raw := realData(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	var peak uint64
	var ms runtime.MemStats
	for b.Loop() {
		r := NewReader(bytes.NewReader(raw), sampleFile)
		r.OnProblem = func(cooperation.Problem) {}
		n := 0
		for {
			if _, err := r.Next(); err != nil {
				break
			}
			n++
			if n%1000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		}
		sinkEvents = n
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// BenchmarkConvert converts one row, as an engine's worker would.
func BenchmarkConvert(b *testing.B) {
	raw := realData(b)
	r := NewReader(bytes.NewReader(raw), sampleFile)
	line, _ := r.readLine()
	r.split(line)
	l, err := ParseHeader(r.fields)
	if err != nil {
		b.Fatal(err)
	}
	line, _ = r.readLine()
	r.split(line)
	fields := append([]string(nil), r.fields...)
	b.ReportAllocs()
	for b.Loop() {
		row := Convert(&l, fields, &Options{}, sampleFile, 2)
		sinkEvents += row.Ledger.Carried
	}
}
