package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coopframe/cooperation/quantity"
	"golang.org/x/text/currency"
	"golang.org/x/text/width"
)

// Numbers are written with a thousands separator and a decimal mark that
// differ by language (English 1,000.5, Vietnamese 1.000,5); x/text's number
// package formats numbers but does not parse them, so the forms are read
// here by hand.
var numberRes = [...]*regexp.Regexp{
	langEnglish:    regexp.MustCompile(`(?:US\$|U\.S\.\s?\$|HK\$|S\$|\$|€|¥|£)?\b\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?:US\$|U\.S\.\s?\$|HK\$|S\$|\$|€|¥|£)?\b\d+(?:\.\d+)?`),
	langVietnamese: regexp.MustCompile(`\b\d{1,3}(?:\.\d{3})+(?:,\d+)?|\b\d+(?:,\d+)?`),
	langChinese:    regexp.MustCompile(`[0-9０-９]+(?:[.．][0-9０-９]+)?`),
}

// scale words and their powers of ten.
var scales = [...][]struct {
	w   string
	exp int
}{
	langEnglish:    {{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}, {"mln", 6}, {"bln", 9}, {"bn", 9}},
	langVietnamese: {{"nghìn tỷ", 12}, {"nghìn", 3}, {"ngàn", 3}, {"triệu", 6}, {"tỷ", 9}, {"tỉ", 9}},
	langChinese:    {{"万亿", 12}, {"百万", 6}, {"千万", 7}, {"千", 3}, {"万", 4}, {"亿", 8}},
}

// unitWord is a word after a number and the unit it gives.
type unitWord struct {
	w    string
	unit quantity.Unit
}

// units are the unit words after a number, longest first; a currency
// code is checked against x/text's ISO 4217 table (currency.ParseISO).
var units = [...][]unitWord{
	langEnglish: {
		{"percentage points", "percentage-points"}, {"percentage point", "percentage-points"},
		{"U.S. dollars", "USD"}, {"US dollars", "USD"}, {"Singapore dollars", "SGD"}, {"Hong Kong dollars", "HKD"},
		{"Australian dollars", "AUD"}, {"per cent", quantity.UnitPercent}, {"percent", quantity.UnitPercent}, {"%", quantity.UnitPercent},
		{"yuan", "CNY"}, {"renminbi", "CNY"}, {"RMB", "CNY"}, {"CNY", "CNY"}, {"USD", "USD"}, {"dollars", "USD"},
		{"riels", "KHR"}, {"riel", "KHR"}, {"kyats", "MMK"}, {"kyat", "MMK"}, {"kip", "LAK"}, {"baht", "THB"},
		{"dong", "VND"}, {"VND", "VND"}, {"ringgit", "MYR"}, {"rupiah", "IDR"}, {"pesos", "PHP"}, {"euros", "EUR"},
		{"euro", "EUR"}, {"yen", "JPY"}, {"won", "KRW"},
	},
	langVietnamese: {
		{"phần trăm", quantity.UnitPercent}, {"%", quantity.UnitPercent}, {"đô la Mỹ", "USD"}, {"USD", "USD"},
		{"đồng", "VND"}, {"VND", "VND"}, {"nhân dân tệ", "CNY"}, {"người", "persons"}, {"đại biểu", "persons"},
		{"dự án", "projects"}, {"doanh nghiệp", "enterprises"},
	},
	langChinese: {
		{"%", quantity.UnitPercent}, {"％", quantity.UnitPercent}, {"美元", "USD"}, {"元人民币", "CNY"}, {"人民币", "CNY"},
		{"元", "CNY"}, {"人", "persons"}, {"名代表", "persons"}, {"名", "persons"}, {"个项目", "projects"}, {"家企业", "enterprises"},
	},
}

