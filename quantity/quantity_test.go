package quantity

import (
	"errors"
	"strconv"
	"testing"
)

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in   string
		want string
		coef int64
		exp  int32
	}{
		{"0", "0", 0, 0},
		{"-0", "0", 0, 0},
		{"000.000", "0", 0, 0},
		{"34", "34", 34, 0},
		{"20.9e9", "20900000000", 209, 8},
		{"3.3E9", "3300000000", 33, 8},
		{"210e9", "210000000000", 21, 10},
		{"65.9", "65.9", 659, -1},
		{"0.05", "0.05", 5, -2},
		{"-1.50", "-1.5", -15, -1},
		{"+7", "7", 7, 0},
		{"1e-3", "0.001", 1, -3},
		{"100", "100", 1, 2},
		{".5", "0.5", 5, -1},
		{"5.", "5", 5, 0},
		{"123456789012345678", "123456789012345678", 123456789012345678, 0},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, err := ParseDecimal(tc.in)
			if err != nil {
				t.Fatalf("ParseDecimal(%q): %v", tc.in, err)
			}
			if d.String() != tc.want || d.coef != tc.coef || d.exp != tc.exp {
				t.Errorf("ParseDecimal(%q) = %s (%d, %d), want %s (%d, %d)", tc.in, d, d.coef, d.exp, tc.want, tc.coef, tc.exp)
			}
		})
	}
}

func TestParseDecimalErrors(t *testing.T) {
	for _, in := range []string{"", "-", ".", "e5", "1e", "1e+", "1,5", "1.2.3", "0x10", "1e99", "1e-99", "1234567890123456789", "NaN", "Inf", " 1", "1 "} {
		t.Run(strconv.Quote(in), func(t *testing.T) {
			_, err := ParseDecimal(in)
			var de *ParseError
			if !errors.As(err, &de) || de.Input != in {
				t.Errorf("ParseDecimal(%q) error = %v, want a *ParseError", in, err)
			}
		})
	}
}

func TestDecimalCompare(t *testing.T) {
	ordered := []string{"-1e9", "-20", "-1.5", "-0.001", "0", "0.001", "0.5", "1", "1.5", "9.99", "10", "65.9", "100", "3.3e9", "20.9e9", "210e9"}
	for i, a := range ordered {
		for j, b := range ordered {
			got := MustParseDecimal(a).Compare(MustParseDecimal(b))
			want := 0 // the order of the list
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got != want {
				t.Errorf("Compare(%s, %s) = %d, want %d", a, b, got, want)
			}
		}
	}
	if MustParseDecimal("1.0") != MustParseDecimal("1") {
		t.Error("1.0 and 1 are different values")
	}
	if DecimalFromInt(2500) != MustParseDecimal("2.5e3") || DecimalFromInt(-40) != MustParseDecimal("-40") {
		t.Error("DecimalFromInt differs from ParseDecimal")
	}
}

func TestQuantityString(t *testing.T) {
	tests := []struct {
		q    Quantity
		want string
	}{
		{Quantity{Value: DecimalFromInt(100), Unit: UnitPercent}, "100%"},
		{Quantity{Value: DecimalFromInt(200), Qualifier: QualifierMoreThan, Unit: "persons"}, "more than 200 persons"},
		{Quantity{Value: DecimalFromInt(250), Qualifier: QualifierAbout}, "about 250"},
		{Quantity{Value: MustParseDecimal("20.9e9"), Unit: "CNY"}, "20900000000 CNY"},
		{Quantity{Value: DecimalFromInt(5), Qualifier: QualifierAtLeast}, "at least 5"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if got := tc.q.String(); got != tc.want {
				t.Errorf("%#v.String() = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}

func TestUnitCurrency(t *testing.T) {
	for _, tc := range []struct {
		u        Unit
		currency bool
		known    bool
	}{
		{"CNY", true, true}, {"USD", true, true}, {"KHR", true, true}, {"MMK", true, true},
		{"XQZ", true, false}, {"usd", false, false}, {"percent", false, false}, {"", false, false},
	} {
		t.Run(strconv.Quote(string(tc.u)), func(t *testing.T) {
			_, known := tc.u.Currency()
			if tc.u.IsCurrency() != tc.currency || known != tc.known {
				t.Errorf("%q: IsCurrency %v, known %v; want %v, %v", tc.u, tc.u.IsCurrency(), known, tc.currency, tc.known)
			}
		})
	}
}

func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"0", "20.9e9", "-1.50", "1e-3", ".5", "123456789012345678", "1e40"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDecimal(s)
		if err != nil {
			return
		}
		back, err := ParseDecimal(d.String())
		if err != nil || back != d {
			t.Fatalf("%q: String %q parses to %v, %v", s, d.String(), back, err)
		}
		if d.Compare(back) != 0 {
			t.Fatalf("%q: Compare with itself is not 0", s)
		}
	})
}

func TestQualifierText(t *testing.T) {
	for i := range len(qualifiers.Names) {
		v := Qualifier(i)
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		var back Qualifier
		if err := back.UnmarshalText(b); err != nil || back != v {
			t.Errorf("%q parses to %v, %v", b, back, err)
		}
	}
	if _, err := Qualifier(len(qualifiers.Names)).MarshalText(); err == nil {
		t.Error("an unknown Qualifier marshals")
	}
	var q Qualifier
	var pe *ParseError
	if err := q.UnmarshalText([]byte("roughly")); !errors.As(err, &pe) || pe.Input != "roughly" {
		t.Errorf("unknown qualifier: %v", err)
	}
}
