package render

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/coopframe/cooperation/edtf"
)

// TestLayoutRows checks the greedy placement of labels: rows in order of
// position, first-fit, pushed left of the right edge, never left of the
// left one, by priority, and left out beyond maxRows.
func TestLayoutRows(t *testing.T) {
	type placed struct {
		Item, Row int
		X         float64
	}
	tests := []struct {
		name    string
		ls      []label
		maxRows int
		want    []placed
		rows    int
	}{
		{"apart, one row", []label{{anchor: 0, w: 10, item: 0}, {anchor: 20, w: 10, item: 1}}, 5,
			[]placed{{0, 0, 0}, {1, 0, 20}}, 1},
		{"gap kept", []label{{anchor: 0, w: 10, item: 0}, {anchor: 14, w: 10, item: 1}}, 5,
			[]placed{{0, 0, 0}, {1, 1, 14}}, 2},
		{"first fit reuses row 0", []label{{anchor: 0, w: 10, item: 0}, {anchor: 5, w: 10, item: 1}, {anchor: 30, w: 5, item: 2}}, 5,
			[]placed{{0, 0, 0}, {1, 1, 5}, {2, 0, 30}}, 2},
		{"pushed left of the right edge", []label{{anchor: 95, w: 20, item: 0}}, 5,
			[]placed{{0, 0, 80}}, 1},
		{"never left of the left edge", []label{{anchor: -30, w: 20, item: 0}, {anchor: 0, w: 200, item: 1}}, 5,
			[]placed{{0, 0, 0}, {1, 1, 0}}, 2},
		{"no room beyond maxRows", []label{{anchor: 0, w: 10, item: 0}, {anchor: 1, w: 10, item: 1}, {anchor: 2, w: 10, item: 2}}, 2,
			[]placed{{0, 0, 0}, {1, 1, 1}, {2, -1, 2}}, 2},
		{"priority first", []label{{anchor: 0, w: 10, prio: 1, item: 0}, {anchor: 2, w: 10, item: 1}}, 1,
			[]placed{{1, 0, 2}, {0, -1, 0}}, 1},
		{"a later label fills a hole", []label{{anchor: 0, w: 10, item: 0}, {anchor: 50, w: 10, item: 1}, {anchor: 20, w: 10, prio: 1, item: 2}}, 1,
			[]placed{{0, 0, 0}, {1, 0, 50}, {2, 0, 20}}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows := layoutRows(tc.ls, 0, 100, 8, tc.maxRows)
			var got []placed
			for _, l := range tc.ls {
				got = append(got, placed{l.item, l.row, l.x})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" || rows != tc.rows {
				t.Errorf("rows %d, want %d; placement (-want +got):\n%s", rows, tc.rows, diff)
			}
		})
	}
}

// TestFitText checks that a label is cut to its columns and its pixels,
// with "…", never between a letter and its combining marks or its
// subscript.
func TestFitText(t *testing.T) {
	tests := []struct {
		name, in string
		cols     int
		px       float64
		want     string
	}{
		{"fits", "ASEAN", 10, 100, "ASEAN"},
		{"columns", "abcdefghij", 5, 1000, "abcd…"},
		{"wide characters", "中国东盟信息港", 6, 1000, "中国…"},
		{"pixels", "abcdefghij", 100, 6.6*3 + 11, "abc…"},
		{"Khmer marks stay with their letter", "កម្ពុជា", 3, 1000, "កម្ពុ…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fitText(tc.in, tc.cols, tc.px, 11); got != tc.want {
				t.Errorf("fitText(%q, %d, %.1f) = %q, want %q", tc.in, tc.cols, tc.px, got, tc.want)
			}
		})
	}
}

// TestFuzzySpan checks the possible span of a qualified date: a unit of
// the part the qualifier follows, either side.
func TestFuzzySpan(t *testing.T) {
	tests := []struct{ in, lo, hi string }{
		{"2020?-07-09", "2019-07-09", "2021-07-09"},
		{"2020-07?", "2020-06-01", "2020-08-31"},
		{"2020-07-09~", "2020-07-08", "2020-07-10"},
		{"2015?", "2014-01-01", "2016-12-31"},
		{"2019?/2020", "2018-01-01", "2021-12-31"}, // an interval widened as a whole,
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			lo, hi, ok := fuzzySpan(edtf.MustParse(tc.in))
			if got := [2]string{lo.String(), hi.String()}; !ok || got != [2]string{tc.lo, tc.hi} {
				t.Errorf("fuzzySpan(%s) = %v, %v; want %s, %s", tc.in, got, ok, tc.lo, tc.hi)
			}
		})
	}
}
