package cameo

import (
	"golang.org/x/text/language"
)

// ActorCode is a CAMEO actor code: three-character elements, the country
// or region first when there is one ("CHNGOV": China, government;
// "MMRBUS": Myanmar, business; "GOV": a government of no stated country;
// "IGOUNO": the United Nations). The zero ActorCode is no code; it
// marshals to "" and back. ActorCodes are comparable with ==.
type ActorCode struct {
	s string
}

// ParseActorCode parses an actor code: ASCII letters and digits, three
// per element. Elements are upper case but for ethnic groups, which the
// CAMEO Ethnic Coding Scheme codes in lower case ("kur", "idg"; CAMEO
// codebook 1.1b3, chapter 5). It checks the form only; CAMEO's
// dictionaries of roles, groups, ethnicities and religions are not in this
// package. The error is a *[ParseError] of Type "ActorCode".
func ParseActorCode(s string) (ActorCode, error) {
	if s == "" || len(s)%3 != 0 {
		return ActorCode{}, &ParseError{Type: "ActorCode", Input: s, Reason: "want elements of three characters"}
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return ActorCode{}, &ParseError{Type: "ActorCode", Input: s, Reason: "want ASCII letters and digits"}
		}
	}
	return ActorCode{s}, nil
}

// MustParseActorCode is ParseActorCode for literals and tests: it panics
// on an error.
func MustParseActorCode(s string) ActorCode {
	c, err := ParseActorCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero ActorCode.
func (c ActorCode) IsZero() bool { return c.s == "" }

// String returns the code ("CHNGOV").
func (c ActorCode) String() string { return c.s }

// MarshalText implements [encoding.TextMarshaler].
func (c ActorCode) MarshalText() ([]byte, error) { return []byte(c.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]; "" is the zero code.
func (c *ActorCode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = ActorCode{}
		return nil
	}
	v, err := ParseActorCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Compare orders codes as text.
func (c ActorCode) Compare(o ActorCode) int {
	switch {
	case c.s < o.s:
		return -1
	case c.s > o.s:
		return 1
	}
	return 0
}

// Elements returns the code's three-character elements in order
// (["CHN", "GOV"]).
func (c ActorCode) Elements() []string {
	out := make([]string, 0, len(c.s)/3)
	for i := 0; i+3 <= len(c.s); i += 3 {
		out = append(out, c.s[i:i+3])
	}
	return out
}

// Country returns the code's first element when it is a country or region
// code ("CHN" for "CHNGOV", "EUR" for "EURGOV"), or "" ("GOV").
func (c ActorCode) Country() string {
	if len(c.s) >= 3 && IsCountryCode(c.s[:3]) {
		return c.s[:3]
	}
	return ""
}

// Roles returns the elements after the country ("GOV" for "CHNGOV"; "GOV"
// for "GOV"; "IGO" and "UNO" for "IGOUNO").
func (c ActorCode) Roles() []string {
	e := c.Elements()
	if c.Country() != "" {
		e = e[1:]
	}
	return e
}

// Role returns the first of Roles, or "" for a bare country ("CHN").
func (c ActorCode) Role() string {
	if r := c.Roles(); len(r) > 0 {
		return r[0]
	}
	return ""
}

// regions are the CAMEO codes of regions that GDELT writes in its
// Actor*CountryCode columns beside the ISO 3166-1 alpha-3 codes: the nine
// found in the GDELT 2.0 sample this package was built on
// (../shared/data/gdelt-events-sample, whose SOURCE.md names EUR, AFR, SEA
// and WST among them). Their names are not given: GDELT's lookup file
// (CAMEO.country.txt) that states them was not at hand, and a name
// written from memory is not a fact. A code neither listed nor ISO is no
// country.
var regions = map[string]bool{
	"AFR": true, "CRB": true, "EUR": true, "NMR": true, "PGS": true,
	"SAF": true, "SAS": true, "SEA": true, "WST": true,
}

// IsCountryCode reports whether s is a CAMEO country code: an ISO 3166-1
// alpha-3 code of a country x/text knows ("CHN"), or one of the regional
// codes of [IsRegion].
func IsCountryCode(s string) bool {
	if regions[s] {
		return true
	}
	return ISORegion(s) != (language.Region{})
}

// IsRegion reports whether s is one of the CAMEO regional codes GDELT
// writes as an actor's country ("PGS", "SEA").
func IsRegion(s string) bool { return regions[s] }

// ISORegion returns the ISO 3166-1 country of an alpha-3 code ("CN" for
// "CHN"), or the zero Region when s is not the alpha-3 code of a country
// (a regional code, a grouping x/text knows such as "EU", or anything else).
func ISORegion(s string) language.Region {
	if len(s) != 3 {
		return language.Region{}
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return language.Region{}
		}
	}
	r, err := language.ParseRegion(s)
	if err != nil || !r.IsCountry() || r.ISO3() != s {
		return language.Region{}
	}
	return r
}
