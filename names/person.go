package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coopframe/cooperation/internal/enum"
	"golang.org/x/text/language"
)

// Order says how a culture writes a person's name.
type Order uint8

// The name orders. In text each is its name: "given-first",
// "family-first", "whole".
const (
	OrderGivenFirst  Order = iota // given names, then the family name (English, Thai, Lao, Indonesian)
	OrderFamilyFirst              // the family name, then given names (Chinese, Vietnamese, Khmer, Korean, Japanese, Hungarian)
	OrderWhole                    // no family name: the name is one whole (Burmese: Zaw Myint Maung)
)

var orders = enum.Names[Order]{Type: "Order", Names: []string{"given-first", "family-first", "whole"}}

// String returns "given-first", "family-first" or "whole".
func (o Order) String() string { return orders.String(o) }

// MarshalText implements [encoding.TextMarshaler]; an unknown value is a
// *[ParseError].
func (o Order) MarshalText() ([]byte, error) { return marshalEnum(orders, o) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown name is
// a *[ParseError].
func (o *Order) UnmarshalText(b []byte) error { return unmarshalEnum(orders, b, o) }

// OrderOf returns how the culture of language tag writes person names. It
// goes by the language alone: a Chinese name written in Latin letters is
// still Chinese ("Wang Wenbin" with tag zh-Latn).
func OrderOf(tag language.Tag) Order {
	b, _ := tag.Base()
	switch b.String() {
	case "zh", "yue", "vi", "km", "ko", "ja", "hu", "mn":
		return OrderFamilyFirst
	case "my":
		return OrderWhole
	}
	return OrderGivenFirst
}

// PersonName is a person's name taken apart: the honorifics and titles
// in front of it, the family name and the given names, and the order the
// name's culture writes them in.
type PersonName struct {
	Honorifics []string     // as written: "Dr", "Daw", "H.E."
	Family     string       // the family name, or "" for a Whole name
	Given      string       // the given names; for a Whole name, the whole name
	Order      Order        // how the name's culture writes it
	Culture    language.Tag // the language whose customs the name follows
}

// ParsePersonName takes apart a display string such as "Dr Zaw Myint
// Maung", "Daw Aung San Suu Kyi", "Dato' Lim Jock Hoi", "Nguyễn Mạnh Hùng",
// "王文斌" or "ជា វ៉ាន់ដេត", for a name of the culture of lang. Leading
// honorifics and titles (the list the name index uses, and their Burmese
// and Khmer forms ဦး, ဒေါ်, ឯកឧត្តម, លោក) are set apart; a name written in
// Han characters without spaces has a one-character family name, or two
// for the compound surnames (欧阳, 司马, ...).
func ParsePersonName(s string, lang language.Tag) PersonName {
	p := PersonName{Order: OrderOf(lang), Culture: lang}
	words := strings.Fields(s)
	for len(words) > 1 && isHonorific(words[0]) {
		p.Honorifics = append(p.Honorifics, words[0])
		words = words[1:]
	}
	// Two-word honorifics ("Tan Sri", "His Excellency").
	for len(words) > 2 && isHonorific(words[0]+" "+words[1]) {
		p.Honorifics = append(p.Honorifics, words[0]+" "+words[1])
		words = words[2:]
	}
	switch {
	case len(words) == 0:
		return p
	case p.Order == OrderWhole:
		p.Given = strings.Join(words, " ")
	case len(words) == 1 && isHan(words[0]):
		fam := 1
		if r := []rune(words[0]); len(r) > 2 && compoundSurname[string(r[:2])] {
			fam = 2
		}
		r := []rune(words[0])
		if len(r) == 1 {
			p.Given = words[0]
			break
		}
		p.Family, p.Given = string(r[:fam]), string(r[fam:])
	case len(words) == 1:
		p.Given = words[0]
	case p.Order == OrderFamilyFirst:
		p.Family, p.Given = words[0], strings.Join(words[1:], " ")
	default:
		p.Family, p.Given = words[len(words)-1], strings.Join(words[:len(words)-1], " ")
	}
	return p
}

var compoundSurname = map[string]bool{
	"欧阳": true, "司马": true, "诸葛": true, "上官": true, "司徒": true, "东方": true, "皇甫": true,
	"尉迟": true, "公孙": true, "慕容": true, "长孙": true, "宇文": true, "夏侯": true, "令狐": true,
}

// nativeHonorifics are honorifics written in the region's scripts.
var nativeHonorifics = map[string]bool{
	"ဦး": true, "ဒေါ်": true, "ကို": true, "မ": true, // Burmese U, Daw, Ko, Ma
	"ឯកឧត្តម": true, "លោក": true, "លោកស្រី": true, "សម្តេច": true, // Khmer His Excellency, Mr, Mrs, Samdech
	"ท่าน": true, "คุณ": true, // Thai
}

func isHonorific(w string) bool {
	if nativeHonorifics[w] {
		return true
	}
	var buf [64]byte
	k := AppendFold(buf[:0], w)
	for _, h := range honorifics {
		if string(k) == h {
			return true
		}
	}
	return false
}

func isHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r)
}

