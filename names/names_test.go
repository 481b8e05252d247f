package names_test

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

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
	for _, s := range []string{"Nguyễn Mạnh Hùng", "ភ្នំពេញ", "ＭＰＡＣ　２０２５", "Dato' Lim", "a\u200Db", "\xff\xfe", "ﬁ ǅ ẞ",
		"AS\u202EEAN", "ＡＳＥＡＮ", "𝐀𝐒𝐄𝐀𝐍", "ASE\u00ADAN\u2060", "A\uFE0F\U000E0041\u034F\u3164", "\x00\x1b\x7f\u0085"} {
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
			refs, how := ix.Lookup(n.Text)
			if how != names.MatchExact {
				t.Errorf("Lookup(%q) is %s, not exact", n.Text, how)
			}
			for _, r := range refs {
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
	for _, s := range []string{
		"AS\u202EEAN and ＡＳＥＡＮ and 𝐀𝐒𝐄𝐀𝐍 and ASE\u00ADAN", "Mya\u200Dnmar Chi\u2060na \uFEFFCambodia\U000E0041",
		"Wang\u034FWenbin \u3164 Chea\uFE0F Vandeth", "\x00ASEAN\x1b[0m\x85China\xff\xfe", "ASEAN ASEAN ASEAN ASEAN ASEAN",
	} {
		f.Add(s)
	}
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
			// Lookup finds what Mentions found, and says it matched the
			// same way.
			refs, how := ix.Lookup(text[m.Start:m.End])
			if len(refs) == 0 || &refs[0] != &m.Refs[0] || how != m.How {
				t.Fatalf("Lookup(%q) = %d refs, %s; Mentions found %d refs, %s", text[m.Start:m.End], len(refs), how, len(m.Refs), m.How)
			}
			last = m.End
		}
	})
}

// spoofIndex holds a few names, two of them written with characters that
// folding normalises: a Khmer name with ZERO WIDTH SPACE and a fullwidth
// acronym.
func spoofIndex() *names.Index {
	entities := []struct {
		id   string
		text string
	}{
		{"asean", "ASEAN"}, {"zaw", "Zaw Myint Maung"}, {"km", "ក\u200Bខ"}, {"mpac", "ＭＰＡＣ"},
		{"vn", "Nguyễn Mạnh Hùng"},
	}
	return names.NewIndex(func(yield func(string, names.Names) bool) {
		for _, e := range entities {
			if !yield(e.id, names.Names{{Text: e.text}}) {
				return
			}
		}
	})
}

