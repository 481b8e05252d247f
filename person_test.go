package cooperation_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
)

func TestParsePersonName(t *testing.T) {
	zh, vi, km, my, en, ms := language.SimplifiedChinese, language.Vietnamese, language.Khmer, language.Burmese, language.English, language.Malay
	tests := []struct {
		in       string
		lang     language.Tag
		want     cooperation.PersonName
		str, srt string
	}{
		{"Dr Zaw Myint Maung", my, cooperation.PersonName{Honorifics: []string{"Dr"}, Given: "Zaw Myint Maung", Order: cooperation.Whole}, "Zaw Myint Maung", "Zaw Myint Maung"},
		{"ဦး ဇော်မြင့်မောင်", my, cooperation.PersonName{Honorifics: []string{"ဦး"}, Given: "ဇော်မြင့်မောင်", Order: cooperation.Whole}, "ဇော်မြင့်မောင်", "ဇော်မြင့်မောင်"},
		{"Daw Aung San Suu Kyi", my, cooperation.PersonName{Honorifics: []string{"Daw"}, Given: "Aung San Suu Kyi", Order: cooperation.Whole}, "Aung San Suu Kyi", "Aung San Suu Kyi"},
		{"Nguyễn Mạnh Hùng", vi, cooperation.PersonName{Family: "Nguyễn", Given: "Mạnh Hùng", Order: cooperation.FamilyFirst}, "Nguyễn Mạnh Hùng", "Nguyễn Mạnh Hùng"},
		{"Wang Wenbin", zh, cooperation.PersonName{Family: "Wang", Given: "Wenbin", Order: cooperation.FamilyFirst}, "Wang Wenbin", "Wang Wenbin"},
		{"王文斌", zh, cooperation.PersonName{Family: "王", Given: "文斌", Order: cooperation.FamilyFirst}, "王文斌", "王文斌"},
		{"欧阳修文", zh, cooperation.PersonName{Family: "欧阳", Given: "修文", Order: cooperation.FamilyFirst}, "欧阳修文", "欧阳修文"},
		{"Chea Vandeth", km, cooperation.PersonName{Family: "Chea", Given: "Vandeth", Order: cooperation.FamilyFirst}, "Chea Vandeth", "Chea Vandeth"},
		{"ឯកឧត្តម ជា វ៉ាន់ដេត", km, cooperation.PersonName{Honorifics: []string{"ឯកឧត្តម"}, Family: "ជា", Given: "វ៉ាន់ដេត", Order: cooperation.FamilyFirst}, "ជា វ៉ាន់ដេត", "ជា វ៉ាន់ដេត"},
		{"Dato' Lim Jock Hoi", zh, cooperation.PersonName{Honorifics: []string{"Dato'"}, Family: "Lim", Given: "Jock Hoi", Order: cooperation.FamilyFirst}, "Lim Jock Hoi", "Lim Jock Hoi"},
		{"Tan Sri Muhyiddin Yassin", ms, cooperation.PersonName{Honorifics: []string{"Tan Sri"}, Family: "Yassin", Given: "Muhyiddin", Order: cooperation.GivenFirst}, "Muhyiddin Yassin", "Yassin, Muhyiddin"},
		{"Joseph Matthews", en, cooperation.PersonName{Family: "Matthews", Given: "Joseph", Order: cooperation.GivenFirst}, "Joseph Matthews", "Matthews, Joseph"},
		{"H.E. Mr Hiem Phommachanh", language.Lao, cooperation.PersonName{Honorifics: []string{"H.E.", "Mr"}, Family: "Phommachanh", Given: "Hiem", Order: cooperation.GivenFirst}, "Hiem Phommachanh", "Phommachanh, Hiem"},
		{"Sukarno", language.Indonesian, cooperation.PersonName{Given: "Sukarno", Order: cooperation.GivenFirst}, "Sukarno", "Sukarno"},
	}
	for _, tc := range tests {
		got := cooperation.ParsePersonName(tc.in, tc.lang)
		if got.Culture != tc.lang {
			t.Errorf("%q: culture %v, want %v", tc.in, got.Culture, tc.lang)
		}
		got.Culture = language.Und
		if diff := cmp.Diff(tc.want, got, cmpopts.EquateComparable(language.Tag{})); diff != "" {
			t.Errorf("ParsePersonName(%q, %v) (-want +got):\n%s", tc.in, tc.lang, diff)
		}
		if got.String() != tc.str || got.Sortable() != tc.srt {
			t.Errorf("%q: String %q, Sortable %q; want %q, %q", tc.in, got.String(), got.Sortable(), tc.str, tc.srt)
		}
		got.Culture = language.Und // compared apart
		if got.Key() != cooperation.Fold(tc.str) {
			t.Errorf("%q: Key %q", tc.in, got.Key())
		}
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
		a, _ := ds.Actor(id)
		p := cooperation.PersonNameOf(a, language.English)
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
		a, _ := ds.Actor(id)
		if got := cooperation.PersonNameOf(a, language.English).Short(); got != want {
			t.Errorf("%s: Short() = %q, want %q", id, got, want)
		}
	}
	if got := cooperation.ParsePersonName("Nguyễn Mạnh Hùng", language.Vietnamese).Short(); got != "Hùng" {
		t.Errorf("Vietnamese short form %q", got)
	}
	if got := cooperation.ParsePersonName("王文斌", language.SimplifiedChinese).Short(); got != "王" {
		t.Errorf("Chinese short form %q", got)
	}
}

func ExampleParsePersonName() {
	for _, s := range []struct {
		name string
		lang language.Tag
	}{{"Daw Aung San Suu Kyi", language.Burmese}, {"王文斌", language.SimplifiedChinese}, {"Joseph Matthews", language.English}} {
		p := cooperation.ParsePersonName(s.name, s.lang)
		fmt.Printf("%q: %s; sorted as %q; honorifics %q\n", s.name, p.Order, p.Sortable(), p.Honorifics)
	}
	// Output:
	// "Daw Aung San Suu Kyi": whole; sorted as "Aung San Suu Kyi"; honorifics ["Daw"]
	// "王文斌": family-first; sorted as "王文斌"; honorifics []
	// "Joseph Matthews": given-first; sorted as "Matthews, Joseph"; honorifics []
}
