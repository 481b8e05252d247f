package edtf

import (
	"fmt"
	"strings"
)

// parser holds the whole input so that errors carry absolute offsets.
type parser struct {
	in string
}

func (p *parser) fail(off int, format string, args ...any) error {
	return &ParseError{Input: p.in, Offset: off, Reason: fmt.Sprintf(format, args...)}
}

// single is one parsed date (no interval, set or list).
type single struct {
	lo, hi Day
	flags  flags
	secs   int32
	off    int16
	prec   Precision
	level  uint8
}

func (p *parser) parse() (Date, error) {
	s := p.in
	if s == "" {
		return Date{}, p.fail(0, "empty string")
	}
	if s[0] == '[' || s[0] == '{' {
		return p.parseSet()
	}
	slash := strings.IndexByte(s, '/')
	if slash < 0 {
		r, err := p.date(0, len(s), true)
		if err != nil {
			return Date{}, err
		}
		return Date{text: s, lo: r.lo, hi: r.hi, flags: r.flags | flagValid,
			secs: r.secs, off: r.off, prec: r.prec, level: r.level}, nil
	}
	if j := strings.IndexByte(s[slash+1:], '/'); j >= 0 {
		return Date{}, p.fail(slash+1+j, "more than one '/'")
	}
	return p.parseInterval(slash)
}

func (p *parser) parseInterval(slash int) (Date, error) {
	s := p.in
	d := Date{text: s, sep: int32(slash), flags: flagValid | flagInterval, level: 0}
	var start, end single
	haveStart, haveEnd := false, false
	switch s[:slash] {
	case "":
		d.flags |= flagStartUnknown | flagLoUnbounded
	case "..":
		d.flags |= flagStartOpen | flagLoUnbounded
	default:
		r, err := p.date(0, slash, false)
		if err != nil {
			return Date{}, err
		}
		start, haveStart = r, true
	}
	switch s[slash+1:] {
	case "":
		d.flags |= flagEndUnknown | flagHiUnbounded
	case "..":
		d.flags |= flagEndOpen | flagHiUnbounded
	default:
		r, err := p.date(slash+1, len(s), false)
		if err != nil {
			return Date{}, err
		}
		end, haveEnd = r, true
	}
	if !haveStart && !haveEnd {
		return Date{}, p.fail(0, "an interval needs a date at one end at least")
	}
	d.prec = PrecisionSecond
	if haveStart {
		d.lo = start.lo
		d.flags |= start.flags & (flagYearUnspecified | flagUncertain | flagApproximate)
		d.level = start.level
		d.prec = start.prec
	} else {
		d.level = 1
	}
	if haveEnd {
		d.hi = end.hi
		d.flags |= end.flags & (flagYearUnspecified | flagUncertain | flagApproximate)
		d.level = max(d.level, end.level)
		d.prec = min(d.prec, end.prec)
	} else {
		d.level = max(d.level, 1)
	}
	if (start.flags|end.flags)&flagUnspecified != 0 {
		d.level = 2 // unspecified digits in an interval are a level 2 feature
	}
	if haveStart && haveEnd && end.hi < start.lo {
		return Date{}, p.fail(slash+1, "interval ends (%s) before it starts (%s)", end.hi, start.lo)
	}
	return d, nil
}

