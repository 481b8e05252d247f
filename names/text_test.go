package names_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/coopframe/cooperation/names"
)

func TestCheckText(t *testing.T) {
	type issue struct {
		Kind       names.IssueKind
		Offset     int
		Suspicious bool
	}
	tests := []struct {
		name string
		text string
		lang language.Tag
		want []issue
	}{
		{"plain", "ASEAN", language.English, nil},
		{"Khmer", "ព្រះរាជាណាចក្រកម្ពុជា", language.Khmer, nil},
		{"Burmese", "ပေါက်ဖော်", language.Burmese, nil},
		{"Chinese", "中国—东盟信息港", language.SimplifiedChinese, nil},
		{"Vietnamese NFC", "Nguyễn Mạnh Hùng", language.Vietnamese, nil},
		{"decomposed", "Nguye\u0302\u0303n", language.Vietnamese, []issue{{names.IssueNFC, 0, false}}},
		{"newline", "line\nbreak", language.English, []issue{{names.IssueControl, 4, false}}},
		{"C1 control", "a\u0085b", language.English, []issue{{names.IssueControl, 1, false}}},
		{"RLO", "abc\u202Edef", language.English, []issue{{names.IssueBidi, 3, false}}},
		{"isolate", "\u2066x\u2069", language.English, []issue{{names.IssueBidi, 0, false}, {names.IssueBidi, 4, false}}},
		{"ZWSP in English", "a\u200Bb", language.English, []issue{{names.IssueInvisible, 1, false}}},
		{"ZWSP in Khmer", "ក\u200Bខ", language.Khmer, nil},
		{"ZWJ allowed", "क्\u200Dष", language.Hindi, nil},
		{"soft hyphen", "co\u00ADop", language.English, []issue{{names.IssueInvisible, 2, false}}},
		{"BOM", "\uFEFFASEAN", language.English, []issue{{names.IssueInvisible, 0, false}}},
		{"Cyrillic look-alike", "\u0410SEAN", language.English, []issue{{names.IssueMixedScript, 0, true}}},
		{"Greek and Latin", "\u0391lpha", language.English, []issue{{names.IssueMixedScript, 0, true}}},
		{"invalid UTF-8", "ab\xffc", language.English, []issue{{names.IssueUTF8, 2, false}}},
		{"ZWJ in Latin", "AS\u200DEAN", language.English, []issue{{names.IssueInvisible, 2, false}}},
		{"ZWNJ in Latin", "AS\u200CEAN", language.English, []issue{{names.IssueInvisible, 2, false}}},
		{"ZWJ in Cyrillic", "Мо\u200Dсква", language.Russian, []issue{{names.IssueInvisible, 4, false}}},
		{"ZWJ after a Latin letter with a mark", "e\u0301\u200Dx", language.French, []issue{{names.IssueInvisible, 3, false}, {names.IssueNFC, 0, false}}},
		{"ZWJ at the end", "क्ष\u200D", language.Hindi, []issue{{names.IssueInvisible, 9, false}}},
		{"ZWJ between Latin and Devanagari", "a\u200Dक", language.Hindi, []issue{{names.IssueInvisible, 1, false}}},
		{"ZWNJ in Persian", "می\u200Cخواهم", language.Persian, nil},
		{"ZWJ in Malayalam", "ന\u0D4D\u200D", language.Malayalam, []issue{{names.IssueInvisible, 6, false}}},
		{"ZWJ in Malayalam chillu", "ന\u0D4D\u200Dക", language.Malayalam, nil},
		{"ZWJ in Burmese", "ဉ\u103A\u200Dဂ", language.Burmese, nil},
		{"emoji ZWJ sequence", "👩\u200D💻", language.English, nil},
		{"emoji ZWJ sequence with skin tone and VS16", "🏳\uFE0F\u200D🌈 👩🏽\u200D💻", language.English, nil},
		{"tag character", "ASEAN\U000E0041", language.English, []issue{{names.IssueInvisible, 5, false}}},
		{"language tag", "\U000E0001ASEAN", language.English, []issue{{names.IssueInvisible, 0, false}}},
		{"emoji tag sequence", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", language.English, nil},
		{"unterminated tag sequence", "🏴\U000E0067\U000E0062", language.English, []issue{{names.IssueInvisible, 4, false}, {names.IssueInvisible, 8, false}}},
		{"cancel tag alone", "🏴\U000E007F", language.English, []issue{{names.IssueInvisible, 4, false}}},
		{"VS16 after a letter", "A\uFE0FSEAN", language.English, []issue{{names.IssueInvisible, 1, false}}},
		{"VS1 after a letter", "AS\uFE00EAN", language.English, []issue{{names.IssueInvisible, 2, false}}},
		{"VS16 after an emoji", "❤\uFE0F", language.English, nil},
		{"VS15 after an emoji", "☎\uFE0E", language.English, nil},
		{"keycap", "1\uFE0F\u20E3", language.English, nil},
		{"VS16 after a digit", "1\uFE0F", language.English, []issue{{names.IssueInvisible, 1, false}}},
		{"VS at the start", "\uFE0FASEAN", language.English, []issue{{names.IssueInvisible, 0, false}}},
		{"standardized variant of a Han ideograph", "漢\uFE00", language.Chinese, nil},
		{"ideographic variation sequence", "葛\U000E0100城", language.Japanese, nil},
		{"ideographic variation selector after Latin", "a\U000E0100", language.English, []issue{{names.IssueInvisible, 1, false}}},
		{"Mongolian free variation selector", "ᠠ\u180B", language.Mongolian, nil},
		{"Mongolian free variation selector after Latin", "a\u180B", language.English, []issue{{names.IssueInvisible, 1, false}}},
		{"combining grapheme joiner", "AS\u034FEAN", language.English, []issue{{names.IssueInvisible, 2, false}}},
		{"Hangul choseong filler", "\u115F김", language.Korean, []issue{{names.IssueInvisible, 0, false}}},
		{"Hangul jungseong filler", "김\u1160", language.Korean, []issue{{names.IssueInvisible, 3, false}}},
		{"Hangul filler", "ASEAN\u3164", language.English, []issue{{names.IssueInvisible, 5, false}}},
		{"halfwidth Hangul filler", "\uFFA0ASEAN", language.English, []issue{{names.IssueInvisible, 0, false}}},
		{"word joiner", "AS\u2060EAN", language.English, []issue{{names.IssueInvisible, 2, false}}},
		{"invisible times", "a\u2062b", language.English, []issue{{names.IssueInvisible, 1, false}}},
		{"deprecated format character", "a\u206Ab", language.English, []issue{{names.IssueInvisible, 1, false}}},
		{"Khmer inherent vowel", "ក\u17B4", language.Khmer, []issue{{names.IssueInvisible, 3, false}}},
		{"Arabic number sign shows", "\u0600١٢", language.Arabic, nil},
		{"Latin-1 letters", "Ñandú Ærø", language.Spanish, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []issue
			for _, is := range names.CheckText(tc.text, tc.lang) {
				if is.Message == "" {
					t.Errorf("%s: empty message", is.Kind)
				}
				got = append(got, issue{is.Kind, is.Offset, is.Kind.Suspicious()})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("CheckText(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// FuzzCheckText checks that CheckText never panics and that every issue
// has a known kind, a message, and an offset at the start of a character
// of the text (or, for invalid UTF-8, at the invalid byte).
func FuzzCheckText(f *testing.F) {
	for _, s := range []string{
		"ASEAN", "ab\xffc", "\xc3", "line\nbreak\x7f", "a\u0085b", "abc\u202Edef", "\u2066x\u2069",
		"AS\u200DEAN", "می\u200Cخواهم", "क्\u200Dष", "👩🏽\u200D💻", "ASEAN\U000E0041",
		"🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "🏴\U000E007F", "A\uFE0FSEAN",
		"1\uFE0F\u20E3", "葛\U000E0100", "AS\u034FEAN", "\u115F\u1160\u3164\uFFA0", "co\u00ADop\u2060",
		"\u0410SEAN", "Nguye\u0302\u0303n", "\u200D", "\uFE0F", "\U000E007F",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, is := range names.CheckText(s, language.English) {
			if _, err := is.Kind.MarshalText(); err != nil {
				t.Fatalf("CheckText(%q): %v", s, err)
			}
			if is.Message == "" {
				t.Fatalf("CheckText(%q): %s issue with no message", s, is.Kind)
			}
			if is.Offset < 0 || is.Offset > len(s) {
				t.Fatalf("CheckText(%q): %s issue at offset %d", s, is.Kind, is.Offset)
			}
			if is.Kind == names.IssueUTF8 {
				if r, n := utf8.DecodeRuneInString(s[is.Offset:]); r != utf8.RuneError || n != 1 {
					t.Fatalf("CheckText(%q): utf8 issue at offset %d, on a valid character", s, is.Offset)
				}
			} else if is.Offset > 0 && !utf8.RuneStart(s[is.Offset]) {
				t.Fatalf("CheckText(%q): %s issue at offset %d, inside a character", s, is.Kind, is.Offset)
			}
		}
	})
}

// TestCheckTextLongRuns checks long runs of the characters CheckText
// judges by their neighbours (joiners, marks before a joiner, tags): each
// is looked at a few times, not once for every other character of its
// run, so 20,000 of them are checked at once.
func TestCheckTextLongRuns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int // issues
	}{
		{"joiners", "a" + strings.Repeat("\u200D", 20000) + "b", 20000},
		// Past 30 marks a text is not in NFC's stream-safe form: the one issue.
		{"marks before a joiner", "क" + strings.Repeat("\u0951", 20000) + "\u200Dष", 1},
		{"tags after a flag", "🏴" + strings.Repeat("\U000E0067", 20000) + "\U000E007F", 0},
		{"unterminated tags", "🏴" + strings.Repeat("\U000E0067", 20000), 20000},
		{"tags alone", strings.Repeat("\U000E0067", 20000), 20000},
		{"two tag sequences", "🏴\U000E0067\U000E007F🏴\U000E0067\U000E007F", 0},
		{"a tag sequence and a stray tag", "🏴\U000E0067\U000E007F\U000E0067", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(names.CheckText(tc.text, language.Und)); got != tc.want {
				t.Errorf("%d issues, want %d", got, tc.want)
			}
		})
	}
}
