package ftm_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/ftm"
)

var sinkN int

func BenchmarkWriteCatalog(b *testing.B) {
	ds, err := catalog.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := ftm.Write(io.Discard, ds, ftm.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteSynthetic10k writes a synthetic dataset of 10,000
// entities (states, ministries, persons, agreements, events, projects).
func BenchmarkWriteSynthetic10k(b *testing.B) {
	ds := synthetic(10000)
	var buf bytes.Buffer
	if err := ftm.Write(&buf, ds, ftm.Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		es, err := ftm.Entities(ds, ftm.Options{})
		if err != nil {
			b.Fatal(err)
		}
		sinkN = len(es)
	}
}

func BenchmarkWriteSynthetic10kJSON(b *testing.B) {
	ds := synthetic(10000)
	b.ReportAllocs()
	for b.Loop() {
		if err := ftm.Write(io.Discard, ds, ftm.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadCatalog(b *testing.B) {
	ds, err := catalog.Default()
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := ftm.Write(&buf, ds, ftm.Options{}); err != nil {
		b.Fatal(err)
	}
	in := buf.Bytes()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		out, err := ftm.Read(bytes.NewReader(in), ftm.ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		sinkN = len(out.Actors)
	}
}
