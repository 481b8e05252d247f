package names_test

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/names"
)

// Mentions finds every known name in running text, in any script, with
// its byte offsets in the text.
func ExampleIndex_Mentions() {
	ds, _ := catalog.Default()
	text := "Wang Wenbin said China Unicom and Huawei helped build the Cambodia-China submarine cable to ភ្នំពេញ."
	for _, m := range ds.NameIndex().Mentions(text) {
		fmt.Printf("%q %s\n", text[m.Start:m.End], m.Refs[0].ID)
	}
	// Output:
	// "Wang Wenbin" wang-wenbin
	// "China Unicom" china-unicom
	// "Huawei" huawei
	// "Cambodia-China submarine cable" cambodia-china-submarine-cable
	// "ភ្នំពេញ" kh-12
}

// MentionsAll reads many texts at once, on every core: here a day of
// news of three reports.
func ExampleIndex_MentionsAll() {
	ds, _ := catalog.Default()
	day := []string{
		"Huawei helped build the Cambodia-China submarine cable.",
		"Wang Wenbin spoke in Beijing.",
		"Nothing to report.",
	}
	for i, ms := range ds.NameIndex().MentionsAll(day) {
		for _, m := range ms {
			fmt.Printf("%d %q %s\n", i, day[i][m.Start:m.End], m.Refs[0].ID)
		}
	}
	// Output:
	// 0 "Huawei" huawei
	// 0 "Cambodia-China submarine cable" cambodia-china-submarine-cable
	// 1 "Wang Wenbin" wang-wenbin
}

// Find says how a name matched: exactly, once honorifics are removed, or
// within a few edits of a misspelling.
func ExampleIndex_Find() {
	ds, _ := catalog.Default()
	for _, q := range []string{"Nguyen Manh Hung", "Dato Lim Jock Hoi", "CLMV", "Gaungxi"} {
		m := ds.NameIndex().Find(q, 0, 1)[0]
		fmt.Printf("%s: %s (%s, %q)\n", q, m.ID, m.How, m.Name.Text)
	}
	// Output:
	// Nguyen Manh Hung: nguyen-manh-hung (exact, "Nguyễn Mạnh Hùng")
	// Dato Lim Jock Hoi: lim-jock-hoi (honorific, "Lim Jock Hoi")
	// CLMV: clmv (exact, "CLMV")
	// Gaungxi: cn-gx (fuzzy, "Guangxi")
}

// Best gives an entity's full name for a reader, Display its short name,
// with the confidence of the language match; a reader of a language no
// name is in gets the English fallback.
func ExampleNames_Best() {
	ds, _ := catalog.Default()
	ns := ds.Names("kh")
	for _, tag := range []language.Tag{language.English, language.Khmer, language.BritishEnglish, language.Japanese} {
		n, conf := ns.Best(tag)
		d, _ := ns.Display(tag)
		fmt.Printf("%s: %s / %s (%s)\n", tag, n.Text, d.Text, conf)
	}
	// Output:
	// en: Kingdom of Cambodia / Cambodia (Exact)
	// km: ព្រះរាជាណាចក្រកម្ពុជា / កម្ពុជា (Exact)
	// en-GB: Kingdom of Cambodia / Cambodia (High)
	// ja: Kingdom of Cambodia / Cambodia (No)
}

func ExampleParsePersonName() {
	for _, s := range []struct {
		name string
		lang language.Tag
	}{{"Daw Aung San Suu Kyi", language.Burmese}, {"王文斌", language.SimplifiedChinese}, {"Joseph Matthews", language.English}} {
		p := names.ParsePersonName(s.name, s.lang)
		fmt.Printf("%q: %s; sorted as %q; honorifics %q\n", s.name, p.Order, p.Sortable(), p.Honorifics)
	}
	// Output:
	// "Daw Aung San Suu Kyi": whole; sorted as "Aung San Suu Kyi"; honorifics ["Daw"]
	// "王文斌": family-first; sorted as "王文斌"; honorifics []
	// "Joseph Matthews": given-first; sorted as "Matthews, Joseph"; honorifics []
}

