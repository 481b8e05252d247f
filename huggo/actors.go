package huggo

import (
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/statename"
	"github.com/coopframe/cooperation/subdivision"
	"golang.org/x/text/language"
)

// known is what this package knows of a stateID that is no ISO 3166-1
// alpha-3 code x/text knows, or that x/text names only by its successor.
type known struct {
	kind        cooperation.ActorKind
	key         string // the actor's ID after "huggo-": codes with the same key share one actor
	name        string // English
	acronym     string
	country     string // ISO 3166-1 alpha-2, for a state
	subdivision string // ISO 3166-2, for a subdivision
	iso31663    string // ISO 3166-3 code, for a former state x/text does not know
	unmapped    bool   // no ISO 3166-1 code: reported with rule region.unknown
}

// codes maps the stateIDs of HUGGO that are no ISO 3166-1 alpha-3 code
// x/text knows, or that x/text names only by their successor, to actors.
// Each is cited to where HUGGO gives its meaning: the state list
// HUGGO_states_clean.csv of manystates (huggo-states/SOURCE.md), the
// trade file's StateName column, SOURCE.md's format notes, or the code
// itself when it spells out the organisation's name. HUGGO's codebook
// gives no list of these codes.
var codes = map[string]known{
	// HUGGO_states_clean.csv: "ALG,Algeria"; SOURCE.md: "Algeria is coded
	// ALG, not ISO DZA".
	"ALG": {kind: cooperation.ActorState, key: "state-alg", name: "Algeria", country: "DZ"},
	// HUGGO_states_clean.csv: "KOS,Kosovo"; XK is the code CLDR and x/text
	// use for Kosovo.
	"KOS": {kind: cooperation.ActorState, key: "state-kos", name: "Kosovo", country: "XK"},
	// ISO 3166-3: CSK (CSHH) Czechoslovakia, DDR (DDDE) the German
	// Democratic Republic (HUGGO_states_clean.csv), YMD (YDYE) Democratic
	// Yemen, YUG Yugoslavia (HUGGO_states_clean.csv), SCG (CSXX) Serbia
	// and Montenegro. x/text knows DD, YD, YU and CS, but names DD and YD
	// by their successors and YU and CS not at all.
	"CSK": {kind: cooperation.ActorState, key: "state-csk", name: "Czechoslovakia", iso31663: "CSHH", unmapped: true},
	"DDR": {kind: cooperation.ActorState, key: "state-ddr", name: "German Democratic Republic", country: "DD"},
	"YMD": {kind: cooperation.ActorState, key: "state-ymd", name: "Democratic Yemen", country: "YD"},
	"YUG": {kind: cooperation.ActorState, key: "state-yug", name: "Yugoslavia", country: "YU"},
	"SCG": {kind: cooperation.ActorState, key: "state-scg", name: "Serbia and Montenegro", country: "CS"},
	// HUGGO_states_clean.csv: "EUE,European Union"; SOURCE.md lists EUU
	// with EUE and EC as the EU's codes.
	"EUE": {kind: cooperation.ActorIGO, key: "igo-eu", name: "European Union", acronym: "EU"},
	"EUU": {kind: cooperation.ActorIGO, key: "igo-eu", name: "European Union", acronym: "EU"},
	// The trade file's StateName: "European Community" (not Ecuador, whose
	// alpha-2 code EC is; HUGGO uses alpha-3 codes).
	"EC": {kind: cooperation.ActorIGO, key: "igo-ec", name: "European Community", acronym: "EC"},
	// The trade file's StateName: "European Free Trade Association".
	"EFTA": {kind: cooperation.ActorIGO, key: "igo-efta", name: "European Free Trade Association", acronym: "EFTA"},
	// The env file's IGOs, written out as their names.
	"EURATOM European Atomic Energy Community": {kind: cooperation.ActorIGO, key: "igo-euratom", name: "European Atomic Energy Community", acronym: "Euratom"},
	"IO-EAEC":                             {kind: cooperation.ActorIGO, key: "igo-euratom", name: "European Atomic Energy Community", acronym: "Euratom"},
	"IO-European Atomic Energy Community": {kind: cooperation.ActorIGO, key: "igo-euratom", name: "European Atomic Energy Community", acronym: "Euratom"},
	"FAO Food and Agriculture Organization of the UN": {kind: cooperation.ActorIGO, key: "igo-fao", name: "Food and Agriculture Organization of the United Nations", acronym: "FAO"},
	"IO-Un Food and Agriculture Organization":         {kind: cooperation.ActorIGO, key: "igo-fao", name: "Food and Agriculture Organization of the United Nations", acronym: "FAO"},
	"IAEA International Atomic Energy Agency":         {kind: cooperation.ActorIGO, key: "igo-iaea", name: "International Atomic Energy Agency", acronym: "IAEA"},
	"IO-IAEA":                               {kind: cooperation.ActorIGO, key: "igo-iaea", name: "International Atomic Energy Agency", acronym: "IAEA"},
	"WHO World Health Organization":         {kind: cooperation.ActorIGO, key: "igo-who", name: "World Health Organization", acronym: "WHO"},
	"IO-World Health Organization":          {kind: cooperation.ActorIGO, key: "igo-who", name: "World Health Organization", acronym: "WHO"},
	"WMO World Metereological Organization": {kind: cooperation.ActorIGO, key: "igo-wmo", name: "World Meteorological Organization", acronym: "WMO"},
	"IO-World Meteorological Organization":  {kind: cooperation.ActorIGO, key: "igo-wmo", name: "World Meteorological Organization", acronym: "WMO"},
	// SOURCE.md: "subnational parties (Baden-Württemberg, Bayern)", the
	// German Länder (ISO 3166-2 DE-BW and DE-BY).
	"Baden-Württemberg": {kind: cooperation.ActorSubdivision, key: "subdivision-de-bw", name: "Baden-Württemberg", subdivision: "DE-BW"},
	"Bayern":            {kind: cooperation.ActorSubdivision, key: "subdivision-de-by", name: "Bayern", subdivision: "DE-BY"},
}

