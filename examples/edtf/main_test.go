package main

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantOut    string
		wantErr    string
	}{
		{
			name: "dates",
			args: []string{"2021-09-06/2021-09-15", "XXXX-07-10", "[2019,2021]", "../1985"},
			wantOut: "DATE                   LEVEL  PRECISION  EARLIEST    LATEST      YEAR KNOWN\n" +
				"2021-09-06/2021-09-15  0      day        2021-09-06  2021-09-15  true\n" +
				"XXXX-07-10             2      day        0000-07-10  9999-07-10  false\n" +
				"[2019,2021]            2      year       2019-01-01  2021-12-31  true\n" +
				"../1985                1      year       ..          1985-12-31  true\n",
		},
		{
			name:       "invalid",
			args:       []string{"2021-02-29"},
			wantStatus: 1,
			wantOut:    "DATE  LEVEL  PRECISION  EARLIEST  LATEST  YEAR KNOWN\n",
			wantErr:    "edtf: cannot parse \"2021-02-29\": 29 February 2021 does not exist (2021 is not a leap year) (at byte 8)\n",
		},
		{
			name:       "no arguments",
			wantStatus: 2,
			wantErr:    "usage: edtf DATE...   (EDTF strings such as 2021-09-10, 2020?-07-09, 2019/2020, [1667,1668])\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			status := run(tc.args, &out, &errb)
			if diff := cmp.Diff([]any{tc.wantStatus, tc.wantOut, tc.wantErr}, []any{status, out.String(), errb.String()}); diff != "" {
				t.Errorf("run(%q) mismatch (-want +got):\n%s", tc.args, diff)
			}
		})
	}
}
