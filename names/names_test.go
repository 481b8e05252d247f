package names_test

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/names"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyễn Mạnh Hùng", "nguyen manh hung"},
		{"NGUYEN MANH HUNG", "nguyen manh hung"},
		{"Nguye\u0302\u0303n  Ma\u0323nh-Hu\u0300ng", "nguyen manh hung"},
		{"Phạm Minh Chính", "pham minh chinh"},
		{"Đà Nẵng", "da nang"},
		{"Hà Nội", "ha noi"},
		{"Chea Vandeth", "chea vandeth"},
		{"ជា វ៉ាន់ដេត", "ជា វ៉ាន់ដេត"},
		{"Phnom Penh", "phnom penh"},
		{"ភ្នំពេញ", "ភ្នំពេញ"},
		{"Nanning", "nanning"},
		{"南宁", "南宁"},
		{"Wang Wenbin", "wang wenbin"},
		{"王文斌", "王文斌"},
		{"Zaw Myint Maung", "zaw myint maung"},
		{"ဇော်မြင့်မောင်", "ဇော်မြင့်မောင်"},
		{"Dato' Lim Jock Hoi", "dato lim jock hoi"},
		{"CAC", "cac"},
		{"I.D.C.P.C.", "i d c p c"},
		{"MPAC 2025", "mpac 2025"},
		{"ＭＰＡＣ　２０２５", "mpac 2025"},
		{"ASEAN Overall Recovery Framework", "asean overall recovery framework"},
		{"Pauk-Phaw", "pauk phaw"},
		{"ສາທາລະນະລັດ ປະຊາທິປະໄຕ", "ສາທາລະນະລັດ ປະຊາທິປະໄຕ"},
		{"ราชอาณาจักรไทย", "ราชอาณาจักรไทย"},
		{"Straße", "strasse"},
		{"Łódź", "lodz"},
		{"ΑΣΕΑΝ", "ασεαν"},
		{"  --  ", ""},
		{"a\u200Db", "ab"},
		{"ក\u200Bខ", "ក ខ"},
		{"ｶﾀｶﾅ", "カタカナ"},
	}
	for _, tc := range tests {
		t.Run(strconv.Quote(tc.in), func(t *testing.T) {
			if got := names.Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Nguyễn Mạnh Hùng", "ភ្នំពេញ", "ＭＰＡＣ　２０２５", "Dato' Lim", "a\u200Db", "\xff\xfe", "ﬁ ǅ ẞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := names.Fold(s)
		if !utf8.ValidString(k) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, k)
		}
		if strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") || strings.Contains(k, "  ") {
			t.Fatalf("Fold(%q) = %q has stray spaces", s, k)
		}
		if k2 := names.Fold(k); k2 != k {
			t.Fatalf("Fold is not idempotent: %q -> %q -> %q", s, k, k2)
		}
	})
}

// TestLookupEveryCatalogName looks up every name of every actor and
// initiative of the catalog, in its own script, and finds the entity.
func TestLookupEveryCatalogName(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	ix := ds.NameIndex()
	check := func(id cooperation.ID, ns names.Names) {
		for _, n := range ns {
			found := false
			for _, r := range ix.Lookup(n.Text) {
				found = found || cooperation.ID(r.ID) == id
			}
			if !found {
				t.Errorf("Lookup(%q) does not find %s", n.Text, id)
			}
		}
	}
	for _, a := range ds.Actors {
		check(a.ID, a.Names)
	}
	for _, in := range ds.Initiatives {
		check(in.ID, in.Names)
	}
}

