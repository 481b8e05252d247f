package edtf

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is any EDTF value: a date (with reduced precision, qualification and
// unspecified digits), a date and time, a season or other sub-year grouping,
// an interval, a set ("one of", written [..]) or a list ("all of", written
// {..}).
//
// The zero Date means "no date": IsZero reports true, String returns "" and
// it marshals to the empty text. Its bounds are unknown.
//
// Date is a small comparable value. Two Dates are == when they were parsed
// from the same text; equivalent spellings of the same value (such as
// "?2004-06-11" and "2004?-06-11") are not ==, but Compare orders them next
// to each other by their bounds. Dates are immutable and safe to share
// between goroutines.
type Date struct {
	text  string
	lo    Day
	hi    Day
	flags flags
	sep   int32 // byte index of '/' in an interval
	secs  int32 // seconds since midnight when flagTime is set
	off   int16 // UTC offset in minutes when flagOffset is set
	prec  Precision
	level uint8
}

type flags uint32

const (
	flagValid flags = 1 << iota
	flagInterval
	flagSet
	flagList
	flagLoUnbounded // no lower bound: open or unknown start, or a set member "..x"
	flagHiUnbounded // no upper bound: open or unknown end, or a set member "x.."
	flagStartOpen
	flagStartUnknown
	flagEndOpen
	flagEndUnknown
	flagYearUnspecified // some year digit is X, so the year is not known
	flagUnspecified     // some digit is X
	flagUncertain
	flagApproximate
	flagTime
	flagOffset
)

// Precision is how finely a Date is given.
type Precision uint8

// The precisions, from none to the finest.
const (
	PrecisionNone    Precision = iota // the zero Date
	PrecisionYear                     // a year, or a span of years (1950S2)
	PrecisionSubYear                  // a season, quarter, quadrimester or semester
	PrecisionMonth
	PrecisionDay
	PrecisionSecond // a date and time of day
)

var precisionNames = [...]string{"none", "year", "sub-year", "month", "day", "second"}

// String returns the precision's lower-case name.
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// MaxYear is the largest absolute year the package accepts: every bound of
// a parsed Date lies in the years -MaxYear to MaxYear. Years beyond it
// (which EDTF's exponential notation can write), and significant digits
// that widen a year beyond it (Y1E15S1), are rejected so that day
// arithmetic cannot overflow int64.
const MaxYear = 1_000_000_000_000_000

// ParseError reports a string that is not valid EDTF. Offset is the byte
// offset in Input of the first problem.
type ParseError struct {
	Input  string
	Offset int
	Reason string
}

// Error returns the message, prefixed with the package name.
func (e *ParseError) Error() string {
	return fmt.Sprintf("edtf: cannot parse %q: %s (at byte %d)", e.Input, e.Reason, e.Offset)
}

// Parse parses an EDTF string of level 0, 1 or 2 (EDTF 2019, the EDTF
// profile of ISO 8601-2). The error, if any, is a *[ParseError].
//
// Parse is strict: impossible days (2021-02-29), centuries and decades
// written with fewer than four digits, spaces, times inside intervals,
// times without seconds and offsets without a colon are all rejected.
// The returned Date keeps a reference to s.
func Parse(s string) (Date, error) {
	p := parser{in: s}
	return p.parse()
}

// MustParse is like Parse but panics on an error. It is meant for literals
// in programs and tests, never for input.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d.flags&flagValid == 0 }

// String returns d's EDTF text, or "" for the zero Date. Parsing the result
// gives a Date == d.
func (d Date) String() string { return d.text }

// AppendText implements [encoding.TextAppender].
func (d Date) AppendText(b []byte) ([]byte, error) { return append(b, d.text...), nil }

// MarshalText implements [encoding.TextMarshaler]; the zero Date marshals to
// the empty text.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.text), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]; the empty text gives
// the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Level returns the lowest EDTF level (0, 1 or 2) whose features d uses.
// The zero Date is level 0.
func (d Date) Level() int { return int(d.level) }

// Precision returns how finely d is given. For intervals, sets and lists it
// is the coarsest precision of their dates.
func (d Date) Precision() Precision { return d.prec }

// IsInterval reports whether d is an interval (start/end).
func (d Date) IsInterval() bool { return d.flags&flagInterval != 0 }

// IsSet reports whether d is a set ("one of": [a,b,c]).
func (d Date) IsSet() bool { return d.flags&flagSet != 0 }

// IsList reports whether d is a list ("all of": {a,b,c}).
func (d Date) IsList() bool { return d.flags&flagList != 0 }

// Start returns the start of an interval, or the zero Date when d is not an
// interval or its start is open or unknown (see StartOpen, StartUnknown).
func (d Date) Start() Date {
	if !d.IsInterval() || d.flags&(flagStartOpen|flagStartUnknown) != 0 {
		return Date{}
	}
	v, _ := Parse(d.text[:d.sep])
	return v
}

// End returns the end of an interval, or the zero Date when d is not an
// interval or its end is open or unknown (see EndOpen, EndUnknown).
func (d Date) End() Date {
	if !d.IsInterval() || d.flags&(flagEndOpen|flagEndUnknown) != 0 {
		return Date{}
	}
	v, _ := Parse(d.text[d.sep+1:])
	return v
}

// StartOpen reports whether d is an interval with an open start ("../1985").
func (d Date) StartOpen() bool { return d.flags&flagStartOpen != 0 }

// StartUnknown reports whether d is an interval with an unknown start ("/1985").
func (d Date) StartUnknown() bool { return d.flags&flagStartUnknown != 0 }

// EndOpen reports whether d is an interval with an open end ("1985/..").
func (d Date) EndOpen() bool { return d.flags&flagEndOpen != 0 }

// EndUnknown reports whether d is an interval with an unknown end ("1985/").
func (d Date) EndUnknown() bool { return d.flags&flagEndUnknown != 0 }

// YearKnown reports whether every year in d is fully specified. It is false
// for the zero Date and for dates such as "XXXX-07-10" (10 July of an
// unstated year) or "201X".
func (d Date) YearKnown() bool {
	return d.flags&flagValid != 0 && d.flags&flagYearUnspecified == 0
}

// Uncertain reports whether any part of d is qualified as uncertain (? or %).
func (d Date) Uncertain() bool { return d.flags&flagUncertain != 0 }

// Approximate reports whether any part of d is qualified as approximate (~ or %).
func (d Date) Approximate() bool { return d.flags&flagApproximate != 0 }

// Earliest returns the first civil day d can fall on. It reports false when
// d has no lower bound: the zero Date, an interval with an open or unknown
// start, or a set with an "..x" member. Qualifiers (?, ~, %) do not move the
// bound; see Widened.
func (d Date) Earliest() (Day, bool) {
	if d.flags&flagValid == 0 || d.flags&flagLoUnbounded != 0 {
		return 0, false
	}
	return d.lo, true
}

// Latest returns the last civil day d can fall on. It reports false when d
// has no upper bound: the zero Date, an interval with an open or unknown
// end, or a set with an "x.." member.
func (d Date) Latest() (Day, bool) {
	if d.flags&flagValid == 0 || d.flags&flagHiUnbounded != 0 {
		return 0, false
	}
	return d.hi, true
}

// Instant returns the exact instant of a date and time that carries a UTC
// offset ("2020-07-09T13:30:00+06:30"). It reports false for anything else,
// including local times without an offset.
func (d Date) Instant() (time.Time, bool) {
	if d.flags&flagOffset == 0 {
		return time.Time{}, false
	}
	y, m, dd := d.lo.Date()
	zone := time.UTC
	if d.off != 0 {
		zone = time.FixedZone("", int(d.off)*60)
	}
	s := int(d.secs)
	return time.Date(int(y), m, dd, s/3600, s/60%60, s%60, 0, zone), true
}

// Clock returns the time of day of a date and time, in seconds since
// midnight, and reports whether d has one.
func (d Date) Clock() (hour, min, sec int, ok bool) {
	if d.flags&flagTime == 0 {
		return 0, 0, 0, false
	}
	s := int(d.secs)
	return s / 3600, s / 60 % 60, s % 60, true
}

// lowKey and highKey map the bounds onto int64 with unbounded ends at the
// extremes; an open start sorts before an unknown one and an unknown end
// after an open one.
func (d Date) lowKey() int64 {
	switch {
	case d.flags&flagValid == 0:
		return minKey
	case d.flags&flagStartOpen != 0:
		return minKey + 1
	case d.flags&flagLoUnbounded != 0:
		return minKey + 2
	}
	return int64(d.lo)
}

func (d Date) highKey() int64 {
	switch {
	case d.flags&flagValid == 0:
		return minKey
	case d.flags&flagEndUnknown != 0:
		return maxKey
	case d.flags&flagHiUnbounded != 0:
		return maxKey - 1
	}
	return int64(d.hi)
}

const (
	minKey = -1 << 63
	maxKey = 1<<63 - 1
)

// OrderKey returns the two numbers Compare orders by first: keys that
// differ order two Dates as Compare does, so a program sorting many dates
// can compare two int64s and call Compare only on ties.
func (d Date) OrderKey() (low, high int64) { return d.lowKey(), d.highKey() }

// Compare returns -1, 0 or +1 as d sorts before, with or after o in the
// package's total order: by earliest day, then latest day, then text.
// The zero Date sorts first, then open starts ("../x"), then unknown starts
// ("/x"); on the other side unknown ends sort last, after open ends. Two
// date-times on the same day are ordered by their instant. Remaining ties
// are broken by the text, so Compare is 0 only when d == o.
func (d Date) Compare(o Date) int {
	if c := cmp.Compare(d.lowKey(), o.lowKey()); c != 0 {
		return c
	}
	if c := cmp.Compare(d.highKey(), o.highKey()); c != 0 {
		return c
	}
	if d.flags&flagTime != 0 && o.flags&flagTime != 0 {
		if c := cmp.Compare(int64(d.secs)-int64(d.off)*60, int64(o.secs)-int64(o.off)*60); c != 0 {
			return c
		}
	}
	return strings.Compare(d.text, o.text)
}

// CertainlyBefore reports whether every day d can fall on is before every
// day o can fall on. It is false when either bound involved is unknown.
func (d Date) CertainlyBefore(o Date) bool {
	hi, ok1 := d.Latest()
	lo, ok2 := o.Earliest()
	return ok1 && ok2 && hi < lo
}

// PossiblyBefore reports whether some day d can fall on is before some day
// o can fall on: d's earliest is before o's latest, where a missing bound
// counts as unbounded. It is false when either Date is zero.
func (d Date) PossiblyBefore(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	lo, ok1 := d.Earliest()
	hi, ok2 := o.Latest()
	return !ok1 || !ok2 || lo < hi
}

// Overlaps reports whether d and o can share a day, a missing bound
// counting as unbounded. It is false when either Date is zero.
func (d Date) Overlaps(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	return !d.CertainlyBefore(o) && !o.CertainlyBefore(d)
}

// Contains reports whether every day o can fall on is certainly inside the
// days d covers. It is false when either Date is zero, and when d is a set,
// a list, has unspecified digits or significant digits, or has an unknown
// end: their bounds enclose possibilities rather than cover days. An open
// end of d covers everything on its side.
func (d Date) Contains(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	if d.flags&(flagSet|flagList|flagUnspecified|flagStartUnknown|flagEndUnknown) != 0 {
		return false
	}
	if d.flags&flagStartOpen == 0 {
		lo, ok := o.Earliest()
		if !ok || lo < d.lo {
			return false
		}
	}
	if d.flags&flagEndOpen == 0 {
		hi, ok := o.Latest()
		if !ok || hi > d.hi {
			return false
		}
	}
	return true
}

// Widening is an explicit policy for turning a qualified date's strict
// bounds into wider ones: a date marked uncertain (?) or approximate (~)
// (or both, %) is widened on each side by the given number of units of its
// own precision (a year-precision date by years, a month-precision date by
// months, a day-precision date by days). Unqualified dates are not widened.
// The zero Widening widens nothing. EDTF itself defines no widening; this is
// the library's documented choice.
type Widening struct {
	Uncertain   int // units added on each side of an uncertain date
	Approximate int // units added on each side of an approximate date
}

// Widened returns d's bounds widened by policy w. Where d has no bound on a
// side, the matching ok is false.
func (d Date) Widened(w Widening) (lo Day, loOK bool, hi Day, hiOK bool) {
	lo, loOK = d.Earliest()
	hi, hiOK = d.Latest()
	n := 0
	if d.flags&flagUncertain != 0 {
		n = max(n, w.Uncertain)
	}
	if d.flags&flagApproximate != 0 {
		n = max(n, w.Approximate)
	}
	if n <= 0 {
		return
	}
	shift := func(x Day, k int) Day {
		y, m, dd := x.Date()
		switch d.prec {
		case PrecisionYear:
			return DayOf(y+int64(k), m, dd)
		case PrecisionMonth, PrecisionSubYear:
			return DayOf(y, m+time.Month(k), dd)
		}
		return x + Day(k)
	}
	if loOK {
		lo = shift(lo, -n)
	}
	if hiOK {
		if d.prec == PrecisionMonth || d.prec == PrecisionSubYear {
			// The last day of the month n months later.
			y, m, _ := hi.Date()
			first := DayOf(y, m+time.Month(n), 1)
			y, m, _ = first.Date()
			hi = DayOf(y, m, int(monthLen(y, int64(m))))
		} else {
			hi = shift(hi, n)
		}
	}
	return
}

// DayDate returns the day-precision Date for year, month and day.
func DayDate(year int64, m time.Month, day int) (Date, error) {
	b := appendYearText(nil, year)
	b = append(b, '-', byte('0'+int(m)/10%10), byte('0'+int(m)%10), '-', byte('0'+day/10%10), byte('0'+day%10))
	if m < 1 || m > 12 {
		return Date{}, &ParseError{Input: string(b), Reason: fmt.Sprintf("month %d out of range", m)}
	}
	if day < 1 || day > 31 {
		return Date{}, &ParseError{Input: string(b), Reason: fmt.Sprintf("day %d out of range", day)}
	}
	return Parse(string(b))
}

// MonthDate returns the month-precision Date for year and month.
func MonthDate(year int64, m time.Month) (Date, error) {
	b := appendYearText(nil, year)
	b = append(b, '-', byte('0'+int(m)/10%10), byte('0'+int(m)%10))
	if m < 1 || m > 12 {
		return Date{}, &ParseError{Input: string(b), Reason: fmt.Sprintf("month %d out of range", m)}
	}
	return Parse(string(b))
}

// YearDate returns the year-precision Date for year, in the "Y" notation
// when the year has more than four digits.
func YearDate(year int64) (Date, error) {
	if year > 9999 || year < -9999 {
		b := append([]byte{'Y'}, strconv.FormatInt(year, 10)...)
		return Parse(string(b))
	}
	return Parse(string(appendYearText(nil, year)))
}

func appendYearText(b []byte, y int64) []byte {
	if y > 9999 || y < -9999 {
		// Not expressible with a month or day; Parse reports it.
		return strconv.AppendInt(b, y, 10)
	}
	return appendYear(b, y)
}

// Interval returns the interval from start to end. A zero start or end is an
// unknown end of the interval. start and end must be dates without a time
// of day, not intervals, sets or lists, and end must not be certainly before
// start.
func Interval(start, end Date) (Date, error) {
	if start.IsZero() && end.IsZero() {
		return Date{}, &ParseError{Input: "/", Reason: "an interval needs at least one date"}
	}
	return Parse(start.text + "/" + end.text)
}
