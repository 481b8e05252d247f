package popolo

import (
	"strconv"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
)

// bounds returns the Popolo start_date and end_date of an EDTF date, at
// the precision each side is given in, or reports why it cannot be
// written and returns "" for both. Written by hand: Popolo's dates are
// ISO 8601 prefixes ("2016", "2016-03", "2016-03-23") that nothing in
// package edtf or time formats at a variable precision.
func (x *exporter) bounds(d edtf.Date, path string, id cooperation.ID) (start, end string) {
	s, e, why := bounds(d)
	if why != "" {
		x.report(path, id, "date %q: %s: left out", d.String(), why)
		return "", ""
	}
	return s, e
}

// day returns the one Popolo date of a founding or dissolution date, or
// reports why there is none: Popolo's founding_date is one date, so a
// date whose two bounds differ at its precision ("2012/2013", "201X") is
// left out.
func (x *exporter) day(d edtf.Date, path string, id cooperation.ID) string {
	s, e, why := bounds(d)
	switch {
	case why != "":
	case s != e:
		why = "a span of dates, where Popolo has one date"
	default:
		return s
	}
	x.report(path, id, "date %q: %s: left out", d.String(), why)
	return ""
}

// bounds returns the two Popolo dates of d ("" for a side with no
// bound), or a reason why d cannot be written.
func bounds(d edtf.Date) (start, end, why string) {
	switch {
	case d.IsZero():
		return "", "", ""
	case d.IsSet() || d.IsList():
		return "", "", "a set or list of dates, which Popolo cannot state"
	case !d.YearKnown() && d.Precision() > edtf.PrecisionYear:
		// "XXXX-07-10": a day of an unknown year. A year with unknown
		// digits ("201X") is written as the span of years it may be.
		return "", "", "the year is not known"
	}
	lo, hi := d, d
	if d.IsInterval() {
		lo, hi = d.Start(), d.End()
	}
	if !lo.IsZero() {
		day, ok := lo.Earliest()
		if !ok {
			return "", "", "no earliest day"
		}
		if start, ok = format(day, lo.Precision()); !ok {
			return "", "", "a year outside 0000-9999, which Popolo's dates cannot hold"
		}
	}
	if !hi.IsZero() {
		day, ok := hi.Latest()
		if !ok {
			return "", "", "no latest day"
		}
		if end, ok = format(day, hi.Precision()); !ok {
			return "", "", "a year outside 0000-9999, which Popolo's dates cannot hold"
		}
	}
	return start, end, ""
}

// startPrecision returns the precision of d's start.
func startPrecision(d edtf.Date) edtf.Precision {
	if d.IsInterval() {
		return d.Start().Precision()
	}
	return d.Precision()
}

// format writes day at precision p: a year, a month (also for a season,
// given by the months it spans) or a day (also for a date with a time).
func format(day edtf.Day, p edtf.Precision) (string, bool) {
	y, m, dd := day.Date()
	if y < 0 || y > 9999 {
		return "", false
	}
	b := make([]byte, 0, 10)
	b = append(b, pad(int(y), 4)...)
	if p >= edtf.PrecisionSubYear {
		b = append(b, '-')
		b = append(b, pad(int(m), 2)...)
	}
	if p >= edtf.PrecisionDay {
		b = append(b, '-')
		b = append(b, pad(dd, 2)...)
	}
	return string(b), true
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}
