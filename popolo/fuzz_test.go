package popolo_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/popolo"
	"golang.org/x/text/language"
)

// FuzzWrite checks that Write never panics and always writes valid JSON:
// on every dataset Decode accepts from the input, and on a dataset built
// in Go whose texts, IDs and dates come from the input as they are
// (invalid UTF-8 included), which Decode would refuse.
func FuzzWrite(f *testing.F) {
	for _, pattern := range []string{"../testdata/*.json", "../testdata/layer/*.json", "../testdata/hostile/*.json"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			// Seeds of at most 1 KB: the fuzzer minimizes each input
			// that finds new code byte by byte, which for a seed of a
			// few KB (valid.json) took longer than a 15 s run, so that
			// nothing else ran. The small seed below has every shape.
			if b, err := os.ReadFile(file); err == nil && len(b) <= 1<<10 {
				f.Add(b)
			}
		}
	}
	f.Add([]byte(`{"format":"cooperation/v1","sources":[{"id":"s","publisher":"P","title":"T","url":"https://e.org","language":"en"}],` +
		`"actors":[{"id":"g","kind":"igo","names":[{"text":"G","lang":"en"}],"members":[{"member":"kh","period":"2016/.."}]},` +
		`{"id":"kh","kind":"state","names":[{"text":"K","lang":"km"}],"country":"KH","sources":["s"]},` +
		`{"id":"p","kind":"person","names":[{"text":"P","lang":"en"}],"posts":[{"title":"Chair","org":"g","period":"2020-01/2021"}]}],` +
		`"events":[{"id":"e","kind":"forum","names":[{"text":"E","lang":"en"}],"date":"2020-07-09","time":"13:30+06:30","venue":"kh","hosts":["g"]}]}`))
	f.Add([]byte("A\xff\x00B\u202e"))
	f.Fuzz(func(t *testing.T, b []byte) {
		check := func(ds *cooperation.Dataset) {
			var buf bytes.Buffer
			if _, err := popolo.Write(&buf, ds); err != nil {
				t.Fatal(err)
			}
			if !json.Valid(buf.Bytes()) {
				t.Fatalf("invalid JSON:\n%s", buf.Bytes())
			}
		}
		if ds, err := cooperation.Decode(bytes.NewReader(b), cooperation.DecodeOptions{MaxBytes: 1 << 20, MaxEntities: 1000}); err == nil {
			check(ds)
		}
		s := string(b)
		d, _ := edtf.Parse(s)
		id := cooperation.ID(s)
		n := names.Names{{Text: s, Lang: language.Und, Period: d}}
		check(&cooperation.Dataset{
			Sources: []cooperation.Source{{ID: id, URL: s, Title: s}},
			Actors: []cooperation.Actor{
				{ID: id, Kind: cooperation.ActorPerson, Names: n, Honorifics: []string{s},
					Identifiers: []cooperation.Identifier{{Scheme: s, Value: s}},
					Posts:       []cooperation.Post{{Title: s, Org: "o", Period: d, Sources: []cooperation.ID{id}}},
					Memberships: []cooperation.Membership{{Group: "o", Period: d}, {Group: id}}},
				{ID: "o", Kind: cooperation.ActorMinistry, Names: n, Founded: d, Dissolved: d, PartOf: id,
					Members: []cooperation.Membership{{Member: id, Period: d}}},
			},
			Events: []cooperation.Event{{ID: id, Kind: cooperation.EventForum, Names: n, Date: d, Venue: id, PartOf: id}},
		})
	})
}
