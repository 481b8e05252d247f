package names_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/names"
)

func TestParsePersonName(t *testing.T) {
	zh, vi, km, my, en, ms := language.SimplifiedChinese, language.Vietnamese, language.Khmer, language.Burmese, language.English, language.Malay
	tests := []struct {
		in       string
		lang     language.Tag
		want     names.PersonName
		str, srt string
	}{
		{"Dr Zaw Myint Maung", my, names.PersonName{Honorifics: []string{"Dr"}, Given: "Zaw Myint Maung", Order: names.OrderWhole}, "Zaw Myint Maung", "Zaw Myint Maung"},
		{"ဦး ဇော်မြင့်မောင်", my, names.PersonName{Honorifics: []string{"ဦး"}, Given: "ဇော်မြင့်မောင်", Order: names.OrderWhole}, "ဇော်မြင့်မောင်", "ဇော်မြင့်မောင်"},
		{"Daw Aung San Suu Kyi", my, names.PersonName{Honorifics: []string{"Daw"}, Given: "Aung San Suu Kyi", Order: names.OrderWhole}, "Aung San Suu Kyi", "Aung San Suu Kyi"},
		{"Nguyễn Mạnh Hùng", vi, names.PersonName{Family: "Nguyễn", Given: "Mạnh Hùng", Order: names.OrderFamilyFirst}, "Nguyễn Mạnh Hùng", "Nguyễn Mạnh Hùng"},
		{"Wang Wenbin", zh, names.PersonName{Family: "Wang", Given: "Wenbin", Order: names.OrderFamilyFirst}, "Wang Wenbin", "Wang Wenbin"},
		{"王文斌", zh, names.PersonName{Family: "王", Given: "文斌", Order: names.OrderFamilyFirst}, "王文斌", "王文斌"},
		{"欧阳修文", zh, names.PersonName{Family: "欧阳", Given: "修文", Order: names.OrderFamilyFirst}, "欧阳修文", "欧阳修文"},
		{"Chea Vandeth", km, names.PersonName{Family: "Chea", Given: "Vandeth", Order: names.OrderFamilyFirst}, "Chea Vandeth", "Chea Vandeth"},
		{"ឯកឧត្តម ជា វ៉ាន់ដេត", km, names.PersonName{Honorifics: []string{"ឯកឧត្តម"}, Family: "ជា", Given: "វ៉ាន់ដេត", Order: names.OrderFamilyFirst}, "ជា វ៉ាន់ដេត", "ជា វ៉ាន់ដេត"},
		{"Dato' Lim Jock Hoi", zh, names.PersonName{Honorifics: []string{"Dato'"}, Family: "Lim", Given: "Jock Hoi", Order: names.OrderFamilyFirst}, "Lim Jock Hoi", "Lim Jock Hoi"},
		{"Tan Sri Muhyiddin Yassin", ms, names.PersonName{Honorifics: []string{"Tan Sri"}, Family: "Yassin", Given: "Muhyiddin", Order: names.OrderGivenFirst}, "Muhyiddin Yassin", "Yassin, Muhyiddin"},
		{"Joseph Matthews", en, names.PersonName{Family: "Matthews", Given: "Joseph", Order: names.OrderGivenFirst}, "Joseph Matthews", "Matthews, Joseph"},
		{"H.E. Mr Hiem Phommachanh", language.Lao, names.PersonName{Honorifics: []string{"H.E.", "Mr"}, Family: "Phommachanh", Given: "Hiem", Order: names.OrderGivenFirst}, "Hiem Phommachanh", "Phommachanh, Hiem"},
		{"Sukarno", language.Indonesian, names.PersonName{Given: "Sukarno", Order: names.OrderGivenFirst}, "Sukarno", "Sukarno"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := names.ParsePersonName(tc.in, tc.lang)
			if got.Culture != tc.lang {
				t.Errorf("%q: culture %v, want %v", tc.in, got.Culture, tc.lang)
			}
			got.Culture = language.Und // compared apart
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateComparable(language.Tag{})); diff != "" {
				t.Errorf("ParsePersonName(%q, %v) (-want +got):\n%s", tc.in, tc.lang, diff)
			}
			if got.String() != tc.str || got.Sortable() != tc.srt {
				t.Errorf("%q: String %q, Sortable %q; want %q, %q", tc.in, got.String(), got.Sortable(), tc.str, tc.srt)
			}
			if got.Key() != names.Fold(tc.str) {
				t.Errorf("%q: Key %q", tc.in, got.Key())
			}
		})
	}
}

func TestPersonNameOfCatalog(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := map[cooperation.ID]string{
		"wang-wenbin":      "Wang, Wenbin (family-first)",
		"zaw-myint-maung":  "Dr Zaw Myint Maung (whole)",
		"aung-san-suu-kyi": "Daw Aung San Suu Kyi (whole)",
		"nguyen-manh-hung": "Nguyen, Manh Hung (family-first)",
		"chea-vandeth":     "Chea, Vandeth (family-first)",
		"joseph-matthews":  "Matthews, Joseph (given-first)",
	}
	for id, want := range tests {
		t.Run(string(id), func(t *testing.T) {
			a, ok := ds.Actor(id)
			if !ok {
				t.Fatalf("no actor %s", id)
			}
			p := names.PersonNameOf(a.Names, a.Honorifics, language.English)
			var got string
			if p.Family != "" {
				got = fmt.Sprintf("%s, %s (%s)", p.Family, p.Given, p.Order)
			} else {
				got = fmt.Sprintf("%s (%s)", p.Formal(), p.Order)
			}
			if p.Family != "" && len(p.Honorifics) > 0 {
				got = fmt.Sprintf("%s (%s)", p.Formal(), p.Order)
			}
			if got != want {
				t.Errorf("%s: %s, want %s", id, got, want)
			}
		})
	}
}

func TestShort(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[cooperation.ID]string{
		"aun-pornmoniroth": "Pornmoniroth", // as the Xinhua report writes
		"wang-wenbin":      "Wang",
		"nguyen-manh-hung": "Hung",
		"zaw-myint-maung":  "Zaw Myint Maung",
		"joseph-matthews":  "Matthews",
		"chea-vandeth":     "Vandeth",
	} {
		t.Run(string(id), func(t *testing.T) {
			a, ok := ds.Actor(id)
			if !ok {
				t.Fatalf("no actor %s", id)
			}
			if got := names.PersonNameOf(a.Names, a.Honorifics, language.English).Short(); got != want {
				t.Errorf("%s: Short() = %q, want %q", id, got, want)
			}
		})
	}
	if got := names.ParsePersonName("Nguyễn Mạnh Hùng", language.Vietnamese).Short(); got != "Hùng" {
		t.Errorf("Vietnamese short form %q", got)
	}
	if got := names.ParsePersonName("王文斌", language.SimplifiedChinese).Short(); got != "王" {
		t.Errorf("Chinese short form %q", got)
	}
}
