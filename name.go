package cooperation

import (
	"fmt"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/coopframe/cooperation/edtf"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// NameKind says what role a name plays among an entity's names.
// The zero NameKind is NameOfficial.
type NameKind uint8

// The kinds of name.
const (
	NameOfficial        NameKind = iota // the full official name
	NameShort                           // a short form in common use ("Laos")
	NameAcronym                         // an acronym or initialism ("IDCPC", "CLMV")
	NameAlias                           // another name used for the same thing
	NameFormer                          // a name no longer in use; see Name.Period
	NameTransliteration                 // the name written in another script
	NameTranslation                     // the name translated into another language
)

var nameKinds = enum[NameKind]{"NameKind", []string{
	"official", "short", "acronym", "alias", "former", "transliteration", "translation",
}}

// String returns the kind's lower-case name, as used in JSON.
func (k NameKind) String() string { return nameKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler]. An unknown kind is an error.
func (k NameKind) MarshalText() ([]byte, error) { return nameKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]. An unknown name is an
// *[EnumError].
func (k *NameKind) UnmarshalText(b []byte) error { return nameKinds.Unmarshal(b, k) }

// Name is one name of an entity in one language and script.
type Name struct {
	// Text is the name as written, in Unicode NFC.
	Text string `json:"text"`
	// Lang is the BCP 47 tag of the name's language, with a script
	// subtag where the language is written in more than one (zh-Hans,
	// zh-Hant). language.Und means the language is not known.
	Lang language.Tag `json:"lang"`
	// Kind says what role the name plays.
	Kind NameKind `json:"kind,omitempty"`
	// Period is when the name was in use, for a former name ("1989/2021"
	// for a name given up in 2021).
	Period edtf.Date `json:"period,omitzero"`
}

// Names is the set of names of one entity, in the order they were given.
// A valid Names has at least one entry.
type Names []Name

// TextIssue is a problem CheckText finds in a name.
type TextIssue struct {
	Rule    Rule
	Offset  int // byte offset of the offending character
	Message string
	// Warning marks issues that make a name suspicious rather than wrong
	// (mixed scripts).
	Warning bool
}

// CheckText checks a name's text for what makes names unsafe or unequal to
// themselves: invalid UTF-8 (rule name.utf8), text not in Unicode NFC
// (name.nfc), C0 and C1 control characters (name.control), bidirectional
// formatting characters, the "Trojan Source" overrides and isolates
// (name.bidi), invisible characters (name.invisible) and letters of more
// than one of the Latin, Cyrillic and Greek scripts, as in a Cyrillic
// "АЅЕАN" posing as "ASEAN" (name.mixed-script, a warning).
//
// ZWJ and ZWNJ are allowed: scripts such as Khmer, Burmese and the Indic
// ones need them. U+200B ZERO WIDTH SPACE is allowed only when lang is
// Khmer, Burmese, Thai or Lao, which separate words with it (CLDR's own
// Khmer names contain it); elsewhere it is invisible noise.
//
// Unicode's confusables data (UTS #39 skeletons) is not in x/text or any
// package this module may depend on, so whole-script confusables such as a
// Cyrillic-only "АОА" are not caught; the mixed-script check covers the
// common attack of swapping a few letters.
func CheckText(s string, lang language.Tag) []TextIssue {
	var out []TextIssue
	if !utf8.ValidString(s) {
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				return append(out, TextIssue{Rule: RuleNameUTF8, Offset: i, Message: "invalid UTF-8"})
			}
			i += n
		}
	}
	base, _ := lang.Base()
	spaceless := false
	switch base.String() {
	case "km", "my", "th", "lo":
		spaceless = true
	}
	var scripts uint8 // bits: 1 Latin, 2 Cyrillic, 4 Greek
	for i, r := range s {
		switch {
		case r < 0x20 || (0x7f <= r && r < 0xa0):
			out = append(out, TextIssue{Rule: RuleNameControl, Offset: i, Message: fmt.Sprintf("control character %U", r)})
		case unicode.Is(unicode.Bidi_Control, r):
			out = append(out, TextIssue{Rule: RuleNameBidi, Offset: i, Message: fmt.Sprintf("bidirectional formatting character %U", r)})
		case r == 0x200B && !spaceless, r == 0x2060, r == 0xFEFF, r == 0x00AD, r == 0x180E, r == 0x2061, r == 0x2062, r == 0x2063, r == 0x2064:
			out = append(out, TextIssue{Rule: RuleNameInvisible, Offset: i, Message: fmt.Sprintf("invisible character %U", r)})
		case unicode.Is(unicode.Latin, r):
			scripts |= 1
		case unicode.Is(unicode.Cyrillic, r):
			scripts |= 2
		case unicode.Is(unicode.Greek, r):
			scripts |= 4
		}
	}
	if scripts&(scripts-1) != 0 {
		out = append(out, TextIssue{Rule: RuleNameMixedScript, Message: "letters from more than one of the Latin, Cyrillic and Greek scripts (a possible look-alike)", Warning: true})
	}
	// ASCII text is always NFC; skipping the check for it keeps validation
	// of mostly-ASCII datasets free of allocations.
	if !isASCII(s) && !norm.NFC.IsNormalString(s) {
		out = append(out, TextIssue{Rule: RuleNameNFC, Message: "not in Unicode NFC; normalise it (norm.NFC.String)"})
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// kindRank orders name kinds for display: lower is preferred.
var displayRank = [...]int{
	NameShort: 0, NameOfficial: 1, NameAcronym: 2, NameAlias: 3,
	NameTranslation: 4, NameTransliteration: 5, NameFormer: 6,
}

var officialRank = [...]int{
	NameOfficial: 0, NameShort: 1, NameAlias: 2, NameAcronym: 3,
	NameTranslation: 4, NameTransliteration: 5, NameFormer: 6,
}

// Best returns the name a reader of the preferred languages should see as
// the entity's full name; see [Reader.Best]. It builds a Reader per call:
// to name many entities, make one Reader and use it.
func (ns Names) Best(preferred ...language.Tag) (Name, language.Confidence) {
	return NewReader(preferred...).Best(ns)
}

// Display is like Best but prefers a short name ("Cambodia" over "Kingdom
// of Cambodia"), for timelines and tables; see [Reader.Display].
func (ns Names) Display(preferred ...language.Tag) (Name, language.Confidence) {
	return NewReader(preferred...).Display(ns)
}

var english, _ = language.English.Base()

// Reader is a reader's languages, most preferred first, with one
// [language.Matcher] over them built once. It picks, among an entity's
// names, the one that reader should see. A Reader is safe for concurrent
// use.
type Reader struct {
	prefs []language.Tag
	m     language.Matcher
	// cache holds the matcher's verdict per name tag: Match takes its
	// tags as a variadic slice, which allocates on every call.
	mu    sync.RWMutex
	cache map[language.Tag]verdict
	// tLang is the language of timeline titles (see titles.go).
	tOnce sync.Once
	tLang int
}

type verdict struct {
	idx  int
	conf language.Confidence
}

// match returns the index into the reader's languages of the best match of
// t, and the confidence.
func (r *Reader) match(t language.Tag) (int, language.Confidence) {
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

// NewReader returns a Reader for the preferred languages. With none, every
// name matches with confidence No, and the fallback applies.
func NewReader(preferred ...language.Tag) *Reader {
	r := &Reader{prefs: slices.Clone(preferred)}
	if len(preferred) > 0 {
		r.m = language.NewMatcher(r.prefs)
	}
	return r
}

// Best returns the name the reader should see as the entity's full name:
// among the names in the language the reader prefers most (the matcher's
// index into the reader's languages, then its confidence, decide), the
// official one, else a short one, an alias, an acronym, a translation, a
// transliteration, a former name. When no name's language matches, the
// confidence is language.No and the fallback applies: the English name, the
// lingua franca of the region's reports, else a name in the language of
// the first name. Best on empty Names returns
// the zero Name and language.No.
func (r *Reader) Best(ns Names) (Name, language.Confidence) { return r.pick(ns, officialRank[:]) }

// Display is like Best but prefers a short name.
func (r *Reader) Display(ns Names) (Name, language.Confidence) { return r.pick(ns, displayRank[:]) }

func (r *Reader) pick(ns Names, rank []int) (Name, language.Confidence) {
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
