package edtf

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestBounds(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi string // "" = unbounded
		level  int
		prec   Precision
	}{
		{"1985-04-12", "1985-04-12", "1985-04-12", 0, PrecisionDay},
		{"1985-04", "1985-04-01", "1985-04-30", 0, PrecisionMonth},
		{"2024-02", "2024-02-01", "2024-02-29", 0, PrecisionMonth},
		{"1985", "1985-01-01", "1985-12-31", 0, PrecisionYear},
		{"0000-02-29", "0000-02-29", "0000-02-29", 0, PrecisionDay},
		{"-1985", "-1985-01-01", "-1985-12-31", 1, PrecisionYear},
		{"2020-07-09T13:30:00+06:30", "2020-07-09", "2020-07-09", 0, PrecisionSecond},
		{"1984?", "1984-01-01", "1984-12-31", 1, PrecisionYear},
		{"2020?-07-09", "2020-07-09", "2020-07-09", 2, PrecisionDay},
		{"201X", "2010-01-01", "2019-12-31", 1, PrecisionYear},
		{"20XX", "2000-01-01", "2099-12-31", 1, PrecisionYear},
		{"XXXX", "0000-01-01", "9999-12-31", 2, PrecisionYear},
		{"XXXX-07-10", "0000-07-10", "9999-07-10", 2, PrecisionDay},
		{"2021-02-XX", "2021-02-01", "2021-02-28", 1, PrecisionDay},
		{"XXXX-02-29", "0000-02-29", "9996-02-29", 2, PrecisionDay},
		{"21XX-02-29", "2104-02-29", "2196-02-29", 2, PrecisionDay},
		{"2004-04-3X", "2004-04-30", "2004-04-30", 2, PrecisionDay},
		{"2019-X2-31", "2019-12-31", "2019-12-31", 2, PrecisionDay},
		{"1XXX-XX", "1000-01-01", "1999-12-31", 2, PrecisionMonth},
		{"-XXXX", "-9999-01-01", "0000-12-31", 2, PrecisionYear},
		{"2001-21", "2001-03-01", "2001-05-31", 1, PrecisionSubYear},
		{"2001-24", "2001-12-01", "2002-02-28", 1, PrecisionSubYear},
		{"2003-24", "2003-12-01", "2004-02-29", 1, PrecisionSubYear},
		{"2001-33", "2001-01-01", "2001-03-31", 2, PrecisionSubYear},
		{"2001-37", "2001-01-01", "2001-04-30", 2, PrecisionSubYear},
		{"2001-41", "2001-07-01", "2001-12-31", 2, PrecisionSubYear},
		{"1950S2", "1900-01-01", "1999-12-31", 2, PrecisionYear},
		{"Y3388E2S3", "338000-01-01", "338999-12-31", 2, PrecisionYear},
		{"Y-17E7", "-170000000-01-01", "-170000000-12-31", 2, PrecisionYear},
		{"-1728S3", "-1729-01-01", "-1720-12-31", 2, PrecisionYear},
		{"-1728S2", "-1799-01-01", "-1700-12-31", 2, PrecisionYear},
		{"-1728S1", "-1999-01-01", "-1000-12-31", 2, PrecisionYear},
		{"-1728S4", "-1728-01-01", "-1728-12-31", 2, PrecisionYear},
		{"-0001S1", "-0001-01-01", "-0001-12-31", 2, PrecisionYear},
		{"-1728S3/1950S2", "-1729-01-01", "1999-12-31", 2, PrecisionYear},
		{"[-1728S2,1950S2]", "-1799-01-01", "1999-12-31", 2, PrecisionYear},
		{"Y-12345S3", "-12399-01-01", "-12300-12-31", 2, PrecisionYear},
		{"Y-17E7S1", "-199999999-01-01", "-100000000-12-31", 2, PrecisionYear},
		{"Y1E15", "1000000000000000-01-01", "1000000000000000-12-31", 2, PrecisionYear},
		{"Y-1E15", "-1000000000000000-01-01", "-1000000000000000-12-31", 2, PrecisionYear},
		{"Y1E15S16", "1000000000000000-01-01", "1000000000000000-12-31", 2, PrecisionYear},
		{"Y9E14S1", "900000000000000-01-01", "999999999999999-12-31", 2, PrecisionYear},
		{"Y-99E13S1", "-999999999999999-01-01", "-900000000000000-12-31", 2, PrecisionYear},
		{"Y170000002", "170000002-01-01", "170000002-12-31", 1, PrecisionYear},
		{"2019/2020", "2019-01-01", "2020-12-31", 0, PrecisionYear},
		{"2021/2021", "2021-01-01", "2021-12-31", 0, PrecisionYear},
		{"2021-09-06/2021-09-15", "2021-09-06", "2021-09-15", 0, PrecisionDay},
		{"2004-02-01/2005", "2004-02-01", "2005-12-31", 0, PrecisionYear},
		{"../1985", "", "1985-12-31", 1, PrecisionYear},
		{"1985/..", "1985-01-01", "", 1, PrecisionYear},
		{"1985/", "1985-01-01", "", 1, PrecisionYear},
		{"[1667,1668,1670..1672]", "1667-01-01", "1672-12-31", 2, PrecisionYear},
		{"{1990,1980}", "1980-01-01", "1990-12-31", 2, PrecisionYear},
		{"[..1760-12-03]", "", "1760-12-03", 2, PrecisionDay},
		{"[1760-01,1760-02,1760-12..]", "1760-01-01", "", 2, PrecisionMonth},
		{"[1984?,1985]", "1984-01-01", "1985-12-31", 2, PrecisionYear},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, err := Parse(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			str := func(x Day, ok bool) string {
				if !ok {
					return ""
				}
				return x.String()
			}
			got := []any{str(d.Earliest()), str(d.Latest()), d.Level(), d.Precision(), d.String()}
			want := []any{tc.lo, tc.hi, tc.level, tc.prec, tc.in}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		reason string
	}{
		{"2021-13", 5, "month 13 out of range"},
		{"2021-02-29", 8, "29 February 2021 does not exist (2021 is not a leap year)"},
		{"2021-06-31", 8, "day 31 out of range for 2021-06 (it has 30 days)"},
		{"19", 0, "year must have four digits (centuries and decades are not EDTF)"},
		{"201", 0, "year must have four digits (centuries and decades are not EDTF)"},
		{"[1667, 1668]", 6, "expected a four-digit year"},
		{"1985-04-12T23:20:30/1985-04-13", 10, "time of day is not allowed in an interval, set or list"},
		{"1985-04-12T23:20", 16, "time needs hours, minutes and seconds (hh:mm:ss)"},
		{"1985-04-12T23:20:30+0430", 22, "offset minutes need a colon (+hh:mm)"},
		{"2022/2021", 5, "interval ends (2021-12-31) before it starts (2022-01-01)"},
		{"", 0, "empty string"},
		{"/", 0, "an interval needs a date at one end at least"},
		{"Y9999", 0, "the 'Y' prefix is only for years beyond four digits"},
		{"1950S0", 5, "significant digits must be a positive number without a leading zero"},
		{"2001-42", 5, "sub-year code 42 out of range (21-41)"},
		{"[1670..1667]", 7, "range ends before it starts"},
		{"XXX1-02-29", 0, "no real date matches XXX1-02-29"},
		{"Y1E999999", 1, "year beyond ±1000000000000000"},
		{"Y1E16S1", 1, "year beyond ±1000000000000000"},
		{"Y1E15S1", 6, "S1 widens the year to 1000000000000000..1999999999999999, beyond ±1000000000000000"},
		{"Y1E15S15", 6, "S15 widens the year to 1000000000000000..1000000000000009, beyond ±1000000000000000"},
		{"Y-1E15S1", 7, "S1 widens the year to -1999999999999999..-1000000000000000, beyond ±1000000000000000"},
		{"Y1000000000000000S2", 18, "S2 widens the year to 1000000000000000..1099999999999999, beyond ±1000000000000000"},
		{"Y1E15S17", 6, "17 significant digits but the year has only 16"},
		{"Y1E15S0", 6, "significant digits must be a positive number without a leading zero"},
		{"Y1E15S1000000000000000000", 6, "significant digits too large"},
		{"1950S5", 5, "5 significant digits but the year has only 4"},
		{"-1728S5", 6, "5 significant digits but the year has only 4"},
		{"-0000S1", 0, "-0000 is not a year (year 0 is 0000)"},
		{"?-1728S3", 6, "significant digits need a plain year"},
		{"-172XS3", 5, "significant digits need a plain year"},
		{"-1728?S3", 6, "significant digits follow a year alone"},
		{"-1728S3-01", 7, "unexpected '-' after significant digits"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			_, err := Parse(tc.in)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error = %v; want *ParseError", tc.in, err)
			}
			want := &ParseError{Input: tc.in, Offset: tc.offset, Reason: tc.reason}
			if diff := cmp.Diff(want, pe); diff != "" {
				t.Errorf("Parse(%q) error mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestCompareAndPredicates(t *testing.T) {
	in := []string{"2021", "../2020", "2021-09-10", "/2020", "2019/", "2019/..", "2020?-07-09", "2021-09", "XXXX-07-10", "2021-09-10T10:00:00Z", "2021-09-10T09:00:00+06:30"}
	var ds []Date
	for _, s := range in {
		ds = append(ds, MustParse(s))
	}
	ds = append(ds, Date{})
	slices.SortFunc(ds, Date.Compare)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{"", "../2020", "/2020", "XXXX-07-10", "2019/..", "2019/", "2020?-07-09", "2021", "2021-09", "2021-09-10", "2021-09-10T09:00:00+06:30", "2021-09-10T10:00:00Z"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sorted order mismatch (-want +got):\n%s", diff)
	}
	for i := range ds {
		for j := range ds {
			if c, r := ds[i].Compare(ds[j]), ds[j].Compare(ds[i]); c != -r || (c == 0) != (i == j) {
				t.Errorf("Compare(%q, %q) = %d, reverse %d", ds[i], ds[j], c, r)
			}
		}
	}

	preds := []struct {
		a, b                                        string
		certainlyBefore, possiblyBefore, over, cont bool
		notEDTF                                     bool // a does not parse
	}{
		{"2019", "2021", true, true, false, false, false},
		{"2021", "2019", false, false, false, false, false},
		{"2019-2020", "2021", false, false, false, false, true}, // not EDTF: an interval is 2019/2020
		{"2019/2021", "2020-05", false, true, true, true, false},
		{"2021", "2021-09-10", false, true, true, true, false},
		{"2021-09-10", "2021", false, true, true, false, false},
		{"../2020", "1066", false, true, true, true, false},
		{"2019/", "2030", false, true, true, false, false},
		{"2019/..", "2030", false, true, true, true, false},
		{"XXXX-07-10", "2020", false, true, true, false, false},
	}
	for _, p := range preds {
		t.Run(p.a+" vs "+p.b, func(t *testing.T) {
			a, err1 := Parse(p.a)
			b, err2 := Parse(p.b)
			if err2 != nil {
				t.Fatalf("Parse(%q): %v", p.b, err2)
			}
			if p.notEDTF {
				if err1 == nil {
					t.Fatalf("Parse(%q) = %v; want an error", p.a, a)
				}
				return
			}
			if err1 != nil {
				t.Fatalf("Parse(%q): %v", p.a, err1)
			}
			got := []bool{a.CertainlyBefore(b), a.PossiblyBefore(b), a.Overlaps(b), a.Contains(b)}
			want := []bool{p.certainlyBefore, p.possiblyBefore, p.over, p.cont}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s vs %s: [certainly before, possibly before, overlaps, contains] (-want +got):\n%s", p.a, p.b, diff)
			}
		})
	}
	if (Date{}).Overlaps(MustParse("2021")) || (Date{}).PossiblyBefore(MustParse("2021")) {
		t.Error("the zero Date overlaps or precedes a date")
	}
}

func TestIntervalParts(t *testing.T) {
	d := MustParse("2021-09-06/2021-09-15")
	if d.Start() != MustParse("2021-09-06") || d.End() != MustParse("2021-09-15") || !d.IsInterval() {
		t.Errorf("Start, End = %q, %q", d.Start(), d.End())
	}
	o := MustParse("../2021")
	if !o.StartOpen() || o.StartUnknown() || !o.Start().IsZero() || o.End() != MustParse("2021") {
		t.Errorf("open start: %v %v %q", o.StartOpen(), o.StartUnknown(), o.Start())
	}
	u := MustParse("2021/")
	if !u.EndUnknown() || u.EndOpen() {
		t.Errorf("unknown end: %v %v", u.EndUnknown(), u.EndOpen())
	}
	if !MustParse("XXXX-07-10").IsZero() && MustParse("XXXX-07-10").YearKnown() {
		t.Error("XXXX-07-10 has a known year")
	}
	if !MustParse("2020?-07-09").YearKnown() || !MustParse("2020?-07-09").Uncertain() {
		t.Error("2020?-07-09: year known and uncertain expected")
	}
}

func TestBuilders(t *testing.T) {
	day, err := DayDate(2021, time.September, 10)
	if err != nil || day.String() != "2021-09-10" {
		t.Errorf("DayDate = %q, %v", day, err)
	}
	if _, err := DayDate(2021, time.February, 29); err == nil {
		t.Error("DayDate(2021-02-29) succeeded")
	}
	if _, err := DayDate(2021, 13, 1); err == nil {
		t.Error("DayDate(month 13) succeeded")
	}
	m, err := MonthDate(-44, time.March)
	if err != nil || m.String() != "-0044-03" {
		t.Errorf("MonthDate = %q, %v", m, err)
	}
	y, err := YearDate(170000002)
	if err != nil || y.String() != "Y170000002" {
		t.Errorf("YearDate = %q, %v", y, err)
	}
	iv, err := Interval(MustParse("2019"), MustParse("2020"))
	if err != nil || iv.String() != "2019/2020" {
		t.Errorf("Interval = %q, %v", iv, err)
	}
	if _, err := Interval(MustParse("2021"), MustParse("2019")); err == nil {
		t.Error("Interval(2021, 2019) succeeded")
	}
	open, err := Interval(MustParse("2019"), Date{})
	if err != nil || !open.EndUnknown() {
		t.Errorf("Interval(2019, zero) = %q, %v", open, err)
	}
}

func TestDay(t *testing.T) {
	for _, y := range []int64{-400000, -1, 0, 1, 1582, 1900, 1970, 2000, 2024, 9999, 170000002} {
		for m := time.January; m <= time.December; m++ {
			for _, dd := range []int{1, int(monthLen(y, int64(m)))} {
				d := DayOf(y, m, dd)
				gy, gm, gd := d.Date()
				if gy != y || gm != m || gd != dd {
					t.Fatalf("DayOf(%d, %d, %d).Date() = %d, %d, %d", y, m, dd, gy, gm, gd)
				}
			}
		}
	}
	if DayOf(1970, 1, 1) != 0 || DayOf(2000, 3, 1)-DayOf(2000, 2, 28) != 2 {
		t.Error("epoch or leap day wrong")
	}
	if got := DayOf(2021, 13, 1).String(); got != "2022-01-01" {
		t.Errorf("DayOf month 13 = %s", got)
	}
}

func TestInstant(t *testing.T) {
	d := MustParse("2020-07-09T13:30:00+06:30")
	got, ok := d.Instant()
	if !ok || !got.Equal(time.Date(2020, 7, 9, 7, 0, 0, 0, time.UTC)) {
		t.Errorf("Instant = %v, %v", got, ok)
	}
	if _, ok := MustParse("2020-07-09T13:30:00").Instant(); ok {
		t.Error("local time has an instant")
	}
	if h, m, s, ok := d.Clock(); !ok || h != 13 || m != 30 || s != 0 {
		t.Errorf("Clock = %d %d %d %v", h, m, s, ok)
	}
}

func TestTextMarshalling(t *testing.T) {
	type doc struct {
		A Date `json:"a"`
		B Date `json:"b"`
	}
	in := doc{A: MustParse("2020?-07-09")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"a":"2020?-07-09","b":""}` {
		t.Errorf("Marshal = %s", b)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("round trip = %+v; want %+v", out, in)
	}
	if err := json.Unmarshal([]byte(`{"a":"2021-02-29"}`), &out); err == nil {
		t.Error("Unmarshal accepted 2021-02-29")
	}
}

func TestWidened(t *testing.T) {
	w := Widening{Uncertain: 1, Approximate: 2}
	tests := []struct{ in, lo, hi string }{
		{"2020", "2020-01-01", "2020-12-31"},
		{"2020?", "2019-01-01", "2021-12-31"},
		{"2020-07~", "2020-05-01", "2020-09-30"},
		{"2020-07-09%", "2020-07-07", "2020-07-11"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			lo, lok, hi, hok := MustParse(tc.in).Widened(w)
			if !lok || !hok || lo.String() != tc.lo || hi.String() != tc.hi {
				t.Errorf("Widened(%q) = %s..%s; want %s..%s", tc.in, lo, hi, tc.lo, tc.hi)
			}
		})
	}
}
