// Package quantity holds the exact numbers of the cooperation model:
// [Decimal], an exact decimal (never a float64), and [Quantity], a stated
// figure with its unit and how the statement qualifies it ("more than 200
// persons", "20.9e9 CNY").
//
// It is a package of its own because nothing in it is about cooperation:
// an importer, a news-article extractor or any other Go program can parse,
// compare and print stated figures without the model. The root package
// github.com/coopframe/cooperation uses it for amounts, targets, counts
// and attendance; start there for the model.
package quantity

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

	"github.com/coopframe/cooperation/internal/enum"
	"golang.org/x/text/currency"
)

// Decimal is an exact decimal number: a coefficient of up to 18 significant
// digits times a power of ten. Money and counts use it so that "20.9 billion"
// is exactly 20900000000 and never a float64 approximation.
//
// The zero Decimal is 0. Decimals are comparable with == (values are kept
// normalised: no trailing zeros in the coefficient).
type Decimal struct {
	coef int64
	exp  int32
}

// maxExp bounds the exponent so that String stays a reasonable length.
const maxExp = 40

// ParseError reports text that is not a valid [Decimal] or [Qualifier].
type ParseError struct {
	Type  string // what was parsed: "decimal" or "Qualifier"
	Input string // the text given
	// Offset is the byte offset in Input of the first character that is
	// wrong, or -1 when the text as a whole is (no digits, an unknown name).
	Offset int
	Reason string
}

// Error returns the message, prefixed with the package name.
func (e *ParseError) Error() string {
	if e.Offset < 0 {
		return fmt.Sprintf("quantity: invalid %s %q: %s", e.Type, e.Input, e.Reason)
	}
	return fmt.Sprintf("quantity: invalid %s %q: %s (at byte %d)", e.Type, e.Input, e.Reason, e.Offset)
}

// ParseDecimal parses a decimal such as "210", "-65.9", "20.9e9" or "3.3E9".
// It accepts no spaces, no thousands separators and no more than 18
// significant digits.
func ParseDecimal(s string) (Decimal, error) {
	failAt := func(at int, reason string) (Decimal, error) {
		return Decimal{}, &ParseError{Type: "decimal", Input: s, Offset: at, Reason: reason}
	}
	fail := func(reason string) (Decimal, error) { return failAt(-1, reason) }
	i := 0
	neg := false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	var coef int64
	var exp int64
	digits, sig := 0, 0
	// Zeros after the last non-zero digit are held back: they become
	// significant only if another non-zero digit follows, so "1e40" written
	// out in full (41 digits) parses to the same value.
	zeros := 0
	seenPoint := false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			digits++
			if seenPoint {
				exp--
			}
			if c == '0' {
				if coef != 0 {
					zeros++
				}
				continue
			}
			sig += zeros + 1
			if sig > 18 {
				return failAt(i, "more than 18 significant digits")
			}
			for ; zeros > 0; zeros-- {
				coef *= 10
			}
			coef = coef*10 + int64(c-'0')
		case c == '.' && !seenPoint:
			seenPoint = true
		case c == 'e' || c == 'E':
			if digits == 0 {
				return failAt(i, "no digits before the exponent")
			}
			e, err := strconv.ParseInt(s[i+1:], 10, 32)
			if err != nil || i+1 == len(s) {
				return failAt(i, "malformed exponent")
			}
			exp += e
			i = len(s)
		default:
			return failAt(i, fmt.Sprintf("unexpected %q", c))
		}
	}
	if digits == 0 {
		return fail("no digits")
	}
	// Held-back zeros scale the coefficient; the exponent already counts
	// every digit after the point, significant or not.
	exp += int64(zeros)
	if neg {
		coef = -coef
	}
	d := Decimal{coef: coef}
	if coef == 0 {
		return d, nil
	}
	for coef%10 == 0 {
		coef /= 10
		exp++
	}
	if exp > maxExp || exp < -maxExp {
		return fail("exponent out of range")
	}
	return Decimal{coef: coef, exp: int32(exp)}, nil
}

// MustParseDecimal is like ParseDecimal but panics on an error; for literals
// and tests only.
func MustParseDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DecimalFromInt returns the Decimal for an integer.
func DecimalFromInt(v int64) Decimal {
	if v == 0 {
		return Decimal{}
	}
	var exp int32
	for v%10 == 0 {
		v /= 10
		exp++
	}
	return Decimal{coef: v, exp: exp}
}

// IsZero reports whether d is 0.
func (d Decimal) IsZero() bool { return d.coef == 0 }

// Sign returns -1, 0 or +1.
func (d Decimal) Sign() int {
	switch {
	case d.coef < 0:
		return -1
	case d.coef > 0:
		return 1
	}
	return 0
}

// Compare returns -1, 0 or +1 as d is less than, equal to or greater than o.
func (d Decimal) Compare(o Decimal) int {
	if s1, s2 := d.Sign(), o.Sign(); s1 != s2 || s1 == 0 {
		return cmp.Compare(int64(s1), int64(s2))
	}
	// Same sign, both non-zero: compare magnitudes via digit strings.
	a, b := d.digits(), o.digits()
	ma, mb := len(a)+int(d.exp), len(b)+int(o.exp) // position of the decimal point
	c := cmp.Compare(int64(ma), int64(mb))
	if c == 0 {
		// Same order of magnitude: compare digit by digit.
		for i := 0; i < max(len(a), len(b)); i++ {
			x, y := byte('0'), byte('0')
			if i < len(a) {
				x = a[i]
			}
			if i < len(b) {
				y = b[i]
			}
			if x != y {
				c = cmp.Compare(int64(x), int64(y))
				break
			}
		}
	}
	if d.coef < 0 {
		return -c
	}
	return c
}

