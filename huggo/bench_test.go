package huggo

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// sink keeps the benchmarks' results alive.
var sink Result

// readData returns a real file, or skips b when it is absent.
func readData(b *testing.B, name string) []byte {
	data, err := os.ReadFile(filepath.Join(dataDir, name))
	if err != nil {
		b.Skipf("HUGGO data not found (%v): this benchmark needs ../shared/data/huggo-agreements beside the checkout", err)
	}
	return data
}

// BenchmarkReadAgreements imports HUGGO_clean.csv (4,532 rows).
func BenchmarkReadAgreements(b *testing.B) {
	data := readData(b, AgreementsFile)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var im Importer
		if err := im.ReadAgreements(bytes.NewReader(data), AgreementsFile); err != nil {
			b.Fatal(err)
		}
		sink = im.Result()
	}
}

// BenchmarkReadMemberships imports both membership files (13,021 rows).
// Linking needs the agreements file, which each iteration reads with the
// timer stopped.
func BenchmarkReadMemberships(b *testing.B) {
	agreements := readData(b, AgreementsFile)
	env := readData(b, EnvFile)
	trade := readData(b, TradeFile)
	b.ReportAllocs()
	b.SetBytes(int64(len(env) + len(trade)))
	for b.Loop() {
		var im Importer
		b.StopTimer()
		if err := im.ReadAgreements(bytes.NewReader(agreements), AgreementsFile); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := im.ReadMemberships(bytes.NewReader(env), EnvFile); err != nil {
			b.Fatal(err)
		}
		if err := im.ReadMemberships(bytes.NewReader(trade), TradeFile); err != nil {
			b.Fatal(err)
		}
		sink = im.Result()
	}
}
