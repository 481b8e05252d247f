package names

import (
	"slices"
	"sync"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/internal/enum"
	"golang.org/x/text/language"
)

// Kind says what role a name plays among an entity's names.
// The zero Kind is KindOfficial.
type Kind uint8

// The kinds of name. In JSON each is its name: "official", "short",
// "acronym", "alias", "former", "transliteration", "translation".
const (
	KindOfficial        Kind = iota // the full official name
	KindShort                       // a short form in common use ("Laos")
	KindAcronym                     // an acronym or initialism ("IDCPC", "CLMV")
	KindAlias                       // another name used for the same thing
	KindFormer                      // a name no longer in use; see Name.Period
	KindTransliteration             // the name written in another script
	KindTranslation                 // the name translated into another language
)

var kinds = enum.Names[Kind]{Type: "Kind", Names: []string{
	"official", "short", "acronym", "alias", "former", "transliteration", "translation",
}}

// String returns the kind's lower-case name, as used in JSON.
func (k Kind) String() string { return kinds.String(k) }

// Known reports whether k is one of the kinds above.
func (k Kind) Known() bool { return kinds.Known(k) }

// MarshalText implements [encoding.TextMarshaler]; an unknown kind is a
// *[ParseError].
func (k Kind) MarshalText() ([]byte, error) { return marshalEnum(kinds, k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown name is
// a *[ParseError].
func (k *Kind) UnmarshalText(b []byte) error { return unmarshalEnum(kinds, b, k) }

// Name is one name of an entity in one language and script.
type Name struct {
	// Text is the name as written, in Unicode NFC.
	Text string `json:"text"`
	// Lang is the BCP 47 tag of the name's language, with a script
	// subtag where the language is written in more than one (zh-Hans,
	// zh-Hant). language.Und means the language is not known.
	Lang language.Tag `json:"lang"`
	// Kind says what role the name plays.
	Kind Kind `json:"kind,omitempty"`
	// Period is when the name was in use, for a former name ("1989/2021"
	// for a name given up in 2021).
	Period edtf.Date `json:"period,omitzero"`
	// Sources are the IDs of the sources that state the name (in a
	// dataset, IDs of its Source entities; the root package checks
	// that they resolve).
	Sources []string `json:"sources,omitempty"`
}

// Names is the set of names of one entity, in the order they were given.
// A valid Names has at least one entry.
type Names []Name

// displayRank and officialRank order name kinds for Display and Best:
// lower is preferred.
var displayRank = [...]int{
	KindShort: 0, KindOfficial: 1, KindAcronym: 2, KindAlias: 3,
	KindTranslation: 4, KindTransliteration: 5, KindFormer: 6,
}

var officialRank = [...]int{
	KindOfficial: 0, KindShort: 1, KindAlias: 2, KindAcronym: 3,
	KindTranslation: 4, KindTransliteration: 5, KindFormer: 6,
}

// Best returns the name a reader of the preferred languages should see as
// the entity's full name; see [Chooser.Best]. It builds a Chooser per
// call: to name many entities, make one Chooser and use it.
func (ns Names) Best(preferred ...language.Tag) (Name, language.Confidence) {
	return NewChooser(preferred...).Best(ns)
}

// Display is like Best but prefers a short name ("Cambodia" over "Kingdom
// of Cambodia"), for timelines and tables; see [Chooser.Display].
func (ns Names) Display(preferred ...language.Tag) (Name, language.Confidence) {
	return NewChooser(preferred...).Display(ns)
}

var english, _ = language.English.Base()

// Chooser chooses, among an entity's names, the one a reader should see.
// It holds the reader's languages, most preferred first, with one
// [language.Matcher] over them built once. A Chooser is safe for
// concurrent use.
type Chooser struct {
	prefs []language.Tag
	m     language.Matcher
	// cache holds the matcher's verdict per name tag: Match takes its
	// tags as a variadic slice, which allocates on every call.
	mu    sync.RWMutex
	cache map[language.Tag]verdict
}

type verdict struct {
	idx  int
	conf language.Confidence
}

// match returns the index into the reader's languages of the best match of
// t, and the confidence.
func (r *Chooser) match(t language.Tag) (int, language.Confidence) {
	r.mu.RLock()
	v, ok := r.cache[t]
	r.mu.RUnlock()
	if ok {
		return v.idx, v.conf
	}
	_, idx, conf := r.m.Match(t)
	r.mu.Lock()
	if r.cache == nil {
		r.cache = make(map[language.Tag]verdict)
	}
	r.cache[t] = verdict{idx, conf}
	r.mu.Unlock()
	return idx, conf
}

// NewChooser returns a Chooser for a reader of the preferred languages.
// With none, every name matches with confidence No, and the fallback
// applies.
func NewChooser(preferred ...language.Tag) *Chooser {
	r := &Chooser{prefs: slices.Clone(preferred)}
	if len(preferred) > 0 {
		r.m = language.NewMatcher(r.prefs)
	}
	return r
}

// Languages returns the reader's languages, most preferred first. The
// result is a copy.
func (r *Chooser) Languages() []language.Tag { return slices.Clone(r.prefs) }

// Best returns the name the reader should see as the entity's full name:
// among the names in the language the reader prefers most (the matcher's
// index into the reader's languages, then its confidence, decide), the
// official one, else a short one, an alias, an acronym, a translation, a
// transliteration, a former name. When no name's language matches, the
// confidence is language.No and the fallback applies: the English name, the
// lingua franca of the region's reports, else a name in the language of
// the first name. Best on empty Names returns
// the zero Name and language.No.
func (r *Chooser) Best(ns Names) (Name, language.Confidence) { return r.pick(ns, officialRank[:]) }

// Display is like Best but prefers a short name.
func (r *Chooser) Display(ns Names) (Name, language.Confidence) { return r.pick(ns, displayRank[:]) }

func (r *Chooser) pick(ns Names, rank []int) (Name, language.Confidence) {
	if len(ns) == 0 {
		return Name{}, language.No
	}
	// The language to use: the name tag the matcher ranks best. Match
	// returns an index into the reader's languages; a lower index is a
	// more preferred language, and the tag it returns is not used, since it
	// may carry extensions neither side has.
	lang, conf, pref := ns[0].Lang, language.No, len(r.prefs)
	if r.m != nil {
		for i, n := range ns {
			if i > 0 && ns[i-1].Lang == n.Lang {
				continue // names of one language usually come together
			}
			idx, c := r.match(n.Lang)
			if c == language.No {
				continue
			}
			if idx < pref || (idx == pref && c > conf) {
				lang, conf, pref = n.Lang, c, idx
			}
		}
	}
	if conf == language.No {
		// The fallback: an English name, the lingua franca of the
		// region's reports, else the language of the first name.
		for _, n := range ns {
			if b, _ := n.Lang.Base(); b == english {
				lang = n.Lang
				break
			}
		}
	}
	best := -1
	for i, n := range ns {
		if n.Lang != lang || int(n.Kind) >= len(rank) {
			continue
		}
		if best < 0 || rank[n.Kind] < rank[ns[best].Kind] {
			best = i
		}
	}
	if best < 0 {
		return ns[0], conf
	}
	return ns[best], conf
}
