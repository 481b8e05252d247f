package render

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/coopframe/cooperation/quantity"
)

// TestAppendQuantity checks figures in every title language: grouping,
// decimal separator, qualifier words, currency symbols and their place,
// percent and the data's unit words.
func TestAppendQuantity(t *testing.T) {
	q := func(v, unit string, qual quantity.Qualifier) quantity.Quantity {
		return quantity.Quantity{Value: quantity.MustParseDecimal(v), Unit: quantity.Unit(unit), Qualifier: qual}
	}
	cny, usd := q("20.9e9", "CNY", 0), q("3.3e9", "USD", 0)
	tests := []struct {
		lang                           string
		amount, persons, pct, neg, big string
	}{
		{"en", "CN¥20,900,000,000 (US$3,300,000,000)", "more than 200 persons", "at least 99.5%", "-1,234.05", "10,000,000,000,000,000,000,000,000,000,000,000,000,000"},
		{"vi", "20.900.000.000\u00a0CN¥ (3.300.000.000\u00a0US$)", "hơn 200 persons", "ít nhất 99,5%", "-1.234,05", "10.000.000.000.000.000.000.000.000.000.000.000.000.000"},
		{"zh-Hans", "￥20,900,000,000（US$3,300,000,000）", "超过200 persons", "至少99.5%", "-1,234.05", "10,000,000,000,000,000,000,000,000,000,000,000,000,000"},
		{"zh-Hant", "CN¥20,900,000,000（US$3,300,000,000）", "超過200 persons", "至少99.5%", "-1,234.05", "10,000,000,000,000,000,000,000,000,000,000,000,000,000"},
		{"id", "CN¥20.900.000.000 (US$3.300.000.000)", "lebih dari 200 persons", "sedikitnya 99,5%", "-1.234,05", "10.000.000.000.000.000.000.000.000.000.000.000.000.000"},
		{"ms", "CN¥20,900,000,000 (USD3,300,000,000)", "lebih daripada 200 persons", "sekurang-kurangnya 99.5%", "-1,234.05", "10,000,000,000,000,000,000,000,000,000,000,000,000,000"},
		{"th", "CN¥20,900,000,000 (US$3,300,000,000)", "มากกว่า 200 persons", "อย่างน้อย 99.5%", "-1,234.05", "10,000,000,000,000,000,000,000,000,000,000,000,000,000"},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			r := newReader([]language.Tag{language.MustParse(tc.lang)})
			for _, c := range []struct{ got, want string }{
				{string(r.appendAmount(nil, cny, []quantity.Quantity{usd})), tc.amount},
				{string(r.appendQuantity(nil, q("200", "persons", quantity.QualifierMoreThan))), tc.persons},
				{string(r.appendQuantity(nil, q("99.5", "percent", quantity.QualifierAtLeast))), tc.pct},
				{string(r.appendQuantity(nil, q("-1234.05", "", 0))), tc.neg},
				{string(r.appendQuantity(nil, q("1e40", "", 0))), tc.big},
			} {
				if c.got != c.want {
					t.Errorf("got %q, want %q", c.got, c.want)
				}
			}
		})
	}
}

func TestShortForm(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Myanmar (Burma)", "Myanmar"}, {"Myanmar (Miến Điện)", "Myanmar"}, {"缅甸（缅甸联邦）", "缅甸"},
		{"Côte d’Ivoire", "Côte d’Ivoire"}, {"(x)", "(x)"}, {"", ""},
	} {
		if got := shortForm(tc.in); got != tc.want {
			t.Errorf("shortForm(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzAppendDecimal checks that a Decimal is written exactly in every
// title language: with the group separators taken out and the decimal
// separator made a point, the text parses back to the same Decimal.
func FuzzAppendDecimal(f *testing.F) {
	for _, s := range []string{"0", "20.9e9", "-65.9", "-0.05", "123456789012345678", "1e40", "9.99e-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := quantity.ParseDecimal(s)
		if err != nil {
			return
		}
		for lang := range titleLangs {
			sy := numberSymbols()[lang]
			out := string(appendDecimal(nil, d, lang))
			plain := strings.ReplaceAll(strings.ReplaceAll(out, sy.group, ""), sy.dec, ".")
			back, err := quantity.ParseDecimal(plain)
			if err != nil || back != d {
				t.Fatalf("%s: %s written %q, read back %v, %v", titleLangs[lang], d, out, back, err)
			}
		}
	})
}