// parseSet parses a set [..] or a list {..}. Members are dates or ranges
// "a..b" of one precision; the first member may be "..a" (or earlier) and
// the last "a.." (or later).
func (p *parser) parseSet() (Date, error) {
	s := p.in
	closer := byte(']')
	d := Date{text: s, flags: flagValid | flagSet, level: 2, prec: PrecisionSecond}
	if s[0] == '{' {
		closer = '}'
		d.flags = flagValid | flagList
	}
	if s[len(s)-1] != closer {
		return Date{}, p.fail(len(s)-1, "set or list not closed by %q", closer)
	}
	if len(s) == 2 {
		return Date{}, p.fail(1, "empty set or list")
	}
	first := true
	for i := 1; i < len(s)-1; {
		j := i
		for j < len(s)-1 && s[j] != ',' {
			j++
		}
		last := j == len(s)-1
		if j == i {
			return Date{}, p.fail(i, "empty member")
		}
		if last && j < len(s)-1 {
			return Date{}, p.fail(j, "unexpected %q", s[j])
		}
		lo, hi, loUnb, hiUnb, prec, fl, err := p.member(i, j, first, last)
		if err != nil {
			return Date{}, err
		}
		if first || lo < d.lo {
			d.lo = lo
		}
		if first || hi > d.hi {
			d.hi = hi
		}
		if loUnb {
			d.flags |= flagLoUnbounded
		}
		if hiUnb {
			d.flags |= flagHiUnbounded
		}
		d.prec = min(d.prec, prec)
		d.flags |= fl
		first = false
		if last {
			break
		}
		i = j + 1
		if i == len(s)-1 {
			return Date{}, p.fail(j, "trailing ','")
		}
	}
	return d, nil
}

func (p *parser) member(i, j int, first, last bool) (lo, hi Day, loUnb, hiUnb bool, prec Precision, fl flags, err error) {
	s := p.in[i:j]
	keep := flagYearUnspecified | flagUncertain | flagApproximate
	switch {
	case strings.HasPrefix(s, ".."):
		if !first {
			return 0, 0, false, false, 0, 0, p.fail(i, "'..' before a date is allowed only on the first member")
		}
		r, err := p.date(i+2, j, false)
		if err != nil {
			return 0, 0, false, false, 0, 0, err
		}
		return r.hi, r.hi, true, false, r.prec, r.flags & keep, nil
	case strings.HasSuffix(s, ".."):
		if !last {
			return 0, 0, false, false, 0, 0, p.fail(j-2, "'..' after a date is allowed only on the last member")
		}
		r, err := p.date(i, j-2, false)
		if err != nil {
			return 0, 0, false, false, 0, 0, err
		}
		return r.lo, r.lo, false, true, r.prec, r.flags & keep, nil
	}
	if k := strings.Index(s, ".."); k >= 0 {
		a, err := p.date(i, i+k, false)
		if err != nil {
			return 0, 0, false, false, 0, 0, err
		}
		b, err := p.date(i+k+2, j, false)
		if err != nil {
			return 0, 0, false, false, 0, 0, err
		}
		if a.prec != b.prec {
			return 0, 0, false, false, 0, 0, p.fail(i+k, "the dates around '..' must have the same precision (%s and %s)", a.prec, b.prec)
		}
		if b.hi < a.lo {
			return 0, 0, false, false, 0, 0, p.fail(i+k+2, "range ends before it starts")
		}
		return a.lo, b.hi, false, false, a.prec, (a.flags | b.flags) & keep, nil
	}
	r, err := p.date(i, j, false)
	if err != nil {
		return 0, 0, false, false, 0, 0, err
	}
	return r.lo, r.hi, false, false, r.prec, r.flags & keep, nil
}

func isQual(c byte) bool { return c == '?' || c == '~' || c == '%' }

func qualFlags(c byte) flags {
	switch c {
	case '?':
		return flagUncertain
	case '~':
		return flagApproximate
	}
	return flagUncertain | flagApproximate
}

// component is one two- or four-character part of a date: its text (digits
// and X) and its qualifiers.
type component struct {
	off     int
	text    string
	leading byte
	trail   byte
}

func (c component) hasX() bool { return strings.IndexByte(c.text, 'X') >= 0 }

// value returns the component's number; it must have no X.
func (c component) value() int64 {
	var v int64
	for i := 0; i < len(c.text); i++ {
		v = v*10 + int64(c.text[i]-'0')
	}
	return v
}

