package extract_test

import (
	"testing"
	"unicode/utf8"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/extract"
	"golang.org/x/text/language"
)

// FuzzExtract checks that Extract never panics and that every proposal
// lies within the text, on rune boundaries, with a valid EDTF value, in
// each language's rules and with full, partial and no publication dates;
// and that Draft builds a layer from any result.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"NANNING, Sept. 14 (Xinhua) -- held from Sunday to Monday. The two-day forum. More than 200 people.",
		"20.9 billion yuan (3.3 billion U.S. dollars) at 1:30 pm yesterday, on November 8, 2019-2020, by 2025",
		"ngày 8 tháng 11 năm 2022, hơn 20,9 tỷ đồng, hôm qua",
		"2022年11月8日，209亿元人民币（33亿美元），超过200人，去年",
		"Minister of Economy and Finance Aun Pornmoniroth, Dr Zaw Myint Maung, Lu Wei, minister of the CAC",
		"February 30, 2021; 99-99 September; 12:99 pm; Sept. 31 to Oct. 99, 9999",
	} {
		f.Add(s, uint8(0), uint8(0))
	}
	ds := base(f)
	langs := []language.Tag{language.English, language.Vietnamese, language.Chinese}
	pubs := []edtf.Date{{}, edtf.MustParse("2024-11-05"), edtf.MustParse("2022?-11"), edtf.MustParse("2020?-07-10"), edtf.MustParse("2015"), edtf.MustParse("XXXX-07-10")}
	f.Fuzz(func(t *testing.T, text string, l, p uint8) {
		a := extract.Article{Text: text, Language: langs[int(l)%len(langs)], Published: pubs[int(p)%len(pubs)]}
		r, err := extract.Extract(a, ds)
		if !utf8.ValidString(text) {
			if err == nil {
				t.Fatal("invalid UTF-8 accepted")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		checkResult(t, text, r)
		if _, err := r.Draft(extract.DraftOptions{Base: ds}); err != nil {
			t.Fatal(err)
		}
	})
}
