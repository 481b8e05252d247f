package cooperation

import (
	"errors"
	"testing"
)

func TestParseID(t *testing.T) {
	long := make([]byte, maxIDLen+1)
	for i := range long {
		long[i] = 'a'
	}
	tests := []struct {
		in         string
		wantOffset int // -1: valid
	}{
		{"cn", -1},
		{"mm-04-government", -1},
		{"clmv-emm-13", -1},
		{"9", -1},
		{string(long[:maxIDLen]), -1},
		{"", 0},
		{string(long), maxIDLen},
		{"-cn", 0},
		{"cn-", 2},
		{"cn--yn", 3},
		{"CN", 0},
		{"cn_yn", 2},
		{"cn yn", 2},
		{"yúnnán", 1},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			id, err := ParseID(tc.in)
			if tc.wantOffset < 0 {
				if err != nil || string(id) != tc.in || !id.Valid() {
					t.Fatalf("ParseID(%q) = %q, %v; want valid", tc.in, id, err)
				}
				return
			}
			var ie *ParseError
			if !errors.As(err, &ie) || ie.Type != "ID" {
				t.Fatalf("ParseID(%q) error = %v; want a *ParseError of Type ID", tc.in, err)
			}
			if ie.Offset != tc.wantOffset || ie.Input != tc.in {
				t.Errorf("ParseID(%q) error = %+v; want offset %d", tc.in, ie, tc.wantOffset)
			}
			if ID(tc.in).Valid() {
				t.Errorf("ID(%q).Valid() = true", tc.in)
			}
		})
	}
}