func ExampleCollator() {
	places := []string{"Đà Nẵng", "Hà Nội", "Dương Đông", "Ấp Bắc", "An Giang"}
	names.NewCollator(language.Vietnamese).Sort(places)
	fmt.Println(strings.Join(places, ", "))
	// Output: An Giang, Ấp Bắc, Dương Đông, Đà Nẵng, Hà Nội
}

// Fold gives the key that two spellings of a name share: case, width,
// Latin diacritics and punctuation folded, the signs of Khmer kept.
func ExampleFold() {
	for _, s := range []string{"Nguyễn Mạnh Hùng", "NGUYEN MANH-HUNG", "ＡＳＥＡＮ", "Dato' Lim Jock Hoi", "ភ្នំពេញ"} {
		fmt.Printf("%q\n", names.Fold(s))
	}
	// Output:
	// "nguyen manh hung"
	// "nguyen manh hung"
	// "asean"
	// "dato lim jock hoi"
	// "ភ្នំពេញ"
}

// An Index over names of one's own, without the root package: the IDs are
// any strings, and entities keep the order given.
func ExampleNewIndex() {
	type entity struct {
		id    string
		names names.Names
	}
	entities := []entity{
		{"kh-12", names.Names{{Text: "Phnom Penh", Lang: language.English}, {Text: "ភ្នំពេញ", Lang: language.Khmer}}},
		{"kh-18", names.Names{{Text: "Preah Sihanouk", Lang: language.English}, {Text: "Sihanoukville", Lang: language.English, Kind: names.KindAlias}}},
	}
	ix := names.NewIndex(func(yield func(string, names.Names) bool) {
		for _, e := range entities {
			if !yield(e.id, e.names) {
				return
			}
		}
	})
	for _, q := range []string{"PHNOM-PENH", "ភ្នំពេញ", "sihanoukville", "Kampot"} {
		fmt.Printf("%s:", q)
		refs, _ := ix.Lookup(q)
		for _, r := range refs {
			fmt.Printf(" %s (%s %q)", r.ID, r.Name.Kind, r.Name.Text)
		}
		fmt.Println()
	}
	// Output:
	// PHNOM-PENH: kh-12 (official "Phnom Penh")
	// ភ្នំពេញ: kh-12 (official "ភ្នំពេញ")
	// sihanoukville: kh-18 (alias "Sihanoukville")
	// Kampot:
}

// Lookup finds every name whose folded key is that of the query: here
// both names of Vietnam's minister, in Vietnamese and in English, whatever
// the case and diacritics of the query, an exact match.
func ExampleIndex_Lookup() {
	ds, _ := catalog.Default()
	refs, how := ds.NameIndex().Lookup("NGUYEN MANH HUNG")
	fmt.Println(how)
	for _, r := range refs {
		fmt.Println(r.ID, r.N, r.Name.Lang, r.Name.Text)
	}
	// Output:
	// exact
	// nguyen-manh-hung 0 vi Nguyễn Mạnh Hùng
	// nguyen-manh-hung 1 en Nguyen Manh Hung
}

// Prefix lists the names that start with what a user has typed so far.
func ExampleIndex_Prefix() {
	ds, _ := catalog.Default()
	for _, m := range ds.NameIndex().Prefix("clmv", 3) {
		fmt.Println(m.ID, m.Key)
	}
	// Output:
	// clmv clmv
	// clmv-ecap-2021-2022 clmv action plan 2021 2022
	// clmv-development-framework clmv development framework
}

