package cameo

import (
	"errors"
	"testing"

	"github.com/coopframe/cooperation/quantity"
)

func TestParseEventCode(t *testing.T) {
	tests := []struct {
		name, in   string
		root, base string
		quad       QuadClass
		plover     Plover
		goldstein  string
		desc       string
	}{
		{"root", "04", "04", "04", QuadVerbalCooperation, PloverConsult, "1", "CONSULT"},
		{"base", "042", "04", "042", QuadVerbalCooperation, PloverConsult, "1.9", "Make a visit"},
		{"four digits", "0311", "03", "031", QuadVerbalCooperation, PloverAgree, "5.2", "Express intent to cooperate economically"},
		{"statement dropped by PLOVER", "010", "01", "010", QuadVerbalCooperation, PloverNone, "0", "Make statement, not specified below"},
		{"yield unspecified", "080", "08", "080", QuadMaterialCooperation, PloverNone, "5", "Yield, not specified below"},
		{"concede", "0831", "08", "083", QuadMaterialCooperation, PloverConcede, "5", "Accede to demands for change in leadership"},
		{"retreat", "0874", "08", "087", QuadMaterialCooperation, PloverRetreat, "10", "Retreat or surrender militarily"},
		{"investigate", "091", "09", "091", QuadMaterialCooperation, PloverAccuse, "-2", "Investigate crime, corruption"},
		{"protest", "141", "14", "141", QuadVerbalConflict, PloverProtest, "-6.5", "Demonstrate or rally"},
		{"run-on line repaired", "106", "10", "106", QuadVerbalConflict, PloverRequest, "-5", "Demand withdrawal"},
		{"quotes repaired", "044", "04", "044", QuadVerbalCooperation, PloverConsult, "2.5", `Meet at a "third" location`},
		{"mass violence", "2042", "20", "204", QuadMaterialConflict, PloverAssault, "-10", "Detonate nuclear weapons"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseEventCode(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			g, ok := c.Goldstein()
			switch {
			case c.String() != tc.in:
				t.Errorf("String = %q", c.String())
			case c.Root().String() != tc.root || c.Base().String() != tc.base:
				t.Errorf("Root, Base = %s, %s", c.Root(), c.Base())
			case c.QuadClass() != tc.quad:
				t.Errorf("QuadClass = %v, want %v", c.QuadClass(), tc.quad)
			case c.Plover() != tc.plover:
				t.Errorf("Plover = %v, want %v", c.Plover(), tc.plover)
			case !ok || g != quantity.MustParseDecimal(tc.goldstein):
				t.Errorf("Goldstein = %v, %v, want %s", g, ok, tc.goldstein)
			case c.Description() != tc.desc:
				t.Errorf("Description = %q, want %q", c.Description(), tc.desc)
			}
		})
	}
}

func TestParseEventCodeErrors(t *testing.T) {
	for _, in := range []string{"", "4", "42", "0000", "21", "99", "04a", "04 ", "12345", "０４"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseEventCode(in)
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Type != "EventCode" || pe.Input != in {
				t.Errorf("ParseEventCode(%q) = %v, want a *ParseError", in, err)
			}
		})
	}
}

func TestCodebook(t *testing.T) {
	if len(codebook) != 311 {
		t.Errorf("%d codes, want the 311 of GDELT's lookup file", len(codebook))
	}
	for _, e := range codebook {
		c := MustParseEventCode(e.code)
		if c.QuadClass() == QuadNone || c.Root().Description() == "" {
			t.Errorf("%s: no quad class or root", e.code)
		}
		if p := c.Plover(); p != PloverNone && p.String() == "" {
			t.Errorf("%s: Plover %d has no name", e.code, p)
		}
	}
	quads := map[QuadClass]int{}
	for r := 1; r <= 20; r++ {
		quads[rootQuad[r]]++
	}
	if quads[1] != 5 || quads[2] != 4 || quads[3] != 5 || quads[4] != 6 {
		t.Errorf("root codes by quad class: %v", quads)
	}
}

func TestCompare(t *testing.T) {
	order := []string{"03", "031", "0311", "032", "04"}
	for i := 1; i < len(order); i++ {
		a, b := MustParseEventCode(order[i-1]), MustParseEventCode(order[i])
		if a.Compare(b) > 0 {
			t.Errorf("%s sorts after %s", a, b)
		}
	}
}

