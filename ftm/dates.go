package ftm

import (
	"net/url"
	"strings"
	"time"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"golang.org/x/text/language"
)

// ftmDate returns d as an FtM date: the longest ISO 8601 prefix
// (YYYY-MM-DD, YYYY-MM or YYYY) that both its earliest and its latest day
// begin with, so that the value says no more than d does. "2019-05-03",
// "2019-05" and "2019" stay as they are; an uncertain or approximate date
// ("2019-05?", "2019~") loses its qualifier, which FtM cannot state, and
// keeps its precision; "201X" or a set spanning two years has no common
// prefix and gives "", as do the zero Date, a date without a bound and a
// year outside 1-9999 (FtM wants four digits). Written by hand: x/text
// has no dates, and time.Format cannot print a reduced precision.
func ftmDate(d edtf.Date) string {
	lo, ok1 := d.Earliest()
	hi, ok2 := d.Latest()
	if !ok1 || !ok2 {
		return ""
	}
	y1, m1, d1 := lo.Date()
	y2, m2, d2 := hi.Date()
	if y1 != y2 || y1 < 1 || y1 > 9999 {
		return ""
	}
	s := lo.String() // "2019-05-03"
	switch {
	case m1 == m2 && d1 == d2:
		return s
	case m1 == m2:
		return s[:7]
	}
	return s[:4]
}

// addPeriod adds a period to e: an interval's ends as startDate and
// endDate (an open or unknown end is left out), any other date as date.
func addPeriod(e *Entity, d edtf.Date) {
	if e == nil || d.IsZero() {
		return
	}
	if d.IsInterval() {
		e.add("startDate", ftmDate(d.Start()))
		e.add("endDate", ftmDate(d.End()))
		return
	}
	e.add("date", ftmDate(d))
}

// ftmInstant returns the UTC date and time of an event held on one day
// at a local time with its offset ("2019-05-03T07:00"), or "" when d is
// not one day or t is zero.
func ftmInstant(d edtf.Date, t cooperation.Clock) string {
	if t.IsZero() || d.IsInterval() {
		return ""
	}
	day := ftmDate(d)
	if len(day) != len("2006-01-02") {
		return ""
	}
	at, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return ""
	}
	local, off := t.Minutes()
	at = at.Add(time.Duration(local-off) * time.Minute)
	if at.Year() < 1 || at.Year() > 9999 {
		return ""
	}
	return at.UTC().Format("2006-01-02T15:04")
}

// countryOf returns c as FtM's country type writes it, lower case, or ""
// when FtM's country type lacks it (the generated table countries).
func countryOf(c cooperation.Country) string {
	s := strings.ToLower(c.String())
	if !countries[s] {
		return ""
	}
	return s
}

// languageOf returns the ISO 639-3 code of t's language as FtM's
// language type has it ("eng"), through x/text's Base.ISO3, or "" when
// FtM lacks it.
func languageOf(t language.Tag) string {
	b, conf := t.Base()
	if conf != language.Exact { // und guesses English
		return ""
	}
	if t == language.Und {
		return ""
	}
	s := b.ISO3()
	if !languages[s] {
		return ""
	}
	return s
}

// isURL reports whether s is an absolute http or https URL with a host,
// as FtM's url type wants.
func isURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && len(s) <= 4096
}
