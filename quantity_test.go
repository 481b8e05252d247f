package cooperation

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
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
		d, err := ParseDecimal(tc.in)
		if err != nil {
			t.Errorf("ParseDecimal(%q): %v", tc.in, err)
			continue
		}
		if d.String() != tc.want || d.coef != tc.coef || d.exp != tc.exp {
			t.Errorf("ParseDecimal(%q) = %s (%d, %d), want %s (%d, %d)", tc.in, d, d.coef, d.exp, tc.want, tc.coef, tc.exp)
		}
	}
}

func TestParseDecimalErrors(t *testing.T) {
	for _, in := range []string{"", "-", ".", "e5", "1e", "1e+", "1,5", "1.2.3", "0x10", "1e99", "1e-99", "1234567890123456789", "NaN", "Inf", " 1", "1 "} {
		_, err := ParseDecimal(in)
		var de *DecimalError
		if !errors.As(err, &de) || de.Input != in {
			t.Errorf("ParseDecimal(%q) error = %v, want a *DecimalError", in, err)
		}
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
		{Quantity{Value: DecimalFromInt(200), Qualifier: MoreThan, Unit: "persons"}, "more than 200 persons"},
		{Quantity{Value: DecimalFromInt(250), Qualifier: About}, "about 250"},
		{Quantity{Value: MustParseDecimal("20.9e9"), Unit: "CNY"}, "20900000000 CNY"},
		{Quantity{Value: DecimalFromInt(5), Qualifier: AtLeast}, "at least 5"},
	}
	for _, tc := range tests {
		if got := tc.q.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.q, got, tc.want)
		}
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
		_, known := tc.u.Currency()
		if tc.u.IsCurrency() != tc.currency || known != tc.known {
			t.Errorf("%q: IsCurrency %v, known %v; want %v, %v", tc.u, tc.u.IsCurrency(), known, tc.currency, tc.known)
		}
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

func TestClock(t *testing.T) {
	tests := []struct {
		in           string
		local, off   int
		want         string
		wantErrInput bool
	}{
		{in: "13:30+06:30", local: 13*60 + 30, off: 6*60 + 30, want: "13:30+06:30"},
		{in: "07:00Z", local: 7 * 60, want: "07:00Z"},
		{in: "00:00-03:00", local: 0, off: -180, want: "00:00-03:00"},
		{in: "23:59+14:00", local: 23*60 + 59, off: 14 * 60, want: "23:59+14:00"},
		{in: "24:00Z", wantErrInput: true},
		{in: "13:30", wantErrInput: true},
		{in: "13:60Z", wantErrInput: true},
		{in: "1:30Z", wantErrInput: true},
		{in: "13:30+15:00", wantErrInput: true},
		{in: "13:30+06:60", wantErrInput: true},
		{in: "13:30+0630", wantErrInput: true},
	}
	for _, tc := range tests {
		c, err := ParseClock(tc.in)
		if tc.wantErrInput {
			var ce *ClockError
			if !errors.As(err, &ce) || ce.Input != tc.in {
				t.Errorf("ParseClock(%q) = %v, %v; want a *ClockError", tc.in, c, err)
			}
			continue
		}
		local, off := c.Minutes()
		if err != nil || local != tc.local || off != tc.off || c.String() != tc.want {
			t.Errorf("ParseClock(%q) = %v (%d, %d), %v", tc.in, c, local, off, err)
		}
	}
	var zero Clock
	if !zero.IsZero() || zero.String() != "" {
		t.Error("zero Clock is not empty")
	}
}

func FuzzParseClock(f *testing.F) {
	f.Add("13:30+06:30")
	f.Add("07:00Z")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClock(s)
		if err != nil {
			return
		}
		back, err := ParseClock(c.String())
		if err != nil || back != c {
			t.Fatalf("%q: round trip %q gives %v, %v", s, c.String(), back, err)
		}
	})
}

func TestParseCountry(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{{"CN", "CN"}, {"MM", "MM"}, {"EU", "EU"}, {"BU", "BU"}, {"", ""}} {
		var c Country
		if err := c.UnmarshalText([]byte(tc.in)); err != nil || c.String() != tc.want {
			t.Errorf("UnmarshalText(%q) = %v, %v", tc.in, c, err)
		}
	}
	for _, in := range []string{"cn", "KHM", "CSK", "C", "123x"} {
		_, err := ParseCountry(in)
		var ce *CodeError
		if !errors.As(err, &ce) || ce.Input != in {
			t.Errorf("ParseCountry(%q) error = %v", in, err)
		}
	}
}

