package cameo

import (
	"strings"

	"github.com/coopframe/cooperation/quantity"
)

// entry is one line of the codebook in tables.go.
type entry struct{ code, desc, goldstein string }

// info is what the package knows of a code, indexed by its text.
type info struct {
	desc      string
	goldstein quantity.Decimal
}

var codes = func() map[string]info {
	m := make(map[string]info, len(codebook))
	for _, e := range codebook {
		m[e.code] = info{desc: e.desc, goldstein: quantity.MustParseDecimal(e.goldstein)}
	}
	return m
}()

// EventCode is a CAMEO event code of two to four digits ("04", "042",
// "0311"). The zero EventCode is no code; it marshals to "" and back.
// EventCodes are comparable with ==.
type EventCode struct {
	v uint16 // the digits as a number
	n uint8  // the number of digits: 0 (no code), 2, 3 or 4
}

// ParseEventCode parses a code GDELT's CAMEO codebook lists ("042").
// Leading zeros are part of the code: "42" is not "042". The error is a
// *[ParseError] of Type "EventCode".
func ParseEventCode(s string) (EventCode, error) {
	if len(s) < 2 || len(s) > 4 {
		return EventCode{}, &ParseError{Type: "EventCode", Input: s, Reason: "want two to four digits"}
	}
	var v uint16
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return EventCode{}, &ParseError{Type: "EventCode", Input: s, Reason: "want only digits"}
		}
		v = v*10 + uint16(c-'0')
	}
	if _, ok := codes[s]; !ok {
		return EventCode{}, &ParseError{Type: "EventCode", Input: s, Reason: "not a code of the CAMEO codebook"}
	}
	return EventCode{v: v, n: uint8(len(s))}, nil
}

// MustParseEventCode is ParseEventCode for literals and tests: it panics
// on an error.
func MustParseEventCode(s string) EventCode {
	c, err := ParseEventCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero EventCode.
func (c EventCode) IsZero() bool { return c.n == 0 }

// String returns the code's digits ("042"), or "" for the zero code.
func (c EventCode) String() string {
	b, _ := c.AppendText(nil)
	return string(b)
}

// AppendText implements [encoding.TextAppender].
func (c EventCode) AppendText(b []byte) ([]byte, error) {
	var d [4]byte
	v := c.v
	for i := int(c.n) - 1; i >= 0; i-- {
		d[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, d[:c.n]...), nil
}

// MarshalText implements [encoding.TextMarshaler].
func (c EventCode) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]; "" is the zero code.
func (c *EventCode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = EventCode{}
		return nil
	}
	v, err := ParseEventCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Compare orders codes by their digits as text, so that a root code sorts
// before the codes below it ("04" < "040" < "041" < "05").
func (c EventCode) Compare(o EventCode) int { return strings.Compare(c.String(), o.String()) }

// prefix returns the code's first n digits.
func (c EventCode) prefix(n uint8) EventCode {
	if c.n <= n {
		return c
	}
	v := c.v
	for k := c.n; k > n; k-- {
		v /= 10
	}
	return EventCode{v: v, n: n}
}

// Root returns the code's root code, its first two digits ("04" for
// "042"); the zero code's root is zero.
func (c EventCode) Root() EventCode { return c.prefix(2) }

// Base returns the code's base code, its first three digits ("084" for
// "0841"); a root code is its own base.
func (c EventCode) Base() EventCode { return c.prefix(3) }

// IsRoot reports whether c is a root code of two digits.
func (c EventCode) IsRoot() bool { return c.n == 2 }

// Description returns the codebook's description of the code ("Make a
// visit"; root codes are in capitals: "CONSULT"), or "" for the zero code.
func (c EventCode) Description() string { return codes[c.String()].desc }

// Goldstein returns the code's value on the Goldstein scale, from -10 to
// +10, with ok false for the zero code.
func (c EventCode) Goldstein() (v quantity.Decimal, ok bool) {
	i, ok := codes[c.String()]
	return i.goldstein, ok
}

// QuadClass returns the quad class of the code's root code, as GDELT
// assigns it (see the package doc); the zero code has the zero class.
func (c EventCode) QuadClass() QuadClass {
	if c.n == 0 {
		return 0
	}
	return rootQuad[c.Root().v]
}

// Plover returns the PLOVER category of the code (see [Plover]), or
// PloverNone for the codes PLOVER drops and for the zero code.
func (c EventCode) Plover() Plover {
	if c.n == 0 {
		return PloverNone
	}
	r := c.Root().v
	if r == 8 {
		// PLOVER splits CAMEO's YIELD: 081 to 083 (with their codes of
		// four digits) are CONCEDE, 084 to 087 RETREAT. 080, "Yield, not
		// specified below", is in neither half of the table.
		switch b := c.Base().v; {
		case b >= 81 && b <= 83:
			return PloverConcede
		case b >= 84 && b <= 87:
			return PloverRetreat
		}
		return PloverNone
	}
	return rootPlover[r]
}