// A Chooser holds a reader's languages and picks the name to show: for a
// reader of Vietnamese, the Vietnamese name; for a reader of Khmer, the
// Khmer one; for a reader of Australian English, the English one with High
// confidence; for a reader of Japanese, whose language no name is in, the
// English fallback with confidence No.
func ExampleChooser_Display() {
	cambodia := names.Names{
		{Text: "ព្រះរាជាណាចក្រកម្ពុជា", Lang: language.Khmer},
		{Text: "កម្ពុជា", Lang: language.Khmer, Kind: names.KindShort},
		{Text: "Kingdom of Cambodia", Lang: language.English},
		{Text: "Cambodia", Lang: language.English, Kind: names.KindShort},
		{Text: "Campuchia", Lang: language.Vietnamese, Kind: names.KindShort},
	}
	for _, langs := range [][]language.Tag{
		{language.Vietnamese, language.English},
		{language.Khmer},
		{language.MustParse("en-AU")},
		{language.Japanese},
	} {
		c := names.NewChooser(langs...)
		d, conf := c.Display(cambodia)
		b, _ := c.Best(cambodia)
		fmt.Printf("%v: %s / %s (%s)\n", langs, d.Text, b.Text, conf)
	}
	// Output:
	// [vi en]: Campuchia / Campuchia (Exact)
	// [km]: កម្ពុជា / ព្រះរាជាណាចក្រកម្ពុជា (Exact)
	// [en-AU]: Cambodia / Kingdom of Cambodia (High)
	// [ja]: Cambodia / Kingdom of Cambodia (No)
}

// CheckText finds what makes a name unsafe: here a Cyrillic letter posing
// as a Latin one, and a right-to-left override.
func ExampleCheckText() {
	for _, s := range []string{"\u0410SEAN", "ASEAN\u202E", "ASEAN"} {
		for _, is := range names.CheckText(s, language.English) {
			fmt.Printf("%+q: %s at byte %d (suspicious: %v)\n", s, is.Kind, is.Offset, is.Kind.Suspicious())
		}
	}
	// Output:
	// "\u0410SEAN": mixed-script at byte 0 (suspicious: true)
	// "ASEAN\u202e": bidi at byte 5 (suspicious: false)
}

// SortBy sorts anything by the names a reader sees, in the reader's
// collation order: here provinces by their Vietnamese names.
func ExampleSortBy() {
	ids := []string{"vn-dn", "vn-hn", "vn-ag", "vn-43"}
	vi := map[string]string{"vn-dn": "Đà Nẵng", "vn-hn": "Hà Nội", "vn-ag": "An Giang", "vn-43": "Bà Rịa–Vũng Tàu"}
	names.SortBy(names.NewCollator(language.Vietnamese), ids, func(id string) string { return vi[id] })
	fmt.Println(ids)
	// Output:
	// [vn-ag vn-43 vn-dn vn-hn]
}

// PersonNameOf takes a person's names apart as a reader sees them, with
// the honorifics the dataset keeps apart.
func ExamplePersonNameOf() {
	ds, _ := catalog.Default()
	for _, id := range []string{"wang-wenbin", "zaw-myint-maung", "aun-pornmoniroth"} {
		a, _ := ds.Actor(cooperation.ID(id))
		p := names.PersonNameOf(a.Names, a.Honorifics, language.English)
		fmt.Printf("%s: %s; later %q; sorted as %q\n", id, p.Formal(), p.Short(), p.Sortable())
	}
	// Output:
	// wang-wenbin: Wang Wenbin; later "Wang"; sorted as "Wang Wenbin"
	// zaw-myint-maung: Dr Zaw Myint Maung; later "Zaw Myint Maung"; sorted as "Zaw Myint Maung"
	// aun-pornmoniroth: Aun Pornmoniroth; later "Pornmoniroth"; sorted as "Aun Pornmoniroth"
}

// A name written with invisible characters or look-alike compatibility
// letters folds to the real name's key, but Lookup says it needed
// normalising, so a caller can refuse it.
func ExampleIndex_Lookup_normalized() {
	ds, _ := catalog.Default()
	for _, q := range []string{"asean", "ＡＳＥＡＮ", "𝐀𝐒𝐄𝐀𝐍", "AS\u200DEAN", "AS\u202EEAN"} {
		refs, how := ds.NameIndex().Lookup(q)
		fmt.Printf("%+q: %s %s\n", q, refs[0].ID, how)
	}
	// Output:
	// "asean": asean exact
	// "\uff21\uff33\uff25\uff21\uff2e": asean normalized
	// "\U0001d400\U0001d412\U0001d404\U0001d400\U0001d40d": asean normalized
	// "AS\u200dEAN": asean normalized
	// "AS\u202eEAN": asean normalized
}