// TestEnumsRoundTrip checks every value of every enum: its text parses back
// to it, and an unknown value or text is an error.
func TestEnumsRoundTrip(t *testing.T) {
	type tm interface {
		MarshalText() ([]byte, error)
	}
	check := func(name string, n int, get func(i int) tm, parse func(b []byte) (tm, error)) {
		for i := range n {
			v := get(i)
			b, err := v.MarshalText()
			if err != nil {
				t.Errorf("%s %d: MarshalText: %v", name, i, err)
				continue
			}
			back, err := parse(b)
			if err != nil || !cmp.Equal(back, v) {
				t.Errorf("%s %q: parses to %v, %v", name, b, back, err)
			}
		}
		if _, err := get(n).MarshalText(); err == nil {
			t.Errorf("%s %d: MarshalText of an unknown value succeeded", name, n)
		}
		var ee *EnumError
		if _, err := parse([]byte("no-such-value")); !errors.As(err, &ee) {
			t.Errorf("%s: unknown text gives %v", name, err)
		}
	}
	check("ActorKind", len(actorKinds.names), func(i int) tm { return ActorKind(i) }, func(b []byte) (tm, error) { var v ActorKind; err := v.UnmarshalText(b); return v, err })
	check("AgreementKind", len(agreementKinds.names), func(i int) tm { return AgreementKind(i) }, func(b []byte) (tm, error) { var v AgreementKind; err := v.UnmarshalText(b); return v, err })
	check("InitiativeKind", len(initiativeKinds.names), func(i int) tm { return InitiativeKind(i) }, func(b []byte) (tm, error) { var v InitiativeKind; err := v.UnmarshalText(b); return v, err })
	check("EventKind", len(eventKinds.names), func(i int) tm { return EventKind(i) }, func(b []byte) (tm, error) { var v EventKind; err := v.UnmarshalText(b); return v, err })
	check("OutcomeKind", len(outcomeKinds.names), func(i int) tm { return OutcomeKind(i) }, func(b []byte) (tm, error) { var v OutcomeKind; err := v.UnmarshalText(b); return v, err })
	check("ParticipantRole", len(participantRoles.names), func(i int) tm { return ParticipantRole(i) }, func(b []byte) (tm, error) { var v ParticipantRole; err := v.UnmarshalText(b); return v, err })
	check("MembershipRole", len(membershipRoles.names), func(i int) tm { return MembershipRole(i) }, func(b []byte) (tm, error) { var v MembershipRole; err := v.UnmarshalText(b); return v, err })
	check("PartyRole", len(partyRoles.names), func(i int) tm { return PartyRole(i) }, func(b []byte) (tm, error) { var v PartyRole; err := v.UnmarshalText(b); return v, err })
	check("Scope", len(scopes.names), func(i int) tm { return Scope(i) }, func(b []byte) (tm, error) { var v Scope; err := v.UnmarshalText(b); return v, err })
	check("Binding", len(bindings.names), func(i int) tm { return Binding(i) }, func(b []byte) (tm, error) { var v Binding; err := v.UnmarshalText(b); return v, err })
	check("Status", len(statuses.names), func(i int) tm { return Status(i) }, func(b []byte) (tm, error) { var v Status; err := v.UnmarshalText(b); return v, err })
	check("Qualifier", len(qualifiers.names), func(i int) tm { return Qualifier(i) }, func(b []byte) (tm, error) { var v Qualifier; err := v.UnmarshalText(b); return v, err })
	check("NameKind", len(nameKinds.names), func(i int) tm { return NameKind(i) }, func(b []byte) (tm, error) { var v NameKind; err := v.UnmarshalText(b); return v, err })
	check("Stage", len(stages.names), func(i int) tm { return Stage(i) }, func(b []byte) (tm, error) { var v Stage; err := v.UnmarshalText(b); return v, err })
	check("Certainty", len(certainties.names), func(i int) tm { return Certainty(i) }, func(b []byte) (tm, error) { var v Certainty; err := v.UnmarshalText(b); return v, err })
	check("EntityKind", len(entityKinds.names), func(i int) tm { return EntityKind(i) }, func(b []byte) (tm, error) { var v EntityKind; err := v.UnmarshalText(b); return v, err })
	check("MatchKind", len(matchKinds.names), func(i int) tm { return MatchKind(i) }, func(b []byte) (tm, error) { var v MatchKind; err := v.UnmarshalText(b); return v, err })
	check("NameOrder", len(nameOrders.names), func(i int) tm { return NameOrder(i) }, func(b []byte) (tm, error) { var v NameOrder; err := v.UnmarshalText(b); return v, err })
	check("EntryKind", len(entryKinds.names), func(i int) tm { return EntryKind(i) }, func(b []byte) (tm, error) { var v EntryKind; err := v.UnmarshalText(b); return v, err })
	check("Severity", len(severities.names), func(i int) tm { return Severity(i) }, func(b []byte) (tm, error) { var v Severity; err := v.UnmarshalText(b); return v, err })
}
