package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"golang.org/x/text/language"
)

// Article is the input of [Extract]: a news report's text and what is known
// of it besides.
type Article struct {
	// Text is the report's text. Offsets in the results are byte offsets
	// into it exactly as given (it is not normalised first).
	Text string
	// Language is the language of Text: English, Vietnamese ("vi") and
	// Chinese ("zh") have their own date and number forms; any other
	// language is read with the English rules.
	Language language.Tag
	// Published is the publication date, possibly partial ("2022?-11") or
	// zero. Relative expressions ("yesterday", "last year") are resolved
	// against it, and a date written without its year takes its year,
	// marked uncertain.
	Published edtf.Date
	// Dateline is the report's dateline ("NANNING, Sept. 14"), or "" to
	// look for one at the start of a line of Text. Its date, with the year
	// of Published, is the reference for weekdays when Published is not a
	// full day, and its place gives the UTC offset of stated times.
	Dateline string
}

// Confidence is how sure the extractor is of a proposal, in percent
// (0 to 100). The zero Confidence means no confidence at all.
type Confidence uint8

// String formats c as a fraction with two decimals ("0.85").
func (c Confidence) String() string {
	c = min(c, 100)
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

// Span is a part of an article's text: byte offsets Start and End into
// Article.Text, on rune boundaries, with Start <= End.
type Span struct {
	Start, End int
}

// Of returns the text of s in text, or "" when s does not fit in it.
func (s Span) Of(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// TemporalKind says how a temporal expression gives its date.
type TemporalKind uint8

// The kinds of temporal expression.
const (
	TemporalAbsolute TemporalKind = iota // every part stated ("September 6-15, 2021")
	TemporalPartial                      // a part left out, the year most often ("on November 8")
	TemporalRelative                     // relative to the publication date or dateline ("yesterday", "last year")
	TemporalDuration                     // a stated length after a start ("the two-day forum")
	TemporalDeadline                     // a target date ("by 2025")
	TemporalTime                         // a time of day ("at 1:30 pm"), with the date it belongs to
	TemporalDateline                     // the date of the dateline ("NANNING, Sept. 14"): when the report was filed
)

var temporalKinds = [...]string{"absolute", "partial", "relative", "duration", "deadline", "time", "dateline"}

// String returns the kind's name ("absolute", "partial", ...).
func (k TemporalKind) String() string {
	if int(k) < len(temporalKinds) {
		return temporalKinds[k]
	}
	return "TemporalKind(" + strconv.Itoa(int(k)) + ")"
}

// Temporal is a date or time found in an article.
type Temporal struct {
	Span
	Text string
	Kind TemporalKind
	// Value is the date as EDTF. A year not stated but taken from the
	// publication date is marked uncertain ("2022?-11-08"); a year that
	// cannot be known is left unspecified ("XXXX-11-08"). For a time of
	// day it is the date the time belongs to, or XXXX-XX-XX.
	Value edtf.Date
	// Inferred reports that some part of Value was not stated but taken
	// from the publication date or dateline.
	Inferred bool
	// Time is the time of day with the UTC offset of the place, when one
	// is stated (Kind TemporalTime, or a date the time is attached to).
	Time cooperation.Clock
	// Offset reports whether Time's UTC offset is known (from the
	// dateline or the first place named); without it Time is in UTC+00:00
	// by convention and must not be taken as UTC.
	Offset     bool
	Confidence Confidence
}

// Amount is a number with what the text says it counts: money with its
// ISO 4217 currency, a percentage, people or things.
type Amount struct {
	Span
	Text  string
	Value quantity.Quantity
	// Equivalents are amounts the text gives as the same in another
	// currency ("20.9 billion yuan (3.3 billion U.S. dollars)").
	Equivalents []quantity.Quantity
	// Change reports a stated change ("up 65.9 percent"): Value is then
	// the change, negative for a fall.
	Change     bool
	Confidence Confidence
}

// ActorMention is a known actor or initiative of the dataset named in the
// article, found by the dataset's name index ([cooperation.Dataset.NameIndex]).
type ActorMention struct {
	Span
	Text string
	// IDs are the entities with the name found: more than one when the
	// name is ambiguous.
	IDs        []cooperation.ID
	Confidence Confidence
}

// Person is a person named in the article with the post and honorifics
// the text gives.
type Person struct {
	Span
	Text string
	Name names.PersonName
	// Post is the post the text gives ("Minister of Economy and Finance"),
	// or "".
	Post string
	// Org is the known organisation of the post, when the text names one
	// the dataset holds.
	Org cooperation.ID
	// Actor is the known person of the dataset with this name, or "".
	Actor      cooperation.ID
	Confidence Confidence
}

// Result is what [Extract] finds in an article, each list in text order.
type Result struct {
	Article   Article
	Temporals []Temporal
	Amounts   []Amount
	Actors    []ActorMention
	Persons   []Person
}

// Error is an input [Extract] cannot work on.
type Error struct {
	Field  string // the Article field: "Text", "Published", ...
	Reason string
}

// Error returns the message, prefixed with the package name.
func (e *Error) Error() string { return "extract: " + e.Field + ": " + e.Reason }

// MaxText is the longest article text Extract reads (4 MiB).
const MaxText = 4 << 20

// Extract finds the temporal expressions, amounts, known actors and
// persons of a. base is the dataset whose names are looked for (the
// catalog, or a layer on it); nil looks for no known actor, and persons are
// then never tied to one.
//
// Text must be valid UTF-8 of at most [MaxText] bytes, and Published, when
// set, a single date (not an interval or set); otherwise the error is an
// *[Error]. Extract does not panic on any input and is safe for concurrent
// use with the same base once base is built.
func Extract(a Article, base *cooperation.Dataset) (*Result, error) {
	if len(a.Text) > MaxText {
		return nil, &Error{Field: "Text", Reason: fmt.Sprintf("%d bytes, more than %d", len(a.Text), MaxText)}
	}
	if !utf8.ValidString(a.Text) {
		return nil, &Error{Field: "Text", Reason: "not valid UTF-8"}
	}
	if !a.Published.IsZero() && (a.Published.IsInterval() || a.Published.IsSet() || a.Published.IsList()) {
		return nil, &Error{Field: "Published", Reason: fmt.Sprintf("%q is not a single date", a.Published)}
	}
	r := &Result{Article: a}
	lang := langOf(a.Language)
	var ix *names.Index
	if base != nil {
		ix = base.NameIndex()
		r.Actors = actorMentions(a.Text, ix)
	}
	off, offOK := placeOffset(a, base, r.Actors)
	r.Temporals = temporals(a, lang, off, offOK)
	r.Amounts = amounts(a.Text, lang, r.Temporals)
	r.Persons = persons(a.Text, a.Language, base, r.Actors)
	return r, nil
}

// lang is the set of rules a text is read with.
type lang uint8

const (
	langEnglish lang = iota
	langVietnamese
	langChinese
)

// langOf picks the rules for tag by its base language: x/text's Base gives
// "vi" for "vi-VN" and "zh" for "zh-Hant-TW".
func langOf(tag language.Tag) lang {
	b, _ := tag.Base()
	switch b.String() {
	case "vi":
		return langVietnamese
	case "zh", "yue":
		return langChinese
	}
	return langEnglish
}

// actorMentions turns the name index's mentions into ActorMentions.
func actorMentions(text string, ix *names.Index) []ActorMention {
	var out []ActorMention
	for _, m := range ix.Mentions(text) {
		var ids []cooperation.ID
		for _, ref := range m.Refs {
			id := cooperation.ID(ref.ID)
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		c := Confidence(90)
		if len(ids) > 1 {
			c = 50
		}
		if m.How != names.MatchExact {
			c -= 20
		}
		// A short all-caps name (an acronym such as "CAC") matched in
		// lower case is most likely another word.
		out = append(out, ActorMention{Span: Span{m.Start, m.End}, Text: text[m.Start:m.End], IDs: ids, Confidence: c})
	}
	return out
}

// lower is strings.ToLower for the ASCII keywords the rules match.
func lower(s string) string { return strings.ToLower(s) }
