// Package statename names states in every language CLDR has, from the
// tables of golang.org/x/text/language/display, without storing any name.
//
// It is a package of its own so that programs that do not need state names
// in many languages do not carry those tables (about 2.4 MB of a binary):
// the root package cooperation does not import it, and it imports only
// package names of this module. Subdivision names
// (Yunnan, Mandalay Region) are in package subdivision.
package statename

import (
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/coopframe/cooperation/names"
)

// Name returns the name of the state with ISO 3166-1 code r in language
// in ("Myanmar (Burma)" in English, "မြန်မာ" in Burmese, "缅甸" in Chinese).
// It reports false when x/text has no names in that language (rather than
// falling back to another language's name), when it has no name for r, and
// for deprecated codes (BU, DD, YD), which x/text would name by their
// successors: the German Democratic Republic is not "Germany".
func Name(r language.Region, in language.Tag) (string, bool) {
	if r.Canonicalize() != r {
		return "", false
	}
	// display.Regions falls back to another language's names for a
	// language it lacks; a Matcher over the supported languages tells.
	// (x/text matches Klingon to English with High confidence), so the
	// match must be exact or keep the language.
	got, _, conf := supported().Match(in)
	gb, _ := got.Base()
	ib, _ := in.Base()
	if conf == language.No || (conf != language.Exact && gb != ib) {
		return "", false
	}
	namer := display.Regions(in)
	if namer == nil {
		return "", false
	}
	n := namer.Name(r)
	if n == "" {
		return "", false
	}
	return n, true
}

var supported = sync.OnceValue(func() language.Matcher { return language.NewMatcher(display.Supported.Tags()) })

// Languages returns the languages x/text has display names in.
func Languages() []language.Tag { return display.Supported.Tags() }

// Names returns the state's name in every language of Languages that has
// one, as [names.Names] of kind short (CLDR's names are the short, common
// ones: "Cambodia", not "Kingdom of Cambodia"). For a state actor a of the
// root package, statename.Names(a.Country.Region()).
func Names(r language.Region) names.Names {
	var ns names.Names
	seen := map[string]bool{}
	for _, t := range Languages() {
		n, ok := Name(r, t)
		if !ok || seen[t.String()] {
			continue
		}
		seen[t.String()] = true
		ns = append(ns, names.Name{Text: n, Lang: t, Kind: names.KindShort})
	}
	return ns
}
