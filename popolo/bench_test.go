package popolo_test

import (
	"io"
	"testing"

	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/popolo"
)

var sink *popolo.Document

// BenchmarkExport exports the catalog.
func BenchmarkExport(b *testing.B) {
	ds, err := catalog.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		sink, _ = popolo.Export(ds)
	}
}

// BenchmarkWrite exports the catalog and encodes it.
func BenchmarkWrite(b *testing.B) {
	ds, err := catalog.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := popolo.Write(io.Discard, ds); err != nil {
			b.Fatal(err)
		}
	}
}