func TestFind(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	ix := ds.NameIndex()
	type res struct {
		ID  cooperation.ID
		How names.MatchKind
	}
	tests := []struct {
		q    string
		want []res
	}{
		{"NGUYEN MANH HUNG", []res{{"nguyen-manh-hung", names.MatchExact}, {"nguyen-manh-hung", names.MatchExact}}},
		{"Dato Lim Jock Hoi", []res{{"lim-jock-hoi", names.MatchHonorific}}},
		{"Dr. Zaw Myint Maung", []res{{"zaw-myint-maung", names.MatchHonorific}}},
		{"Daw Aung San Suu Kyi", []res{{"aung-san-suu-kyi", names.MatchHonorific}}},
		{"ASEAN Overall Recovery Framework", []res{{"acrf", names.MatchExact}}},
		{"汪文斌", []res{{"wang-wenbin", names.MatchExact}}},
		{"Gaungxi", []res{{"cn-gx", names.MatchFuzzy}}},
		{"Pentagonal", []res{{"kh-pentagonal-strategy-phase-1", names.MatchPrefix}, {"kh-pentagonal-strategy-phase-1", names.MatchPrefix}}},
		{"Atlantis", nil},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			var got []res
			for _, m := range ix.Find(tc.q, 0, 0) {
				got = append(got, res{cooperation.ID(m.ID), m.How})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tc.q, diff)
			}
		})
	}
}

func TestMentions(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	ix := ds.NameIndex()
	text := "PHNOM PENH, Nov. 4 -- Cambodian Minister Aun Pornmoniroth met Ambassador Wang Wenbin (汪文斌). " +
		"Guangxi Zhuang Autonomous Region and Nanning (南宁) host the China-ASEAN Expo; the Pauk-Phaw ties of Myanmar " +
		"and China; the Belt and Road Initiative (一带一路); ភ្នំពេញ, Hà Nội and Nguye\u0302\u0303n Mạnh Hùng."
	type m struct {
		Text string
		ID   cooperation.ID
	}
	var got []m
	for _, x := range ix.Mentions(text) {
		got = append(got, m{text[x.Start:x.End], cooperation.ID(x.Refs[0].ID)})
	}
	want := []m{
		{"PHNOM PENH", "kh-12"}, {"Aun Pornmoniroth", "aun-pornmoniroth"}, {"Wang Wenbin", "wang-wenbin"}, {"汪文斌", "wang-wenbin"},
		{"Guangxi Zhuang Autonomous Region", "cn-gx"}, {"Nanning", "nanning"}, {"南宁", "nanning"},
		{"China", "cn"}, {"ASEAN", "asean"}, {"Pauk-Phaw", "pauk-phaw"}, {"Myanmar", "mm"}, {"China", "cn"},
		{"Belt and Road Initiative", "bri"}, {"一带一路", "bri"}, {"ភ្នំពេញ", "kh-12"}, {"Hà Nội", "vn-hn"},
		{"Nguye\u0302\u0303n Mạnh Hùng", "nguyen-manh-hung"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Mentions (-want +got):\n%s", diff)
	}
}

func FuzzMentions(f *testing.F) {
	ds, err := catalog.Load()
	if err != nil {
		f.Fatal(err)
	}
	ix := ds.NameIndex()
	f.Add("Wang Wenbin (王文斌) in ភ្នំពេញ and Nguye\u0302\u0303n Mạnh Hùng")
	f.Add("ASEAN\u0301 Myanmar\xff China")
	f.Fuzz(func(t *testing.T, text string) {
		// The rune boundaries, as range over a string (and DecodeRune) see
		// them: an invalid byte is a rune of its own.
		boundary := map[int]bool{len(text): true}
		for i := range text {
			boundary[i] = true
		}
		last := 0
		for _, m := range ix.Mentions(text) {
			if m.Start < last || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("bad offsets %d-%d after %d in %q", m.Start, m.End, last, text)
			}
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("offsets %d-%d not on rune boundaries of %q", m.Start, m.End, text)
			}
			if k := names.Fold(text[m.Start:m.End]); k != m.Key {
				t.Fatalf("text[%d:%d] = %q folds to %q, not the key %q", m.Start, m.End, text[m.Start:m.End], k, m.Key)
			}
			last = m.End
		}
	})
}