// actor returns the ID of the actor for the row's stateID, creating it the
// first time, and checks the row's StateName against its names.
func (im *Importer) actor(r *row, aid cooperation.ID) cooperation.ID {
	code := r.get("stateID")
	i, ok := im.actors[code]
	if !ok {
		i = im.newActor(r, code, aid)
	} else {
		r.carry("stateID")
	}
	im.stateName(r, i, aid)
	return im.ds.Actors[i].ID
}

func (im *Importer) newActor(r *row, code string, aid cooperation.ID) int {
	if im.actors == nil {
		im.actors = map[string]int{}
	}
	a := cooperation.Actor{Kind: cooperation.ActorState, Sources: []cooperation.ID{sourceID}}
	k, isKnown := codes[code]
	if isKnown {
		// Codes with the same key share the actor made for the first.
		for c, j := range im.actors {
			if o, ok := codes[c]; ok && o.key == k.key {
				im.ds.Actors[j].Identifiers = append(im.ds.Actors[j].Identifiers, cooperation.Identifier{Scheme: "huggo-state", Value: code})
				im.actors[code] = j
				im.carryCode(r, k, code, aid)
				return j
			}
		}
		a.ID = im.slug(k.key, "huggo")
		a.Kind = k.kind
		a.Names = names.Names{{Text: k.name, Lang: language.English}}
		if k.acronym != "" {
			a.Names = append(a.Names, names.Name{Text: k.acronym, Lang: language.English, Kind: names.KindAcronym})
		}
		if k.country != "" {
			a.Country = cooperation.MustParseCountry(k.country)
		}
		if k.subdivision != "" {
			a.Subdivision = subdivision.MustParse(k.subdivision)
		}
		if k.iso31663 != "" {
			a.Identifiers = append(a.Identifiers, cooperation.Identifier{Scheme: "iso3166-3", Value: k.iso31663})
		}
	} else {
		a.ID = im.slug(code, "huggo-state")
		if reg, ok := region(code); ok {
			a.Country = cooperation.MustParseCountry(reg.String())
			if n, ok := statename.Name(reg, language.English); ok {
				a.Names = names.Names{{Text: n, Lang: language.English}}
			}
		}
	}
	a.Identifiers = append(a.Identifiers, cooperation.Identifier{Scheme: "huggo-state", Value: code})
	if isKnown {
		im.carryCode(r, k, code, aid)
	} else if a.Country.IsZero() {
		im.reportCell(r, "stateID", cooperation.RuleRegionUnknown, cooperation.SeverityError, aid,
			"stateID %q is neither an ISO 3166-1 alpha-3 code x/text knows nor one of the codes this package maps; the actor %s is a state without a country code", code, a.ID)
	} else {
		r.carry("stateID")
	}
	if len(a.Names) == 0 {
		// The file's StateName, when it matches, is added by stateName;
		// the code stands in until then.
		a.Names = names.Names{{Text: code, Lang: language.Und, Kind: names.KindAcronym}}
	}
	im.actors[code] = len(im.ds.Actors)
	im.ds.Actors = append(im.ds.Actors, a)
	return len(im.ds.Actors) - 1
}

