package edtf

import (
	"strconv"
	"time"
)

// Day is a civil day in the proleptic Gregorian calendar, counted from
// 1970-01-01 (Day 0). Year 0 exists (it is 1 BC) and is a leap year, as in
// ISO 8601 and EDTF. Day values are ordered as the days they name, so
// Days compare with < and ==.
type Day int64

// DayOf returns the Day of the given year, month and day of the month.
// It does not check its arguments: month 13 or day 0 are normalised the way
// time.Date normalises them.
func DayOf(year int64, m time.Month, day int) Day {
	// Normalise month into 1..12 first.
	mm := int64(m) - 1
	year += floorDiv(mm, 12)
	mm = mm - floorDiv(mm, 12)*12 + 1
	return daysFromCivil(year, mm, 1) + Day(day-1)
}

// Date returns the year, month and day of the month of d.
func (d Day) Date() (year int64, m time.Month, day int) {
	y, mo, dd := civilFromDays(int64(d))
	return y, time.Month(mo), int(dd)
}

// String returns d as YYYY-MM-DD, with a minus sign before negative years and
// more than four digits for years beyond 9999.
func (d Day) String() string {
	return string(d.AppendText(make([]byte, 0, 12)))
}

// AppendText appends d as YYYY-MM-DD to b.
func (d Day) AppendText(b []byte) []byte {
	y, m, dd := civilFromDays(int64(d))
	b = appendYear(b, y)
	b = append(b, '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+dd/10), byte('0'+dd%10))
	return b
}

func appendYear(b []byte, y int64) []byte {
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	for p := int64(1000); p > 1 && y < p; p /= 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, y, 10)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// daysFromCivil and civilFromDays are Howard Hinnant's algorithms
// (http://howardhinnant.github.io/date_algorithms.html), on int64 years.
func daysFromCivil(y, m, d int64) Day {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return Day(era*146097 + doe - 719468)
}

func civilFromDays(z int64) (y, m, d int64) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

func isLeap(y int64) bool {
	return y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

func monthLen(y, m int64) int64 {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
