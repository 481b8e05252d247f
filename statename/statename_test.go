package statename

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/coopframe/cooperation/names"
	"golang.org/x/text/language"
)

func TestName(t *testing.T) {
	tests := []struct {
		region, lang, want string
		ok                 bool
	}{
		{"KH", "en", "Cambodia", true},
		{"KH", "km", "កម្ពុជា", true},
		{"KH", "zh-Hans", "柬埔寨", true},
		{"MM", "my", "မြန်မာ", true},
		{"LA", "lo", "ລາວ", true},
		{"VN", "vi", "Việt Nam", true},
		{"TH", "th", "ไทย", true},
		{"CN", "zh-Hant", "中國", true},
		{"DD", "en", "", false}, // deprecated: x/text would say "Germany"
		{"BU", "en", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.region+"/"+tc.lang, func(t *testing.T) {
			got, ok := Name(language.MustParseRegion(tc.region), language.MustParse(tc.lang))
			if got != tc.want || ok != tc.ok {
				t.Errorf("Name(%s, %s) = %q, %v; want %q, %v", tc.region, tc.lang, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestNamesEveryLanguage(t *testing.T) {
	ns := Names(language.MustParseRegion("KH"))
	if len(ns) < 50 {
		t.Errorf("only %d names for Cambodia", len(ns))
	}
	for _, n := range ns {
		if is := names.CheckText(n.Text, n.Lang); len(is) > 0 {
			for _, i := range is {
				if !i.Kind.Suspicious() {
					t.Errorf("%s %q: %s", n.Lang, n.Text, i.Message)
				}
			}
		}
	}
}

// TestRootDoesNotImportDisplay checks that the root package stays free of
// the display tables.
func TestRootDoesNotImportDisplay(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/coopframe/cooperation").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	if strings.Contains(string(out), "golang.org/x/text/language/display") {
		t.Error("package cooperation imports golang.org/x/text/language/display")
	}
}

func ExampleName() {
	kh := language.MustParseRegion("KH")
	for _, tag := range []string{"en", "km", "zh-Hans", "vi", "th"} {
		n, _ := Name(kh, language.MustParse(tag))
		fmt.Println(tag, n)
	}
	// Output:
	// en Cambodia
	// km កម្ពុជា
	// zh-Hans 柬埔寨
	// vi Campuchia
	// th กัมพูชา
}

func TestUnsupportedLanguage(t *testing.T) {
	if n, ok := Name(language.MustParseRegion("KH"), language.MustParse("tlh")); ok {
		t.Errorf("Klingon name %q", n)
	}
}
