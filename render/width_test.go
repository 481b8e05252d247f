package render_test

import (
	"strconv"
	"testing"

	"github.com/coopframe/cooperation/render"
)

func TestStringWidth(t *testing.T) {
	for _, tc := range []struct {
		s string
		w int
	}{
		{"ASEAN", 5}, {"南宁", 4}, {"中国—东盟", 9}, {"Nguyễn", 6}, {"Nguye\u0302\u0303n", 6},
		{"ភ្នំពេញ", 5} /* the coeng and the sign AM are Mn (0); the vowel sign E is Mc (1), as in wcwidth */, {"ＡＢ", 4}, {"a\u200bb", 2}, {"", 0},
	} {
		t.Run(strconv.Quote(tc.s), func(t *testing.T) {
			if got := render.StringWidth(tc.s); got != tc.w {
				t.Errorf("StringWidth(%q) = %d, want %d", tc.s, got, tc.w)
			}
		})
	}
}
