package cooperation

import (
	"fmt"

	"golang.org/x/text/language"
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

var nameKindNames = [...]string{
	NameOfficial:        "official",
	NameShort:           "short",
	NameAcronym:         "acronym",
	NameAlias:           "alias",
	NameFormer:          "former",
	NameTransliteration: "transliteration",
	NameTranslation:     "translation",
}

// String returns the kind's lower-case name, as used in JSON.
func (k NameKind) String() string {
	if int(k) < len(nameKindNames) {
		return nameKindNames[k]
	}
	return fmt.Sprintf("NameKind(%d)", uint8(k))
}

// MarshalText implements [encoding.TextMarshaler]. An unknown kind is an error.
func (k NameKind) MarshalText() ([]byte, error) {
	if int(k) >= len(nameKindNames) {
		return nil, fmt.Errorf("cooperation: unknown name kind %d", uint8(k))
	}
	return []byte(nameKindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. An empty text is
// NameOfficial; an unknown name is an error.
func (k *NameKind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = NameOfficial
		return nil
	}
	for i, s := range nameKindNames {
		if s == string(b) {
			*k = NameKind(i)
			return nil
		}
	}
	return fmt.Errorf("cooperation: unknown name kind %q", b)
}

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
}

// Names is the set of names of one entity, in the order they were given.
// A valid Names has at least one entry.
type Names []Name
