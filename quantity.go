package cooperation

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

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

// DecimalError reports text that is not a decimal number.
type DecimalError struct {
	Input  string
	Reason string
}

// Error returns the message, prefixed with the package name.
func (e *DecimalError) Error() string {
	return fmt.Sprintf("cooperation: invalid decimal %q: %s", e.Input, e.Reason)
}

// ParseDecimal parses a decimal such as "210", "-65.9", "20.9e9" or "3.3E9".
// It accepts no spaces, no thousands separators and no more than 18
// significant digits.
func ParseDecimal(s string) (Decimal, error) {
	fail := func(reason string) (Decimal, error) {
		return Decimal{}, &DecimalError{Input: s, Reason: reason}
	}
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
				return fail("more than 18 significant digits")
			}
			for ; zeros > 0; zeros-- {
				coef *= 10
			}
			coef = coef*10 + int64(c-'0')
		case c == '.' && !seenPoint:
			seenPoint = true
		case c == 'e' || c == 'E':
			if digits == 0 {
				return fail("no digits before the exponent")
			}
			e, err := strconv.ParseInt(s[i+1:], 10, 32)
			if err != nil || i+1 == len(s) {
				return fail("malformed exponent")
			}
			exp += e
			i = len(s)
		default:
			return fail(fmt.Sprintf("unexpected %q", c))
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
const (
	Exact    Qualifier = iota // exactly the value (the zero Qualifier)
	About                     // approximately ("approximately 250")
	AtLeast                   // the value or more
	MoreThan                  // strictly more ("more than 200")
	AtMost                    // the value or fewer
	LessThan                  // strictly fewer
)

var qualifiers = enum[Qualifier]{"Qualifier", []string{"exact", "about", "at-least", "more-than", "at-most", "less-than"}}

// String returns the qualifier's name as used in JSON ("more-than").
func (q Qualifier) String() string { return qualifiers.String(q) }

// MarshalText implements [encoding.TextMarshaler].
func (q Qualifier) MarshalText() ([]byte, error) { return qualifiers.Marshal(q) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (q *Qualifier) UnmarshalText(b []byte) error { return qualifiers.Unmarshal(b, q) }

// Unit is the unit of a [Quantity]: an ISO 4217 currency code in upper case
// ("CNY", "USD"), which makes the quantity an amount of money, or a
// lower-case unit word ("percent", "persons", "projects", "participants").
// The zero Unit is a plain count.
type Unit string

// UnitPercent is the unit of percentages; validation keeps targets and
// shares in percent within 0 to 100.
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
	case About:
		b.WriteString("about ")
	case AtLeast:
		b.WriteString("at least ")
	case MoreThan:
		b.WriteString("more than ")
	case AtMost:
		b.WriteString("at most ")
	case LessThan:
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

// Amount is a sum of money with the equivalents the source states beside it
// ("20.9 billion yuan (3.3 billion U.S. dollars)"): Quantity is the amount
// as first stated, and each equivalent is another currency's figure, never
// computed from exchange rates.
type Amount struct {
	Quantity
	Equivalents []Quantity `json:"equivalents,omitempty"`
	Purpose     string     `json:"purpose,omitempty"` // what the money is for
	Sources     []ID       `json:"sources,omitempty"`
}