// TestSpoofKinds checks that a name that folds to a real name's key only
// once invisible characters are removed or compatibility characters
// normalised is reported as MatchNormalized by Lookup, Find and Mentions,
// each class of such characters in turn, and that ordinary spellings stay
// exact.
func TestSpoofKinds(t *testing.T) {
	ix := spoofIndex()
	tests := []struct {
		name  string
		query string
		id    string
		want  names.MatchKind
	}{
		{"plain", "ASEAN", "asean", names.MatchExact},
		{"case", "asean", "asean", names.MatchExact},
		{"diacritics dropped", "Nguyen Manh Hung", "vn", names.MatchExact},
		{"decomposed", "Nguye\u0302\u0303n Ma\u0323nh Hu\u0300ng", "vn", names.MatchExact},
		{"punctuation", "Zaw-Myint  Maung", "zaw", names.MatchExact},
		{"honorific", "Dr Zaw Myint Maung", "zaw", names.MatchHonorific},
		{"written as stored, with ZWSP", "ក\u200Bខ", "km", names.MatchExact},
		{"written as stored, fullwidth", "ＭＰＡＣ", "mpac", names.MatchExact},
		{"plain form of a fullwidth name", "MPAC", "mpac", names.MatchExact},
		{"right-to-left override", "AS\u202EEAN", "asean", names.MatchNormalized},
		{"left-to-right mark", "ASE\u200EAN", "asean", names.MatchNormalized},
		{"isolate", "AS\u2066EA\u2069N", "asean", names.MatchNormalized},
		{"ZWJ", "AS\u200DEAN", "asean", names.MatchNormalized},
		{"ZWNJ", "ASE\u200CAN", "asean", names.MatchNormalized},
		{"word joiner", "A\u2060SEAN", "asean", names.MatchNormalized},
		{"soft hyphen", "ASE\u00ADAN", "asean", names.MatchNormalized},
		{"byte order mark", "ASEA\uFEFFN", "asean", names.MatchNormalized},
		{"tag character", "ASEA\U000E0041N", "asean", names.MatchNormalized},
		{"variation selector", "A\uFE0FSEAN", "asean", names.MatchNormalized},
		{"combining grapheme joiner", "AS\u034FEAN", "asean", names.MatchNormalized},
		{"fullwidth", "ＡＳＥＡＮ", "asean", names.MatchNormalized},
		{"mathematical bold", "𝐀𝐒𝐄𝐀𝐍", "asean", names.MatchNormalized},
		{"mathematical italic, one letter", "AS𝐸AN", "asean", names.MatchNormalized},
		{"circled", "ⒶSEAN", "asean", names.MatchNormalized},
		{"Khmer without its ZWSP", "ក ខ", "km", names.MatchExact},
		{"honorific and fullwidth", "Dr Ｚaw Myint Maung", "zaw", names.MatchNormalized},
		// The name is as written; the joiner is in what Lookup removes,
		// and outside what Mentions finds.
		{"joiner in the honorific", "Dr\u200D Zaw Myint Maung", "zaw", names.MatchHonorific},
	}
	type res struct {
		ID  string
		How names.MatchKind
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := []res{{tc.id, tc.want}}
			refs, how := ix.Lookup(tc.query)
			var got []res
			for _, r := range refs {
				got = append(got, res{r.ID, how})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Lookup(%q) (-want +got):\n%s", tc.query, diff)
			}
			got = nil
			for _, m := range ix.Find(tc.query, 0, 0) {
				got = append(got, res{m.ID, m.How})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tc.query, diff)
			}
			// Mentions finds the name without the honorific.
			if tc.want == names.MatchHonorific {
				want = []res{{tc.id, names.MatchExact}}
			}
			text := "On Monday " + tc.query + " met."
			got = nil
			for _, m := range ix.Mentions(text) {
				got = append(got, res{m.Refs[0].ID, m.How})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Mentions(%q) (-want +got):\n%s", text, diff)
			}
		})
	}
}

func TestMatchKindText(t *testing.T) {
	for k := names.MatchExact; k <= names.MatchFuzzy; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back names.MatchKind
		if err := back.UnmarshalText(b); err != nil || back != k || k.String() != string(b) {
			t.Errorf("%d: %q, back %d, %v", k, b, back, err)
		}
	}
	if _, err := names.MatchKind(names.MatchFuzzy + 1).MarshalText(); err == nil {
		t.Error("an unknown kind marshals")
	}
}

// TestPrefixOnceAKey checks that Prefix and Find's word matches give an
// entity once under a key its names share, and each of its other keys.
func TestPrefixOnceAKey(t *testing.T) {
	ix := names.NewIndex(func(yield func(string, names.Names) bool) {
		_ = yield("clmv", names.Names{
			{Text: "CLMV", Lang: language.English, Kind: names.KindAcronym},
			{Text: "CLMV", Lang: language.Vietnamese, Kind: names.KindAcronym},
			{Text: "CLMV countries", Lang: language.English},
		}) && yield("clmv-df", names.Names{{Text: "CLMV Development Framework", Lang: language.English}})
	})
	var got []string
	for _, m := range ix.Prefix("clm", 0) {
		got = append(got, m.ID+" "+m.Key)
	}
	want := []string{"clmv clmv", "clmv clmv countries", "clmv-df clmv development framework"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Prefix (-want +got):\n%s", diff)
	}
}
