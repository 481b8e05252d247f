package names_test

import (
	"testing"

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
