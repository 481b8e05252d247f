package gdelt

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	cooperation "github.com/coopframe/cooperation"
)

// FuzzReader reads hostile inputs (short rows, invalid UTF-8, huge
// fields, bad headers) and checks that the Reader never panics, that its
// ledger balances, and that every row it imported is a record of exactly
// one event.
func FuzzReader(f *testing.F) {
	header := strings.Join(columnNames[:], ",")
	row := "669666350,20070704,200707,2007,2007.5041,,,,,,,,,,,CVL,NEIGHBORHOOD,,,,,,CVL,,,1,040,\" Consult, not specified below\",040,04,1,1.0,5,1,5,-0.11641443538999001,0,,,,,,,,0,,,,,,,,0,,,,,,,,20170701234500,http://example.org/a"
	f.Add([]byte(header + "\n" + row + "\n" + row + "\n"))
	f.Add([]byte(header + "\n" + row[:40] + "\n"))
	f.Add([]byte(header + "\n" + strings.Replace(row, "NEIGHBORHOOD", "NEIGH\xff\xfeBORHOOD", 1) + "\n"))
	f.Add([]byte(header + "\n" + strings.Replace(row, "NEIGHBORHOOD", strings.Repeat("x", 5000), 1) + "\n"))
	f.Add([]byte(strings.ReplaceAll(row, ",", "\t")[:200] + "\n"))
	f.Add([]byte("GLOBALEVENTID,Nope\n1,2\n"))
	f.Add([]byte(header + "\n\"unterminated," + row + "\r\n\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data), "fuzz.csv")
		r.MaxLineBytes = 4096
		records := 0
		for {
			e, err := r.Next()
			if err != nil {
				var fe *FileError
				if !errors.Is(err, io.EOF) && !errors.As(err, &fe) {
					t.Fatalf("error %T %v", err, err)
				}
				break
			}
			if len(e.Coded) == 0 || e.Kind != cooperation.EventCoded {
				t.Fatalf("event %s has no record", e.ID)
			}
			records += len(e.Coded)
		}
		l := r.Ledger()
		if !l.Balanced() {
			t.Fatalf("ledger %+v not balanced", l)
		}
		whole := 0 // rows reported whole, not imported
		for _, p := range r.Problems() {
			if (p.Rule == cooperation.RuleRecordFields || p.Rule == cooperation.RuleRequired) && !strings.Contains(p.Message, "MaxLineBytes") {
				whole++
			}
		}
		if records+whole != l.Rows {
			t.Fatalf("%d records and %d rows not imported, of %d rows", records, whole, l.Rows)
		}
	})
}
