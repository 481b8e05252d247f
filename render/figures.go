package render

import (
	"strings"
	"sync"

	"github.com/coopframe/cooperation/quantity"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Figures are written in the language of the titles (titleLangs): digits
// grouped and the decimal separator as that locale writes them ("1.234,5"
// in Vietnamese and Indonesian, "1,234.5" in English, Chinese, Malay and
// Thai), qualifiers in words ("more than", "hơn", "超过"), currencies by
// their symbol in that locale ("CN¥" in English, "￥" in Chinese), and the
// equivalents a source states beside an amount in brackets after it:
// "CN¥20,900,000,000 (US$3,300,000,000)", "20.900.000.000 CN¥
// (3.300.000.000 US$)".
//
// A Decimal never goes through float64. x/text's number formatting takes
// Go numbers only (its Converter interface names an internal type, so a
// type of another module cannot implement it), and a Decimal holds up to
// 18 significant digits times a power of ten up to 10^40, more than an
// int64 holds. So the locale's symbols are taken from x/text once per
// language, by formatting 1234567.5 (exact in binary) with
// number.Decimal through a message.Printer, and the Decimal's own digits
// (Decimal.String) are grouped by three with them: every title language
// groups by three (CLDR's "#,##0.###"). The digits of the data are kept
// as they are: no rounding, no padding of an amount to two decimals.
//
// x/text has no compact decimal format (CLDR's "20.9 billion", "209亿"), so
// figures are written in full: exact, and read the same in every language.
//
// x/text exposes a currency's symbol per locale (currency.Symbol) but not
// the locale's currency pattern, so where the symbol stands is a table
// here, from CLDR's currency patterns for the title languages: before the
// number ("¤#,##0.00") in all but Vietnamese, after it with a no-break
// space ("#,##0.00 ¤") in Vietnamese.

// numSyms are a title language's number symbols.
type numSyms struct {
	group, dec string
	symAfter   bool // the currency symbol follows the number
}

var numberSymbols = sync.OnceValue(func() []numSyms {
	out := make([]numSyms, len(titleLangs))
	for i, tag := range titleLangs {
		s := message.NewPrinter(tag).Sprint(number.Decimal(1234567.5))
		// s is "1" group "234" group "567" dec "5".
		sy := numSyms{group: ",", dec: "."}
		if a := strings.Index(s, "234"); a > 1 {
			sy.group = s[1:a]
		}
		if a := strings.LastIndex(s, "567"); a >= 0 && strings.HasSuffix(s, "5") && a+3 < len(s)-1 {
			sy.dec = s[a+3 : len(s)-1]
		}
		out[i] = sy
	}
	out[1].symAfter = true // vi: "#,##0.00 ¤"
	return out
})

// qualifierWords name the qualifiers in each title language, in the order
// of the quantity.Qualifier constants; each is followed by a space but in
// Chinese.
var qualifierWords = [...][6]string{
	{"", "about", "at least", "more than", "at most", "less than"},
	{"", "khoảng", "ít nhất", "hơn", "tối đa", "dưới"},
	{"", "约", "至少", "超过", "至多", "不到"},
	{"", "約", "至少", "超過", "至多", "不到"},
	{"", "sekitar", "sedikitnya", "lebih dari", "paling banyak", "kurang dari"},
	{"", "kira-kira", "sekurang-kurangnya", "lebih daripada", "paling banyak", "kurang daripada"},
	{"", "ประมาณ", "อย่างน้อย", "มากกว่า", "ไม่เกิน", "น้อยกว่า"},
}

// chinese reports whether title language lang writes no space between
// words.
func chinese(lang int) bool { return lang == 2 || lang == 3 }

// appendDecimal appends d with the digits grouped as title language lang
// writes them.
func appendDecimal(b []byte, d quantity.Decimal, lang int) []byte {
	sy := numberSymbols()[lang]
	s := d.String() // plain notation: "-65.9", "20900000000"
	if s != "" && s[0] == '-' {
		b = append(b, '-')
		s = s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b = append(b, sy.group...)
		}
		b = append(b, intPart[i])
	}
	if hasFrac {
		b = append(b, sy.dec...)
		b = append(b, frac...)
	}
	return b
}

// appendQuantity appends q as title language lang writes it: the
// qualifier in words, the value, and the unit: a currency's symbol, "%",
// or the unit word of the data ("persons"), which stays as it is.
func (r *reader) appendQuantity(b []byte, q quantity.Quantity) []byte {
	lang := r.lang
	if q.Qualifier != quantity.QualifierExact {
		if int(q.Qualifier) < len(qualifierWords[lang]) {
			b = append(b, qualifierWords[lang][q.Qualifier]...)
		} else {
			b = append(b, q.Qualifier.String()...)
		}
		if !chinese(lang) {
			b = append(b, ' ')
		}
	}
	switch {
	case q.Unit == quantity.UnitPercent:
		return append(appendDecimal(b, q.Value, lang), '%')
	case q.Unit.IsCurrency():
		sym := r.currencySymbol(q.Unit)
		if numberSymbols()[lang].symAfter {
			return append(append(appendDecimal(b, q.Value, lang), "\u00a0"...), sym...)
		}
		return appendDecimal(append(b, sym...), q.Value, lang)
	case q.Unit != "":
		return append(append(appendDecimal(b, q.Value, lang), ' '), q.Unit...)
	}
	return appendDecimal(b, q.Value, lang)
}

// currencySymbol returns the symbol of currency u in the titles' language
// (x/text's currency.Symbol), or the code when x/text does not know it.
// Symbols are kept per reader: a message.Printer allocates per call.
func (r *reader) currencySymbol(u quantity.Unit) string {
	if s, ok := r.symbols[u]; ok {
		return s
	}
	s := string(u)
	if cu, ok := u.Currency(); ok {
		tag := titleLangs[r.lang]
		if r.lang == 0 {
			// English is en-US to x/text, whose symbol for the US dollar
			// is "$", ambiguous beside other dollars and the yuan: the
			// symbols of international English (en-001) are "US$" and
			// "CN¥", as the data's sources write them.
			tag = language.MustParse("en-001")
		}
		s = message.NewPrinter(tag).Sprint(currency.Symbol(cu))
	}
	if r.symbols == nil {
		r.symbols = map[quantity.Unit]string{}
	}
	r.symbols[u] = s
	return s
}

// appendAmount appends an amount with the equivalents stated beside it,
// in brackets: "CN¥20,900,000,000 (US$3,300,000,000)".
func (r *reader) appendAmount(b []byte, q quantity.Quantity, equivalents []quantity.Quantity) []byte {
	b = r.appendQuantity(b, q)
	if len(equivalents) == 0 {
		return b
	}
	t := &titleTemplates[r.lang]
	b = append(b, t[tMarksOpen]...)
	for i, e := range equivalents {
		if i > 0 {
			b = append(b, t[tMarksSep]...)
		}
		b = r.appendQuantity(b, e)
	}
	return append(b, t[tMarksClose]...)
}