// carryCode carries or reports the stateID cell of a code of the table.
func (im *Importer) carryCode(r *row, k known, code string, aid cooperation.ID) {
	if !k.unmapped {
		r.carry("stateID")
		return
	}
	im.reportCell(r, "stateID", cooperation.RuleRegionUnknown, cooperation.SeverityError, aid,
		"stateID %q (%s) has no ISO 3166-1 code x/text knows; the actor is a state without a country code", code, k.name)
}

// stateName checks the trade file's StateName against the names the
// actor's code gives: x/text's CLDR names of its country in every
// language, or the name of the table above. A name that is none of them
// (a row of TUN named "Greece") is reported with rule region.unknown and
// not made a name; one that is becomes an alias the first time.
func (im *Importer) stateName(r *row, i int, aid cooperation.ID) {
	n := r.get("StateName")
	if n == "" {
		return
	}
	a := &im.ds.Actors[i]
	if hasName(a.Names, n) {
		r.carry("StateName")
		return
	}
	want := im.known[i]
	if want == nil {
		want = map[string]bool{}
		for _, x := range a.Names {
			if x.Kind != names.KindAcronym || x.Lang != language.Und {
				want[names.Fold(x.Text)] = true
			}
		}
		if !a.Country.IsZero() {
			for _, x := range statename.Names(a.Country.Region()) {
				want[names.Fold(x.Text)] = true
				want[names.Fold(strings.ReplaceAll(x.Text, "&", "and"))] = true
			}
		}
		if im.known == nil {
			im.known = map[int]map[string]bool{}
		}
		im.known[i] = want
	}
	code := r.get("stateID")
	if !nameOf(want, n) {
		if len(want) > 0 {
			im.reportCell(r, "StateName", cooperation.RuleNameMismatch, cooperation.SeverityWarning, aid,
				"StateName %q is not a name of stateID %q (%s) in x/text's CLDR names; not kept as a name", n, code, a.Names[0].Text)
			return
		}
		// A code without names (one reported as unknown): its only name
		// is the code, which the file's name replaces.
		a.Names = names.Names{{Text: n, Lang: language.English}}
		want[names.Fold(n)] = true
		r.carry("StateName")
		return
	}
	a.Names = append(a.Names, names.Name{Text: n, Lang: language.English, Kind: names.KindAlias})
	want[names.Fold(n)] = true
	r.carry("StateName")
}

// nameOf reports whether n is one of the folded names in want, or
// contains one as whole words ("United States of America", "Germany
// (Prussia)"), or is contained in one ("Korea" in "South Korea"). Other
// official forms ("Russian Federation", "Slovak Republic") are not
// matched: x/text has only CLDR's short names.
func nameOf(want map[string]bool, n string) bool {
	for _, f := range []string{names.Fold(n), names.Fold(strings.ReplaceAll(n, "&", "and"))} {
		if want[f] {
			return true
		}
		padded := " " + strings.Map(wordRune, f) + " "
		for w := range want {
			pw := " " + strings.Map(wordRune, w) + " "
			if len(pw) > 3 && (strings.Contains(padded, pw) || strings.Contains(pw, padded)) {
				return true
			}
		}
	}
	return false
}

// wordRune maps punctuation to spaces, for matching whole words.
func wordRune(r rune) rune {
	if r == '(' || r == ')' || r == ',' || r == '.' || r == '-' {
		return ' '
	}
	return r
}

func hasName(ns names.Names, s string) bool {
	for _, n := range ns {
		if n.Text == s {
			return true
		}
	}
	return false
}

// region converts an upper-case ISO 3166-1 alpha-3 code with x/text.
// HUGGO codes states with alpha-3 codes, so a two-letter stateID is not
// read as alpha-2 (HUGGO's EC is the European Community, not Ecuador);
// language.ParseRegion also accepts lower case and UN M.49 numbers, which
// are refused too.
func region(code string) (language.Region, bool) {
	if len(code) != 3 {
		return language.Region{}, false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < 'A' || code[i] > 'Z' {
			return language.Region{}, false
		}
	}
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() {
		return language.Region{}, false
	}
	return r, true
}