// prefixCurrency is the currency of a sign written before the number.
var prefixCurrency = map[string]quantity.Unit{"US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "$": "USD", "HK$": "HKD", "S$": "SGD", "€": "EUR", "¥": "CNY", "£": "GBP"}

// personWords count people: the model's unit is "persons".
var personWords = map[string]bool{"people": true, "persons": true, "participants": true, "attendees": true, "delegates": true,
	"representatives": true, "guests": true, "visitors": true, "users": true, "students": true, "workers": true, "officials": true}

// notUnits are plural words after a number that are not what it counts.
var notUnits = map[string]bool{"years": true, "days": true, "months": true, "weeks": true, "hours": true, "minutes": true, "times": true,
	"was": true, "has": true, "is": true, "its": true, "this": true, "as": true, "plus": true, "us": true}

type qualWord struct {
	w      string
	q      quantity.Qualifier
	change int // +1 a rise, -1 a fall
}

// qualifiers are the words before a number, matched on the lower-cased text.
var qualifiersBefore = [...][]qualWord{
	langEnglish: {
		{"more than", quantity.QualifierMoreThan, 0}, {"over", quantity.QualifierMoreThan, 0}, {"upwards of", quantity.QualifierMoreThan, 0},
		{"in excess of", quantity.QualifierMoreThan, 0}, {"exceeding", quantity.QualifierMoreThan, 0}, {"exceeded", quantity.QualifierMoreThan, 0},
		{"surpassing", quantity.QualifierMoreThan, 0}, {"approximately", quantity.QualifierAbout, 0}, {"about", quantity.QualifierAbout, 0},
		{"around", quantity.QualifierAbout, 0}, {"roughly", quantity.QualifierAbout, 0}, {"nearly", quantity.QualifierAbout, 0},
		{"almost", quantity.QualifierAbout, 0}, {"some", quantity.QualifierAbout, 0}, {"an estimated", quantity.QualifierAbout, 0},
		{"at least", quantity.QualifierAtLeast, 0}, {"no less than", quantity.QualifierAtLeast, 0}, {"up to", quantity.QualifierAtMost, 0},
		{"at most", quantity.QualifierAtMost, 0}, {"no more than", quantity.QualifierAtMost, 0}, {"less than", quantity.QualifierLessThan, 0},
		{"fewer than", quantity.QualifierLessThan, 0}, {"under", quantity.QualifierLessThan, 0},
		{"up", 0, 1}, {"rose", 0, 1}, {"rising", 0, 1}, {"grew", 0, 1}, {"increased by", 0, 1}, {"an increase of", 0, 1}, {"a rise of", 0, 1},
		{"down", 0, -1}, {"fell", 0, -1}, {"dropped", 0, -1}, {"decreased by", 0, -1}, {"a decline of", 0, -1}, {"a drop of", 0, -1},
	},
	langVietnamese: {
		{"hơn", quantity.QualifierMoreThan, 0}, {"trên", quantity.QualifierMoreThan, 0}, {"khoảng", quantity.QualifierAbout, 0},
		{"gần", quantity.QualifierAbout, 0}, {"ít nhất", quantity.QualifierAtLeast, 0}, {"tối đa", quantity.QualifierAtMost, 0},
		{"dưới", quantity.QualifierLessThan, 0}, {"tăng", 0, 1}, {"giảm", 0, -1},
	},
	langChinese: {
		{"超过", quantity.QualifierMoreThan, 0}, {"逾", quantity.QualifierMoreThan, 0}, {"约", quantity.QualifierAbout, 0},
		{"大约", quantity.QualifierAbout, 0}, {"近", quantity.QualifierAbout, 0}, {"至少", quantity.QualifierAtLeast, 0},
		{"不到", quantity.QualifierLessThan, 0}, {"增长", 0, 1}, {"上升", 0, 1}, {"下降", 0, -1},
	},
}

// amounts finds the amounts of text outside the temporal expressions ts.
func amounts(text string, l lang, ts []Temporal) []Amount {
	var out []Amount
	ti := 0
	var nums [][2]int
	for off, line := range lines(text) {
		for _, loc := range numberRes[l].FindAllStringIndex(line, -1) {
			nums = append(nums, [2]int{off + loc[0], off + loc[1]})
		}
	}
	for _, loc := range nums {
		s, e := loc[0], loc[1]
		for ti < len(ts) && ts[ti].End <= s {
			ti++
		}
		if ti < len(ts) && ts[ti].Start < e {
			continue // part of a date or time
		}
		if len(out) > 0 && s < out[len(out)-1].End {
			continue
		}
		if strings.Contains(text[max(0, s-16):s], "©") {
			continue // "Copyright © 2004-2012 northnews.cn"
		}
		a, ok := amountAt(text, l, s, e)
		if !ok {
			continue
		}
		// An equivalent in parentheses: "20.9 billion yuan (3.3 billion U.S. dollars)".
		if a.Value.Unit.IsCurrency() {
			rest, open := text[a.End:], ""
			for _, p := range []string{" (", "(", " （", "（"} {
				if strings.HasPrefix(rest, p) {
					open = p
					break
				}
			}
			if i := a.End + len(open); open != "" {
				if loc := numberRes[l].FindStringIndex(text[i:]); loc != nil && loc[0] <= 16 {
					if b, ok := amountAt(text, l, i+loc[0], i+loc[1]); ok && b.Value.Unit.IsCurrency() && b.Value.Unit != a.Value.Unit {
						a.Equivalents = append(a.Equivalents, b.Value)
						a.End = b.End
						for _, c := range []string{")", "）"} {
							if strings.HasPrefix(text[b.End:], c) {
								a.End += len(c)
							}
						}
						a.Text = text[a.Start:a.End]
					}
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// amountAt reads the amount whose number is text[s:e].
func amountAt(text string, l lang, s, e int) (Amount, bool) {
	numText := text[s:e]
	var unit quantity.Unit
	for sign, u := range prefixCurrency {
		if strings.HasPrefix(numText, sign) && len(numText) > len(sign) && numText[len(sign)] >= '0' && numText[len(sign)] <= '9' {
			unit, numText = u, numText[len(sign):]
			break
		}
	}
	intPart, frac := numText, ""
	dec, sep := ".", ","
	if l == langVietnamese {
		dec, sep = ",", "."
	}
	if l == langChinese {
		intPart = width.Narrow.String(intPart)
		intPart = strings.ReplaceAll(intPart, "．", ".")
	}
	if i := strings.LastIndex(intPart, dec); i >= 0 {
		intPart, frac = intPart[:i], intPart[i+1:]
	}
	intPart = strings.ReplaceAll(intPart, sep, "")
	exp := 0
	end := e
	rest := text[e:]
	skip := func(r string) string { return strings.TrimLeft(r, " \u00a0") }
	// The scale word.
	for _, sc := range scales[l] {
		r := skip(rest)
		if l == langChinese {
			r = rest
		}
		if strings.HasPrefix(r, sc.w) && wordEnd(r, len(sc.w), l) {
			exp = sc.exp
			end += len(rest) - len(r) + len(sc.w)
			rest = r[len(sc.w):]
			break
		}
	}
	// "200多人": more than 200.
	q := quantity.QualifierExact
	if l == langChinese && strings.HasPrefix(rest, "多") {
		q, end, rest = quantity.QualifierMoreThan, end+len("多"), rest[len("多"):]
	}
	conf := Confidence(90)
	if unit == "" {
		r := skip(rest)
		if l == langChinese {
			r = rest
		}
		for _, u := range units[l] {
			if strings.HasPrefix(r, u.w) && wordEnd(r, len(u.w), l) {
				unit = u.unit
				end += len(rest) - len(r) + len(u.w)
				break
			}
		}
		if unit == "" && l != langChinese {
			// A plain plural noun, perhaps after one modifier: "34 projects",
			// "200 million Internet users".
			w1, n1 := word(r)
			w2, n2 := word(skip(r[n1:]))
			switch {
			case personWords[lower(w1)]:
				unit, end = "persons", end+len(rest)-len(r)+n1
			case w1 != "" && personWords[w2]:
				unit, end = "persons", end+len(rest)-len(r)+len(r[n1:])-len(skip(r[n1:]))+n1+n2
			case l == langEnglish && len(w1) > 3 && strings.HasSuffix(w1, "s") && isLowerWord(w1) && !notUnits[w1]:
				unit, end, conf = quantity.Unit(w1), end+len(rest)-len(r)+n1, 75
			}
		}
	}
	// The qualifier before.
	change := 0
	before := lower(text[max(0, s-20):s])
	before = strings.TrimRight(before, " \u00a0")
	if l == langChinese {
		before = text[max(0, s-12):s]
	}
	for _, qw := range qualifiersBefore[l] {
		if strings.HasSuffix(before, qw.w) && (l == langChinese || len(before) == len(qw.w) || !isLetter(before[len(before)-len(qw.w)-1])) {
			if qw.change != 0 {
				change = qw.change
			} else if q == quantity.QualifierExact {
				q = qw.q
			}
			break
		}
	}
	if unit.IsCurrency() {
		if _, err := currency.ParseISO(string(unit)); err != nil {
			unit = "" // not a code x/text knows: not money
		}
	}
	if unit == "" && q == quantity.QualifierExact {
		return Amount{}, false // a bare number: a code, an ordinal, a phone number
	}
	if change != 0 && unit != quantity.UnitPercent && unit != "percentage-points" && !unit.IsCurrency() {
		change = 0
	}
	// Build the exact decimal from its digits and scale: "20.9" and 9
	// give "20.9e9" (quantity.ParseDecimal; no float64 on the way).
	lit := strings.TrimLeft(intPart, "0")
	if lit == "" {
		lit = "0"
	}
	if frac != "" {
		lit += "." + frac
	}
	if exp != 0 {
		lit += "e" + strconv.Itoa(exp)
	}
	if change < 0 {
		lit = "-" + lit
	}
	v, err := quantity.ParseDecimal(lit)
	if err != nil {
		return Amount{}, false
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return Amount{Span: Span{s, end}, Text: text[s:end], Value: quantity.Quantity{Value: v, Unit: unit, Qualifier: q}, Change: change != 0, Confidence: conf}, true
}

// wordEnd reports whether r[:n] ends a word: Chinese has no spaces, so any
// end is one.
func wordEnd(r string, n int, l lang) bool {
	if l == langChinese || n >= len(r) {
		return true
	}
	c, _ := utf8.DecodeRuneInString(r[n:])
	return !unicode.IsLetter(c) && !unicode.IsDigit(c)
}

// word returns the leading word of s (letters, hyphens) and its length.
func word(s string) (string, int) {
	n := 0
	for n < len(s) {
		c, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsLetter(c) && c != '-' {
			break
		}
		n += size
	}
	return s[:n], n
}

func isLowerWord(w string) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b >= 0x80 }