// fast parses the common forms YYYY, YYYY-MM and YYYY-MM-DD (all digits,
// optionally followed by one qualifier) without the general machinery. It
// reports false for anything else, which the general path then parses or
// rejects with a precise error.
func (p *parser) fast(i, end int, allowTime bool) (single, bool) {
	var r single
	s := p.in[i:end]
	n := len(s)
	var q byte
	if allowTime && n > 10 && s[10] == 'T' {
		if r, ok := p.fast(i, i+10, false); ok && r.flags == 0 && p.clock(&r, i+11, end) == nil {
			r.prec = PrecisionSecond
			return r, true
		}
		return r, false
	}
	if n > 0 && isQual(s[n-1]) {
		q = s[n-1]
		n--
	}
	if n != 4 && n != 7 && n != 10 {
		return r, false
	}
	d4 := func(k int) (int64, bool) {
		a, b, c, d := s[k]-'0', s[k+1]-'0', s[k+2]-'0', s[k+3]-'0'
		if a > 9 || b > 9 || c > 9 || d > 9 {
			return 0, false
		}
		return int64(a)*1000 + int64(b)*100 + int64(c)*10 + int64(d), true
	}
	d2 := func(k int) (int64, bool) {
		if s[k-1] != '-' {
			return 0, false
		}
		a, b := s[k]-'0', s[k+1]-'0'
		if a > 9 || b > 9 {
			return 0, false
		}
		return int64(a)*10 + int64(b), true
	}
	y, ok := d4(0)
	if !ok {
		return r, false
	}
	switch n {
	case 4:
		r.lo = daysFromCivil(y, 1, 1)
		r.hi = daysFromCivil(y, 12, 31)
		r.prec = PrecisionYear
	case 7:
		m, ok := d2(5)
		if !ok || m < 1 || m > 12 {
			return r, false
		}
		r.lo = daysFromCivil(y, m, 1)
		r.hi = r.lo + Day(monthLen(y, m)) - 1
		r.prec = PrecisionMonth
	case 10:
		if s[8] == 'X' && s[9] == 'X' && s[7] == '-' {
			// Level 1: day, or month and day, unspecified (1985-04-XX, 1985-XX-XX).
			r.flags, r.level, r.prec = flagUnspecified, 1, PrecisionDay
			if s[5] == 'X' && s[6] == 'X' && s[4] == '-' {
				r.lo = daysFromCivil(y, 1, 1)
				r.hi = daysFromCivil(y, 12, 31)
			} else if m, ok := d2(5); ok && m >= 1 && m <= 12 {
				r.lo = daysFromCivil(y, m, 1)
				r.hi = r.lo + Day(monthLen(y, m)) - 1
			} else {
				return r, false
			}
			break
		}
		m, ok1 := d2(5)
		d, ok2 := d2(8)
		if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || d > monthLen(y, m) {
			return r, false
		}
		r.lo = daysFromCivil(y, m, d)
		r.hi = r.lo
		r.prec = PrecisionDay
	}
	if q != 0 {
		r.flags |= qualFlags(q)
		r.level = 1
	}
	return r, true
}