func (d Decimal) digits() string {
	c := d.coef
	if c < 0 {
		c = -c
	}
	return strconv.FormatInt(c, 10)
}

// String returns d in plain decimal notation, without an exponent
// ("20900000000", "65.9", "-0.05").
func (d Decimal) String() string {
	b, _ := d.AppendText(nil)
	return string(b)
}

// AppendText implements [encoding.TextAppender].
func (d Decimal) AppendText(b []byte) ([]byte, error) {
	if d.coef < 0 {
		b = append(b, '-')
	}
	digs := d.digits()
	switch {
	case d.exp >= 0:
		b = append(b, digs...)
		for range d.exp {
			b = append(b, '0')
		}
	case int(-d.exp) < len(digs):
		p := len(digs) + int(d.exp)
		b = append(b, digs[:p]...)
		b = append(b, '.')
		b = append(b, digs[p:]...)
	default:
		b = append(b, "0."...)
		for range int(-d.exp) - len(digs) {
			b = append(b, '0')
		}
		b = append(b, digs...)
	}
	return b, nil
}

// MarshalText implements [encoding.TextMarshaler]; in JSON a Decimal is a
// string, so no reader turns it into a float.
func (d Decimal) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *Decimal) UnmarshalText(b []byte) error {
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Qualifier says how a stated figure relates to the true one.
type Qualifier uint8

// The qualifiers.
//
// In JSON each is its name: "exact", "about", "at-least", "more-than",
// "at-most", "less-than".
const (
	QualifierExact    Qualifier = iota // exactly the value (the zero Qualifier)
	QualifierAbout                     // approximately ("approximately 250")
	QualifierAtLeast                   // the value or more
	QualifierMoreThan                  // strictly more ("more than 200")
	QualifierAtMost                    // the value or fewer
	QualifierLessThan                  // strictly fewer
)

var qualifiers = enum.Names[Qualifier]{Type: "Qualifier", Names: []string{"exact", "about", "at-least", "more-than", "at-most", "less-than"}}

// String returns the qualifier's name as used in JSON ("more-than").
func (q Qualifier) String() string { return qualifiers.String(q) }

// Known reports whether q is one of the qualifiers above.
func (q Qualifier) Known() bool { return qualifiers.Known(q) }

// MarshalText implements [encoding.TextMarshaler]; an unknown value is a
// *[ParseError].
func (q Qualifier) MarshalText() ([]byte, error) {
	if b, ok := qualifiers.Marshal(q); ok {
		return b, nil
	}
	return nil, &ParseError{Type: "Qualifier", Input: strconv.Itoa(int(q)), Offset: -1, Reason: "unknown value"}
}

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown name is
// a *[ParseError].
func (q *Qualifier) UnmarshalText(b []byte) error {
	v, ok := qualifiers.Parse(b)
	if !ok {
		return &ParseError{Type: "Qualifier", Input: string(b), Offset: -1, Reason: "want one of " + qualifiers.List()}
	}
	*q = v
	return nil
}

// Unit is the unit of a [Quantity]: an ISO 4217 currency code in upper case
// ("CNY", "USD"), which makes the quantity an amount of money, or a
// lower-case unit word ("percent", "persons", "projects", "participants").
// The zero Unit is a plain count.
type Unit string

// UnitPercent is the unit of percentages. The root package's validation
// keeps shares, and targets in percent, within 0 to 100.
const UnitPercent Unit = "percent"

// Currency returns the ISO 4217 currency of u and reports whether u is a
// currency code x/text knows.
func (u Unit) Currency() (currency.Unit, bool) {
	if len(u) != 3 || strings.ToUpper(string(u)) != string(u) {
		return currency.Unit{}, false
	}
	c, err := currency.ParseISO(string(u))
	return c, err == nil
}

// IsCurrency reports whether u looks like a currency code (three upper-case
// letters), known or not; validation reports unknown ones.
func (u Unit) IsCurrency() bool {
	if len(u) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if u[i] < 'A' || u[i] > 'Z' {
			return false
		}
	}
	return true
}

// Quantity is a stated figure: an exact value, its unit and how the
// statement qualifies it ("more than 200 persons", "20.9e9 CNY").
// The zero Quantity means "no figure".
type Quantity struct {
	Value     Decimal   `json:"value"`
	Unit      Unit      `json:"unit,omitempty"`
	Qualifier Qualifier `json:"qualifier,omitempty"`
}

// IsZero reports whether q is the zero Quantity.
func (q Quantity) IsZero() bool { return q == Quantity{} }

// String formats q as "more than 200 persons" or "20900000000 CNY".
func (q Quantity) String() string {
	var b strings.Builder
	switch q.Qualifier {
	case QualifierAbout:
		b.WriteString("about ")
	case QualifierAtLeast:
		b.WriteString("at least ")
	case QualifierMoreThan:
		b.WriteString("more than ")
	case QualifierAtMost:
		b.WriteString("at most ")
	case QualifierLessThan:
		b.WriteString("less than ")
	}
	b.WriteString(q.Value.String())
	if q.Unit == UnitPercent {
		b.WriteString("%")
	} else if q.Unit != "" {
		b.WriteString(" " + string(q.Unit))
	}
	return b.String()
}