// String returns the name without honorifics, in its culture's order:
// "Wang Wenbin", "王文斌", "Zaw Myint Maung", "Joseph Matthews".
func (p PersonName) String() string {
	switch {
	case p.Family == "":
		return p.Given
	case p.Given == "":
		return p.Family
	case isHan(p.Family) && isHan(p.Given):
		return p.Family + p.Given
	case p.Order == OrderFamilyFirst:
		return p.Family + " " + p.Given
	}
	return p.Given + " " + p.Family
}

// Formal returns the name with its honorifics: "Dr Zaw Myint Maung".
func (p PersonName) Formal() string {
	if len(p.Honorifics) == 0 {
		return p.String()
	}
	return strings.Join(p.Honorifics, " ") + " " + p.String()
}

// Sortable returns the name as an index lists it, family name first:
// "Matthews, Joseph", "Wang Wenbin" (already family first), "Zaw Myint
// Maung" (a whole name).
func (p PersonName) Sortable() string {
	if p.Order == OrderGivenFirst && p.Family != "" && p.Given != "" {
		return p.Family + ", " + p.Given
	}
	return p.String()
}

// Short returns the name a report uses after the first mention, by the
// custom of the name's culture: the family name for Chinese, Korean,
// Japanese and Western names ("Wang", "Matthews"), the last given name for
// Vietnamese ("Hùng"), the given name for Khmer, Thai, Lao, Indonesian
// and Malay ("Pornmoniroth", as Xinhua writes of Aun Pornmoniroth), and the
// whole name for Burmese names, which have no family name ("Zaw Myint
// Maung").
func (p PersonName) Short() string {
	b, _ := p.Culture.Base()
	switch {
	case p.Order == OrderWhole || p.Family == "":
		return p.Given
	case p.Given == "":
		return p.Family
	}
	switch b.String() {
	case "vi":
		return p.Given[strings.LastIndexByte(p.Given, ' ')+1:]
	case "km", "th", "lo", "id", "ms":
		return p.Given
	}
	return p.Family
}

// Key returns the matching key of the name without honorifics ([Fold]).
func (p PersonName) Key() string { return Fold(p.String()) }

// PersonNameOf takes apart a person's name as a reader of the preferred
// languages sees it ([Names.Display]), with the person's honorifics kept
// apart from the names (the Actor.Honorifics of the root package) in
// front. The culture is that of the name's language, or, for a name in
// English, that of the person's first name in another language ("Wang
// Wenbin" is Chinese because the person is also named 王文斌), else
// English.
func PersonNameOf(ns Names, honorifics []string, preferred ...language.Tag) PersonName {
	n, _ := ns.Display(preferred...)
	culture := n.Lang
	if b, _ := culture.Base(); b == english {
		for _, o := range ns {
			if ob, _ := o.Lang.Base(); ob != english && o.Lang != language.Und {
				culture = o.Lang
				break
			}
		}
	}
	p := ParsePersonName(n.Text, culture)
	p.Honorifics = append(append([]string(nil), honorifics...), p.Honorifics...)
	return p
}
