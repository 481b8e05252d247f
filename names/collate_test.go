package names_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/internal/golden"
	"github.com/coopframe/cooperation/names"
)

// TestSortByGolden sorts the catalog's actors by the names a reader of
// each locale sees and compares the order with testdata/collate/<tag>.golden
// (UPDATE_GOLDEN=1 go test -run TestSortByGolden rewrites them).
func TestSortByGolden(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range []string{"en", "vi", "zh-Hans", "zh-Hant", "km", "th", "my", "lo"} {
		t.Run(tag, func(t *testing.T) {
			lang := language.MustParse(tag)
			ids := make([]cooperation.ID, len(ds.Actors))
			for i, a := range ds.Actors {
				ids[i] = a.ID
			}
			slices.Sort(ids) // ties in name keep ID order
			names.SortBy(names.NewCollator(lang), ids, func(id cooperation.ID) string {
				n, _ := ds.Names(id).Display(lang)
				return n.Text
			})
			var b strings.Builder
			for _, id := range ids {
				n, _ := ds.Names(id).Display(lang)
				fmt.Fprintf(&b, "%s\t%s\n", n.Text, id)
			}
			golden.Check(t, filepath.Join("testdata", "collate", tag+".golden"), []byte(b.String()))
		})
	}
}

func TestCollatorOrders(t *testing.T) {
	tests := []struct {
		tag  string
		in   []string
		want []string
	}{
		{"vi", []string{"Đà Nẵng", "Dương", "Ăn", "An", "Âu", "Ánh", "Ông", "Ơn", "Oanh"}, []string{"An", "Ánh", "Ăn", "Âu", "Dương", "Đà Nẵng", "Oanh", "Ông", "Ơn"}},
		{"en", []string{"Đà Nẵng", "Dương", "Ăn", "An"}, []string{"An", "Ăn", "Đà Nẵng", "Dương"}},
		{"zh-Hans", []string{"中国", "东盟", "阿里巴巴", "南宁"}, []string{"阿里巴巴", "东盟", "南宁", "中国"}}, // pinyin: a, d, n, z
		{"zh-Hant", []string{"南宁", "阿里巴巴", "中国", "广西"}, []string{"广西", "中国", "阿里巴巴", "南宁"}}, // strokes: 3, 4, 7, 9
	}
	for _, tc := range tests {
		t.Run(tc.tag, func(t *testing.T) {
			c := names.NewCollator(language.MustParse(tc.tag))
			got := append([]string(nil), tc.in...)
			c.Sort(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.tag, diff)
			}
		})
	}
}

// TestCollatorConcurrent shares one Collator between goroutines; go test
// -race checks that it is safe.
func TestCollatorConcurrent(t *testing.T) {
	c := names.NewCollator(language.Vietnamese)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if c.Compare("Ăn", "Âu") >= 0 || c.Compare("Đà", "Dương") <= 0 {
					t.Error("wrong order")
					return
				}
			}
		}()
	}
	wg.Wait()
}
