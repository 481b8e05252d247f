package cooperation

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/coopframe/cooperation/edtf"
)

func TestStatusAt(t *testing.T) {
	d := func(s string) edtf.Date {
		if s == "" {
			return edtf.Date{}
		}
		return edtf.MustParse(s)
	}
	a := func(signed, inForce, ended string) *Agreement {
		return &Agreement{Signed: d(signed), InForce: d(inForce), Ended: d(ended)}
	}
	tests := []struct {
		name string
		a    *Agreement
		at   string
		s    Status
		c    Certainty
	}{
		{"before signature", a("2015-09-13", "", ""), "2015-09-12", StatusNotSigned, Certain},
		{"on the day of signature", a("2015-09-13", "", ""), "2015-09-13", StatusSigned, Certain},
		{"signed, no entry into force known", a("2015-09-13", "", ""), "2020", StatusSigned, Certain},
		{"in force", a("2018-09", "2018-10-01", ""), "2019", StatusInForce, Certain},
		{"signed, entry into force may have come", a("2018-09", "2019", ""), "2019-06-01", StatusSigned, Possible},
		{"ended", a("2019", "2019", "2020-12-31"), "2021", StatusEnded, Certain},
		{"during the month of signature", a("2018-09", "", ""), "2018-09-10", StatusNotSigned, Possible},
		{"year-only question", a("2021-05-01", "", ""), "2021", StatusNotSigned, Possible},
		{"no dates", a("", "", ""), "2021", StatusUnknown, Possible},
		{"zero date", a("2021", "", ""), "", StatusUnknown, Possible},
		{"uncertain year", a("2022?-11-08", "", ""), "2023", StatusSigned, Certain},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, c := tc.a.StatusAt(d(tc.at))
			if s != tc.s || c != tc.c {
				t.Errorf("StatusAt(%s) = %v, %v; want %v, %v", tc.at, s, c, tc.s, tc.c)
			}
		})
	}
}

func TestCheckText(t *testing.T) {
	type issue struct {
		Rule    Rule
		Offset  int
		Warning bool
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
		{"decomposed", "Nguye\u0302\u0303n", language.Vietnamese, []issue{{RuleNameNFC, 0, false}}},
		{"newline", "line\nbreak", language.English, []issue{{RuleNameControl, 4, false}}},
		{"C1 control", "a\u0085b", language.English, []issue{{RuleNameControl, 1, false}}},
		{"RLO", "abc\u202Edef", language.English, []issue{{RuleNameBidi, 3, false}}},
		{"isolate", "\u2066x\u2069", language.English, []issue{{RuleNameBidi, 0, false}, {RuleNameBidi, 4, false}}},
		{"ZWSP in English", "a\u200Bb", language.English, []issue{{RuleNameInvisible, 1, false}}},
		{"ZWSP in Khmer", "ក\u200Bខ", language.Khmer, nil},
		{"ZWJ allowed", "क्\u200Dष", language.Hindi, nil},
		{"soft hyphen", "co\u00ADop", language.English, []issue{{RuleNameInvisible, 2, false}}},
		{"BOM", "\uFEFFASEAN", language.English, []issue{{RuleNameInvisible, 0, false}}},
		{"Cyrillic look-alike", "\u0410SEAN", language.English, []issue{{RuleNameMixedScript, 0, true}}},
		{"Greek and Latin", "\u0391lpha", language.English, []issue{{RuleNameMixedScript, 0, true}}},
		{"invalid UTF-8", "ab\xffc", language.English, []issue{{RuleNameUTF8, 2, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []issue
			for _, is := range CheckText(tc.text, tc.lang) {
				if is.Message == "" {
					t.Errorf("%s: empty message", is.Rule)
				}
				got = append(got, issue{is.Rule, is.Offset, is.Warning})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("CheckText(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestDatasetLookups(t *testing.T) {
	ds := decodeFile(t, "testdata/valid.json")
	if k := ds.Kind("cn"); k != KindActor {
		t.Errorf("Kind(cn) = %v", k)
	}
	if k := ds.Kind("nowhere"); k != KindNone {
		t.Errorf("Kind(nowhere) = %v", k)
	}
	if a, ok := ds.Actor("than-myint"); !ok || a.Kind != ActorPerson {
		t.Errorf("Actor(than-myint) = %v, %v", a, ok)
	}
	if _, ok := ds.Agreement("cn"); ok {
		t.Error("Agreement(cn) found an actor")
	}
	if _, ok := ds.Initiative("bri"); !ok {
		t.Error("Initiative(bri) not found")
	}
	if _, ok := ds.Event("meet"); !ok {
		t.Error("Event(meet) not found")
	}
	if _, ok := ds.Source("src"); !ok {
		t.Error("Source(src) not found")
	}
	if n := ds.Names("bri"); len(n) != 1 || n[0].Text != "Belt and Road Initiative" {
		t.Errorf("Names(bri) = %v", n)
	}
	if n := ds.Names("src"); n != nil {
		t.Errorf("Names(src) = %v, want nil", n)
	}
	if got, want := ds.Len(), 1+6+1+1+1; got != want {
		t.Errorf("Len = %d, want %d", got, want)
	}
}

func TestMergeReportsDuplicates(t *testing.T) {
	a := decodeFile(t, "testdata/valid.json")
	b := decodeFile(t, "testdata/valid.json")
	a.Merge(b)
	ps := a.Validate(ValidateOptions{})
	if got, want := ps.Rules()[RuleIDDuplicate], b.Len(); got != want {
		t.Errorf("%d duplicate-ID problems, want %d", got, want)
	}
}

// TestConcurrentReaders runs lookups and validation from many goroutines
// on a dataset whose index has not been built yet; go test -race checks it.
func TestConcurrentReaders(t *testing.T) {
	ds := decodeFile(t, "testdata/valid.json")
	fresh := &Dataset{Sources: ds.Sources, Actors: ds.Actors, Initiatives: ds.Initiatives,
		Events: ds.Events, Agreements: ds.Agreements, Figures: ds.Figures}
	done := make(chan string)
	for range 8 {
		go func() {
			var b strings.Builder
			if _, ok := fresh.Actor("cn"); !ok {
				b.WriteString("no cn; ")
			}
			if ps := fresh.Validate(ValidateOptions{}); len(ps) != 0 {
				b.WriteString(formatProblems(ps))
			}
			done <- b.String()
		}()
	}
	for range 8 {
		if s := <-done; s != "" {
			t.Error(s)
		}
	}
}
