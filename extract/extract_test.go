package extract_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/extract"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func base(t testing.TB) *cooperation.Dataset {
	t.Helper()
	ds, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func pub(s string) edtf.Date {
	if s == "" || s == "-" {
		return edtf.Date{}
	}
	return edtf.MustParse(s)
}

// temporal is a temporal expression as the tables state it.
type temporal struct {
	Text, Value, Kind string
}

func TestTemporals(t *testing.T) {
	tests := []struct {
		name, lang, published, dateline, text string
		want                                  []temporal
	}{
		{"interval with year", "en", "2021-09-20", "", "related meetings to be held from September 6-15, 2021 in Hanoi",
			[]temporal{{"September 6-15, 2021", "2021-09-06/2021-09-15", "absolute"}}},
		{"partial, year from an uncertain publication date", "en", "2022?-11", "", "in Phnom Penh on November 8, seeking ways",
			[]temporal{{"November 8", "2022?-11-08", "partial"}}},
		{"partial, no year known", "en", "", "", "in Phnom Penh on November 8, seeking ways",
			[]temporal{{"November 8", "XXXX-11-08", "partial"}}},
		{"partial far from publication", "en", "2024-11-05", "", "They met on August 2.",
			[]temporal{{"August 2", "2024?-08-02", "partial"}}},
		{"dateline and weekday", "en", "2024-11-05", "", "PHNOM PENH, Nov. 4 (Xinhua) -- The forum was convened here on Monday.",
			[]temporal{{"Nov. 4", "2024-11-04", "dateline"}, {"on Monday", "2024-11-04", "relative"}}},
		{"weekday range and duration", "en", "2015-09-15", "NANNING, Sept. 14", "The forum was held from Sunday to Monday. The two-day forum seeks cooperation.",
			[]temporal{{"from Sunday to Monday", "2015-09-13/2015-09-14", "relative"}, {"two-day", "2015-09-13/2015-09-14", "duration"}}},
		{"relative years", "en", "2015-09-15", "", "210 billion yuan last year, up 65.9 percent from 2013",
			[]temporal{{"last year", "2014", "relative"}, {"from 2013", "2013", "absolute"}}},
		{"this month, by", "en", "2024-11-05", "", "Talks end this month; coverage by 2025.",
			[]temporal{{"this month", "2024-11", "relative"}, {"by 2025", "2025", "deadline"}}},
		{"time with the place's offset", "en", "2020?-07-10", "", "An online meeting was held in Myanmar at 1:30 pm yesterday.",
			[]temporal{{"at 1:30 pm", "2020?-07-09", "time"}, {"yesterday", "2020?-07-09", "relative"}}},
		{"year range", "en", "2021-09-20", "", "the CLMV Action Plan 2021-2022 and the period of 2019-2020",
			[]temporal{{"2021-2022", "2021/2022", "absolute"}, {"2019-2020", "2019/2020", "absolute"}}},
		{"no date: February 30", "en", "", "", "It was held on February 30, 2021.", nil},
		{"copyright is no date", "en", "", "", "Copyright © 2004-2012 northnews.cn", nil},
		{"vietnamese day", "vi", "", "", "Hội nghị diễn ra ngày 8 tháng 11 năm 2022 tại Phnom Penh.",
			[]temporal{{"ngày 8 tháng 11 năm 2022", "2022-11-08", "absolute"}}},
		{"vietnamese numeric day", "vi", "", "", "Ký kết ngày 8/11/2022.",
			[]temporal{{"ngày 8/11/2022", "2022-11-08", "absolute"}}},
		{"vietnamese partial and relative", "vi", "2022-11-09", "", "Hai bộ trưởng gặp nhau hôm qua; năm ngoái thương mại tăng.",
			[]temporal{{"hôm qua", "2022-11-08", "relative"}, {"năm ngoái", "2021", "relative"}}},
		{"vietnamese month", "vi", "", "", "Trong tháng 9 năm 2021, các bộ trưởng họp trực tuyến.",
			[]temporal{{"tháng 9 năm 2021", "2021-09", "absolute"}}},
		{"chinese day", "zh", "", "", "2022年11月8日，双方在金边举行工作会谈。",
			[]temporal{{"2022年11月8日", "2022-11-08", "absolute"}}},
		{"chinese partial", "zh", "2015-09-15", "", "论坛于9月13日在南宁开幕。",
			[]temporal{{"9月13日", "2015-09-13", "partial"}}},
		{"chinese range and relative", "zh", "2015-09-15", "", "2021年9月6日至15日举行；去年增长。",
			[]temporal{{"2021年9月6日至15日", "2021-09-06/2021-09-15", "absolute"}, {"去年", "2014", "relative"}}},
		{"chinese full-width", "zh", "", "", "２０２２年１１月８日",
			[]temporal{{"２０２２年１１月８日", "2022-11-08", "absolute"}}},
	}
	ds := base(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := extract.Extract(extract.Article{Text: tc.text, Language: language.MustParse(tc.lang), Published: pub(tc.published), Dateline: tc.dateline}, ds)
			if err != nil {
				t.Fatal(err)
			}
			var got []temporal
			for _, x := range r.Temporals {
				got = append(got, temporal{x.Text, x.Value.String(), x.Kind.String()})
				if x.Span.Of(tc.text) != x.Text {
					t.Errorf("%q: offsets %d-%d give %q", x.Text, x.Start, x.End, x.Span.Of(tc.text))
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("temporals (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTime(t *testing.T) {
	r, err := extract.Extract(extract.Article{Text: "A meeting was held in Mandalay Region at 1:30 pm yesterday.", Language: language.English, Published: pub("2020?-07-10")}, base(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Temporals) != 2 {
		t.Fatalf("got %d temporals, want 2", len(r.Temporals))
	}
	for _, x := range r.Temporals {
		if got := x.Time.String(); got != "13:30+06:30" || !x.Offset {
			t.Errorf("%q: time %s (offset known %v), want 13:30+06:30 from Mandalay Region's state", x.Text, got, x.Offset)
		}
	}
}

// amount is an amount as the tables state it.
type amount struct {
	Text, Value string
}

func TestAmounts(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []amount
	}{
		{"qualified count", "en", "More than 200 people attended the event.", []amount{{"200 people", "more than 200 persons"}}},
		{"about", "en", "the forum with approximately 250 participants.", []amount{{"250 participants", "about 250 persons"}}},
		{"change", "en", "up 65.9 percent from 2013", []amount{{"65.9 percent", "65.9%"}}},
		{"equivalent", "en", "34 projects worth 20.9 billion yuan (3.3 billion U.S. dollars), in Nanning",
			[]amount{{"34 projects", "34 projects"}, {"20.9 billion yuan (3.3 billion U.S. dollars)", "20900000000 CNY = 3300000000 USD"}}},
		{"exceeded", "en", "settlement exceeded 156 billion yuan in 2014", []amount{{"156 billion yuan", "more than 156000000000 CNY"}}},
		{"sign before", "en", "a loan of US$1,250,000 for the road", []amount{{"US$1,250,000", "1250000 USD"}}},
		{"fall", "en", "exports fell 3.5 percent", []amount{{"3.5 percent", "-3.5%"}}},
		{"bare numbers are not amounts", "en", "COVID-19, AEM 53, the 21st Century, call 0471-3344555", nil},
		{"vietnamese", "vi", "Kim ngạch đạt hơn 20,9 tỷ đồng, tăng 15,5%, với khoảng 250 người tham dự.",
			[]amount{{"20,9 tỷ đồng", "more than 20900000000 VND"}, {"15,5%", "15.5%"}, {"250 người", "about 250 persons"}}},
		{"vietnamese thousands", "vi", "1.250 dự án", []amount{{"1.250 dự án", "1250 projects"}}},
		{"chinese", "zh", "总投资209亿元人民币（33亿美元），超过200人参加，增长65.9%。",
			[]amount{{"209亿元人民币（33亿美元）", "20900000000 CNY = 3300000000 USD"}, {"200人", "more than 200 persons"}, {"65.9%", "65.9%"}}},
		{"chinese decimal", "zh", "20.9亿元", []amount{{"20.9亿元", "2090000000 CNY"}}},
		{"chinese more", "zh", "200多人", []amount{{"200多人", "more than 200 persons"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := extract.Extract(extract.Article{Text: tc.text, Language: language.MustParse(tc.lang)}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []amount
			for _, a := range r.Amounts {
				v := a.Value.String()
				for _, e := range a.Equivalents {
					v += " = " + e.String()
				}
				got = append(got, amount{a.Text, v})
				if a.Span.Of(tc.text) != a.Text {
					t.Errorf("%q: offsets give %q", a.Text, a.Span.Of(tc.text))
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("amounts (-want +got):\n%s", diff)
			}
		})
	}
}

// person is a person as the tables state it.
type person struct {
	Text, Actor, Post, Org string
	Honorifics             string
}

func TestPersons(t *testing.T) {
	tests := []struct {
		name, text string
		want       []person
		lang       string
	}{
		{name: "vietnamese post", text: "Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng có buổi làm việc.", lang: "vi",
			want: []person{{"Nguyễn Mạnh Hùng", "nguyen-manh-hung", "Bộ trưởng Bộ Thông tin và Truyền thông", "vn-mic", ""}}},
		{name: "chinese post", text: "中国驻柬埔寨大使汪文斌表示，", lang: "zh",
			want: []person{{"汪文斌", "wang-wenbin", "中国驻柬埔寨大使", "", ""}}},
		{name: "post before, ministry by portfolio", text: "Cambodian Minister of Economy and Finance Aun Pornmoniroth said the forum was vital.",
			want: []person{{"Aun Pornmoniroth", "aun-pornmoniroth", "Cambodian Minister of Economy and Finance", "kh-mef", ""}}},
		{name: "honorific, region", text: "Mandalay Region Chief Minister Dr Zaw Myint Maung read a message from State Counsellor Daw Aung San Suu Kyi.",
			want: []person{{"Dr Zaw Myint Maung", "zaw-myint-maung", "Mandalay Region Chief Minister", "mm-04-government", "Dr"},
				{"Daw Aung San Suu Kyi", "aung-san-suu-kyi", "State Counsellor", "", "Daw"}}},
		{name: "ministry of the state the adjective names", text: `said Laos Post and Telecommunications Minister Hiem Phommachanh, who signed`,
			want: []person{{"Hiem Phommachanh", "hiem-phommachanh", "Laos Post and Telecommunications Minister", "la-mpt", ""}}},
		{name: "apposition", text: "said Michelle Chow, regional director of Singapore International Enterprise Development Council.",
			want: []person{{"Michelle Chow", "michelle-chow", "regional director of Singapore International Enterprise Development Council", "sg-iedc", ""}}},
		{name: "a name that starts like an honorific", text: "said Ma Jixian, deputy director of Guangxi's commerce department.",
			want: []person{{"Ma Jixian", "ma-jixian", "deputy director of Guangxi's commerce department", "", ""}}},
		{name: "an ambassador's embassy", text: "Chinese Ambassador to Cambodia Wang Wenbin praised Cambodia.",
			want: []person{{"Wang Wenbin", "wang-wenbin", "Chinese Ambassador to Cambodia", "cn-embassy-kh", ""}}},
		{name: "a person the dataset lacks", text: "Thai Minister of Commerce Jurin Laksanawisit opened the fair.",
			want: []person{{"Jurin Laksanawisit", "", "Thai Minister of Commerce", "", ""}}},
	}
	ds := base(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lang := language.English
			if tc.lang != "" {
				lang = language.MustParse(tc.lang)
			}
			r, err := extract.Extract(extract.Article{Text: tc.text, Language: lang}, ds)
			if err != nil {
				t.Fatal(err)
			}
			var got []person
			for _, p := range r.Persons {
				got = append(got, person{p.Text, string(p.Actor), p.Post, string(p.Org), strings.Join(p.Name.Honorifics, " ")})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("persons (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    extract.Article
		want string
	}{
		{"invalid UTF-8", extract.Article{Text: "a\xffb"}, "extract: Text: not valid UTF-8"},
		{"too long", extract.Article{Text: strings.Repeat("a", extract.MaxText+1)}, fmt.Sprintf("extract: Text: %d bytes, more than %d", extract.MaxText+1, extract.MaxText)},
		{"interval published", extract.Article{Text: "x", Published: edtf.MustParse("2020/2021")}, `extract: Published: "2020/2021" is not a single date`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := extract.Extract(tc.a, nil)
			var e *extract.Error
			if !errors.As(err, &e) || err.Error() != tc.want {
				t.Errorf("err = %v, want *extract.Error %q", err, tc.want)
			}
		})
	}
}

// checkResult checks what every result must satisfy.
func checkResult(t testing.TB, text string, r *extract.Result) {
	t.Helper()
	span := func(what string, s extract.Span) {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End || !utf8.RuneStart(byteAt(text, s.Start)) || !utf8.RuneStart(byteAt(text, s.End)) {
			t.Fatalf("%s: span %d-%d out of the text or off a rune boundary (len %d)", what, s.Start, s.End, len(text))
		}
	}
	for _, x := range r.Temporals {
		span("temporal", x.Span)
		if _, err := edtf.Parse(x.Value.String()); err != nil || x.Value.IsZero() {
			t.Fatalf("temporal %q: value %q is not valid EDTF: %v", x.Text, x.Value, err)
		}
	}
	for _, a := range r.Amounts {
		span("amount", a.Span)
	}
	for _, m := range r.Actors {
		span("actor", m.Span)
	}
	for _, p := range r.Persons {
		span("person", p.Span)
	}
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}
