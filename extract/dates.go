package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"golang.org/x/text/width"
)

// The date rules are regular expressions (RE2: linear in the text, so no
// input makes them slow) with a handler each. x/text has no date parser,
// only formatting, so the forms are written here by hand.

// mon matches an English month name or its abbreviation, capitalised as
// news writes it (lower-case "may" is a verb).
const mon = `(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`

const wday = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`

const ord = `(?:st|nd|rd|th)?`

// digits matches ASCII and full-width digits.
const dg = `[0-9０-９]`

// relKind is the kind of relative expression a candidate is.
type relKind uint8

const (
	relNone  relKind = iota
	relDay           // n days from the reference day
	relWeek          // the week n weeks from the reference's
	relMonth         // the month n months from the reference's
	relYear          // the year n years from the reference's
	relWeekday
)

// cand is a temporal expression found, before it is resolved against the
// article's reference dates. Zero fields are absent.
type cand struct {
	s, e       int
	kind       TemporalKind
	y1, m1, d1 int
	y2, m2, d2 int
	rel        relKind
	n          int // offset of a relative expression
	wd1, wd2   int // weekday + 1
	days       int // a duration's length
	hh, mm     int
	future     bool
	conf       Confidence
	last       bool // "last Friday": a week before when the reference is a Friday
	openEnd    bool // "since 2013": 2013/..
	openStart  bool // "until 2026": ../2026
}

type rule struct {
	re    *regexp.Regexp
	langs []lang
	f     func(g []string, c *cand) bool
	// notBefore, when set, rejects a match the text after it matches
	// (RE2 has no look-ahead).
	notBefore *regexp.Regexp
}

// needs are, for each rule (by index in rules), the strings one of which a
// line must hold, lower-cased, for the rule to run on it: a cheap test that
// spares most lines most rules. "0" stands for any digit.
var needs = func() [][]string {
	months := strings.Fields("jan feb mar apr may jun jul aug sep oct nov dec")
	n := make([][]string, len(rules))
	for i, r := range rules {
		src := r.re.String()
		switch {
		case strings.Contains(src, "Jan(?:uary"):
			n[i] = months
		case strings.Contains(src, "(a\\.?m\\.?|p\\.?m\\.?)"):
			n[i] = []string{"am", "pm", "a.m", "p.m"}
		case strings.Contains(src, "giờ"):
			n[i] = []string{":", "giờ", "h0", "h1", "h2", "h3", "h4", "h5"}
		case strings.Contains(src, `(\d{4})`):
			n[i] = []string{"0000"}
		case strings.Contains(src, "yesterday"):
			n[i] = []string{"yesterday", "today", "tomorrow"}
		case strings.Contains(src, "(year|month|week)"):
			n[i] = []string{"year", "month", "week"}
		case strings.HasPrefix(src, `\b(?:(?:[Oo]n|`):
			n[i] = []string{"day"}
		case strings.Contains(src, "-day)"):
			n[i] = []string{"-day"}
		case strings.Contains(src, `[Ss]ince|[Uu]ntil|[Bb]y`):
			n[i] = months
		case strings.Contains(src, "hôm"):
			n[i] = []string{"hôm", "ngày mai"}
		case strings.Contains(src, "ngoái"):
			n[i] = []string{"năm", "tháng", "tuần"}
		case strings.Contains(src, "chủ nhật"):
			n[i] = []string{"chủ nhật", "thứ"}
		case strings.Contains(src, "前天"):
			n[i] = []string{"天", "日"}
		case strings.Contains(src, "去年"):
			n[i] = []string{"年", "月"}
		case strings.Contains(src, "星期"):
			n[i] = []string{"星期", "周", "礼拜"}
		case strings.Contains(src, "月"):
			n[i] = []string{"月"}
		case strings.Contains(src, "年"):
			n[i] = []string{"年"}
		default:
			n[i] = []string{"0"}
		}
	}
	return n
}()

// lineHas reports whether the lower-cased line holds one of want ("0" a
// digit, "0000" four digits in a row).
func lineHas(low string, digits int, want []string) bool {
	for _, w := range want {
		switch w {
		case "0":
			if digits > 0 {
				return true
			}
		case "0000":
			if digits >= 4 {
				return true
			}
		default:
			if strings.Contains(low, w) {
				return true
			}
		}
	}
	return false
}

// digitRun returns the length of the longest run of ASCII digits in s.
func digitRun(s string) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

var (
	digitNext = regexp.MustCompile(`^\s*\d`)
	rangeNext = regexp.MustCompile(`^\s*(?:-|–|—|/)\s*\d`)
)

func num(s string) int {
	if s == "" {
		return 0
	}
	// Full-width digits (２０２２) are narrowed by x/text's width package.
	n, err := strconv.Atoi(width.Narrow.String(s))
	if err != nil || n > 1<<20 {
		return 0
	}
	return n
}

var monthIndex = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

func month(s string) int {
	if len(s) < 3 {
		return 0
	}
	return monthIndex[lower(s[:3])]
}

func weekday(s string) int {
	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		if lower(s) == w {
			return i + 1
		}
	}
	return 0
}

var viWeekdays = map[string]int{"chủ nhật": 1, "thứ hai": 2, "thứ ba": 3, "thứ tư": 4, "thứ năm": 5, "thứ sáu": 6, "thứ bảy": 7}
var zhWeekdays = map[string]int{"日": 1, "天": 1, "一": 2, "二": 3, "三": 4, "四": 5, "五": 6, "六": 7}

var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

var all = []lang{langEnglish, langVietnamese, langChinese}
var en = []lang{langEnglish}
var vi = []lang{langVietnamese}
var zh = []lang{langChinese}

func year(s string) (int, bool) {
	y := num(s)
	return y, y >= 1000 && y <= 2999
}

var rules = []rule{
	// ISO 8601 day: "2024-11-05" (every language).
	{regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`), all, func(g []string, c *cand) bool {
		c.y1, c.m1, c.d1 = num(g[1]), num(g[2]), num(g[3])
		c.conf = 95
		return c.y1 >= 1000
	}, nil},
	// "September 6-15, 2021", "Sept. 30 to Oct. 2"
	{regexp.MustCompile(`\b` + mon + `\s+(\d{1,2})` + ord + `\s*(?:-|–|—|to|and|until|through)\s*(?:` + mon + `\s+)?(\d{1,2})` + ord + `\b(?:,?\s+(\d{4})\b)?`), en, func(g []string, c *cand) bool {
		c.m1, c.d1, c.m2, c.d2 = month(g[1]), num(g[2]), month(g[3]), num(g[4])
		if c.m2 == 0 {
			c.m2 = c.m1
		}
		c.y1 = num(g[5])
		c.y2 = c.y1
		c.conf = 90
		return true
	}, nil},
	// "6-15 September 2021"
	{regexp.MustCompile(`\b(\d{1,2})` + ord + `\s*(?:-|–|—|to|and)\s*(\d{1,2})` + ord + `\s+(?:of\s+)?` + mon + `\b(?:,?\s+(\d{4})\b)?`), en, func(g []string, c *cand) bool {
		c.d1, c.d2, c.m1 = num(g[1]), num(g[2]), month(g[3])
		c.m2, c.y1 = c.m1, num(g[4])
		c.y2 = c.y1
		c.conf = 90
		return true
	}, nil},
	// "November 05, 2024", "Nov. 4", "Sept. 13, 2015"
	{regexp.MustCompile(`\b` + mon + `\s+(\d{1,2})` + ord + `\b(?:,?\s+(\d{4})\b)?`), en, func(g []string, c *cand) bool {
		c.m1, c.d1, c.y1 = month(g[1]), num(g[2]), num(g[3])
		c.conf = 90
		return true
	}, nil},
	// "10 July", "20th September 2021", "8th of November"
	{regexp.MustCompile(`\b(\d{1,2})` + ord + `\s+(?:of\s+)?` + mon + `\b(?:,?\s+(\d{4})\b)?`), en, func(g []string, c *cand) bool {
		c.d1, c.m1, c.y1 = num(g[1]), month(g[2]), num(g[3])
		c.conf = 90
		return true
	}, nil},
	// "September 2021", "in July 2020"
	{regexp.MustCompile(`\b` + mon + `,?\s+(\d{4})\b`), en, func(g []string, c *cand) bool {
		c.m1, c.y1 = month(g[1]), num(g[2])
		c.conf = 90
		return true
	}, nil},
	// "in November", "since March": a month without its year.
	{regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Dd]uring|[Ff]rom|[Tt]his|[Ll]ast)\s+` + mon + `\b`), en, func(g []string, c *cand) bool {
		c.m1 = month(g[1])
		c.conf = 70
		return true
	}, digitNext},
	// "from 2019 to 2020", "between 2019 and 2020"
	{regexp.MustCompile(`\b(?:[Ff]rom|[Bb]etween)\s+(\d{4})\s+(?:to|and|until|through)\s+(\d{4})\b`), en, func(g []string, c *cand) bool {
		var ok1, ok2 bool
		c.y1, ok1 = year(g[1])
		c.y2, ok2 = year(g[2])
		c.conf = 90
		return ok1 && ok2 && c.y2 > c.y1
	}, nil},
	// "2019-2020", "2021-22", "2004/2012"
	{regexp.MustCompile(`\b(\d{4})\s*(?:-|–|—|/|to)\s*(\d{4}|\d{2})\b`), all, func(g []string, c *cand) bool {
		var ok1, ok2 bool
		c.y1, ok1 = year(g[1])
		if len(g[2]) == 2 {
			c.y2, ok2 = c.y1/100*100+num(g[2]), true
		} else {
			c.y2, ok2 = year(g[2])
		}
		c.conf = 85
		return ok1 && ok2 && c.y2 > c.y1 && c.y2-c.y1 < 50
	}, nil},
	// "in 2014", "by 2025", "the year 2021", "of 2021"
	{regexp.MustCompile(`\b(?i:in|since|by|until|till|through|during|before|after|of|early|late|mid-|end of|the year|year|from)\s+(\d{4})\b`), en, func(g []string, c *cand) bool {
		var ok bool
		c.y1, ok = year(g[1])
		switch w := lower(g[0]); {
		case strings.HasPrefix(w, "by"):
			c.kind = TemporalDeadline
		case strings.HasPrefix(w, "since"):
			c.openEnd = true
		case strings.HasPrefix(w, "until"), strings.HasPrefix(w, "till"):
			c.openStart = true
		}
		c.conf = 85
		return ok
	}, rangeNext},
	// "yesterday", "today", "tomorrow"
	{regexp.MustCompile(`\b(?i:(the day before yesterday)|(yesterday)|(today)|(tomorrow))\b`), en, func(g []string, c *cand) bool {
		c.rel, c.kind, c.conf = relDay, TemporalRelative, 85
		switch {
		case g[1] != "":
			c.n = -2
		case g[2] != "":
			c.n = -1
		case g[4] != "":
			c.n = 1
		}
		return true
	}, nil},
	// "last year", "this month", "next week", "earlier this year"
	{regexp.MustCompile(`\b(?i:(last|this|next|past|previous|coming))\s+(?i:(year|month|week))\b`), en, func(g []string, c *cand) bool {
		c.kind, c.conf = TemporalRelative, 80
		switch lower(g[1]) {
		case "last", "past", "previous":
			c.n = -1
		case "next", "coming":
			c.n = 1
		}
		switch lower(g[2]) {
		case "year":
			c.rel = relYear
		case "month":
			c.rel = relMonth
		default:
			c.rel = relWeek
		}
		return true
	}, nil},
	// "from Sunday to Monday", "on Monday", "last Friday"
	{regexp.MustCompile(`\b(?:(?:[Oo]n|[Ff]rom|[Ll]ast|[Nn]ext|[Tt]his)\s+)?` + wday + `(?:\s+(?:to|and|through|until)\s+` + wday + `)?\b`), en, func(g []string, c *cand) bool {
		c.rel, c.kind, c.conf = relWeekday, TemporalRelative, 75
		c.wd1, c.wd2 = weekday(g[1]), weekday(g[2])
		if strings.HasPrefix(lower(g[0]), "next") {
			c.future = true
		}
		c.last = strings.HasPrefix(lower(g[0]), "last")
		return true
	}, nil},
	// "the two-day forum", "a three-day visit"
	{regexp.MustCompile(`\b(?i:(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)-day)\b`), en, func(g []string, c *cand) bool {
		c.days = numberWords[lower(g[1])]
		if c.days == 0 {
			c.days = num(g[1])
		}
		c.kind, c.conf = TemporalDuration, 60
		return c.days > 1
	}, nil},
	// "at 1:30 pm", "10 a.m."
	{regexp.MustCompile(`\b(?:(?i:at|from|around|about)\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(?i:(a\.?m\.?|p\.?m\.?))`), en, func(g []string, c *cand) bool {
		c.hh, c.mm = num(g[1]), num(g[2])
		if c.hh < 1 || c.hh > 12 || c.mm > 59 {
			return false
		}
		if lower(g[3])[0] == 'p' && c.hh < 12 {
			c.hh += 12
		} else if lower(g[3])[0] == 'a' && c.hh == 12 {
			c.hh = 0
		}
		c.kind, c.conf = TemporalTime, 85
		return true
	}, nil},
	// "15:21", "at 13:30" (24-hour clock; Vietnamese "13h30", "lúc 9 giờ")
	{regexp.MustCompile(`(?:\b(?i:at|lúc|vào lúc)\s+)?\b([01]?\d|2[0-3])(?::|h|\s?giờ\s?)([0-5]\d)?\b`), all, func(g []string, c *cand) bool {
		c.hh, c.mm = num(g[1]), num(g[2])
		c.kind, c.conf = TemporalTime, 75
		return g[2] != "" || strings.Contains(g[0], "giờ") || strings.Contains(g[0], "h")
	}, nil},

	// Vietnamese: "ngày 8 tháng 11 năm 2022", "ngày 8/11/2022", "8/11/2022".
	{regexp.MustCompile(`(?i:ngày)\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?`), vi, func(g []string, c *cand) bool {
		c.d1, c.m1, c.y1 = num(g[1]), num(g[2]), num(g[3])
		c.conf = 90
		return true
	}, nil},
	{regexp.MustCompile(`(?:(?i:ngày)\s+)?\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?\b`), vi, func(g []string, c *cand) bool {
		c.d1, c.m1, c.y1 = num(g[1]), num(g[2]), num(g[3])
		c.conf = 85
		if g[3] == "" && !strings.HasPrefix(lower(g[0]), "ngày") {
			return false // "8/11" alone may be a ratio or a score
		}
		return true
	}, nil},
	// "từ ngày 6 đến 15 tháng 9 năm 2021", "ngày 6-15/9"
	{regexp.MustCompile(`(?i:ngày)\s+(\d{1,2})\s*(?:-|–|đến)\s*(?:ngày\s+)?(\d{1,2})(?:\s+tháng\s+|/)(\d{1,2})(?:(?:\s+năm\s+|/)(\d{4}))?`), vi, func(g []string, c *cand) bool {
		c.d1, c.d2, c.m1, c.y1 = num(g[1]), num(g[2]), num(g[3]), num(g[4])
		c.m2, c.y2 = c.m1, c.y1
		c.conf = 90
		return true
	}, nil},
	{regexp.MustCompile(`(?i:tháng)\s+(\d{1,2})(?:\s+năm\s+|/)(\d{4})`), vi, func(g []string, c *cand) bool {
		c.m1, c.y1 = num(g[1]), num(g[2])
		c.conf = 90
		return true
	}, nil},
	{regexp.MustCompile(`(?i:tháng)\s+(\d{1,2})\b`), vi, func(g []string, c *cand) bool {
		c.m1, c.conf = num(g[1]), 70
		return true
	}, nil},
	{regexp.MustCompile(`(?i:năm)\s+(\d{4})\b`), vi, func(g []string, c *cand) bool {
		var ok bool
		c.y1, ok = year(g[1])
		c.conf = 85
		return ok
	}, nil},
	{regexp.MustCompile(`(?i:(hôm kia)|(hôm qua)|(hôm nay)|(ngày mai))`), vi, func(g []string, c *cand) bool {
		c.rel, c.kind, c.conf = relDay, TemporalRelative, 85
		switch {
		case g[1] != "":
			c.n = -2
		case g[2] != "":
			c.n = -1
		case g[4] != "":
			c.n = 1
		}
		return true
	}, nil},
	{regexp.MustCompile(`(?i:(năm|tháng|tuần))\s+(?i:(ngoái|trước|qua|nay|này|tới|sau))`), vi, func(g []string, c *cand) bool {
		c.kind, c.conf = TemporalRelative, 80
		switch lower(g[2]) {
		case "ngoái", "trước", "qua":
			c.n = -1
		case "tới", "sau":
			c.n = 1
		}
		switch lower(g[1]) {
		case "năm":
			c.rel = relYear
		case "tháng":
			c.rel = relMonth
		default:
			c.rel = relWeek
		}
		return true
	}, nil},
	{regexp.MustCompile(`(?i:(chủ nhật|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy))`), vi, func(g []string, c *cand) bool {
		c.rel, c.kind, c.conf = relWeekday, TemporalRelative, 75
		c.wd1 = viWeekdays[strings.ToLower(g[1])]
		return c.wd1 > 0
	}, nil},

	// Chinese: "2022年11月8日", "2021年9月6日至15日", "11月8日", "2022年11月", "2022年".
	{regexp.MustCompile(`(?:(` + dg + `{4})年)?(` + dg + `{1,2})月(` + dg + `{1,2})[日号]?\s*[-–—至到]\s*(` + dg + `{1,2})[日号]`), zh, func(g []string, c *cand) bool {
		c.y1, c.m1, c.d1, c.d2 = num(g[1]), num(g[2]), num(g[3]), num(g[4])
		c.y2, c.m2 = c.y1, c.m1
		c.conf = 90
		return true
	}, nil},
	{regexp.MustCompile(`(?:(` + dg + `{4})年)?(` + dg + `{1,2})月(` + dg + `{1,2})[日号]`), zh, func(g []string, c *cand) bool {
		c.y1, c.m1, c.d1 = num(g[1]), num(g[2]), num(g[3])
		c.conf = 90
		return true
	}, nil},
	{regexp.MustCompile(`(` + dg + `{4})年(` + dg + `{1,2})月`), zh, func(g []string, c *cand) bool {
		c.y1, c.m1 = num(g[1]), num(g[2])
		c.conf = 90
		return true
	}, nil},
	{regexp.MustCompile(`(` + dg + `{4})\s*[-–—至到]\s*(` + dg + `{4})年`), zh, func(g []string, c *cand) bool {
		var ok1, ok2 bool
		c.y1, ok1 = year(g[1])
		c.y2, ok2 = year(g[2])
		c.conf = 90
		return ok1 && ok2 && c.y2 > c.y1
	}, nil},
	{regexp.MustCompile(`(` + dg + `{4})年`), zh, func(g []string, c *cand) bool {
		var ok bool
		c.y1, ok = year(g[1])
		c.conf = 90
		return ok
	}, nil},
	{regexp.MustCompile(`(前天)|(昨天|昨日)|(今天|今日)|(明天|明日)`), zh, func(g []string, c *cand) bool {
		c.rel, c.kind, c.conf = relDay, TemporalRelative, 85
		switch {
		case g[1] != "":
			c.n = -2
		case g[2] != "":
			c.n = -1
		case g[4] != "":
			c.n = 1
		}
		return true
	}, nil},
	{regexp.MustCompile(`(去年|上年)|(今年|本年)|(明年)|(上个月|上月)|(本月|这个月|当月)|(下个月|下月)`), zh, func(g []string, c *cand) bool {
		c.kind, c.conf = TemporalRelative, 80
		c.rel = relYear
		switch {
		case g[1] != "":
			c.n = -1
		case g[3] != "":
			c.n = 1
		case g[4] != "":
			c.rel, c.n = relMonth, -1
		case g[5] != "":
			c.rel = relMonth
		case g[6] != "":
			c.rel, c.n = relMonth, 1
		}
		return true
	}, nil},
	{regexp.MustCompile(`(?:星期|周|礼拜)([一二三四五六日天])`), zh, func(g []string, c *cand) bool {
		c.rel, c.kind, c.conf = relWeekday, TemporalRelative, 75
		c.wd1 = zhWeekdays[g[1]]
		return true
	}, nil},
}

// findCands runs the rules of l over text and keeps, among overlapping
// matches, the leftmost and then the longest. The rules run line by line:
// no date spans a line break, and on short inputs Go's regexp package
// uses its bit-state backtracker, several times faster than its NFA.
func findCands(text string, l lang) []cand {
	var cs []cand
	for off, line := range lines(text) {
		low := strings.ToLower(line)
		digits := digitRun(line)
		for ri, r := range rules {
			if !slices.Contains(r.langs, l) || !lineHas(low, digits, needs[ri]) {
				continue
			}
			for _, loc := range r.re.FindAllStringSubmatchIndex(line, -1) {
				g := make([]string, len(loc)/2)
				for i := range g {
					if loc[2*i] >= 0 {
						g[i] = line[loc[2*i]:loc[2*i+1]]
					}
				}
				c := cand{s: off + loc[0], e: off + loc[1]}
				if r.notBefore != nil && r.notBefore.MatchString(line[loc[1]:]) {
					continue
				}
				// "Copyright © 2004-2012" is no date of the report.
				if strings.Contains(line[max(0, loc[0]-16):loc[0]], "©") {
					continue
				}
				if r.f(g, &c) {
					cs = append(cs, c)
				}
			}
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		if a.s != b.s {
			return a.s - b.s
		}
		return b.e - a.e
	})
	out := cs[:0]
	end := 0
	for _, c := range cs {
		if c.s >= end {
			out = append(out, c)
			end = c.e
		}
	}
	return out
}

// maxLine is the longest piece of text a rule runs on at once: a longer
// line is cut after a sentence's full stop (". " before a capital letter,
// not after an abbreviation of a month) or, failing that, at a space.
const maxLine = 600

// lines yields the lines of text with their offsets, cut to maxLine.
func lines(text string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		off := 0
		for off < len(text) {
			end := strings.IndexByte(text[off:], '\n')
			if end < 0 {
				end = len(text) - off
			}
			line := text[off : off+end]
			for len(line) > maxLine {
				cut := cutAt(line)
				if !yield(off, line[:cut]) {
					return
				}
				off += cut
				line = line[cut:]
			}
			if !yield(off, line) {
				return
			}
			off += len(line) + 1
		}
	}
}

// cutAt returns where to cut a long line: after the last sentence end
// before maxLine, else after its last space, else at a rune boundary.
func cutAt(line string) int {
	part := line[:maxLine]
	for i := len(part) - 2; i > maxLine/4; i-- {
		if part[i] == '.' && part[i+1] == ' ' && i+2 < len(line) && line[i+2] >= 'A' && line[i+2] <= 'Z' && !monthAbbrevBefore(part[:i]) {
			return i + 2
		}
	}
	if i := strings.LastIndexByte(part, ' '); i > 0 {
		return i + 1
	}
	i := maxLine
	for i > 0 && !utf8RuneStart(line[i]) {
		i--
	}
	if i == 0 {
		return len(line)
	}
	return i
}

func monthAbbrevBefore(s string) bool {
	for _, m := range []string{"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Dr", "Mrs", "Ms", "St", "U.S", "No"} {
		if strings.HasSuffix(s, m) {
			return true
		}
	}
	return false
}

// refDay is a reference day of an article: its publication date or its
// dateline's.
type refDay struct {
	y, m, d int
	hasY    bool
	yUnc    bool // the year is uncertain
	ok      bool // a full day
	hasM    bool
}

func refOf(d edtf.Date) refDay {
	if d.IsZero() || d.IsInterval() {
		return refDay{}
	}
	lo, ok := d.Earliest()
	if !ok {
		return refDay{}
	}
	y, m, day := lo.Date()
	r := refDay{y: int(y), m: int(m), d: day, hasY: d.YearKnown(), yUnc: d.Uncertain() || d.Approximate()}
	r.hasM = d.Precision() >= edtf.PrecisionMonth
	r.ok = d.Precision() >= edtf.PrecisionDay && r.hasY
	if !r.hasM {
		r.m, r.d = 0, 0
	} else if d.Precision() < edtf.PrecisionDay {
		r.d = 0
	}
	return r
}

func dayOf(y, m, d int) edtf.Day { return edtf.DayOf(int64(y), time.Month(m), d) }

// inferYear gives the year of a day or month written without one, from
// ref: the reference's year, or the one before when the date would fall
// more than two months after the reference. certain reports a year fixed
// beyond doubt: a full, certain publication day and a date within the
// seven days before it (a dateline, "on November 4" in a report of
// November 5).
func inferYear(ref refDay, m, d int) (y int, certain bool) {
	y = ref.y
	if ref.hasM {
		rd := ref.d
		if rd == 0 {
			rd = 28
		}
		dd := max(d, 1)
		switch diff := int(dayOf(y, m, dd)) - int(dayOf(ref.y, ref.m, rd)); {
		case diff > 62:
			y--
		case diff < -304: // "on January 1" in a report of December 30
			y++
		}
		if ref.ok && !ref.yUnc && d > 0 {
			diff := int(dayOf(ref.y, ref.m, ref.d)) - int(dayOf(y, m, d))
			certain = diff >= 0 && diff <= 7
		}
	}
	return y, certain
}

// ymd writes an EDTF date: year (XXXX when unknown, with '?' when
// uncertain), then month and day when given.
func ymd(y int, known, unc bool, m, d int) string {
	var b []byte
	if known {
		b = append(b, strconv.Itoa(y)...)
		for len(b) < 4 {
			b = append([]byte{'0'}, b...)
		}
	} else {
		b = append(b, "XXXX"...)
	}
	if unc && known {
		b = append(b, '?')
	}
	if m > 0 {
		b = append(b, '-', byte('0'+m/10), byte('0'+m%10))
		if d > 0 {
			b = append(b, '-', byte('0'+d/10), byte('0'+d%10))
		}
	}
	return string(b)
}

func dayText(day edtf.Day, unc bool) string {
	y, m, d := day.Date()
	return ymd(int(y), true, unc, int(m), d)
}

func weekdayOf(day edtf.Day) int {
	y, m, d := day.Date()
	return int(time.Date(int(y), m, d, 0, 0, 0, 0, time.UTC).Weekday()) + 1
}

// datelineRe finds a dateline at the start of a line: "NANNING, Sept. 14
// (Xinhua) --", "PHNOM PENH, Nov. 4 (Xinhua) --".
var datelineRe = regexp.MustCompile(`(?m)^[ \t]*([A-Z][A-Z .'’-]{1,40}[A-Z]),\s+` + mon + `\s+(\d{1,2})\b`)

// dateline returns the dateline's place and date: from a.Dateline, or found
// in the text.
func dateline(a Article) (place string, m, d int) {
	s := a.Dateline
	if s == "" {
		s = a.Text
	} else if !strings.Contains(s, ",") {
		s = "X, " + s
	}
	g := datelineRe.FindStringSubmatch(s)
	if g == nil {
		if a.Dateline != "" {
			return strings.TrimSpace(strings.SplitN(a.Dateline, ",", 2)[0]), 0, 0
		}
		return "", 0, 0
	}
	if g[1] == "X" {
		g[1] = ""
	}
	return g[1], month(g[2]), num(g[3])
}

// temporals finds and resolves the temporal expressions of a.
func temporals(a Article, l lang, off int, offOK bool) []Temporal {
	pub := refOf(a.Published)
	// The reference for relative expressions: the dateline's day when
	// there is one with a known year, else the publication day.
	rel := pub
	if _, m, d := dateline(a); m > 0 && d > 0 && d <= 31 && pub.hasY {
		y, certain := inferYear(pub, m, d)
		rel = refDay{y: y, m: m, d: d, hasY: true, hasM: true, ok: true, yUnc: pub.yUnc || !certain}
	}
	dls, dle := -1, -1
	if a.Dateline == "" {
		if loc := datelineRe.FindStringIndex(a.Text); loc != nil {
			dls, dle = loc[0], loc[1]
		}
	}
	var out []Temporal
	lastDay := -1 // index in out of the last day-precision date
	for _, c := range findCands(a.Text, l) {
		t := Temporal{Span: Span{c.s, c.e}, Text: a.Text[c.s:c.e], Kind: c.kind, Confidence: c.conf}
		var v string
		switch {
		case c.kind == TemporalTime:
			t.Time = clock(c.hh, c.mm, off)
			t.Offset = offOK
			v = "XXXX-XX-XX"
		case c.kind == TemporalDuration:
			if lastDay < 0 {
				continue // no start stated: the dates are not known
			}
			st := out[lastDay]
			lo, ok := st.Value.Earliest()
			if !ok {
				continue
			}
			unc := st.Value.Uncertain()
			v = dayText(lo, unc) + "/" + dayText(lo+edtf.Day(c.days-1), unc)
			t.Inferred = true
		case c.rel == relDay:
			if !rel.ok {
				continue
			}
			v = dayText(dayOf(rel.y, rel.m, rel.d)+edtf.Day(c.n), rel.yUnc)
			t.Inferred = rel.yUnc
		case c.rel == relWeekday:
			if !rel.ok {
				continue
			}
			future := c.future || !c.last && willBefore(a.Text, c.s)
			ref := dayOf(rel.y, rel.m, rel.d)
			d1 := nearestWeekday(ref, c.wd1, future)
			if c.last && d1 == ref {
				d1 -= 7
			}
			v = dayText(d1, rel.yUnc)
			if c.wd2 > 0 {
				d2 := d1 + edtf.Day((c.wd2-c.wd1+7)%7)
				if !future && d2 > ref {
					d1, d2 = d1-7, d2-7
				}
				v = dayText(d1, rel.yUnc) + "/" + dayText(d2, rel.yUnc)
			}
			t.Inferred = true
		case c.rel == relWeek:
			if !rel.ok {
				continue
			}
			ref := dayOf(rel.y, rel.m, rel.d)
			mon := ref - edtf.Day((weekdayOf(ref)+5)%7) + edtf.Day(7*c.n)
			v = dayText(mon, rel.yUnc) + "/" + dayText(mon+6, rel.yUnc)
		case c.rel == relMonth:
			if !rel.hasM {
				continue
			}
			m := rel.m + c.n
			y := rel.y
			if m < 1 {
				m, y = m+12, y-1
			} else if m > 12 {
				m, y = m-12, y+1
			}
			v = ymd(y, true, rel.yUnc, m, 0)
		case c.rel == relYear:
			if !rel.hasY {
				continue
			}
			v = ymd(rel.y+c.n, true, rel.yUnc, 0, 0)
		default:
			v, t.Inferred = absolute(c, pub)
			if t.Inferred {
				t.Kind = TemporalPartial
				t.Confidence = min(t.Confidence, 70)
			}
		}
		d, err := edtf.Parse(v)
		if err != nil || d.IsZero() {
			continue // no such day ("February 30"): not a date
		}
		t.Value = d
		if t.Start >= dls && t.End <= dle {
			t.Kind = TemporalDateline
		}
		out = append(out, t)
		if d.Precision() == edtf.PrecisionDay && t.Kind != TemporalTime {
			lastDay = len(out) - 1
		}
	}
	attachTimes(a.Text, out)
	return out
}

// absolute resolves a date with stated parts, filling a missing year from
// pub.
func absolute(c cand, pub refDay) (v string, inferred bool) {
	if c.m1 > 12 || c.m2 > 12 || c.d1 > 31 || c.d2 > 31 {
		return "", false
	}
	y1, known, unc := c.y1, c.y1 > 0, false
	if c.y1 == 0 && c.m1 > 0 {
		inferred = true
		if pub.hasY {
			var certain bool
			y1, certain = inferYear(pub, c.m1, c.d1)
			known, unc = true, !certain || pub.yUnc
		}
	}
	v = ymd(y1, known, unc, c.m1, c.d1)
	switch {
	case c.openEnd:
		return v + "/..", inferred
	case c.openStart:
		return "../" + v, inferred
	}
	if c.y2 == 0 && c.m2 == 0 && c.d2 == 0 {
		return v, inferred
	}
	y2 := c.y2
	if y2 == 0 {
		y2 = y1
		if c.m2 > 0 && c.m2 < c.m1 {
			y2++
		}
	}
	return v + "/" + ymd(y2, known, unc, c.m2, c.d2), inferred
}

// nearestWeekday returns the day of weekday wd on or before ref (after
// ref when future).
func nearestWeekday(ref edtf.Day, wd int, future bool) edtf.Day {
	diff := (weekdayOf(ref) - wd + 7) % 7
	if future {
		if diff == 0 {
			return ref
		}
		return ref + edtf.Day(7-diff)
	}
	return ref - edtf.Day(diff)
}

// willBefore reports whether the sentence before offset i says "will" or
// "to be held": a weekday then names a day to come.
func willBefore(text string, i int) bool {
	s := max(0, i-60)
	for s < i && !utf8RuneStart(text[s]) {
		s++
	}
	seg := text[s:i]
	if k := strings.LastIndexAny(seg, ".!?\n"); k >= 0 {
		seg = seg[k+1:]
	}
	seg = lower(seg)
	return strings.Contains(seg, " will ") || strings.Contains(seg, "to be held") || strings.Contains(seg, "scheduled")
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func clock(hh, mm, off int) cooperation.Clock {
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	s := two(hh) + ":" + two(mm) + string(sign) + two(off/60) + ":" + two(off%60)
	c, err := cooperation.ParseClock(s)
	if err != nil {
		return cooperation.Clock{}
	}
	return c
}

func two(n int) string { return string([]byte{byte('0' + n/10%10), byte('0' + n%10)}) }

// attachTimes gives each time of day the date of its sentence (the next
// date within a few words, else the one before), and that date the time.
func attachTimes(text string, ts []Temporal) {
	for i := range ts {
		if ts[i].Kind != TemporalTime {
			continue
		}
		j := -1
		if i+1 < len(ts) && ts[i+1].Kind != TemporalTime && ts[i+1].Start-ts[i].End <= 20 && !strings.ContainsAny(text[ts[i].End:ts[i+1].Start], ".\n") {
			j = i + 1
		} else if i > 0 && ts[i-1].Kind != TemporalTime && !strings.ContainsAny(text[ts[i-1].End:ts[i].Start], ".\n") {
			j = i - 1
		}
		if j < 0 || ts[j].Value.Precision() != edtf.PrecisionDay || ts[j].Value.IsInterval() {
			continue
		}
		ts[i].Value = ts[j].Value
		ts[i].Inferred = ts[j].Inferred
		ts[j].Time, ts[j].Offset = ts[i].Time, ts[i].Offset
	}
}