func TestEnumsText(t *testing.T) {
	for _, q := range QuadClasses {
		b, err := q.MarshalText()
		var back QuadClass
		if err != nil || back.UnmarshalText(b) != nil || back != q {
			t.Errorf("%v: %s, %v, back %v", q, b, err, back)
		}
	}
	for p := PloverNone; p <= PloverAssault; p++ {
		b, err := p.MarshalText()
		var back Plover
		if err != nil || back.UnmarshalText(b) != nil || back != p {
			t.Errorf("%v: %s, %v, back %v", p, b, err, back)
		}
		if p != PloverNone && p.Quad() == QuadNone {
			t.Errorf("%v has no quad", p)
		}
	}
	var q QuadClass
	if err := q.UnmarshalText([]byte("cooperation")); err == nil {
		t.Error("unknown quad class accepted")
	}
	if _, err := QuadClass(9).MarshalText(); err == nil {
		t.Error("QuadClass(9) marshalled")
	}
	var p Plover
	if err := p.UnmarshalText([]byte("FIGHT")); err == nil {
		t.Error("unknown PLOVER category accepted")
	}
}

func TestActorCode(t *testing.T) {
	tests := []struct {
		in, country string
		roles       []string
	}{
		{"CHNGOV", "CHN", []string{"GOV"}},
		{"MMRBUS", "MMR", []string{"BUS"}},
		{"USA", "USA", []string{}},
		{"GOV", "", []string{"GOV"}},
		{"IGOUNO", "", []string{"IGO", "UNO"}},
		{"EURGOV", "EUR", []string{"GOV"}},
		{"USAGOVMIL", "USA", []string{"GOV", "MIL"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			c := MustParseActorCode(tc.in)
			if c.Country() != tc.country || len(c.Roles()) != len(tc.roles) {
				t.Fatalf("Country, Roles = %q, %q", c.Country(), c.Roles())
			}
			for i, r := range tc.roles {
				if c.Roles()[i] != r {
					t.Errorf("Roles = %q, want %q", c.Roles(), tc.roles)
				}
			}
			b, _ := c.MarshalText()
			var back ActorCode
			if back.UnmarshalText(b) != nil || back != c {
				t.Errorf("round trip: %v", back)
			}
		})
	}
	if c := MustParseActorCode("kur"); c.Country() != "" || c.Role() != "kur" {
		t.Errorf("kur: %q, %q", c.Country(), c.Role())
	}
	for _, in := range []string{"", "CH", "CHNG", "CHN-GO", "ÇHN"} {
		if _, err := ParseActorCode(in); err == nil {
			t.Errorf("ParseActorCode(%q) accepted", in)
		}
	}
	if ISORegion("CHN").String() != "CN" || ISORegion("EUR") != ISORegion("") {
		t.Error("ISORegion")
	}
	if !IsRegion("PGS") || IsRegion("CHN") || IsRegion("XYZ") {
		t.Error("IsRegion")
	}
}

func TestZero(t *testing.T) {
	var c EventCode
	b, err := c.MarshalText()
	if err != nil || len(b) != 0 || c.QuadClass() != QuadNone || c.Plover() != PloverNone || c.Description() != "" {
		t.Errorf("zero EventCode: %q, %v", b, err)
	}
	if _, ok := c.Goldstein(); ok {
		t.Error("zero code has a Goldstein value")
	}
	if err := c.UnmarshalText(nil); err != nil || !c.IsZero() {
		t.Error("\"\" does not unmarshal to the zero code")
	}
}

// FuzzParseEventCode checks that a parsed code prints as its input and
// parses back to itself, and that parsing never panics.
func FuzzParseEventCode(f *testing.F) {
	for _, e := range codebook {
		f.Add(e.code)
	}
	f.Add("")
	f.Add("9999")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseEventCode(s)
		if err != nil {
			return
		}
		if c.String() != s {
			t.Fatalf("String %q of %q", c.String(), s)
		}
		if back, err := ParseEventCode(c.String()); err != nil || back != c {
			t.Fatalf("round trip of %q: %v, %v", s, back, err)
		}
		_ = c.Root().Description()
	})
}

// FuzzParseActorCode checks round trips of actor codes.
func FuzzParseActorCode(f *testing.F) {
	f.Add("CHNGOV")
	f.Add("GOV")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseActorCode(s)
		if err != nil {
			return
		}
		if c.String() != s || len(c.Elements())*3 != len(s) {
			t.Fatalf("%q: %v", s, c.Elements())
		}
		_ = c.Role()
	})
}
