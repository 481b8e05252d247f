package limit_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/coopframe/cooperation/internal/limit"
)

func TestReader(t *testing.T) {
	errBig := errors.New("too large")
	for _, tc := range []struct {
		in      string
		n       int64
		want    string
		wantErr error
	}{
		{"abc", 3, "abc", errBig}, // the limit reached: a further read fails
		{"abc", 4, "abc", nil},    // the input ends first
		{"abcdef", 2, "ab", errBig},
		{"", 0, "", errBig},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := io.ReadAll(limit.Reader(strings.NewReader(tc.in), tc.n, errBig))
			if string(got) != tc.want || !errors.Is(err, tc.wantErr) {
				t.Errorf("read %q, %v; want %q, %v", got, err, tc.want, tc.wantErr)
			}
		})
	}
}
