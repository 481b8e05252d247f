package names_test

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/coopframe/cooperation/names"
)

func TestNamesBest(t *testing.T) {
	ns := names.Names{
		{Text: "ព្រះរាជាណាចក្រកម្ពុជា", Lang: language.Khmer},
		{Text: "កម្ពុជា", Lang: language.Khmer, Kind: names.KindShort},
		{Text: "Kingdom of Cambodia", Lang: language.English},
		{Text: "Cambodia", Lang: language.English, Kind: names.KindShort},
		{Text: "柬埔寨", Lang: language.SimplifiedChinese, Kind: names.KindShort},
	}
	tests := []struct {
		name    string
		prefs   []language.Tag
		best    string
		display string
		conf    language.Confidence
	}{
		{"en", []language.Tag{language.English}, "Kingdom of Cambodia", "Cambodia", language.Exact},
		{"en-GB", []language.Tag{language.BritishEnglish}, "Kingdom of Cambodia", "Cambodia", language.High},
		{"km", []language.Tag{language.Khmer}, "ព្រះរាជាណាចក្រកម្ពុជា", "កម្ពុជា", language.Exact},
		{"zh", []language.Tag{language.MustParse("zh")}, "柬埔寨", "柬埔寨", language.Exact}, // zh is zh-Hans
		{"fr then en", []language.Tag{language.French, language.English}, "Kingdom of Cambodia", "Cambodia", language.Exact},
		{"ja falls back to en", []language.Tag{language.Japanese}, "Kingdom of Cambodia", "Cambodia", language.No}, // the English fallback
		{"no language", nil, "Kingdom of Cambodia", "Cambodia", language.No},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, c := ns.Best(tc.prefs...)
			d, _ := ns.Display(tc.prefs...)
			if b.Text != tc.best || d.Text != tc.display || c != tc.conf {
				t.Errorf("%v: Best %q (%v), Display %q; want %q (%v), %q", tc.prefs, b.Text, c, d.Text, tc.best, tc.conf, tc.display)
			}
		})
	}
	if n, c := (names.Names{}).Best(language.English); n.Text != "" || c != language.No {
		t.Errorf("empty Names: %v, %v", n, c)
	}
}
