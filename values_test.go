package cooperation

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

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
		t.Run(tc.in, func(t *testing.T) {
			c, err := ParseClock(tc.in)
			if tc.wantErrInput {
				var ce *ParseError
				if !errors.As(err, &ce) || ce.Input != tc.in || ce.Type != "Clock" {
					t.Errorf("ParseClock(%q) = %v, %v; want a *ParseError of Type Clock", tc.in, c, err)
				}
				return
			}
			local, off := c.Minutes()
			if err != nil || local != tc.local || off != tc.off || c.String() != tc.want {
				t.Errorf("ParseClock(%q) = %v (%d, %d), %v", tc.in, c, local, off, err)
			}
		})
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
		t.Run(strconv.Quote(tc.in), func(t *testing.T) {
			var c Country
			if err := c.UnmarshalText([]byte(tc.in)); err != nil || c.String() != tc.want {
				t.Errorf("UnmarshalText(%q) = %v, %v", tc.in, c, err)
			}
		})
	}
	for _, in := range []string{"cn", "KHM", "CSK", "C", "123x"} {
		t.Run("invalid "+in, func(t *testing.T) {
			_, err := ParseCountry(in)
			var ce *ParseError
			if !errors.As(err, &ce) || ce.Input != in || ce.Type != "Country" {
				t.Errorf("ParseCountry(%q) error = %v", in, err)
			}
		})
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
		var ee *ParseError
		if _, err := parse([]byte("no-such-value")); !errors.As(err, &ee) || ee.Input != "no-such-value" {
			t.Errorf("%s: unknown text gives %v", name, err)
		}
	}
	check("ActorKind", len(actorKinds.Names), func(i int) tm { return ActorKind(i) }, func(b []byte) (tm, error) { var v ActorKind; err := v.UnmarshalText(b); return v, err })
	check("AgreementKind", len(agreementKinds.Names), func(i int) tm { return AgreementKind(i) }, func(b []byte) (tm, error) { var v AgreementKind; err := v.UnmarshalText(b); return v, err })
	check("InitiativeKind", len(initiativeKinds.Names), func(i int) tm { return InitiativeKind(i) }, func(b []byte) (tm, error) { var v InitiativeKind; err := v.UnmarshalText(b); return v, err })
	check("EventKind", len(eventKinds.Names), func(i int) tm { return EventKind(i) }, func(b []byte) (tm, error) { var v EventKind; err := v.UnmarshalText(b); return v, err })
	check("OutcomeKind", len(outcomeKinds.Names), func(i int) tm { return OutcomeKind(i) }, func(b []byte) (tm, error) { var v OutcomeKind; err := v.UnmarshalText(b); return v, err })
	check("ParticipantRole", len(participantRoles.Names), func(i int) tm { return ParticipantRole(i) }, func(b []byte) (tm, error) { var v ParticipantRole; err := v.UnmarshalText(b); return v, err })
	check("MembershipRole", len(membershipRoles.Names), func(i int) tm { return MembershipRole(i) }, func(b []byte) (tm, error) { var v MembershipRole; err := v.UnmarshalText(b); return v, err })
	check("PartyRole", len(partyRoles.Names), func(i int) tm { return PartyRole(i) }, func(b []byte) (tm, error) { var v PartyRole; err := v.UnmarshalText(b); return v, err })
	check("Scope", len(scopes.Names), func(i int) tm { return Scope(i) }, func(b []byte) (tm, error) { var v Scope; err := v.UnmarshalText(b); return v, err })
	check("Binding", len(bindings.Names), func(i int) tm { return Binding(i) }, func(b []byte) (tm, error) { var v Binding; err := v.UnmarshalText(b); return v, err })
	check("Status", len(statuses.Names), func(i int) tm { return Status(i) }, func(b []byte) (tm, error) { var v Status; err := v.UnmarshalText(b); return v, err })
	check("Stage", len(stages.Names), func(i int) tm { return Stage(i) }, func(b []byte) (tm, error) { var v Stage; err := v.UnmarshalText(b); return v, err })
	check("Certainty", len(certainties.Names), func(i int) tm { return Certainty(i) }, func(b []byte) (tm, error) { var v Certainty; err := v.UnmarshalText(b); return v, err })
	check("EntityKind", len(entityKinds.Names), func(i int) tm { return EntityKind(i) }, func(b []byte) (tm, error) { var v EntityKind; err := v.UnmarshalText(b); return v, err })
	check("EntryKind", len(entryKinds.Names), func(i int) tm { return EntryKind(i) }, func(b []byte) (tm, error) { var v EntryKind; err := v.UnmarshalText(b); return v, err })
	check("Severity", len(severities.Names), func(i int) tm { return Severity(i) }, func(b []byte) (tm, error) { var v Severity; err := v.UnmarshalText(b); return v, err })
}
