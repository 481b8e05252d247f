package subdivision

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in, want, country string
		wantErr           bool
	}{
		{"CN-YN", "CN-YN", "CN", false},
		{"cn-gx", "CN-GX", "CN", false},
		{"MM-04", "MM-04", "MM", false},
		{"KH-12", "KH-12", "KH", false},
		{"VN-HN", "VN-HN", "VN", false},
		{"LA-VT", "LA-VT", "LA", false},
		{"TH-10", "TH-10", "TH", false},
		{"GB-ENG", "GB-ENG", "GB", false},
		{"", "", "", true},
		{"CN", "", "", true},
		{"CN-", "", "", true},
		{"XX-YY", "", "", true},
		{"CN-YNN", "", "", true},
		{"CN_YN", "", "", true},
		{"C1-YN", "", "", true},
		{"CN-YN-1", "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			c, err := Parse(tc.in)
			if tc.wantErr {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Input != tc.in {
					t.Fatalf("Parse(%q) = %v, %v; want *ParseError", tc.in, c, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := []string{c.String(), c.Country().String()}
			if diff := cmp.Diff([]string{tc.want, tc.country}, got); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tc.in, diff)
			}
			var back Code
			b, _ := c.MarshalText()
			if err := back.UnmarshalText(b); err != nil || back != c {
				t.Errorf("text round trip: %v, %v", back, err)
			}
		})
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		code, lang, want string
	}{
		{"CN-YN", "en", "Yunnan"},
		{"CN-YN", "zh-Hans", "云南省"},
		{"CN-YN", "vi", "Vân Nam"},
		{"CN-YN", "th", "มณฑลยูนนาน"},
		{"CN-YN", "my", "ယူနန်ပြည်နယ်"},
		{"MM-04", "en", "Mandalay"},
		{"MM-04", "my", "မန္တလေးတိုင်း"},
		{"MM-04", "zh", "曼德勒省"},
		{"KH-12", "km", "ភ្នំពេញ"},
		{"KH-12", "en", "Phnom Penh"},
		{"CN-GX", "en", "Guangxi"},
	}
	for _, tc := range tests {
		t.Run(tc.code+"/"+tc.lang, func(t *testing.T) {
			got, ok := MustParse(tc.code).Name(language.MustParse(tc.lang))
			if !ok || got != tc.want {
				t.Errorf("Name(%s, %s) = %q, %v; want %q", tc.code, tc.lang, got, ok, tc.want)
			}
		})
	}
	if n, ok := MustParse("CN-YN").Name(language.MustParse("zh-Hant")); ok {
		t.Errorf("zh-Hant name = %q; want none", n)
	}
	if n, ok := MustParse("CN-YN").Name(language.French); ok {
		t.Errorf("French name = %q; want none", n)
	}
	if _, ok := (Code{}).Name(language.English); ok {
		t.Error("zero Code has a name")
	}
}

func TestParentAndOf(t *testing.T) {
	if p, ok := MustParse("CN-YN").Parent(); ok {
		t.Errorf("CN-YN parent = %v", p)
	}
	var got []string
	for _, c := range Of(language.MustParseRegion("MM")) {
		got = append(got, c.String())
	}
	want := []string{"MM-01", "MM-02", "MM-03", "MM-04", "MM-05", "MM-06", "MM-07", "MM-11", "MM-12", "MM-13", "MM-14", "MM-15", "MM-16", "MM-17", "MM-18"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Of(MM) (-want +got):\n%s", diff)
	}
	found := false
	for _, c := range Of(language.MustParseRegion("GB")) {
		if p, ok := c.Parent(); ok && p.String() == "GB-ENG" {
			found = true
			break
		}
	}
	if !found {
		t.Error("no GB subdivision has parent GB-ENG")
	}
}

// TestGenerated checks that tables.go is what gen.go makes from ../shared.
func TestGenerated(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "shared", "data", "cldr-subdivisions"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("CLDR data not found at %s (../shared beside the repository); skipping", dir)
	}
	if testing.Short() {
		t.Skip("regeneration skipped in -short mode")
	}
	out := filepath.Join(t.TempDir(), "tables.go")
	cmd := goRun(t, "gen.go", "-cldr", dir, "-out", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen.go: %v\n%s", err, b)
	}
	want, _ := os.ReadFile("tables.go")
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, got) {
		t.Error("tables.go differs from gen.go's output: run go generate ./subdivision")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"CN-YN", "mm-04", "GB-ENG", "XX-YY", "", "CN-", "AF-BAL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		if err != nil {
			return
		}
		again, err := Parse(c.String())
		if err != nil || again != c || len(c.String()) != len(s) {
			t.Fatalf("Parse(%q) = %q; round trip %q, %v", s, c, again, err)
		}
		_ = c.Country()
		_, _ = c.Parent()
	})
}

var sinkCode Code

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkCode, _ = Parse("cn-yn")
	}
}

var sinkName string

func BenchmarkName(b *testing.B) {
	c, tag := MustParse("MM-04"), language.MustParse("my")
	b.ReportAllocs()
	for b.Loop() {
		sinkName, _ = c.Name(tag)
	}
}
