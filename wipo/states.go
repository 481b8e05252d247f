package wipo

import (
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/statename"
)

// igo is one of the intergovernmental organisations party to WIPO
// treaties, as the file names it.
type igo struct {
	name, acronym string
}

// igos are the contracting parties that are organisations, by the file's
// name. They are listed, not recognised by their form: a name with an
// acronym in brackets is not an organisation for that alone.
var igos = map[string]igo{
	"European Union (EU)":                                   {"European Union", "EU"},
	"European Patent Organisation (EPO)":                    {"European Patent Organisation", "EPO"},
	"African Intellectual Property Organization (OAPI)":     {"African Intellectual Property Organization", "OAPI"},
	"Benelux Organization for Intellectual Property (BOIP)": {"Benelux Organization for Intellectual Property", "BOIP"},
}

// stateIndex maps the folded names of every ISO 3166-1 country x/text
// knows, in every language it has display names in, to the countries of
// that name: more than one for a name two countries share in some
// languages. It is built once, on first use (about 25,000 names).
var stateIndex = sync.OnceValue(func() map[string][]language.Region {
	ix := map[string][]language.Region{}
	add := func(key string, r language.Region) {
		for _, o := range ix[key] {
			if o == r {
				return
			}
		}
		ix[key] = append(ix[key], r)
	}
	for _, r := range countries() {
		for _, n := range statename.Names(r) {
			add(names.Fold(n.Text), r)
			// CLDR's English names write "and" as "&" ("Antigua &
			// Barbuda"), which Fold reads as a word break.
			if b, _ := n.Lang.Base(); b.String() == "en" && strings.Contains(n.Text, "&") {
				add(names.Fold(strings.ReplaceAll(n.Text, "&", " and ")), r)
			}
		}
	}
	return ix
})

// countries returns the ISO 3166-1 countries x/text knows by an alpha-2
// code: the codes AA to ZZ that parse, are countries and are not
// deprecated (a deprecated code names no state of today, and statename
// gives it no names).
func countries() []language.Region {
	var rs []language.Region
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() || r.Canonicalize() != r {
				continue
			}
			rs = append(rs, r)
		}
	}
	return rs
}

// matchState returns the countries name matches (see the package doc):
// exactly one for a match, none or several otherwise.
func matchState(name string) []language.Region {
	ix := stateIndex()
	if rs := ix[names.Fold(name)]; len(rs) > 0 {
		return rs
	}
	if head, ok := unInverted(name); ok {
		return ix[names.Fold(head)]
	}
	return nil
}

// unInverted returns the short part of a name in the UN's inverted form,
// "Iran (Islamic Republic of)" or "Netherlands (Kingdom of the)": a name,
// then a bracketed part ending in "of" or "of the" that ends the string.
func unInverted(name string) (string, bool) {
	if !strings.HasSuffix(name, ")") {
		return "", false
	}
	open := strings.LastIndexByte(name, '(')
	if open <= 0 {
		return "", false
	}
	inner := name[open+1 : len(name)-1]
	if !strings.HasSuffix(inner, " of") && !strings.HasSuffix(inner, " of the") {
		return "", false
	}
	head := strings.TrimSpace(name[:open])
	return head, head != ""
}

// regionList returns the codes of rs, sorted, for messages.
func regionList(rs []language.Region) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = r.String()
	}
	sort.Strings(s)
	return strings.Join(s, ", ")
}