// date parses a single date in p.in[i:end].
func (p *parser) date(i, end int, allowTime bool) (single, error) {
	if r, ok := p.fast(i, end, allowTime); ok {
		return r, nil
	}
	s := p.in[:end]
	var r single
	if i >= end {
		return r, p.fail(i, "missing date")
	}
	if s[i] == 'Y' {
		return p.longYear(i, end)
	}
	var comps [3]component
	n := 0
	neg := false
	for n < 3 {
		c := component{off: i}
		if i < end && isQual(s[i]) {
			c.leading = s[i]
			i++
			if i < end && isQual(s[i]) {
				return r, p.fail(i, "two qualifiers in a row")
			}
		}
		if n == 0 && i < end && s[i] == '-' {
			neg = true
			i++
		}
		width := 2
		if n == 0 {
			width = 4
		}
		start := i
		for i < end && i-start < width && (isDigit(s[i]) || s[i] == 'X') {
			i++
		}
		if i-start < width {
			switch {
			case i < end && (s[i] == 'x' || s[i] == 'u'):
				return r, p.fail(i, "unspecified digits are written 'X'")
			case i < end && s[i] > 0x7f:
				return r, p.fail(i, "unexpected non-ASCII character")
			case n == 0 && i == end && i > start:
				return r, p.fail(start, "year must have four digits (centuries and decades are not EDTF)")
			case n == 0:
				return r, p.fail(i, "expected a four-digit year")
			case n == 1:
				return r, p.fail(i, "expected a two-digit month")
			}
			return r, p.fail(i, "expected a two-digit day")
		}
		c.text = s[start:i]
		if n == 0 && i < end && (isDigit(s[i]) || s[i] == 'X') {
			return r, p.fail(start, "year has more than four digits: years beyond 9999 are written with a 'Y' prefix")
		}
		if n == 0 && i < end && s[i] == 'S' {
			if c.leading != 0 || c.hasX() {
				return r, p.fail(i, "significant digits need a plain year")
			}
			if neg && c.text == "0000" {
				return r, p.fail(c.off, "-0000 is not a year (year 0 is 0000)")
			}
			return p.significant(c, neg, i, end)
		}
		if i < end && isQual(s[i]) {
			if c.leading != 0 {
				return r, p.fail(i, "a component is qualified on one side only")
			}
			c.trail = s[i]
			i++
			if i < end && isQual(s[i]) {
				return r, p.fail(i, "two qualifiers in a row")
			}
		}
		comps[n] = c
		n++
		if i < end && s[i] == '-' && n < 3 {
			i++
			if i == end {
				return r, p.fail(i, "missing component after '-'")
			}
			continue
		}
		break
	}
	if neg && comps[0].text == "0000" {
		return r, p.fail(comps[0].off, "-0000 is not a year (year 0 is 0000)")
	}
	// Time of day.
	if i < end && s[i] == 'T' {
		if !allowTime {
			return r, p.fail(i, "time of day is not allowed in an interval, set or list")
		}
		if n != 3 {
			return r, p.fail(i, "time of day needs a complete date")
		}
		for k := range n {
			if comps[k].hasX() || comps[k].leading != 0 || comps[k].trail != 0 {
				return r, p.fail(i, "time of day cannot follow a qualified or unspecified date")
			}
		}
		if err := p.clock(&r, i+1, end); err != nil {
			return r, err
		}
		i = end
	}
	if i < end {
		switch c := s[i]; {
		case c == '-' && n == 3:
			return r, p.fail(i, "too many components")
		case c == '-':
			return r, p.fail(i, "unexpected '-'")
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			return r, p.fail(i, "spaces are not allowed")
		case isQual(c):
			return r, p.fail(i, "misplaced qualifier")
		case c == '.' && i+1 < end && s[i+1] == '.':
			return r, p.fail(i, "'..' is allowed only at an end of an interval or in a set or list")
		case c == 'S':
			return r, p.fail(i, "significant digits follow a year alone")
		case c > 0x7f:
			return r, p.fail(i, "unexpected non-ASCII character")
		}
		return r, p.fail(i, "unexpected %q", s[i])
	}
	if err := p.resolve(&r, comps[:n], neg); err != nil {
		return r, err
	}
	return r, nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func (p *parser) clock(r *single, i, end int) error {
	s := p.in[:end]
	two := func(at int, what string, limit int) (int, error) {
		if at+2 > end || !isDigit(s[at]) || !isDigit(s[at+1]) {
			return 0, p.fail(at, "expected two-digit %s", what)
		}
		v := int(s[at]-'0')*10 + int(s[at+1]-'0')
		if v > limit {
			return 0, p.fail(at, "%s %d out of range", what, v)
		}
		return v, nil
	}
	h, err := two(i, "hour", 23)
	if err != nil {
		return err
	}
	if i+2 >= end || s[i+2] != ':' {
		return p.fail(i+2, "time needs hours, minutes and seconds (hh:mm:ss)")
	}
	m, err := two(i+3, "minute", 59)
	if err != nil {
		return err
	}
	if i+5 >= end || s[i+5] != ':' {
		return p.fail(i+5, "time needs hours, minutes and seconds (hh:mm:ss)")
	}
	sec, err := two(i+6, "second", 59)
	if err != nil {
		return err
	}
	r.secs = int32(h*3600 + m*60 + sec)
	r.flags |= flagTime
	i += 8
	if i == end {
		return nil
	}
	switch s[i] {
	case 'Z':
		if i+1 != end {
			return p.fail(i+1, "unexpected text after 'Z'")
		}
		r.flags |= flagOffset
		return nil
	case '+', '-':
		oh, err := two(i+1, "offset hour", 14)
		if err != nil {
			return err
		}
		om := 0
		switch {
		case i+3 == end:
		case s[i+3] == ':':
			if om, err = two(i+4, "offset minute", 59); err != nil {
				return err
			}
			if i+6 != end {
				return p.fail(i+6, "unexpected text after the offset")
			}
		default:
			return p.fail(i+3, "offset minutes need a colon (+hh:mm)")
		}
		if oh*60+om > 14*60 {
			return p.fail(i+1, "offset beyond ±14:00")
		}
		total := oh*60 + om
		if s[i] == '-' {
			total = -total
		}
		r.off = int16(total)
		r.flags |= flagOffset
		return nil
	}
	return p.fail(i, "expected 'Z' or an offset after the time")
}

// significant parses "1950S2" and "-1728S3": a four-digit year, negative
// when neg, and a count of significant digits at i.
func (p *parser) significant(c component, neg bool, i, end int) (single, error) {
	var r single
	n, j, err := p.count(i+1, end, "significant digits")
	if err != nil {
		return r, err
	}
	if j != end {
		return r, p.fail(j, "unexpected %q after significant digits", p.in[j])
	}
	v := c.value()
	if neg {
		v = -v
	}
	return p.sigBounds(v, n, i+1, 2)
}

// count parses a positive decimal count without a leading zero.
func (p *parser) count(i, end int, what string) (n int64, j int, err error) {
	j = i
	for j < end && isDigit(p.in[j]) {
		if j-i >= 18 {
			return 0, j, p.fail(i, "%s too large", what)
		}
		n = n*10 + int64(p.in[j]-'0')
		j++
	}
	if j == i {
		return 0, j, p.fail(i, "expected %s", what)
	}
	if p.in[i] == '0' {
		return 0, j, p.fail(i, "%s must be a positive number without a leading zero", what)
	}
	return n, j, nil
}

func digits(v int64) int64 {
	if v < 0 {
		v = -v
	}
	n := int64(1)
	for v >= 10 {
		v /= 10
		n++
	}
	return n
}

func pow10(n int64) int64 {
	v := int64(1)
	for range n {
		v *= 10
	}
	return v
}

// sigBounds returns the years that share the first n significant digits of
// v: 1950 with 2 gives 1900 to 1999. The digits are those of the year's
// magnitude, so a negative year's span mirrors its magnitude's: -1728 with
// 3 gives -1729 to -1720 (the specification is silent on negative years).
// at is the offset of the count n.
//
// The widened span must stay within ±MaxYear, as every year does: Y1E15 is
// accepted but Y1E15S1 (1000000000000000 to 1999999999999999) is not.
// This differs from edtf.js on purpose in two ways: edtf.js leaves the
// bounds at the year itself, and it accepts more significant digits than
// the year has (1950S5), which here is an error.
func (p *parser) sigBounds(v, n int64, at int, level uint8) (single, error) {
	var r single
	d := digits(v)
	if n > d {
		return r, p.fail(at, "%d significant digits but the year has only %d", n, d)
	}
	unit := pow10(d - n)
	a := v
	if a < 0 {
		a = -a
	}
	lo := a / unit * unit
	hi := lo + unit - 1
	if hi > MaxYear {
		if v < 0 {
			lo, hi = -hi, -lo
		}
		return r, p.fail(at, "S%d widens the year to %d..%d, beyond ±%d", n, lo, hi, int64(MaxYear))
	}
	if v < 0 {
		lo, hi = -hi, -lo
	}
	r.lo = daysFromCivil(lo, 1, 1)
	r.hi = daysFromCivil(hi, 12, 31)
	r.prec = PrecisionYear
	r.level = level
	r.flags = flagYearUnspecified | flagUnspecified
	return r, nil
}

// longYear parses the "Y" notation: Y170000002, Y-17E7, Y3388E2S3.
func (p *parser) longYear(i, end int) (single, error) {
	s := p.in[:end]
	var r single
	j := i + 1
	neg := false
	if j < end && s[j] == '-' {
		neg = true
		j++
	}
	start := j
	var v int64
	for j < end && isDigit(s[j]) {
		if j-start >= 16 {
			return r, p.fail(start, "year beyond ±%d", int64(MaxYear))
		}
		v = v*10 + int64(s[j]-'0')
		j++
	}
	if j == start {
		if j < end && s[j] == 'X' {
			return r, p.fail(j, "a 'Y' year cannot have unspecified digits")
		}
		return r, p.fail(j, "expected digits after 'Y'")
	}
	if s[start] == '0' {
		return r, p.fail(start, "a 'Y' year has no leading zero")
	}
	level := uint8(1)
	if j < end && s[j] == 'E' {
		e, k, err := p.count(j+1, end, "exponent")
		if err != nil {
			return r, err
		}
		for range e {
			v *= 10
			if v > MaxYear {
				return r, p.fail(start, "year beyond ±%d", int64(MaxYear))
			}
		}
		j = k
		level = 2
	}
	if v > MaxYear {
		return r, p.fail(start, "year beyond ±%d", int64(MaxYear))
	}
	if v <= 9999 {
		return r, p.fail(i, "the 'Y' prefix is only for years beyond four digits")
	}
	if neg {
		v = -v
	}
	if j < end && s[j] == 'S' {
		n, k, err := p.count(j+1, end, "significant digits")
		if err != nil {
			return r, err
		}
		if k != end {
			return r, p.fail(k, "unexpected %q", s[k])
		}
		return p.sigBounds(v, n, j+1, 2)
	}
	if j < end && isQual(s[j]) && j+1 == end {
		r.flags |= qualFlags(s[j])
		level = max(level, 2)
		j++
	}
	if j != end {
		if s[j] == '-' {
			return r, p.fail(j, "a 'Y' year cannot have a month or day")
		}
		return r, p.fail(j, "unexpected %q", s[j])
	}
	r.lo = daysFromCivil(v, 1, 1)
	r.hi = daysFromCivil(v, 12, 31)
	r.prec = PrecisionYear
	r.level = level
	return r, nil
}

// subYear holds the documented day bounds of sub-year groupings 21-41:
// first month, last month and whether the last month is in the next year.
// Seasons are meteorological (three whole months); the hemisphere-
// independent codes 21-24 are read as northern.
var subYear = [...]struct{ first, last, next int64 }{
	21 - 21: {3, 5, 0},   // spring
	22 - 21: {6, 8, 0},   // summer
	23 - 21: {9, 11, 0},  // autumn
	24 - 21: {12, 2, 1},  // winter: December to February of the next year
	25 - 21: {3, 5, 0},   // spring, northern hemisphere
	26 - 21: {6, 8, 0},   // summer, northern
	27 - 21: {9, 11, 0},  // autumn, northern
	28 - 21: {12, 2, 1},  // winter, northern
	29 - 21: {9, 11, 0},  // spring, southern hemisphere
	30 - 21: {12, 2, 1},  // summer, southern
	31 - 21: {3, 5, 0},   // autumn, southern
	32 - 21: {6, 8, 0},   // winter, southern
	33 - 21: {1, 3, 0},   // quarter 1
	34 - 21: {4, 6, 0},   // quarter 2
	35 - 21: {7, 9, 0},   // quarter 3
	36 - 21: {10, 12, 0}, // quarter 4
	37 - 21: {1, 4, 0},   // quadrimester 1
	38 - 21: {5, 8, 0},   // quadrimester 2
	39 - 21: {9, 12, 0},  // quadrimester 3
	40 - 21: {1, 6, 0},   // semester 1
	41 - 21: {7, 12, 0},  // semester 2
}

// resolve checks the components and computes the bounds and level.
func (p *parser) resolve(r *single, c []component, neg bool) error {
	level := uint8(0)
	if neg {
		level = 1
	}
	// Qualifiers: level 1 allows one qualifier after the last component.
	for k := range c {
		if c[k].leading != 0 {
			r.flags |= qualFlags(c[k].leading)
			level = 2
		}
		if c[k].trail != 0 {
			r.flags |= qualFlags(c[k].trail)
			if k == len(c)-1 {
				level = max(level, 1)
			} else {
				level = 2
			}
		}
	}
	y := c[0]
	yx := strings.Count(y.text, "X")
	if yx > 0 {
		r.flags |= flagYearUnspecified | flagUnspecified
	}
	for k := 1; k < len(c); k++ {
		if c[k].hasX() {
			r.flags |= flagUnspecified
		}
	}
	// Level of unspecified digits.
	switch {
	case yx == 0:
	case len(c) == 1 && !neg && strings.IndexByte(y.text[:2], 'X') < 0 &&
		(y.text[2:] == "XX" || y.text[2] != 'X' && y.text[3] == 'X'):
		level = max(level, 1) // 201X, 20XX
	default:
		level = 2
	}
	if len(c) >= 2 && c[1].hasX() {
		if yx == 0 && c[1].text == "XX" {
			level = max(level, 1)
		} else {
			level = 2
		}
	}
	if len(c) == 3 && c[2].hasX() {
		if yx == 0 && c[2].text == "XX" && (c[1].text == "XX" || !c[1].hasX()) {
			level = max(level, 1)
		} else {
			level = 2
		}
	}
	if len(c) == 3 && !c[2].hasX() && c[1].text == "XX" {
		level = 2
	}

	// Sub-year groupings.
	if len(c) >= 2 && !c[1].hasX() {
		mv := c[1].value()
		if mv >= 21 {
			if mv > 41 {
				return p.fail(c[1].off, "sub-year code %d out of range (21-41)", mv)
			}
			if len(c) == 3 {
				return p.fail(c[2].off, "a season or other sub-year grouping has no day")
			}
			if mv > 24 || yx > 0 || c[1].leading != 0 || c[0].trail != 0 || c[0].leading != 0 {
				level = 2
			} else {
				level = max(level, 1)
			}
			sy := subYear[mv-21]
			lo, hi, ok := yearBounds(y.text, neg, yx)
			if !ok {
				return p.fail(y.off, "no year matches %s", y.text)
			}
			r.lo = daysFromCivil(lo, sy.first, 1)
			ly := hi + sy.next
			r.hi = daysFromCivil(ly, sy.last, monthLen(ly, sy.last))
			r.prec = PrecisionSubYear
			r.level = level
			return nil
		}
		if mv == 0 || mv > 12 {
			return p.fail(c[1].off, "month %d out of range", mv)
		}
	}
	if len(c) >= 2 && c[1].hasX() && !anyMatch(c[1].text, 1, 12) {
		return p.fail(c[1].off, "no month matches %s", c[1].text)
	}
	if len(c) == 3 {
		if !c[2].hasX() {
			dv := c[2].value()
			if dv == 0 || dv > 31 {
				return p.fail(c[2].off, "day %d out of range", dv)
			}
		} else if !anyMatch(c[2].text, 1, 31) {
			return p.fail(c[2].off, "no day matches %s", c[2].text)
		}
	}
	r.level = level
	switch len(c) {
	case 1:
		r.prec = PrecisionYear
	case 2:
		r.prec = PrecisionMonth
	default:
		r.prec = PrecisionDay
		if r.flags&flagTime != 0 {
			r.prec = PrecisionSecond
		}
	}

	// Fast path: everything specified.
	if yx == 0 && !(len(c) >= 2 && c[1].hasX()) && !(len(c) == 3 && c[2].hasX()) {
		yv := y.value()
		if neg {
			yv = -yv
		}
		switch len(c) {
		case 1:
			r.lo = daysFromCivil(yv, 1, 1)
			r.hi = daysFromCivil(yv, 12, 31)
		case 2:
			mv := c[1].value()
			r.lo = daysFromCivil(yv, mv, 1)
			r.hi = r.lo + Day(monthLen(yv, mv)) - 1
		case 3:
			mv, dv := c[1].value(), c[2].value()
			if ml := monthLen(yv, mv); dv > ml {
				if mv == 2 && dv == 29 {
					return p.fail(c[2].off, "29 February %d does not exist (%d is not a leap year)", yv, yv)
				}
				return p.fail(c[2].off, "day %d out of range for %s (it has %d days)", dv, p.in[y.off:c[1].off+2], ml)
			}
			r.lo = daysFromCivil(yv, mv, dv)
			r.hi = r.lo
		}
		return nil
	}
	mpat, dpat := "", ""
	if len(c) >= 2 {
		mpat = c[1].text
	}
	if len(c) == 3 {
		dpat = c[2].text
	}
	lo, hi, ok := patternBounds(y.text, neg, yx, mpat, dpat)
	if !ok {
		return p.fail(y.off, "no real date matches %s", p.in[y.off:c[len(c)-1].off+len(c[len(c)-1].text)])
	}
	r.lo, r.hi = lo, hi
	return nil
}

// match reports whether the two- or four-digit rendering of v matches the
// pattern (digits and X).
func match(pat string, v int64) bool {
	for i := len(pat) - 1; i >= 0; i-- {
		d := byte('0' + v%10)
		v /= 10
		if pat[i] != 'X' && pat[i] != d {
			return false
		}
	}
	return true
}

func anyMatch(pat string, lo, hi int64) bool {
	for v := lo; v <= hi; v++ {
		if match(pat, v) {
			return true
		}
	}
	return false
}

// yearBounds returns the least and greatest year matching a four-character
// year pattern.
func yearBounds(pat string, neg bool, xs int) (lo, hi int64, ok bool) {
	var a, b int64
	for i := 0; i < len(pat); i++ {
		if pat[i] == 'X' {
			a, b = a*10, b*10+9
		} else {
			a, b = a*10+int64(pat[i]-'0'), b*10+int64(pat[i]-'0')
		}
	}
	if neg {
		return -b, -a, true
	}
	return a, b, true
}

// fill returns the year whose X digits, left to right, are the digits of k
// (with xs digits); larger k gives a larger year.
func fill(pat string, k int64, xs int) int64 {
	var v int64
	p := pow10(int64(xs - 1))
	for i := 0; i < len(pat); i++ {
		if pat[i] == 'X' {
			v = v*10 + k/p%10
			p /= 10
		} else {
			v = v*10 + int64(pat[i]-'0')
		}
	}
	return v
}

// patternBounds returns the first and last real day matching the patterns,
// over every completion of the X digits, respecting month lengths and leap
// years. mpat and dpat are "" when the date has no month or day.
func patternBounds(ypat string, neg bool, xs int, mpat, dpat string) (lo, hi Day, ok bool) {
	n := pow10(int64(xs))
	year := func(k int64) int64 {
		v := fill(ypat, k, xs)
		if neg {
			return -v
		}
		return v
	}
	// Ascending years: k ascending for positive years, descending for negative.
	yearAt := func(i int64) int64 {
		if neg {
			return year(n - 1 - i)
		}
		return year(i)
	}
	first := func(y int64) (Day, bool) {
		if mpat == "" {
			return daysFromCivil(y, 1, 1), true
		}
		for m := int64(1); m <= 12; m++ {
			if !match(mpat, m) {
				continue
			}
			if dpat == "" {
				return daysFromCivil(y, m, 1), true
			}
			for d := int64(1); d <= monthLen(y, m); d++ {
				if match(dpat, d) {
					return daysFromCivil(y, m, d), true
				}
			}
		}
		return 0, false
	}
	last := func(y int64) (Day, bool) {
		if mpat == "" {
			return daysFromCivil(y, 12, 31), true
		}
		for m := int64(12); m >= 1; m-- {
			if !match(mpat, m) {
				continue
			}
			ml := monthLen(y, m)
			if dpat == "" {
				return daysFromCivil(y, m, ml), true
			}
			for d := ml; d >= 1; d-- {
				if match(dpat, d) {
					return daysFromCivil(y, m, d), true
				}
			}
		}
		return 0, false
	}
	found := false
	for i := int64(0); i < n; i++ {
		if v, ok := first(yearAt(i)); ok {
			lo, found = v, true
			break
		}
	}
	if !found {
		return 0, 0, false
	}
	for i := n - 1; i >= 0; i-- {
		if v, ok := last(yearAt(i)); ok {
			return lo, v, true
		}
	}
	return 0, 0, false
}
