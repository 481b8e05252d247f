package cooperation

import (
	"errors"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

//go:generate go run gen_rules.go

// Rule is the stable code of one validation rule, such as "ref.unresolved".
// [Rules] lists every rule, and its methods say what the rule checks, how
// severe its problems are and where it comes from; RULES.md is generated
// from them. Codes never change meaning; new rules get new codes. The
// methods of a Rule that is not one of the constants return zero values.
type Rule string

// The rules, in the order of [Rules]; [Rule.Doc] and RULES.md describe
// each.
const (
	RuleRequired                Rule = "required"
	RuleIDSyntax                Rule = "id.syntax"
	RuleIDDuplicate             Rule = "id.duplicate"
	RuleDatasetStale            Rule = "dataset.stale"
	RuleNamesRequired           Rule = "names.required"
	RuleNameLanguage            Rule = "name.language"
	RuleNameUTF8                Rule = "name.utf8"
	RuleNameNFC                 Rule = "name.nfc"
	RuleNameControl             Rule = "name.control"
	RuleNameBidi                Rule = "name.bidi"
	RuleNameInvisible           Rule = "name.invisible"
	RuleNameMixedScript         Rule = "name.mixed-script"
	RuleTextControl             Rule = "text.control"
	RuleTextUTF8                Rule = "text.utf8"
	RuleEnumUnknown             Rule = "enum.unknown"
	RuleRegionMissing           Rule = "region.missing"
	RuleRegionNotCountry        Rule = "region.not-country"
	RuleRegionDeprecated        Rule = "region.deprecated"
	RuleSubdivisionMissing      Rule = "subdivision.missing"
	RuleSubdivisionCountry      Rule = "subdivision.country-mismatch"
	RuleIdentifierSyntax        Rule = "identifier.syntax"
	RuleURLAbsolute             Rule = "url.absolute"
	RuleSourceLanguage          Rule = "source.language"
	RuleSourceMissing           Rule = "source.missing"
	RuleSectorUnknown           Rule = "sector.unknown"
	RuleMoneyCurrency           Rule = "money.currency"
	RuleQuantityRange           Rule = "quantity.range"
	RuleRefUnresolved           Rule = "ref.unresolved"
	RuleRefKind                 Rule = "ref.kind"
	RuleRefSelf                 Rule = "ref.self"
	RuleRefDuplicate            Rule = "ref.duplicate"
	RuleSignatoryNotParty       Rule = "signatory.not-party"
	RulePartyKind               Rule = "party.kind"
	RulePartyInForceEarly       Rule = "party.in-force-before-agreement"
	RuleAgreementBilateralSides Rule = "agreement.bilateral-sides"
	RuleAgreementMultiSides     Rule = "agreement.multilateral-sides"
	RuleAgreementPlaceVenue     Rule = "agreement.place-venue"
	RulePostNotPerson           Rule = "post.not-person"
	RulePostOverlap             Rule = "post.overlap"
	RulePostPeriod              Rule = "post.period"
	RuleMembershipOverlap       Rule = "membership.overlap"
	RuleMembershipOutsideGroup  Rule = "membership.outside-group"
	RuleDateOrder               Rule = "date.order"
	RuleDateFuture              Rule = "date.future"
	RuleDateOutsideParent       Rule = "date.outside-parent"
	RuleDateSignedAtEvent       Rule = "date.signed-at-event"
	RuleTimeWithoutDay          Rule = "time.without-day"
	RuleEventOrdinalDuplicate   Rule = "event.ordinal-duplicate"
	RuleCodedValue              Rule = "coded.value"
	RuleClaimField              Rule = "claim.field"
	RuleClaimValue              Rule = "claim.value"
	RuleHierarchyCycle          Rule = "hierarchy.cycle"

	// Rules of importers ([github.com/coopframe/cooperation/huggo],
	// [github.com/coopframe/cooperation/wipo]): values the model's types
	// cannot hold, reported instead of dropped.
	RuleDateSyntax      Rule = "date.syntax"
	RuleDatePlaceholder Rule = "date.placeholder"
	RuleRegionUnknown   Rule = "region.unknown"
	RuleRecordConflict  Rule = "record.conflict"
	RuleRecordFields    Rule = "record.fields"
	RuleNameMismatch    Rule = "name.mismatch"
	RuleNumberSyntax    Rule = "number.syntax"
)

// Rules returns every rule in table order: the order of RULES.md, the rules
// Validate checks and then the import rules. Validate reports the problems
// of one entity in this order. The result is a new slice.
func Rules() []Rule {
	out := make([]Rule, len(ruleTable))
	for i := range ruleTable {
		out[i] = ruleTable[i].rule
	}
	return out
}

// Severity returns the severity of r's problems: SeverityError, or
// SeverityWarning for a rule about what may be wrong. Some rules of
// severity error report a warning in the cases [Rule.Warns] gives.
func (r Rule) Severity() Severity { return r.info().severity }

// Warns returns the cases in which r, a rule of severity error, reports a
// warning instead, as a phrase that follows "warning", such as "when the
// dates only possibly are out of order"; it returns "" for a rule whose
// problems all have the severity [Rule.Severity] returns.
func (r Rule) Warns() string { return r.info().warns }

// Doc returns a one-line summary of what r checks, in lower case without a
// final period, such as "every reference names an entity of the dataset".
func (r Rule) Doc() string { return r.info().doc }

// Description returns what r checks in full, in Markdown, as RULES.md's
// "what it checks" column gives it. For a rule JSON input cannot break,
// because Decode already rejects such input, it says so ("built only").
func (r Rule) Description() string {
	in := r.info()
	if in.builtOnly {
		return in.what + " Built only: `Decode` rejects such input, so only a dataset built in Go breaks it."
	}
	return in.what
}

// Origin returns where r comes from, in Markdown: the standard, data model
// or practice it follows, such as "ISO 4217 via x/text `currency.ParseISO`".
func (r Rule) Origin() string { return r.info().origin }

// Importers returns the import paths of the packages that report r, for
// a rule only importers report (Validate never does, since the model's
// types cannot hold what it is about), and nil for a rule Validate
// checks. The slice is the caller's.
func (r Rule) Importers() []string { return slices.Clone(r.info().importers) }

func (r Rule) info() *ruleInfo {
	for i := range ruleTable {
		if ruleTable[i].rule == r {
			return &ruleTable[i]
		}
	}
	return &noRule
}

var noRule ruleInfo

// ruleInfo is one rule: its code, the severity of its problems, its
// documentation and its check, as an analysis.Analyzer is one analyzer.
// Everything else about rules is derived from the table of them: the
// checks Validate runs and their order, Rules and the Rule methods, RULES.md
// and the test that every rule has an input that breaks it.
type ruleInfo struct {
	rule     Rule
	severity Severity
	// warns gives the cases in which a rule of severity error reports a
	// warning ("for an event without a date"); "" when there are none.
	warns  string
	doc    string // one line, lower case, no final period
	what   string // what it checks, in full, in Markdown
	origin string // where it comes from, in Markdown
	// builtOnly marks a rule that JSON input cannot break, because Decode
	// already rejects such input; TestBuiltOnlyRules covers it.
	builtOnly bool
	// importers are the import paths of the packages that report an
	// import rule. An import rule has no check.
	importers []string
	check     checks
}

// checks are the functions that check one rule: one for each kind of
// entity the rule applies to, or one for every entity whatever its kind
// (entity), and one for the dataset as a whole. Nil functions do not
// apply. Each reports problems of its own rule only; the functions of many
// rules share helpers.
type checks struct {
	entity     func(*validator)
	source     func(*validator, *Source)
	actor      func(*validator, *Actor)
	initiative func(*validator, *Initiative)
	event      func(*validator, *Event)
	agreement  func(*validator, *Agreement)
	figure     func(*validator, *Figure)
	dataset    func(*validator)
}

// What references must name ([target]).
var (
	anyEntity    = &target{}
	aSource      = &target{kind: EntitySource}
	anInitiative = &target{kind: EntityInitiative}
	anEvent      = &target{kind: EntityEvent}
	anAgreement  = &target{kind: EntityAgreement}
	aSeries      = &target{kind: EntityEvent, event: func(k EventKind) bool { return k == EventSeries }, want: "a series"}
	anActor      = &target{kind: EntityActor}
	aPerson      = &target{kind: EntityActor, actor: func(k ActorKind) bool { return k == ActorPerson }, want: "a person"}
	aGroup       = &target{kind: EntityActor, actor: ActorKind.IsOrganisation, want: "an organisation or grouping"}
	anOrgOrState = &target{kind: EntityActor, actor: func(k ActorKind) bool { return k != ActorPerson }, want: "an organisation or a state"}
	aPlace       = &target{kind: EntityActor, actor: ActorKind.IsPlace, want: "a place (state, subdivision, city or venue)"}
	aPlaceShort  = &target{kind: EntityActor, actor: ActorKind.IsPlace, want: "a place"}
	aChair       = &target{kind: EntityActor, actor: canChair, want: "a person, a state or an organisation"}
	aHost        = &target{kind: EntityActor, actor: func(k ActorKind) bool { return k != ActorVenue }, want: "a host: give a venue as the event's venue"}
	anOrganiser  = &target{kind: EntityActor, actor: func(k ActorKind) bool { return k == ActorPerson || k.IsOrganisation() }, want: "an organisation or a person"}
)

// ruleTable is every rule, in the order of Rules.
var ruleTable = [...]ruleInfo{
	{
		rule: RuleRequired, severity: SeverityError,
		warns: "for an event without a date or an agreement without parties",
		doc:   "fields an entity cannot do without are given",
		what: "Fields an entity cannot do without: IDs, kinds, a name's text, a post's title and org, a membership's group " +
			"(or its member, stated on the group), a claim's sources, " +
			"a party's actor, a signatory's person and the party they act for, a participant's actor, a figure's subject and metric " +
			"and what its share is of, a target's metric, a commitment's actor and action, an outcome's refs or summary, a stage's date, " +
			"an identifier's scheme and value, every entry of a list of references, the end date when an end reason is given; " +
			"an event's date (but a series') and an agreement's parties. Importers report a source row without what they need " +
			"to place it (a WIPO row with no treaty or no party) under this rule too, and do not import it.",
		origin: "Popolo and FollowTheMoney required properties; IATI mandatory elements.",
		check: checks{
			source:     requiredSource,
			actor:      requiredActor,
			initiative: requiredInitiative,
			event:      requiredEvent,
			agreement:  requiredAgreement,
			figure:     requiredFigure,
		},
	},
	{
		rule: RuleIDSyntax, severity: SeverityError,
		doc:       "entity IDs are ASCII slugs",
		what:      "Entity IDs are ASCII slugs: `a-z`, `0-9` and single inner hyphens, at most 128 bytes.",
		origin:    "This library's ID design (stable, URL- and file-safe).",
		builtOnly: true,
		check:     checks{entity: idSyntax},
	},
	{
		rule: RuleIDDuplicate, severity: SeverityError,
		doc: "no two entities share an ID",
		what: "An ID is used once across all kinds; later uses are reported, at the later entity, " +
			"never merged or overwritten.",
		origin: "FollowTheMoney entity IDs; Popolo `id`.",
		check:  checks{entity: idDuplicate},
	},
	{
		rule: RuleDatasetStale, severity: SeverityError,
		doc: "the dataset is as Build indexed it",
		what: "The dataset is as `Dataset.Build` indexed it: no slice replaced, grown or shortened, and no ID (nor an actor's " +
			"kind, country, `part_of` or `governs`) changed in place since. Validate reports it first and checks a freshly " +
			"indexed copy.",
		origin:    "This library's index: lookups trust it only as far as they can check it.",
		builtOnly: true,
		// Validate checks it before everything else.
	},
	{
		rule: RuleNamesRequired, severity: SeverityError,
		doc:    "actors, initiatives, events and agreements have a name",
		what:   "Actors, initiatives, events and agreements have at least one name.",
		origin: "Popolo `name`; FollowTheMoney `name`.",
		check: checks{
			actor:      namesRequired[Actor],
			initiative: namesRequired[Initiative],
			event:      namesRequired[Event],
			agreement:  namesRequired[Agreement],
		},
	},
	{
		rule: RuleNameLanguage, severity: SeverityWarning,
		doc:    "a name's language is given",
		what:   "A name's language is given (not `und`).",
		origin: "BCP 47 via x/text `language.Tag`.",
		check: checks{
			actor:      nameLanguage[Actor],
			initiative: nameLanguage[Initiative],
			event:      nameLanguage[Event],
			agreement:  nameLanguage[Agreement],
		},
	},
	{
		rule: RuleNameUTF8, severity: SeverityError,
		doc:       "names are valid UTF-8",
		what:      "Names, honorifics and post titles are valid UTF-8.",
		origin:    "Unicode.",
		builtOnly: true,
		check:     textChecks(RuleNameUTF8, names.IssueUTF8),
	},
	{
		rule: RuleNameNFC, severity: SeverityError,
		doc:    "names are in Unicode NFC",
		what:   "Names are in Unicode NFC, so equal names compare equal.",
		origin: "UAX #15 via x/text `unicode/norm`.",
		check:  textChecks(RuleNameNFC, names.IssueNFC),
	},
	{
		rule: RuleNameControl, severity: SeverityError,
		doc:    "names hold no control characters",
		what:   "Names hold no C0 or C1 control characters.",
		origin: "Unicode general category Cc.",
		check:  textChecks(RuleNameControl, names.IssueControl),
	},
	{
		rule: RuleNameBidi, severity: SeverityError,
		doc:    "names hold no bidirectional formatting characters",
		what:   "Names hold no bidirectional formatting characters (the \"Trojan Source\" overrides and isolates).",
		origin: "UAX #9; CVE-2021-42574.",
		check:  textChecks(RuleNameBidi, names.IssueBidi),
	},
	{
		rule: RuleNameInvisible, severity: SeverityError,
		doc: "names hold no invisible characters",
		what: "Names hold no invisible characters (word joiner, BOM, soft hyphen, invisible operators; " +
			"zero width space except in Khmer, Burmese, Thai and Lao, which use it between words).",
		origin: "UTS #39 and UTR #36 security guidance.",
		check:  textChecks(RuleNameInvisible, names.IssueInvisible),
	},
	{
		rule: RuleNameMixedScript, severity: SeverityWarning,
		doc:    "a name does not mix Latin, Cyrillic and Greek letters",
		what:   "A name does not mix letters of the Latin, Cyrillic and Greek scripts (a Cyrillic \"А\" in \"ASEAN\").",
		origin: "UTS #39 mixed-script detection.",
		check:  textChecks(RuleNameMixedScript, names.IssueMixedScript),
	},
	{
		rule: RuleTextControl, severity: SeverityError,
		doc: "free text holds no control characters",
		what: "Free text (notes, outcome summaries, metrics, scopes, actions, purposes, topics, end reasons, a signatory's post, " +
			"a source's publisher, title, URL, translator and extractor, identifiers, claims) holds no C0 or C1 control character nor DEL " +
			"(ESC, BEL, CR...), which a terminal, spreadsheet or calendar reading an output would act on; notes, summaries " +
			"and a claim's note may hold line feeds and tabs.",
		origin: "Unicode general category Cc; ECMA-48 escape sequences; RFC 5545 line structure.",
		check:  freeTextChecks(RuleTextControl),
	},
	{
		rule: RuleTextUTF8, severity: SeverityError,
		doc:       "free text is valid UTF-8",
		what:      "Free text (every text `text.control` checks) is valid UTF-8; `Dataset.Encode` refuses a dataset whose is not.",
		origin:    "Unicode; RFC 8259 (JSON text is UTF-8).",
		builtOnly: true,
		check:     freeTextChecks(RuleTextUTF8),
	},
	{
		rule: RuleEnumUnknown, severity: SeverityError,
		warns:     "when an importer finds a source value the enumeration has no value for (a HUGGO `TypeAgree` of \"Report\", a WIPO `Instrument Type` it does not know); the field is left empty",
		doc:       "enumerated fields hold a known value",
		what:      "Enumerated fields (kinds, roles, instruments, stages, scopes, qualifiers) hold a known value.",
		origin:    "Go datasets can hold any integer in an enum field.",
		builtOnly: true,
		check: checks{
			actor:      enumUnknownActor,
			initiative: enumUnknownInitiative,
			event:      enumUnknownEvent,
			agreement:  enumUnknownAgreement,
			figure:     eachQuantity[Figure](unknownQualifier),
		},
	},
	{
		rule: RuleRegionMissing, severity: SeverityError,
		doc:    "a state has its ISO 3166-1 code",
		what:   "A state has its ISO 3166-1 code.",
		origin: "ISO 3166-1 via x/text `language.Region`.",
		check:  checks{actor: regionMissing},
	},
	{
		rule: RuleRegionNotCountry, severity: SeverityError,
		doc:    "a country code is a country",
		what:   "A country code is a country, not a grouping or private-use code (`EU`, `ZZ`, `QO`).",
		origin: "x/text `Region.IsCountry`.",
		check:  checks{actor: regionNotCountry},
	},
	{
		rule: RuleRegionDeprecated, severity: SeverityWarning,
		doc:    "a country code is not deprecated",
		what:   "The code is deprecated and replaced (`BU` is now `MM`); keep it only for a state that no longer exists.",
		origin: "x/text `Region.Canonicalize` (CLDR/ISO 3166-3).",
		check:  checks{actor: regionDeprecated},
	},
	{
		rule: RuleSubdivisionMissing, severity: SeverityWarning,
		doc:    "a subdivision has its ISO 3166-2 code",
		what:   "A subdivision carries its ISO 3166-2 code.",
		origin: "ISO 3166-2 via the `subdivision` package (CLDR).",
		check:  checks{actor: subdivisionMissing},
	},
	{
		rule: RuleSubdivisionCountry, severity: SeverityError,
		doc:    "a subdivision code lies in the actor's country",
		what:   "A subdivision code lies in the actor's country and in the state it is part of.",
		origin: "ISO 3166-2 codes begin with the country code.",
		check:  checks{actor: subdivisionCountry},
	},
	{
		rule: RuleIdentifierSyntax, severity: SeverityError,
		doc:    "identifiers are well formed for their scheme",
		what:   "An actor's identifiers are well formed for their scheme: Wikidata IDs look like `Q148`.",
		origin: "Wikidata item IDs; Popolo `identifiers`.",
		check:  checks{actor: identifierSyntax},
	},
	{
		rule: RuleURLAbsolute, severity: SeverityError,
		doc:    "source URLs are absolute http or https URLs",
		what:   "Source URLs are absolute `http` or `https` URLs.",
		origin: "RFC 3986; IATI `document-link/@url`.",
		check:  checks{source: urlAbsolute},
	},
	{
		rule: RuleSourceLanguage, severity: SeverityWarning,
		doc:    "a source's language is given",
		what:   "A source's language is given.",
		origin: "Dublin Core `language`.",
		check:  checks{source: sourceLanguage},
	},
	{
		rule: RuleSourceMissing, severity: SeverityError,
		doc: "every entity cites a source",
		what: "Every actor, initiative, event, agreement and figure cites at least one source (`sources` is not empty); " +
			"sources themselves are exempt.",
		origin: "Popolo and IATI per-record sources; newsroom practice: every fact has a source.",
		check: checks{
			actor:      func(v *validator, a *Actor) { sourceMissing(v, a.Sources) },
			initiative: func(v *validator, in *Initiative) { sourceMissing(v, in.Sources) },
			event:      func(v *validator, e *Event) { sourceMissing(v, e.Sources) },
			agreement:  func(v *validator, a *Agreement) { sourceMissing(v, a.Sources) },
			figure:     func(v *validator, f *Figure) { sourceMissing(v, f.Sources) },
		},
	},
	{
		rule: RuleSectorUnknown, severity: SeverityError,
		doc:    "sectors are built in, declared or named in the options",
		what:   "Sectors are built in (`Sectors`), declared by the dataset or its base (`Dataset.Sectors`) or named in `ValidateOptions.Sectors`.",
		origin: "Controlled vocabularies as in IATI's sector codes.",
		check: checks{
			initiative: func(v *validator, in *Initiative) { sectorUnknown(v, in.Sectors) },
			event:      func(v *validator, e *Event) { sectorUnknown(v, e.Sectors) },
			agreement:  func(v *validator, a *Agreement) { sectorUnknown(v, a.Sectors) },
		},
	},
	{
		rule: RuleMoneyCurrency, severity: SeverityError,
		doc:    "money has an ISO 4217 currency x/text knows",
		what:   "Money has an ISO 4217 currency code that x/text knows; a three-letter upper-case unit anywhere must be one.",
		origin: "ISO 4217 via x/text `currency.ParseISO`; IATI `value/@currency`.",
		check: checks{
			initiative: eachQuantity[Initiative](moneyCurrency),
			event:      eachQuantity[Event](moneyCurrency),
			agreement:  eachQuantity[Agreement](moneyCurrency),
			figure:     eachQuantity[Figure](moneyCurrency),
		},
	},
	{
		rule: RuleQuantityRange, severity: SeverityError,
		doc: "numbers are within the range of what they measure",
		what: "Amounts, counts, attendance and ordinals are not negative; a share is in percent and within 0-100; " +
			"a target in percent is within 0-100.",
		origin: "Arithmetic sanity; IATI value rules.",
		check: checks{
			initiative: eachQuantity[Initiative](quantityRange),
			event:      quantityRangeEvent,
			agreement:  eachQuantity[Agreement](quantityRange),
			figure:     eachQuantity[Figure](quantityRange),
		},
	},
	{
		rule: RuleRefUnresolved, severity: SeverityError,
		doc:    "every reference names an entity of the dataset",
		what:   "Every reference names an entity of the dataset.",
		origin: "Referential integrity, as in Popolo and FollowTheMoney.",
		check: checks{
			actor:      eachRef[Actor](refUnresolved),
			initiative: eachRef[Initiative](refUnresolved),
			event:      eachRef[Event](refUnresolved),
			agreement:  eachRef[Agreement](refUnresolved),
			figure:     eachRef[Figure](refUnresolved),
		},
	},
	{
		rule: RuleRefKind, severity: SeverityError,
		doc: "a reference names the right kind of entity",
		what: "A reference names the right kind of entity: a signatory is a person, a membership's group an organisation or grouping " +
			"(and only an organisation or grouping lists `members`), a venue or location a place, `governs` a place, " +
			"an outcome of kind agreement an agreement, `series` a series; an event's co-chairs are persons, states or organisations " +
			"(not subdivisions, cities or venues), its organisers organisations or persons (not places), and its hosts anything but a venue " +
			"(states, cities, bodies, organisations and persons host; the venue is the event's `venue`).",
		origin: "FollowTheMoney property ranges; Popolo's person/organization split.",
		check: checks{
			actor:      refKindActor,
			initiative: eachRef[Initiative](refKind),
			event:      eachRef[Event](refKind),
			agreement:  eachRef[Agreement](refKind),
			figure:     eachRef[Figure](refKind),
		},
	},
	{
		rule: RuleRefSelf, severity: SeverityError,
		doc: "no entity refers to itself",
		what: "No entity is part of, governs, is located in, supersedes, amends, is a member of, is in the series of " +
			"or lists among its references itself, and no participant acts on their own behalf.",
		origin: "Graph sanity.",
		check: checks{
			actor:      eachRef[Actor](refSelf),
			initiative: eachRef[Initiative](refSelf),
			event:      refSelfEvent,
			agreement:  eachRef[Agreement](refSelf),
			figure:     eachRef[Figure](refSelf),
		},
	},
	{
		rule: RuleRefDuplicate, severity: SeverityError,
		warns:  "for a list of references other than an agreement's parties",
		doc:    "no reference is listed twice",
		what:   "The same actor is not a party twice; other reference lists do not repeat an ID.",
		origin: "Treaty databases list each party once (UN Treaty Collection).",
		check: checks{
			actor:      refDuplicate[Actor],
			initiative: refDuplicate[Initiative],
			event:      refDuplicate[Event],
			agreement:  refDuplicateAgreement,
			figure:     refDuplicate[Figure],
		},
	},
	{
		rule: RuleSignatoryNotParty, severity: SeverityError,
		doc:    "a signatory acts for a party",
		what:   "A signatory acts for a party, or for a body that is part of one (a ministry signing for its state).",
		origin: "UNTC signature records.",
		check:  checks{agreement: signatoryNotParty},
	},
	{
		rule: RulePartyKind, severity: SeverityError,
		doc: "a party to an agreement is an actor that can be one",
		what: "A party to an agreement is a state, subdivision, city, government body, party, party organ, " +
			"intergovernmental organisation, grouping, company, association, university or media organisation; " +
			"not a person (a person signs for a party: see signatories), a venue, or a group named collectively " +
			"(list its members as parties).",
		origin: "UNTC and HUGGO parties are states, organisations and sub-state governments; Popolo's person/organization split.",
		check:  checks{agreement: partyKind},
	},
	{
		rule: RulePartyInForceEarly, severity: SeverityError,
		warns: "when the party's date only possibly is before it",
		doc:   "an agreement does not take effect for a party before it takes effect",
		what: "A party's own entry into force (`joined`, or the start of a `rejoined` period) is not before the agreement's own `in_force`. " +
			"Where claims give other days for either, it is an error only when every claimed day of the party is before every claimed day of the agreement, and a warning when some may be.",
		origin: "Treaty practice (VCLT art. 24: entry into force for a state that consents later).",
		check:  checks{agreement: partyInForceEarly},
	},
	{
		rule: RuleAgreementBilateralSides, severity: SeverityError,
		doc:    "a bilateral agreement has two parties",
		what:   "A bilateral agreement whose parties are recorded has exactly two distinct parties (signatory or acceding).",
		origin: "Treaty classification (HUGGO `TypeAmbit`, UNTC).",
		check:  checks{agreement: bilateralSides},
	},
	{
		rule: RuleAgreementMultiSides, severity: SeverityError,
		doc:    "a multilateral or regional agreement has three parties or more",
		what:   "A multilateral or regional agreement whose parties are recorded has at least three distinct parties (signatory or acceding).",
		origin: "Treaty classification (HUGGO `TypeAmbit`, UNTC).",
		check:  checks{agreement: multilateralSides},
	},
	{
		rule: RuleAgreementPlaceVenue, severity: SeverityError,
		doc: "an agreement's place agrees with the venue of the event it was signed at",
		what: "An agreement's `place` and the `venue` of its `event` are the same place or one is part of the other " +
			"(a city inside the venue's state, a venue inside the place's city), following `part_of` and `governs` links.",
		origin: "Consistency of the signing record.",
		check:  checks{agreement: placeVenue},
	},
	{
		rule: RulePostNotPerson, severity: SeverityError,
		doc:    "only persons hold posts",
		what:   "Only persons hold posts.",
		origin: "Popolo `Membership`/`Post` model.",
		check:  checks{actor: postNotPerson},
	},
	{
		rule: RulePostOverlap, severity: SeverityWarning,
		doc: "a person does not hold the same post twice at once",
		what: "A person does not hold the same post at the same organisation twice over overlapping periods " +
			"(holding two different posts at once is fine).",
		origin: "Popolo memberships.",
		check:  checks{actor: postOverlap},
	},
	{
		rule: RulePostPeriod, severity: SeverityWarning,
		doc: "a person acts in a post during its period",
		what: "A signatory signing with a `post` holds a post of that title whose period can cover the agreement's signature " +
			"(or adoption); a participant acting `for` a body where they hold posts holds one of them on the event's date. " +
			"Checked only when the person's posts of that title (or at that body) all have periods.",
		origin: "Popolo posts and memberships with start and end dates.",
		check: checks{
			event:     postPeriodEvent,
			agreement: postPeriodAgreement,
		},
	},
	{
		rule: RuleMembershipOverlap, severity: SeverityWarning,
		doc: "an actor does not hold the same membership twice at once",
		what: "An actor does not have the same role in the same group twice over overlapping periods, " +
			"whether the memberships are stated on the member, on the group or one on each.",
		origin: "Popolo memberships.",
		check:  checks{actor: membershipOverlap},
	},
	{
		rule: RuleMembershipOutsideGroup, severity: SeverityError,
		warns:  "when the membership only possibly starts outside",
		doc:    "a membership starts while its group exists",
		what:   "A membership, stated on the member or on the group, does not start before its group was founded or after it was dissolved.",
		origin: "Popolo memberships within an organization's founding and dissolution dates.",
		check:  checks{actor: membershipOutsideGroup},
	},
	{
		rule: RuleDateOrder, severity: SeverityError,
		warns: "when the dates only possibly are out of order",
		doc:   "dates come in the order of the events they mark",
		what: "Signed ≤ in force ≤ ended and adopted ≤ in force, ended; founded ≤ dissolved; announced ≤ adopted; a party ratifies after signing, " +
			"joins after the agreement's signature and leaves after joining, and rejoins after leaving, each `rejoined` period " +
			"an interval or a date (not a set or list); an amendment is signed after what it amends; " +
			"a superseding initiative does not start before the one it supersedes; a figure's comparison period does not follow it.",
		origin: "Treaty practice (UN Treaty Collection: signature, entry into force, termination).",
		check: checks{
			actor:      dateOrderActor,
			initiative: dateOrderInitiative,
			agreement:  dateOrderAgreement,
			figure:     dateOrderFigure,
		},
	},
	{
		rule: RuleDateFuture, severity: SeverityError,
		warns: "when a date only possibly is after the as-of date, and for an agreement's end or a party's leaving after it",
		doc:   "nothing that happened is dated after the as-of date",
		what: "With `ValidateOptions.AsOf`: dates of things that happened (signatures, adoptions, entries into force, meetings, foundings, " +
			"publications, stages, announcements, a party's signature, ratification and joining) are not after it. " +
			"Of an interval only the start counts. Targets, deadlines and planned periods are exempt. " +
			"An agreement's end or a party's leaving after it is a warning only: a fixed term's expiry is known in advance.",
		origin: "Newsroom practice: a report cannot describe the future as done.",
		check: checks{
			source:     dateFutureSource,
			actor:      dateFutureActor,
			initiative: dateFutureInitiative,
			event:      dateFutureEvent,
			agreement:  dateFutureAgreement,
		},
	},
	{
		rule: RuleDateOutsideParent, severity: SeverityError,
		warns:  "when the event only possibly falls outside",
		doc:    "an event falls within the event it is part of",
		what:   "An event falls within the dates of the event it is part of (a session inside its meeting, EMM 13 inside AEM 53).",
		origin: "Event-data nesting (PLOVER/CAMEO event hierarchies).",
		check:  checks{event: dateOutsideParent},
	},
	{
		rule: RuleDateSignedAtEvent, severity: SeverityError,
		warns:  "when the signature only possibly falls outside",
		doc:    "an agreement signed at an event is signed on its dates",
		what:   "An agreement signed (or adopted) at an event is signed (and adopted) on that event's dates.",
		origin: "Consistency of the signing record.",
		check:  checks{agreement: dateSignedAtEvent},
	},
	{
		rule: RuleTimeWithoutDay, severity: SeverityError,
		doc:    "a time of day belongs to a date of one day",
		what:   "A time of day belongs to a date of exactly one day.",
		origin: "ISO 8601: a time needs its calendar day.",
		check:  checks{event: timeWithoutDay},
	},
	{
		rule: RuleEventOrdinalDuplicate, severity: SeverityError,
		doc: "no two events of a series share an ordinal",
		what: "No two events of one series have the same ordinal; the later event is reported, " +
			"after the problems of single entities.",
		origin: "Numbered meeting series (the 53rd AEM is one meeting).",
		check:  checks{dataset: ordinalDuplicate},
	},
	{
		rule: RuleCodedValue, severity: SeverityError,
		doc: "a coded event's values are in their ranges",
		what: "An event of kind coded has at least one coding and only it has codings; each coding has a CAMEO code, " +
			"a Goldstein score within -10 to 10, a tone within -100 to 100, counts that are not negative, and places " +
			"whose latitude is within ±90 and longitude within ±180.",
		origin: "The GDELT 2.0 event codebook (GoldsteinScale, AvgTone, NumMentions, *Geo_Lat and *Geo_Long); the Goldstein (1992) scale.",
		check:  checks{event: codedValue},
	},
	{
		rule: RuleClaimField, severity: SeverityError,
		doc: "a claim names a field claims are supported on",
		what: "A claim's `field` names a field of its entity in the JSON form that claims are supported on: " +
			"date fields (`founded`, `dissolved`; `announced`, `adopted`, `period`; `date`; `adopted`, `signed`, `in_force`, `ended` " +
			"and `parties[i].signed`, `.ratified`, `.joined`, `.left` with i within range; a figure's `period` and `versus`), " +
			"reference fields (`venue`, `place`, `event`, `part_of`, `governs`, `location`) and booleans (`online`, `inferred`).",
		origin: "FollowTheMoney statements name a property of their entity's schema.",
		check: checks{
			actor:      eachClaim[Actor](claimField),
			initiative: eachClaim[Initiative](claimField),
			event:      eachClaim[Event](claimField),
			agreement:  eachClaim[Agreement](claimField),
			figure:     eachClaim[Figure](claimField),
		},
	},
	{
		rule: RuleClaimValue, severity: SeverityError,
		doc: "a claim's value has its field's type",
		what: "A claim's `value` is a value of its field: an EDTF date for a date field, the ID of an entity of the dataset " +
			"for a reference, `true` or `false` for a boolean; \"\" (no value) is always allowed.",
		origin: "FollowTheMoney statements hold values of their property's type.",
		check: checks{
			actor:      eachClaim[Actor](claimValue),
			initiative: eachClaim[Initiative](claimValue),
			event:      eachClaim[Event](claimValue),
			agreement:  eachClaim[Agreement](claimValue),
			figure:     eachClaim[Figure](claimValue),
		},
	},
	{
		rule: RuleHierarchyCycle, severity: SeverityError,
		doc: "part_of and supersedes links form no cycle",
		what: "Actor `part_of`, initiative `part_of` and `supersedes`, and event `part_of` links form no cycle. " +
			"Reported once per cycle, at its first member, after the problems of single entities.",
		origin: "Popolo `parent_id` trees; IATI hierarchy.",
		check:  checks{dataset: hierarchyCycle},
	},

	{
		rule: RuleDateSyntax, severity: SeverityError,
		doc: "a source date is an EDTF date",
		what: "A date is EDTF (or a `dd.mm.yyyy` day, converted on purpose): " +
			"`1953-05-5`, `1972-06-31?`, `1981-09..1981-10` and `1971-0706` are not.",
		origin:    "EDTF (ISO 8601-2); HUGGO's own date columns.",
		importers: []string{huggoPath, wipoPath},
	},
	{
		rule: RuleDatePlaceholder, severity: SeverityWarning,
		doc: "a source date is not a placeholder for no date",
		what: "A date is a placeholder for \"no date\" (`9999-12-31` and `9999-12-01`, HUGGO's \"no end\"; `0001-01-01`, " +
			"R's zero day; `-001-12-3100..0000..0000`, a mangled empty day); the date is left empty.",
		origin:    "HUGGO's sentinels; R's date formatting.",
		importers: []string{huggoPath},
	},
	{
		rule: RuleRegionUnknown, severity: SeverityError,
		doc: "a source country code or name is one x/text knows",
		what: "A party code is an ISO 3166-1 alpha-2 or alpha-3 code x/text knows; `CSK`, `EUE`, `ALG` and free text " +
			"such as `Bayern` are not. The party keeps an actor with the code as an identifier. A party name (WIPO's " +
			"Contracting Party) names exactly one country in x/text's CLDR names, in some language; one that names none, " +
			"or several, gives a state without a country code.",
		origin:    "ISO 3166-1/3 via x/text `language.ParseRegion`; CLDR territory names via x/text `display`.",
		importers: []string{huggoPath, wipoPath},
	},
	{
		rule: RuleRecordConflict, severity: SeverityWarning,
		doc: "rows describing the same record agree",
		what: "Rows that describe the same record (the rows of one HUGGO treatyID) agree on its title and dates, a " +
			"membership agreement linked to a row of the agreements file agrees with that row, and a party's consent columns " +
			"(Accession, Acceptance, Succession, Consent) agree with its ratification day. The value most rows give is kept " +
			"(ties to the first; for a linked agreement the agreements file's; for a party stateRat), and each differing value " +
			"is reported.",
		origin:    "HUGGO's repeated agreement columns.",
		importers: []string{huggoPath},
	},
	{
		rule: RuleRecordFields, severity: SeverityError,
		doc: "a row has as many fields as the header",
		what: "A row has as many fields as the file's header names; a row with fewer or more is not imported, " +
			"and the problem gives its fields as found, so that no value is lost without a word.",
		origin:    "RFC 4180: each record has the same number of fields.",
		importers: []string{huggoPath, wipoPath},
	},
	{
		rule: RuleNameMismatch, severity: SeverityWarning,
		doc: "a source's name for a coded party is a name of the code",
		what: "A source's name for a party it also gives a code for (HUGGO's StateName) is one of the code's CLDR names " +
			"in some language, or holds one as whole words (\"United States of America\"); one that is not (\"Greece\" on a " +
			"Tunisia row) is not kept as a name.",
		origin:    "CLDR territory names via x/text `display` (package statename).",
		importers: []string{huggoPath},
	},
	{
		rule: RuleNumberSyntax, severity: SeverityError,
		doc: "a source number is a number",
		what: "A cell that holds a count or an exact decimal (GDELT's NumMentions, GoldsteinScale, AvgTone, coordinates) " +
			"is one: an integer, or a decimal of at most 18 digits; the value is left 0.",
		origin:    "GDELT 2.0 event codebook: the columns' types.",
		importers: []string{gdeltPath},
	},
}

// The import paths of the importers, for the rules' importers.
const (
	huggoPath = "github.com/coopframe/cooperation/huggo"
	wipoPath  = "github.com/coopframe/cooperation/wipo"
	gdeltPath = "github.com/coopframe/cooperation/gdelt"
)

// --- what the checks of many rules walk over ---

// target is what a reference must name: an entity of kind (of any kind
// for EntityNone) and, when actor or event is set, an actor or event whose
// own kind it accepts; want describes those for messages ("a person").
type target struct {
	kind  EntityKind
	actor func(ActorKind) bool
	event func(EventKind) bool
	want  string
}

// ref is one reference an entity holds: the ID at path, what it must name
// and what it names. The ref.* rules check them, and rule required a
// list's empty entries.
type ref struct {
	path loc
	id   ID
	to   *target
	// j is the reference's index in its list of IDs, whose earlier entries
	// are the j refs before it, or -1 for a field of one ID (an empty field
	// holds no reference).
	j int32
	// kind and i locate the entity id names (kind is EntityNone when there
	// is none); they are set only when the reference is checked.
	kind EntityKind
	i    int32
	// self says that the entity must not name itself here (rule ref.self):
	// in every list, and in part_of, governs, location, a membership's
	// group, supersedes, series and amends.
	self bool
}

// checked reports whether r is checked against the index: a list's empty
// entries are rule required's, its entries naming the entity itself rule
// ref.self's.
func (r *ref) checked(v *validator) bool {
	return r.j < 0 || (r.id != "" && r.id != v.id)
}

// eachRef returns the check of an entity of kind T that runs f on each of
// its references, in the order of its fields.
func eachRef[T entity](f func(*validator, *ref)) func(*validator, *T) {
	return func(v *validator, e *T) {
		refs := entityRefs(v, e)
		for i := range refs {
			f(v, &refs[i])
		}
	}
}

// entityRefs returns the references of e, the entity being checked, with
// what the index says of each checked one. The checks of the rules about
// references share one walk over them and one lookup of each: the first
// to ask gathers them, and the others read what it found.
func entityRefs[T entity](v *validator, e *T) []ref {
	if !v.gathered {
		v.gathered = true
		v.refs = appendRefs(v.refs[:0], e)
		for i := range v.refs {
			if r := &v.refs[i]; r.checked(v) {
				named := v.ds.index[r.id]
				r.kind, r.i = named.kind, named.i
			}
		}
	}
	return v.refs
}

// appendRefs appends the references e holds to refs, in the order of its
// fields.
func appendRefs[T entity](refs []ref, e *T) []ref {
	one := func(path loc, id ID, to *target, self bool) {
		if id != "" {
			refs = append(refs, ref{path: path, id: id, to: to, j: -1, self: self})
		}
	}
	list := func(path loc, ids []ID, to *target) {
		for j, id := range ids {
			refs = append(refs, ref{path: path.idx(j), id: id, to: to, j: int32(j), self: true})
		}
	}
	commitments := func(cs []Commitment) {
		for j := range cs {
			one(sub(".commitments", j, ".by"), cs[j].By, anActor, false)
			list(sub(".commitments", j, ".sources"), cs[j].Sources, aSource)
		}
	}
	targets := func(ts []Target) {
		for j := range ts {
			one(sub(".targets", j, ".subject"), ts[j].Subject, anyEntity, false)
			list(sub(".targets", j, ".sources"), ts[j].Sources, aSource)
		}
	}
	amounts := func(as []Amount) {
		for j := range as {
			list(sub(".amounts", j, ".sources"), as[j].Sources, aSource)
		}
	}
	claims := func(cs []Claim) {
		for j := range cs {
			list(sub(".claims", j, ".sources"), cs[j].Sources, aSource)
		}
	}
	nameSources := func(ns names.Names) {
		for j := range ns {
			path := sub(".names", j, ".sources")
			for k, id := range ns[j].Sources {
				refs = append(refs, ref{path: path.idx(k), id: ID(id), to: aSource, j: int32(k), self: true})
			}
		}
	}
	switch e := any(e).(type) {
	case *Actor:
		nameSources(e.Names)
		one(at(".part_of"), e.PartOf, anActor, true)
		one(at(".governs"), e.Governs, aPlace, true)
		one(at(".location"), e.Location, aPlace, true)
		for j := range e.Memberships {
			m := &e.Memberships[j]
			one(sub(".memberships", j, ".group"), m.Group, aGroup, true)
			list(sub(".memberships", j, ".sources"), m.Sources, aSource)
		}
		for j := range e.Members {
			m := &e.Members[j]
			one(sub(".members", j, ".member"), m.Member, anActor, true)
			list(sub(".members", j, ".sources"), m.Sources, aSource)
		}
		for j := range e.Posts {
			p := &e.Posts[j]
			one(sub(".posts", j, ".org"), p.Org, anOrgOrState, false)
			list(sub(".posts", j, ".sources"), p.Sources, aSource)
		}
		claims(e.Claims)
		list(at(".sources"), e.Sources, aSource)
	case *Initiative:
		nameSources(e.Names)
		list(at(".leads"), e.Leads, anActor)
		list(at(".participants"), e.Participants, anActor)
		one(at(".part_of"), e.PartOf, anInitiative, true)
		one(at(".announced_by"), e.AnnouncedBy, anActor, false)
		list(at(".related"), e.Related, anyEntity)
		for j := range e.Progress {
			list(sub(".progress", j, ".sources"), e.Progress[j].Sources, aSource)
		}
		list(at(".implements"), e.Implements, anInitiative)
		list(at(".aligns_with"), e.AlignsWith, anInitiative)
		one(at(".supersedes"), e.Supersedes, anInitiative, true)
		one(at(".location"), e.Location, aPlaceShort, false)
		targets(e.Targets)
		commitments(e.Commitments)
		amounts(e.Amounts)
		claims(e.Claims)
		list(at(".sources"), e.Sources, aSource)
	case *Event:
		nameSources(e.Names)
		one(at(".series"), e.Series, aSeries, true)
		one(at(".venue"), e.Venue, aPlace, false)
		one(at(".part_of"), e.PartOf, anEvent, true)
		list(at(".hosts"), e.Hosts, aHost)
		list(at(".organisers"), e.Organisers, anOrganiser)
		list(at(".co_chairs"), e.CoChairs, aChair)
		for j := range e.Participants {
			p := &e.Participants[j]
			one(sub(".participants", j, ".actor"), p.Actor, anActor, false)
			one(sub(".participants", j, ".for"), p.For, anActor, false)
			one(sub(".participants", j, ".on_behalf_of"), p.OnBehalfOf, anActor, false)
			list(sub(".participants", j, ".sources"), p.Sources, aSource)
		}
		list(at(".initiatives"), e.Initiatives, anInitiative)
		for j := range e.Coded {
			one(sub(".coded", j, ".source.actor"), e.Coded[j].Source.Actor, anActor, false)
			one(sub(".coded", j, ".target.actor"), e.Coded[j].Target.Actor, anActor, false)
		}
		for j := range e.Outcomes {
			o := &e.Outcomes[j]
			to := anyEntity
			if o.Kind == OutcomeAgreement {
				to = anAgreement
			}
			list(sub(".outcomes", j, ".refs"), o.Refs, to)
			one(sub(".outcomes", j, ".by"), o.By, anActor, false)
			one(sub(".outcomes", j, ".delivered_by"), o.DeliveredBy, anActor, false)
			list(sub(".outcomes", j, ".sources"), o.Sources, aSource)
		}
		claims(e.Claims)
		list(at(".sources"), e.Sources, aSource)
	case *Agreement:
		nameSources(e.Names)
		for j := range e.Parties {
			one(sub(".parties", j, ".actor"), e.Parties[j].Actor, anActor, false)
		}
		for j := range e.Signatories {
			s := &e.Signatories[j]
			one(sub(".signatories", j, ".person"), s.Person, aPerson, false)
			one(sub(".signatories", j, ".for"), s.For, anActor, false)
		}
		one(at(".amends"), e.Amends, anAgreement, true)
		one(at(".place"), e.Place, aPlace, false)
		one(at(".event"), e.Event, anEvent, false)
		list(at(".initiatives"), e.Initiatives, anInitiative)
		commitments(e.Commitments)
		targets(e.Targets)
		amounts(e.Amounts)
		claims(e.Claims)
		list(at(".sources"), e.Sources, aSource)
	case *Figure:
		one(at(".subject"), e.Subject, anyEntity, false)
		one(at(".stated_by"), e.StatedBy, anActor, false)
		claims(e.Claims)
		list(at(".sources"), e.Sources, aSource)
	}
	return refs
}

// stated is one quantity an entity states, at path: what says what it is,
// in messages ("an amount"), and measure what range it must be in.
type stated struct {
	path    loc
	q       quantity.Quantity
	what    string
	measure measure
}

// measure is what a stated quantity measures, for rules money.currency and
// quantity.range.
type measure uint8

const (
	measureAny    measure = iota // a figure's value or change: any number
	measureMoney                 // money: a currency, and not negative
	measureCount                 // a count or attendance: not negative
	measureTarget                // a target: within 0-100 when in percent
	measureShare                 // a share: in percent, within 0-100
)

// eachQuantity returns the check of an entity of kind T that runs f on
// each quantity it states, in the order of its fields.
func eachQuantity[T entity](f func(*validator, stated)) func(*validator, *T) {
	return func(v *validator, e *T) { quantitiesOf(e, func(s stated) { f(v, s) }) }
}

// quantitiesOf calls f on each quantity e states, in the order of its
// fields: a target's value, amounts of money and their equivalents,
// counts, attendance, and a figure's value, change and share.
func quantitiesOf[T entity](e *T, f func(stated)) {
	targets := func(ts []Target) {
		for j := range ts {
			if !ts[j].Value.IsZero() {
				f(stated{sub(".targets", j, ".value"), ts[j].Value, "a target", measureTarget})
			}
		}
	}
	amounts := func(as []Amount) {
		for j := range as {
			a := &as[j]
			f(stated{sub(".amounts", j, ""), a.Quantity, "an amount", measureMoney})
			for k, q := range a.Equivalents {
				f(stated{sub(".amounts", j, ".equivalents").idx(k), q, "an amount", measureMoney})
			}
		}
	}
	switch e := any(e).(type) {
	case *Initiative:
		targets(e.Targets)
		amounts(e.Amounts)
		for j, q := range e.Counts {
			f(stated{sub(".counts", j, ""), q, "a count", measureCount})
		}
	case *Event:
		if !e.Attendance.IsZero() {
			f(stated{at(".attendance"), e.Attendance, "attendance", measureCount})
		}
	case *Agreement:
		targets(e.Targets)
		amounts(e.Amounts)
	case *Figure:
		f(stated{at(".value"), e.Value, "a figure", measureAny})
		for k, q := range e.Equivalents {
			f(stated{at(".equivalents").idx(k), q, "a figure's equivalent", measureAny})
		}
		if !e.Change.IsZero() {
			f(stated{at(".change"), e.Change, "a change", measureAny})
		}
		if !e.Share.IsZero() {
			f(stated{at(".share"), e.Share, "a share", measureShare})
		}
	}
}

// textIssue is an issue names.CheckText found in a text at path.
type textIssue struct {
	path  loc
	text  string
	issue names.Issue
}

// textsOf calls f on each text of e that names.CheckText checks: names,
// and an actor's honorifics and post titles.
func textsOf[T entity](e *T, f func(path loc, s string, lang language.Tag)) {
	ns := namesOf(e)
	for j := range ns {
		f(sub(".names", j, ".text"), ns[j].Text, ns[j].Lang)
	}
	if a, ok := any(e).(*Actor); ok {
		for j, h := range a.Honorifics {
			f(sub(".honorifics", j, ""), h, language.Und)
		}
		for j := range a.Posts {
			if t := a.Posts[j].Title; t != "" {
				f(sub(".posts", j, ".title"), t, language.Und)
			}
		}
	}
}

// textIssues returns the issues of the texts of e, the entity being
// checked. The six name.* rules share one scan of each text: the first of
// them to ask scans them, and the others read what it found.
func textIssues[T entity](v *validator, e *T) []textIssue {
	if !v.scanned {
		v.scanned = true
		v.issues = v.issues[:0]
		textsOf(e, func(path loc, s string, lang language.Tag) {
			for _, is := range names.CheckText(s, lang) {
				v.issues = append(v.issues, textIssue{path, s, is})
			}
		})
	}
	return v.issues
}

// textChecks is the check of rule r, which reports the issues of kind k
// that names.CheckText finds in the names of actors, initiatives, events
// and agreements and in actors' honorifics and post titles.
func textChecks(r Rule, k names.IssueKind) checks {
	return checks{
		actor:      textCheck[Actor](r, k),
		initiative: textCheck[Initiative](r, k),
		event:      textCheck[Event](r, k),
		agreement:  textCheck[Agreement](r, k),
	}
}

func textCheck[T entity](r Rule, k names.IssueKind) func(*validator, *T) {
	sev := SeverityError
	if k.Suspicious() {
		sev = SeverityWarning
	}
	return func(v *validator, e *T) {
		for _, t := range textIssues(v, e) {
			if t.issue.Kind == k {
				v.add(r, sev, t.path, "%q: %s", t.text, t.issue.Message)
			}
		}
	}
}

// --- coded.* ---

// The bounds of coded values, each as a pair, since Decimal has no
// negation.
var (
	ten       = [2]quantity.Decimal{quantity.DecimalFromInt(-10), quantity.DecimalFromInt(10)}
	hundreds  = [2]quantity.Decimal{quantity.DecimalFromInt(-100), quantity.DecimalFromInt(100)}
	ninety    = [2]quantity.Decimal{quantity.DecimalFromInt(-90), quantity.DecimalFromInt(90)}
	oneEighty = [2]quantity.Decimal{quantity.DecimalFromInt(-180), quantity.DecimalFromInt(180)}
)

// within reports whether lim[0] <= d <= lim[1].
func within(d quantity.Decimal, lim [2]quantity.Decimal) bool {
	return d.Compare(lim[0]) >= 0 && d.Compare(lim[1]) <= 0
}

func codedValue(v *validator, e *Event) {
	switch {
	case e.Kind == EventCoded && len(e.Coded) == 0:
		v.errf(RuleCodedValue, at(".coded"), "a coded event has no coding")
	case e.Kind != EventCoded && len(e.Coded) > 0:
		v.errf(RuleCodedValue, at(".coded"), "only an event of kind coded has codings; this one is %s", article(e.Kind.String()))
	}
	place := func(path loc, p *CodedPlace) {
		if !within(p.Lat, ninety) {
			v.errf(RuleCodedValue, path.then(".lat"), "latitude %s is outside ±90", p.Lat)
		}
		if !within(p.Long, oneEighty) {
			v.errf(RuleCodedValue, path.then(".long"), "longitude %s is outside ±180", p.Long)
		}
	}
	for j := range e.Coded {
		c := &e.Coded[j]
		if c.Code.IsZero() {
			v.errf(RuleCodedValue, sub(".coded", j, ".code"), "no CAMEO event code")
		}
		if !within(c.Goldstein, ten) {
			v.errf(RuleCodedValue, sub(".coded", j, ".goldstein"), "Goldstein score %s is outside -10 to 10", c.Goldstein)
		}
		if !within(c.Tone, hundreds) {
			v.errf(RuleCodedValue, sub(".coded", j, ".tone"), "tone %s is outside -100 to 100", c.Tone)
		}
		for _, n := range []struct {
			field string
			n     int
		}{{".mentions", c.Mentions}, {".sources", c.Sources}, {".articles", c.Articles}} {
			if n.n < 0 {
				v.errf(RuleCodedValue, sub(".coded", j, n.field), "a count cannot be negative (%d)", n.n)
			}
		}
		place(sub(".coded", j, ".place"), &c.Place)
		place(sub(".coded", j, ".source.place"), &c.Source.Place)
		place(sub(".coded", j, ".target.place"), &c.Target.Place)
	}
}

// --- text.* ---

// freeTextsOf calls f on each free text of e: each string field that is
// neither an ID, a code nor a name (the name.* rules check names,
// honorifics and post titles), with whether it may span lines.
// TestFreeTextsComplete checks by reflection that none is missed.
func freeTextsOf[T entity](e *T, f func(path loc, s string, lines bool)) {
	one := func(path loc, s string) {
		if s != "" {
			f(path, s, false)
		}
	}
	note := func(path loc, s string) {
		if s != "" {
			f(path, s, true)
		}
	}
	list := func(path loc, ss []string) {
		for j, s := range ss {
			one(path.idx(j), s)
		}
	}
	identifiers := func(ids []Identifier) {
		for j := range ids {
			one(sub(".identifiers", j, ".scheme"), ids[j].Scheme)
			one(sub(".identifiers", j, ".value"), ids[j].Value)
		}
	}
	claims := func(cs []Claim) {
		for j := range cs {
			one(sub(".claims", j, ".field"), cs[j].Field)
			one(sub(".claims", j, ".value"), cs[j].Value)
			note(sub(".claims", j, ".note"), cs[j].Note)
		}
	}
	targets := func(ts []Target) {
		for j := range ts {
			one(sub(".targets", j, ".metric"), ts[j].Metric)
			one(sub(".targets", j, ".scope"), ts[j].Scope)
		}
	}
	commitments := func(cs []Commitment) {
		for j := range cs {
			one(sub(".commitments", j, ".action"), cs[j].Action)
		}
	}
	amounts := func(as []Amount) {
		for j := range as {
			one(sub(".amounts", j, ".purpose"), as[j].Purpose)
		}
	}
	switch e := any(e).(type) {
	case *Source:
		one(at(".publisher"), e.Publisher)
		one(at(".title"), e.Title)
		one(at(".url"), e.URL)
		one(at(".translator"), e.Translator)
		one(at(".extractor"), e.Extractor)
		note(at(".note"), e.Note)
	case *Actor:
		identifiers(e.Identifiers)
		claims(e.Claims)
		note(at(".note"), e.Note)
	case *Initiative:
		targets(e.Targets)
		commitments(e.Commitments)
		amounts(e.Amounts)
		claims(e.Claims)
		note(at(".note"), e.Note)
	case *Event:
		list(at(".topics"), e.Topics)
		for j := range e.Outcomes {
			note(sub(".outcomes", j, ".summary"), e.Outcomes[j].Summary)
		}
		for j := range e.Coded {
			c := &e.Coded[j]
			one(sub(".coded", j, ".identifier.scheme"), c.Identifier.Scheme)
			one(sub(".coded", j, ".identifier.value"), c.Identifier.Value)
			one(sub(".coded", j, ".coder"), c.Coder)
			one(sub(".coded", j, ".url"), c.URL)
			place := func(p string, pl *CodedPlace) {
				one(sub(".coded", j, p+".name"), pl.Name)
				one(sub(".coded", j, p+".fips"), pl.FIPS)
				one(sub(".coded", j, p+".adm1"), pl.ADM1)
				one(sub(".coded", j, p+".adm2"), pl.ADM2)
				one(sub(".coded", j, p+".feature"), pl.Feature)
			}
			place(".place", &c.Place)
			for _, side := range []struct {
				p string
				a *CodedActor
			}{{".source", &c.Source}, {".target", &c.Target}} {
				one(sub(".coded", j, side.p+".name"), side.a.Name)
				one(sub(".coded", j, side.p+".country"), side.a.Country)
				one(sub(".coded", j, side.p+".known_group"), side.a.KnownGroup)
				one(sub(".coded", j, side.p+".ethnic"), side.a.Ethnic)
				for k, s := range side.a.Religions {
					one(sub(".coded", j, side.p+".religions").idx(k), s)
				}
				for k, s := range side.a.Types {
					one(sub(".coded", j, side.p+".types").idx(k), s)
				}
				place(side.p+".place", &side.a.Place)
			}
		}
		claims(e.Claims)
		note(at(".note"), e.Note)
	case *Agreement:
		for j := range e.Signatories {
			one(sub(".signatories", j, ".post"), e.Signatories[j].Post)
		}
		one(at(".end_reason"), e.EndReason)
		identifiers(e.Identifiers)
		list(at(".topics"), e.Topics)
		commitments(e.Commitments)
		targets(e.Targets)
		amounts(e.Amounts)
		claims(e.Claims)
		note(at(".note"), e.Note)
	case *Figure:
		one(at(".metric"), e.Metric)
		one(at(".share_of"), e.ShareOf)
		claims(e.Claims)
		note(at(".note"), e.Note)
	}
}

// freeTextChecks is the check of rule r (text.control or text.utf8) for
// every kind of entity.
func freeTextChecks(r Rule) checks {
	return checks{
		source:     freeTextCheck[Source](r),
		actor:      freeTextCheck[Actor](r),
		initiative: freeTextCheck[Initiative](r),
		event:      freeTextCheck[Event](r),
		agreement:  freeTextCheck[Agreement](r),
		figure:     freeTextCheck[Figure](r),
	}
}

func freeTextCheck[T entity](r Rule) func(*validator, *T) {
	return func(v *validator, e *T) {
		freeTextsOf(e, func(path loc, s string, lines bool) {
			if r == RuleTextUTF8 {
				if !utf8.ValidString(s) {
					v.errf(r, path, "%q: invalid UTF-8", s)
				}
				return
			}
			if c, ok := firstControl(s, lines); ok {
				v.errf(r, path, "%q: control character %U", s, c)
			}
		})
	}
}

// firstControl returns the first C0 or C1 control character or DEL in s,
// but for line feeds and tabs when lines is true. Invalid UTF-8 is
// text.utf8's.
func firstControl(s string, lines bool) (rune, bool) {
	for _, c := range s {
		if c < 0x20 || 0x7f <= c && c < 0xa0 {
			if lines && (c == '\n' || c == '\t') {
				continue
			}
			return c, true
		}
	}
	return 0, false
}

// --- required ---

func requiredID(v *validator) {
	if v.id == "" {
		v.errf(RuleRequired, at(".id"), "missing ID")
	}
}

// missing reports a required enumerated field left at its zero value.
func (v *validator) missing(path loc, zero bool, what string) {
	if zero {
		v.errf(RuleRequired, path, "missing %s", what)
	}
}

func requiredNames(v *validator, ns names.Names) {
	for j := range ns {
		if ns[j].Text == "" {
			v.errf(RuleRequired, sub(".names", j, ".text"), "empty name")
		}
	}
}

// emptyRefs reports the empty entries of e's lists of references.
func emptyRefs[T entity](v *validator, e *T) {
	for _, r := range entityRefs(v, e) {
		if r.j >= 0 && r.id == "" {
			v.errf(RuleRequired, r.path, "empty reference")
		}
	}
}

func requiredTargets(v *validator, ts []Target) {
	for j := range ts {
		if ts[j].Metric == "" {
			v.errf(RuleRequired, sub(".targets", j, ".metric"), "missing metric")
		}
	}
}

func requiredCommitments(v *validator, cs []Commitment) {
	for j := range cs {
		if cs[j].By == "" {
			v.errf(RuleRequired, sub(".commitments", j, ".by"), "missing the actor who commits")
		}
		if cs[j].Action == "" {
			v.errf(RuleRequired, sub(".commitments", j, ".action"), "missing action")
		}
	}
}

func requiredClaims(v *validator, cs []Claim) {
	for j := range cs {
		if len(cs[j].Sources) == 0 {
			v.errf(RuleRequired, sub(".claims", j, ".sources"), "a claim needs the sources that state it")
		}
	}
}

func requiredSource(v *validator, s *Source) {
	requiredID(v)
	if s.Publisher == "" {
		v.errf(RuleRequired, at(".publisher"), "missing publisher")
	}
	if s.Title == "" {
		v.errf(RuleRequired, at(".title"), "missing title")
	}
}

func requiredActor(v *validator, a *Actor) {
	requiredID(v)
	v.missing(at(".kind"), a.Kind == ActorUnknown, "actor kind")
	requiredNames(v, a.Names)
	for j := range a.Memberships {
		if a.Memberships[j].Group == "" {
			v.errf(RuleRequired, sub(".memberships", j, ".group"), "missing group")
		}
	}
	for j := range a.Members {
		if a.Members[j].Member == "" {
			v.errf(RuleRequired, sub(".members", j, ".member"), "missing member")
		}
	}
	for j := range a.Posts {
		p := &a.Posts[j]
		if p.Title == "" {
			v.errf(RuleRequired, sub(".posts", j, ".title"), "missing title")
		}
		if p.Org == "" {
			v.errf(RuleRequired, sub(".posts", j, ".org"), "missing org")
		}
	}
	for j, id := range a.Identifiers {
		if id.Scheme == "" || id.Value == "" {
			v.errf(RuleRequired, sub(".identifiers", j, ""), "an identifier needs a scheme and a value")
		}
	}
	requiredClaims(v, a.Claims)
	emptyRefs(v, a)
}

func requiredInitiative(v *validator, in *Initiative) {
	requiredID(v)
	v.missing(at(".kind"), in.Kind == InitiativeUnknown, "initiative kind")
	requiredNames(v, in.Names)
	for j := range in.Progress {
		p := &in.Progress[j]
		v.missing(sub(".progress", j, ".stage"), p.Stage == StageUnknown, "stage")
		if p.AsOf.IsZero() {
			v.errf(RuleRequired, sub(".progress", j, ".as_of"), "a stage is reported as of a date")
		}
	}
	requiredTargets(v, in.Targets)
	requiredCommitments(v, in.Commitments)
	requiredClaims(v, in.Claims)
	emptyRefs(v, in)
}

func requiredEvent(v *validator, e *Event) {
	requiredID(v)
	v.missing(at(".kind"), e.Kind == EventUnknown, "event kind")
	requiredNames(v, e.Names)
	if e.Date.IsZero() && e.Kind != EventSeries {
		v.warnf(RuleRequired, at(".date"), "the event has no date, not even an uncertain one")
	}
	for j := range e.Participants {
		if e.Participants[j].Actor == "" {
			v.errf(RuleRequired, sub(".participants", j, ".actor"), "missing actor")
		}
	}
	for j := range e.Outcomes {
		o := &e.Outcomes[j]
		v.missing(sub(".outcomes", j, ".kind"), o.Kind == OutcomeUnknown, "outcome kind")
		if len(o.Refs) == 0 && o.Summary == "" {
			v.errf(RuleRequired, sub(".outcomes", j, ""), "an outcome needs refs or a summary")
		}
	}
	requiredClaims(v, e.Claims)
	emptyRefs(v, e)
}

func requiredAgreement(v *validator, a *Agreement) {
	requiredID(v)
	v.missing(at(".kind"), a.Kind == AgreementUnknown, "agreement kind")
	requiredNames(v, a.Names)
	if len(a.Parties) == 0 {
		v.warnf(RuleRequired, at(".parties"), "no parties are recorded")
	}
	for j := range a.Parties {
		if a.Parties[j].Actor == "" {
			v.errf(RuleRequired, sub(".parties", j, ".actor"), "missing actor")
		}
	}
	for j := range a.Signatories {
		s := &a.Signatories[j]
		if s.Person == "" {
			v.errf(RuleRequired, sub(".signatories", j, ".person"), "missing person")
		}
		if s.For == "" {
			v.errf(RuleRequired, sub(".signatories", j, ".for"), "missing the party the signatory acts for")
		}
	}
	if a.EndReason != "" && a.Ended.IsZero() {
		v.errf(RuleRequired, at(".ended"), "an end reason without an end date")
	}
	requiredCommitments(v, a.Commitments)
	requiredTargets(v, a.Targets)
	requiredClaims(v, a.Claims)
	emptyRefs(v, a)
}

func requiredFigure(v *validator, f *Figure) {
	requiredID(v)
	if f.Subject == "" {
		v.errf(RuleRequired, at(".subject"), "missing subject")
	}
	if f.Metric == "" {
		v.errf(RuleRequired, at(".metric"), "missing metric")
	}
	if !f.Share.IsZero() && f.ShareOf == "" {
		v.errf(RuleRequired, at(".share_of"), "a share needs what it is a share of")
	}
	requiredClaims(v, f.Claims)
	emptyRefs(v, f)
}

// --- id.syntax, id.duplicate ---

func idSyntax(v *validator) {
	if v.id == "" {
		return // rule required
	}
	if err := checkID(string(v.id)); err != nil {
		var pe *ParseError
		errors.As(err, &pe)
		v.errf(RuleIDSyntax, at(".id"), "ID %q is not a valid slug: %s at byte %d", v.id, pe.Reason, pe.Offset)
	}
}

// idDuplicate reports the entity being checked when an earlier entity has
// its ID. Build lists such entities in the dataset's order, the order of
// the walk; v.dup is the next one to report.
func idDuplicate(v *validator) {
	dups := v.ds.dups
	for v.dup < len(dups) && (dups[v.dup].kind < v.kind || dups[v.dup].kind == v.kind && int(dups[v.dup].i) < v.idx) {
		v.dup++ // not met in the walk: the dataset changed since Build
	}
	if v.dup < len(dups) && dups[v.dup].kind == v.kind && int(dups[v.dup].i) == v.idx {
		first := v.ds.index[dups[v.dup].id]
		v.errf(RuleIDDuplicate, at(".id"), "ID %q is already used by %s; IDs are unique across all kinds", v.id, v.ds.position(first.kind, int(first.i)))
		v.dup++
	}
}

// --- names.required, name.language ---

func namesRequired[T entity](v *validator, e *T) {
	if len(namesOf(e)) == 0 {
		v.errf(RuleNamesRequired, at(".names"), "at least one name is needed")
	}
}

func nameLanguage[T entity](v *validator, e *T) {
	ns := namesOf(e)
	for j := range ns {
		if ns[j].Lang == language.Und {
			v.warnf(RuleNameLanguage, sub(".names", j, ".lang"), "the language of %q is not given", ns[j].Text)
		}
	}
}

// --- enum.unknown ---

// unknown reports an enumerated field that holds no known value.
func (v *validator) unknown(path loc, known bool, what string, val uint8) {
	if !known {
		v.errf(RuleEnumUnknown, path, "unknown %s %d", what, val)
	}
}

func unknownNameKinds(v *validator, ns names.Names) {
	for j := range ns {
		v.unknown(sub(".names", j, ".kind"), ns[j].Kind.Known(), "name kind", uint8(ns[j].Kind))
	}
}

func unknownQualifier(v *validator, s stated) {
	if !s.q.Qualifier.Known() {
		v.errf(RuleEnumUnknown, s.path.then(".qualifier"), "unknown qualifier %d", uint8(s.q.Qualifier))
	}
}

func enumUnknownActor(v *validator, a *Actor) {
	v.unknown(at(".kind"), actorKinds.Known(a.Kind), "actor kind", uint8(a.Kind))
	unknownNameKinds(v, a.Names)
	for j := range a.Memberships {
		r := a.Memberships[j].Role
		v.unknown(sub(".memberships", j, ".role"), membershipRoles.Known(r), "membership role", uint8(r))
	}
}

func enumUnknownInitiative(v *validator, in *Initiative) {
	v.unknown(at(".kind"), initiativeKinds.Known(in.Kind), "initiative kind", uint8(in.Kind))
	unknownNameKinds(v, in.Names)
	for j := range in.Progress {
		s := in.Progress[j].Stage
		v.unknown(sub(".progress", j, ".stage"), stages.Known(s), "stage", uint8(s))
	}
	quantitiesOf(in, func(s stated) { unknownQualifier(v, s) })
}

func enumUnknownEvent(v *validator, e *Event) {
	v.unknown(at(".kind"), eventKinds.Known(e.Kind), "event kind", uint8(e.Kind))
	unknownNameKinds(v, e.Names)
	for j := range e.Participants {
		r := e.Participants[j].Role
		v.unknown(sub(".participants", j, ".role"), participantRoles.Known(r), "participant role", uint8(r))
	}
	for j := range e.Outcomes {
		k := e.Outcomes[j].Kind
		v.unknown(sub(".outcomes", j, ".kind"), outcomeKinds.Known(k), "outcome kind", uint8(k))
	}
	quantitiesOf(e, func(s stated) { unknownQualifier(v, s) })
}

func enumUnknownAgreement(v *validator, a *Agreement) {
	v.unknown(at(".kind"), agreementKinds.Known(a.Kind), "agreement kind", uint8(a.Kind))
	v.unknown(at(".scope"), scopes.Known(a.Scope), "scope", uint8(a.Scope))
	v.unknown(at(".binding"), bindings.Known(a.Binding), "binding", uint8(a.Binding))
	unknownNameKinds(v, a.Names)
	for j := range a.Parties {
		r := a.Parties[j].Role
		v.unknown(sub(".parties", j, ".role"), partyRoles.Known(r), "party role", uint8(r))
		in := a.Parties[j].Instrument
		v.unknown(sub(".parties", j, ".instrument"), instruments.Known(in), "instrument", uint8(in))
	}
	quantitiesOf(a, func(s stated) { unknownQualifier(v, s) })
}

// --- region.*, subdivision.* ---

func regionMissing(v *validator, a *Actor) {
	if a.Country.IsZero() && a.Kind == ActorState {
		v.errf(RuleRegionMissing, at(".country"), "a state needs its ISO 3166-1 code")
	}
}

func regionNotCountry(v *validator, a *Actor) {
	if !a.Country.IsZero() && !a.Country.Region().IsCountry() {
		v.errf(RuleRegionNotCountry, at(".country"), "%s is not a country code", a.Country)
	}
}

func regionDeprecated(v *validator, a *Actor) {
	if r := a.Country.Region(); !a.Country.IsZero() && r.IsCountry() && r.Canonicalize() != r {
		v.warnf(RuleRegionDeprecated, at(".country"), "%s is a deprecated code (now %s); keep it only for a state that no longer exists", a.Country, r.Canonicalize())
	}
}

func subdivisionMissing(v *validator, a *Actor) {
	if !a.Subdivision.IsValid() && a.Kind == ActorSubdivision {
		v.warnf(RuleSubdivisionMissing, at(".subdivision"), "a subdivision should carry its ISO 3166-2 code")
	}
}

func subdivisionCountry(v *validator, a *Actor) {
	if !a.Subdivision.IsValid() {
		return
	}
	if sc := a.Subdivision.Country(); !a.Country.IsZero() && sc != a.Country.Region() {
		v.errf(RuleSubdivisionCountry, at(".subdivision"), "subdivision %s is in %s, not in the actor's country %s", a.Subdivision, sc, a.Country)
	} else if st, ok := v.stateOf(a.PartOf); ok && !st.Country.IsZero() && st.Country.Region() != sc {
		v.errf(RuleSubdivisionCountry, at(".subdivision"), "subdivision %s is in %s, but the actor is part of %s (%s)", a.Subdivision, sc, st.ID, st.Country)
	}
}

// stateOf returns the first state up the chain of id ([Dataset.up]).
func (v *validator) stateOf(id ID) (*Actor, bool) {
	var st *Actor
	v.ds.up(id, func(a *Actor) bool {
		if a.Kind == ActorState {
			st = a
			return false
		}
		return true
	})
	return st, st != nil
}

// --- identifier.syntax, url.absolute, source.language, sector.unknown ---

func identifierSyntax(v *validator, a *Actor) {
	for j, id := range a.Identifiers {
		if id.Scheme == schemeWikidata && id.Value != "" && !isQID(id.Value) {
			v.errf(RuleIdentifierSyntax, sub(".identifiers", j, ".value"), "%q is not a Wikidata item ID (Q followed by digits)", id.Value)
		}
	}
}

func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func urlAbsolute(v *validator, s *Source) {
	if s.URL == "" {
		return
	}
	u, err := url.Parse(s.URL)
	switch {
	case err != nil:
		v.errf(RuleURLAbsolute, at(".url"), "URL %q does not parse: %v", s.URL, err)
	case (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
		v.errf(RuleURLAbsolute, at(".url"), "URL %q is not an absolute http or https URL", s.URL)
	}
}

func sourceLanguage(v *validator, s *Source) {
	if s.Language == language.Und {
		v.warnf(RuleSourceLanguage, at(".language"), "the language of the source is not given")
	}
}

func sectorUnknown(v *validator, ss []Sector) {
	for j, s := range ss {
		if !s.Known() && !slices.Contains(v.opts.Sectors, s) && !slices.Contains(v.ds.Sectors, s) {
			v.errf(RuleSectorUnknown, at(".sectors").idx(j), "sector %q is neither built in (see Sectors) nor declared in the dataset's sectors nor named in ValidateOptions.Sectors", s)
		}
	}
}

// --- money.currency, quantity.range ---

func moneyCurrency(v *validator, s stated) {
	switch u := s.q.Unit; {
	case u.IsCurrency():
		if _, err := currency.ParseISO(string(u)); err != nil {
			v.errf(RuleMoneyCurrency, s.path.then(".unit"), "%q is not an ISO 4217 currency x/text knows", u)
		}
	case s.measure == measureMoney:
		v.errf(RuleMoneyCurrency, s.path.then(".unit"), "an amount of money needs an ISO 4217 currency code, not %q", u)
	}
}

func quantityRange(v *validator, s stated) {
	switch s.measure {
	case measureMoney, measureCount:
		v.outOfRange(s.path, ".value", s.what, s.q.Value, false)
	case measureTarget:
		if s.q.Unit == quantity.UnitPercent {
			v.outOfRange(s.path, ".value", s.what, s.q.Value, true)
		}
	case measureShare:
		if s.q.Unit != quantity.UnitPercent {
			v.errf(RuleQuantityRange, s.path.then(".unit"), "%s is given in percent, not %q", s.what, s.q.Unit)
			return
		}
		v.outOfRange(s.path, ".value", s.what, s.q.Value, true)
	}
}

func quantityRangeEvent(v *validator, e *Event) {
	if e.Ordinal < 0 {
		v.outOfRange(at(".ordinal"), "", "an ordinal", quantity.DecimalFromInt(int64(e.Ordinal)), false)
	}
	quantitiesOf(e, func(s stated) { quantityRange(v, s) })
}

// outOfRange reports x, the number of what at path and then field, when it
// is negative or, for a percentage, above 100 (rule quantity.range).
func (v *validator) outOfRange(path loc, field, what string, x quantity.Decimal, percent bool) {
	switch {
	case percent && (x.Sign() < 0 || x.Compare(hundred) > 0):
		v.errf(RuleQuantityRange, path.then(field), "%s of %s%% is outside 0-100%%", what, x)
	case !percent && x.Sign() < 0:
		v.errf(RuleQuantityRange, path.then(field), "%s cannot be negative (%s)", what, x)
	}
}

var hundred = quantity.DecimalFromInt(100)

// --- ref.* ---

func refUnresolved(v *validator, r *ref) {
	if r.checked(v) && r.kind == EntityNone {
		v.errf(RuleRefUnresolved, r.path, "no entity has ID %q", r.id)
	}
}

func refKind(v *validator, r *ref) {
	if !r.checked(v) || r.kind == EntityNone {
		return // rule ref.unresolved
	}
	ds, t := v.ds, r.to
	switch {
	case t.kind != EntityNone && r.kind != t.kind:
		v.errf(RuleRefKind, r.path, "%s is %s, not %s", r.id, article(r.kind.String()), article(t.kind.String()))
	case t.actor != nil && int(r.i) < len(ds.Actors) && !t.actor(ds.Actors[r.i].Kind):
		v.errf(RuleRefKind, r.path, "%s is %s, not %s", r.id, article(ds.Actors[r.i].Kind.String()), t.want)
	case t.event != nil && int(r.i) < len(ds.Events) && !t.event(ds.Events[r.i].Kind):
		v.errf(RuleRefKind, r.path, "%s is %s, not %s", r.id, article(ds.Events[r.i].Kind.String()), t.want)
	}
}

func refSelf(v *validator, r *ref) {
	if r.self && r.id == v.id {
		v.errf(RuleRefSelf, r.path, "%s refers to itself", r.id)
	}
}

// refSelfEvent reports an event that refers to itself, and participants
// who act on their own behalf.
func refSelfEvent(v *validator, e *Event) {
	refs := entityRefs(v, e)
	for i := range refs {
		refSelf(v, &refs[i])
	}
	for j := range e.Participants {
		if p := &e.Participants[j]; p.OnBehalfOf != "" && p.OnBehalfOf == p.Actor {
			v.errf(RuleRefSelf, sub(".participants", j, ".on_behalf_of"), "%s acts on its own behalf; leave on_behalf_of empty", p.Actor)
		}
	}
}

// refDuplicate reports the entries of e's lists of references that repeat
// an earlier entry.
func refDuplicate[T entity](v *validator, e *T) {
	refs := entityRefs(v, e)
	for k := range refs {
		r := &refs[k]
		if r.j <= 0 || !r.checked(v) {
			continue
		}
		for m, o := range refs[k-int(r.j) : k] {
			if o.id == r.id {
				v.warnf(RuleRefDuplicate, r.path, "%s is listed twice (also at [%d])", r.id, m)
				break
			}
		}
	}
}

// refDuplicateAgreement reports a party listed twice, an error, and then
// the agreement's lists that repeat an ID.
func refDuplicateAgreement(v *validator, a *Agreement) {
	for j := range a.Parties {
		id := a.Parties[j].Actor
		if id == "" {
			continue
		}
		if k := slices.IndexFunc(a.Parties[:j], func(p Party) bool { return p.Actor == id }); k >= 0 {
			v.errf(RuleRefDuplicate, sub(".parties", j, ".actor"), "%s is already parties[%d]", id, k)
		}
	}
	refDuplicate(v, a)
}

// --- signatory.not-party, agreement.bilateral-sides ---

func signatoryNotParty(v *validator, a *Agreement) {
	for j := range a.Signatories {
		s := &a.Signatories[j]
		if s.For == "" {
			continue // rule required
		}
		if er, ok := v.ds.index[s.For]; ok && er.kind == EntityActor && !v.actsForParty(s.For, a.Parties) {
			v.errf(RuleSignatoryNotParty, sub(".signatories", j, ".for"), "%s is not a party, nor part of one", s.For)
		}
	}
}

// actsForParty reports whether id is a party or part of one.
func (v *validator) actsForParty(id ID, ps []Party) bool {
	found := false
	v.ds.up(id, func(a *Actor) bool {
		found = slices.ContainsFunc(ps, func(p Party) bool { return p.Actor == a.ID })
		return !found
	})
	return found
}

func bilateralSides(v *validator, a *Agreement) {
	if a.Scope != ScopeBilateral || len(a.Parties) == 0 {
		return
	}
	sides := 0
	for j := range a.Parties {
		p := &a.Parties[j]
		if p.Actor == "" || (p.Role != PartyRoleParty && p.Role != PartyRoleAcceding) {
			continue
		}
		if !slices.ContainsFunc(a.Parties[:j], func(o Party) bool { return o.Actor == p.Actor }) {
			sides++
		}
	}
	if sides != 2 {
		v.errf(RuleAgreementBilateralSides, at(".parties"), "a bilateral agreement has exactly two distinct parties, not %d", sides)
	}
}

// --- post.not-person, post.overlap, membership.overlap ---

func postNotPerson(v *validator, a *Actor) {
	if len(a.Posts) > 0 && a.Kind != ActorPerson {
		v.errf(RulePostNotPerson, at(".posts"), "only persons hold posts; this actor is %s", article(a.Kind.String()))
	}
}

func postOverlap(v *validator, a *Actor) {
	for j := range a.Posts {
		p := &a.Posts[j]
		for k := range j {
			o := &a.Posts[k]
			if o.Title == p.Title && o.Org == p.Org && overlapping(o.Period, p.Period) {
				v.warnf(RulePostOverlap, sub(".posts", j, ""), "repeats posts[%d] (%s of %s) for an overlapping period", k, p.Title, p.Org)
				break
			}
		}
	}
}

// membershipOverlap reports a membership that repeats an earlier one of
// the same list, and a membership stated on the group (Members) that
// repeats one stated on the member.
func membershipOverlap(v *validator, a *Actor) {
	for j := range a.Memberships {
		m := &a.Memberships[j]
		for k := range j {
			o := &a.Memberships[k]
			if o.Group == m.Group && o.Role == m.Role && overlapping(o.Period, m.Period) {
				v.warnf(RuleMembershipOverlap, sub(".memberships", j, ""), "repeats memberships[%d] (%s as %s) for an overlapping period", k, m.Group, m.Role)
				break
			}
		}
	}
	for j := range a.Members {
		m := &a.Members[j]
		if m.Member == "" {
			continue // rule required
		}
		repeated := false
		for k := range j {
			o := &a.Members[k]
			if o.Member == m.Member && o.Role == m.Role && overlapping(o.Period, m.Period) {
				v.warnf(RuleMembershipOverlap, sub(".members", j, ""), "repeats members[%d] (%s as %s) for an overlapping period", k, m.Member, m.Role)
				repeated = true
				break
			}
		}
		if repeated || m.Member == a.ID {
			continue
		}
		if member, ok := v.ds.Actor(m.Member); ok {
			for k := range member.Memberships {
				o := &member.Memberships[k]
				if o.Group == a.ID && o.Role == m.Role && overlapping(o.Period, m.Period) {
					v.warnf(RuleMembershipOverlap, sub(".members", j, ""), "repeats the membership %s states (memberships[%d], as %s) for an overlapping period", m.Member, k, m.Role)
					break
				}
			}
		}
	}
}

func overlapping(a, b edtf.Date) bool {
	if a.IsZero() || b.IsZero() {
		return true // an undated post or membership covers every date
	}
	return a.Overlaps(b)
}

// --- date.order ---

func dateOrderActor(v *validator, a *Actor) {
	v.order(at(".dissolved"), "founded", a.Founded, "dissolved", a.Dissolved)
}

func dateOrderInitiative(v *validator, in *Initiative) {
	v.order(at(".adopted"), "announced", in.Announced, "adopted", in.Adopted)
	if old, ok := resolveIn(v, in.Supersedes, EntityInitiative, v.ds.Initiatives); ok {
		v.order(at(".period"), "the superseded initiative's period ("+string(old.ID)+")", startOf(old.Period), "this period", startOf(in.Period))
	}
}

func dateOrderAgreement(v *validator, a *Agreement) {
	for j := range a.Parties {
		p := &a.Parties[j]
		if p.Actor == "" {
			continue // rule required
		}
		if !p.Ratified.IsZero() {
			v.order(sub(".parties", j, ".ratified"), "the party's signature", p.Signed, "ratified", p.Ratified)
		}
		if !p.Joined.IsZero() {
			v.order(sub(".parties", j, ".joined"), "signed", a.Signed, "joined", p.Joined)
		}
		if !p.Left.IsZero() {
			v.order(sub(".parties", j, ".left"), "joined", p.Joined, "left", p.Left)
			if p.Joined.IsZero() {
				v.order(sub(".parties", j, ".left"), "signed", a.Signed, "left", p.Left)
			}
		}
		for k, r := range p.Rejoined {
			path := sub(".parties", j, ".rejoined").idx(k)
			if r.IsSet() || r.IsList() {
				v.errf(RuleDateOrder, path, "a rejoined period is an interval or a date, not a set or list (%s)", r)
				continue
			}
			v.order(path, "left", p.Left, "rejoined", startOf(r))
		}
	}
	v.order(at(".in_force"), "signed", a.Signed, "in force", a.InForce)
	v.order(at(".in_force"), "adopted", a.Adopted, "in force", a.InForce)
	v.order(at(".ended"), "signed", a.Signed, "ended", a.Ended)
	v.order(at(".ended"), "adopted", a.Adopted, "ended", a.Ended)
	v.order(at(".ended"), "in force", a.InForce, "ended", a.Ended)
	if old, ok := resolveIn(v, a.Amends, EntityAgreement, v.ds.Agreements); ok {
		v.order(at(".signed"), "the amended agreement's signature ("+string(old.ID)+")", old.Signed, "this signature", a.Signed)
	}
}

func dateOrderFigure(v *validator, f *Figure) {
	v.order(at(".versus"), "versus", f.Versus, "period", f.Period)
}

// order checks that b is not before a: an error when b certainly is, a
// warning when their bounds allow it (rule date.order).
func (v *validator) order(path loc, an string, a edtf.Date, bn string, b edtf.Date) {
	v.notBefore(RuleDateOrder, path, an, a, bn, b)
}

// notBefore is order for rule r.
func (v *validator) notBefore(r Rule, path loc, an string, a edtf.Date, bn string, b edtf.Date) {
	if a.IsZero() || b.IsZero() {
		return
	}
	switch {
	case b.CertainlyBefore(a):
		v.errf(r, path, "%s (%s) is before %s (%s)", bn, b, an, a)
	case b.PossiblyBefore(a):
		v.warnf(r, path, "%s (%s) may be before %s (%s)", bn, b, an, a)
	}
}

// startOf returns the start of an interval, or d itself.
func startOf(d edtf.Date) edtf.Date {
	if d.IsInterval() {
		return d.Start()
	}
	return d
}

// --- date.future ---

func dateFutureSource(v *validator, s *Source) { v.happened(at(".published"), s.Published) }

func dateFutureActor(v *validator, a *Actor) {
	v.happened(at(".founded"), a.Founded)
	v.happened(at(".dissolved"), a.Dissolved)
}

func dateFutureInitiative(v *validator, in *Initiative) {
	v.happened(at(".announced"), in.Announced)
	v.happened(at(".adopted"), in.Adopted)
	for j := range in.Progress {
		v.happened(sub(".progress", j, ".as_of"), in.Progress[j].AsOf)
	}
}

func dateFutureEvent(v *validator, e *Event) { v.happened(at(".date"), e.Date) }

func dateFutureAgreement(v *validator, a *Agreement) {
	for j := range a.Parties {
		p := &a.Parties[j]
		if p.Actor == "" {
			continue // rule required
		}
		v.happened(sub(".parties", j, ".signed"), p.Signed)
		v.happened(sub(".parties", j, ".ratified"), p.Ratified)
		v.happened(sub(".parties", j, ".joined"), p.Joined)
		v.scheduled(sub(".parties", j, ".left"), p.Left)
	}
	v.happened(at(".adopted"), a.Adopted)
	v.happened(at(".signed"), a.Signed)
	v.happened(at(".in_force"), a.InForce)
	v.scheduled(at(".ended"), a.Ended)
}

// happened checks a date of something that happened against AsOf. Of an
// interval only the start counts: "2021-04-05/.." began in 2021 and goes on.
func (v *validator) happened(path loc, d edtf.Date) {
	if v.opts.AsOf.IsZero() || d.IsZero() {
		return
	}
	if d = startOf(d); d.IsZero() {
		return
	}
	switch {
	case v.opts.AsOf.CertainlyBefore(d):
		v.errf(RuleDateFuture, path, "%s is after the as-of date %s", d, v.opts.AsOf)
	case v.opts.AsOf.PossiblyBefore(d):
		v.warnf(RuleDateFuture, path, "%s may be after the as-of date %s", d, v.opts.AsOf)
	}
}

// scheduled checks an end date against AsOf: an end after it may be a
// fixed term's expiry, known in advance, so it is a warning, never an
// error.
func (v *validator) scheduled(path loc, d edtf.Date) {
	if v.opts.AsOf.IsZero() || d.IsZero() {
		return
	}
	if d = startOf(d); d.IsZero() {
		return
	}
	if v.opts.AsOf.CertainlyBefore(d) {
		v.warnf(RuleDateFuture, path, "%s is after the as-of date %s; right only for a scheduled end", d, v.opts.AsOf)
	}
}

// --- date.outside-parent, date.signed-at-event, time.without-day ---

func dateOutsideParent(v *validator, e *Event) {
	if p, ok := resolveIn(v, e.PartOf, EntityEvent, v.ds.Events); ok {
		v.within(at(".date"), e.Date, p.Date, RuleDateOutsideParent, "its parent event "+string(p.ID))
	}
}

func dateSignedAtEvent(v *validator, a *Agreement) {
	if ev, ok := resolveIn(v, a.Event, EntityEvent, v.ds.Events); ok {
		if !a.Adopted.IsZero() {
			v.within(at(".adopted"), a.Adopted, ev.Date, RuleDateSignedAtEvent, "the event "+string(ev.ID)+" where it was adopted")
		}
		v.within(at(".signed"), a.Signed, ev.Date, RuleDateSignedAtEvent, "the event "+string(ev.ID)+" where it was signed")
	}
}

// within checks that the days of d fall inside outer: an error when they
// certainly do not overlap, a warning when d may reach outside.
func (v *validator) within(path loc, d, outer edtf.Date, r Rule, what string) {
	if d.IsZero() || outer.IsZero() {
		return
	}
	if !d.Overlaps(outer) {
		v.errf(r, path, "%s is outside the dates of %s (%s)", d, what, outer)
		return
	}
	dlo, ok1 := d.Earliest()
	olo, ok2 := outer.Earliest()
	dhi, ok3 := d.Latest()
	ohi, ok4 := outer.Latest()
	if (ok1 && ok2 && dlo < olo) || (ok3 && ok4 && dhi > ohi) {
		v.warnf(r, path, "%s may fall outside the dates of %s (%s)", d, what, outer)
	}
}

func timeWithoutDay(v *validator, e *Event) {
	if e.Time.IsZero() {
		return
	}
	if lo, ok1 := e.Date.Earliest(); !ok1 {
		v.errf(RuleTimeWithoutDay, at(".time"), "a time of day needs a date")
	} else if hi, ok2 := e.Date.Latest(); !ok2 || lo != hi {
		v.errf(RuleTimeWithoutDay, at(".time"), "a time of day needs a date of one day, not %s", e.Date)
	}
}

// --- hierarchy.cycle ---

// hierarchyCycle reports each cycle of actor part_of, initiative part_of
// and supersedes, and event part_of links once, at its first member in
// dataset order.
func hierarchyCycle(v *validator) {
	ds := v.ds
	state := make([]uint8, max(len(ds.Actors), len(ds.Initiatives), len(ds.Events)))
	v.cycle(state, EntityActor, len(ds.Actors), func(i int) ID { return ds.Actors[i].ID }, func(i int) ID { return ds.Actors[i].PartOf }, ".part_of")
	v.cycle(state, EntityInitiative, len(ds.Initiatives), func(i int) ID { return ds.Initiatives[i].ID }, func(i int) ID { return ds.Initiatives[i].PartOf }, ".part_of")
	v.cycle(state, EntityInitiative, len(ds.Initiatives), func(i int) ID { return ds.Initiatives[i].ID }, func(i int) ID { return ds.Initiatives[i].Supersedes }, ".supersedes")
	v.cycle(state, EntityEvent, len(ds.Events), func(i int) ID { return ds.Events[i].ID }, func(i int) ID { return ds.Events[i].PartOf }, ".part_of")
}

// cycle follows the links next of the n entities of kind k, using state
// (at least n long) to mark them.
func (v *validator) cycle(state []uint8, k EntityKind, n int, idOf, next func(int) ID, field string) {
	const (
		unseen = iota
		onPath
		done
	)
	state = state[:n]
	clear(state)
	var path []int
	for start := range n {
		if state[start] != unseen {
			continue
		}
		path = path[:0]
		i := start
		for {
			if state[i] == done {
				break
			}
			if state[i] == onPath {
				// i starts a cycle: report it once, at i, or on a layer at
				// its first member of the layer's own (a cycle of the
				// base's alone is the base's problem).
				cycle, own := v.ds.ownFirst(k, path[slices.Index(path, i):])
				var ids []string
				for _, p := range cycle {
					ids = append(ids, string(idOf(p)))
				}
				ids = append(ids, string(idOf(cycle[0])))
				if len(ids) > 2 && own { // a self-reference is ref.self
					v.at(k, cycle[0], idOf(cycle[0]))
					v.errf(RuleHierarchyCycle, at(field), "%s forms a cycle: %s", strings.TrimPrefix(field, "."), strings.Join(ids, " -> "))
				}
				break
			}
			state[i] = onPath
			path = append(path, i)
			r, ok := v.ds.index[next(i)]
			if !ok || r.kind != k || int(r.i) >= n {
				break
			}
			i = int(r.i)
		}
		for _, p := range path {
			state[p] = done
		}
	}
}

// article puts "a" or "an" before a kind's name.
func article(s string) string {
	if s != "" && strings.IndexByte("aeiou", s[0]) >= 0 {
		return "an " + s
	}
	return "a " + s
}

// --- source.missing ---

func sourceMissing(v *validator, ss []ID) {
	if len(ss) == 0 {
		v.errf(RuleSourceMissing, at(".sources"), "no source is cited; every fact needs one")
	}
}

// --- ref.kind of event roles and of a group's members ---

// canChair reports whether an actor of kind k can co-chair an event: a
// person, a state or an organisation.
func canChair(k ActorKind) bool {
	return k == ActorPerson || k == ActorState || k.IsOrganisation()
}

// refKindActor checks the kinds of an actor's references, and that only an
// organisation or grouping states members.
func refKindActor(v *validator, a *Actor) {
	refs := entityRefs(v, a)
	for i := range refs {
		refKind(v, &refs[i])
	}
	if len(a.Members) > 0 && a.Kind != ActorUnknown && !a.Kind.IsOrganisation() {
		v.errf(RuleRefKind, at(".members"), "only an organisation or grouping has members; this actor is %s", article(a.Kind.String()))
	}
}

// --- party.kind, party.in-force-before-agreement ---

// canBeParty reports whether an actor of kind k can be a party to an
// agreement: any kind but a person, a venue or a collectively named group.
func canBeParty(k ActorKind) bool {
	return k != ActorPerson && k != ActorVenue && k != ActorGroup
}

func partyKind(v *validator, a *Agreement) {
	for j := range a.Parties {
		if p, ok := resolveIn(v, a.Parties[j].Actor, EntityActor, v.ds.Actors); ok && p.Kind != ActorUnknown && !canBeParty(p.Kind) {
			hint := ""
			switch p.Kind {
			case ActorPerson:
				hint = "; a person signs for a party (signatories)"
			case ActorGroup:
				hint = "; list the group's members as parties"
			}
			v.errf(RulePartyKind, sub(".parties", j, ".actor"), "%s is %s, which cannot be a party%s", p.ID, article(p.Kind.String()), hint)
		}
	}
}

func partyInForceEarly(v *validator, a *Agreement) {
	if a.InForce.IsZero() {
		return
	}
	force := claimedValues(nil, a.InForce, a.Claims, field("in_force"))
	// The claims split by party once, so that many parties with many
	// claims are not read P×C times; one list of values for every party.
	cs := partyClaims{all: a.Claims, parties: claimsByParty(a.Claims)}
	var joined []edtf.Date
	for j := range a.Parties {
		p := &a.Parties[j]
		if p.Actor == "" {
			continue // rule required
		}
		joined = claimedValues(joined[:0], p.Joined, cs.party(j), partField("parties", j, "joined"))
		v.notBeforeClaimed(RulePartyInForceEarly, sub(".parties", j, ".joined"), "the agreement's entry into force", force, "joined", joined)
		for k, r := range p.Rejoined {
			if r.IsSet() || r.IsList() {
				continue // rule date.order
			}
			// Claims are not supported on rejoined periods (claimFields).
			v.notBeforeClaimed(RulePartyInForceEarly, sub(".parties", j, ".rejoined").idx(k), "the agreement's entry into force", force, "rejoined", []edtf.Date{startOf(r)})
		}
	}
}

// claimedValues appends to ds the values a date field holds: its own
// value v (when set) and then those the claims on path state, each once.
// Claimed values that are not EDTF are left out (rule claim.value).
func claimedValues(ds []edtf.Date, v edtf.Date, cs []Claim, path fieldPath) []edtf.Date {
	if !v.IsZero() {
		ds = append(ds, v)
	}
	var seen map[edtf.Date]bool // made only for a field with claims
	for i := range cs {
		if !path.is(cs[i].Field) || cs[i].Value == "" {
			continue
		}
		d, err := edtf.Parse(cs[i].Value)
		if err != nil {
			continue
		}
		if seen == nil {
			seen = map[edtf.Date]bool{v: true}
		}
		if !seen[d] {
			seen[d] = true
			ds = append(ds, d)
		}
	}
	return ds
}

// notBeforeClaimed is notBefore over the values of two claimed fields
// (claimedValues): an error when every value of b is certainly before
// every value of a, a warning when some value of b possibly is before
// some value of a. It reads each list once, on its bounds, as
// edtf.Date.CertainlyBefore and PossiblyBefore do pair by pair, so that
// many claims cost no more than reading them.
func (v *validator) notBeforeClaimed(r Rule, path loc, an string, a []edtf.Date, bn string, b []edtf.Date) {
	if len(a) == 0 || len(b) == 0 {
		return
	}
	if len(a) == 1 && len(b) == 1 {
		v.notBefore(r, path, an, a[0], bn, b[0])
		return
	}
	// certain: every b has a latest day and every a an earliest, the
	// latest of b before the earliest of a. possible: some b without an
	// earliest day or some a without a latest, or the earliest of b before
	// the latest of a.
	certain, possible := true, false
	bLatest, bEarliest := minDay, maxDay
	for _, x := range b {
		if hi, ok := x.Latest(); ok {
			bLatest = max(bLatest, hi)
		} else {
			certain = false
		}
		if lo, ok := x.Earliest(); ok {
			bEarliest = min(bEarliest, lo)
		} else {
			possible = true
		}
	}
	aEarliest, aLatest := maxDay, minDay
	for _, y := range a {
		if lo, ok := y.Earliest(); ok {
			aEarliest = min(aEarliest, lo)
		} else {
			certain = false
		}
		if hi, ok := y.Latest(); ok {
			aLatest = max(aLatest, hi)
		} else {
			possible = true
		}
	}
	certain = certain && bLatest < aEarliest
	possible = possible || bEarliest < aLatest
	switch {
	case certain:
		v.errf(r, path, "%s (%s) is before %s (%s) on every claim", bn, joinDates(b), an, joinDates(a))
	case possible:
		v.warnf(r, path, "%s (%s) may be before %s (%s): the claims differ", bn, joinDates(b), an, joinDates(a))
	}
}

// joinDates writes the values of a claimed field, at most five: "1982-12-02
// or 1982-12-04", "… or 2 more".
func joinDates(ds []edtf.Date) string {
	const most = 5
	parts := make([]string, 0, min(len(ds), most)+1)
	for i, d := range ds {
		if i == most {
			parts = append(parts, strconv.Itoa(len(ds)-most)+" more")
			break
		}
		parts = append(parts, d.String())
	}
	return strings.Join(parts, " or ")
}

// --- agreement.multilateral-sides, agreement.place-venue ---

// sides counts the distinct parties of a that are bound by it (signatory
// or acceding).
func sides(a *Agreement) int {
	n := 0
	for j := range a.Parties {
		p := &a.Parties[j]
		if p.Actor == "" || (p.Role != PartyRoleParty && p.Role != PartyRoleAcceding) {
			continue
		}
		if !slices.ContainsFunc(a.Parties[:j], func(o Party) bool { return o.Actor == p.Actor }) {
			n++
		}
	}
	return n
}

func multilateralSides(v *validator, a *Agreement) {
	if (a.Scope != ScopeMultilateral && a.Scope != ScopeRegional) || len(a.Parties) == 0 {
		return
	}
	if n := sides(a); n < 3 {
		v.errf(RuleAgreementMultiSides, at(".parties"), "a %s agreement has at least three distinct parties, not %d", a.Scope, n)
	}
}

func placeVenue(v *validator, a *Agreement) {
	if a.Place == "" {
		return
	}
	ev, ok := resolveIn(v, a.Event, EntityEvent, v.ds.Events)
	if !ok || ev.Venue == "" || ev.Venue == a.Place {
		return
	}
	if _, ok := v.ds.Actor(a.Place); !ok {
		return // rule ref.unresolved
	}
	if _, ok := v.ds.Actor(ev.Venue); !ok {
		return
	}
	if v.within2(a.Place, ev.Venue) || v.within2(ev.Venue, a.Place) {
		return
	}
	v.errf(RuleAgreementPlaceVenue, at(".place"), "%s is neither the venue %s of the event %s where it was signed nor part of it, nor the other way round", a.Place, ev.Venue, ev.ID)
}

// within2 reports whether outer is up the part-of chain of id.
func (v *validator) within2(id, outer ID) bool {
	found := false
	v.ds.up(id, func(a *Actor) bool {
		found = a.ID == outer
		return !found
	})
	return found
}

// --- post.period ---

// postCovers reports whether person holds no post matching match with an
// undated period and none whose period can cover d: false when the
// person's matching posts all have periods and none covers d, and true
// when there are none (nothing to check).
func postCovers(person *Actor, d edtf.Date, match func(*Post) bool) bool {
	dated := false
	for k := range person.Posts {
		p := &person.Posts[k]
		if !match(p) {
			continue
		}
		if p.Period.IsZero() || p.Period.Overlaps(d) {
			return true
		}
		dated = true
	}
	return !dated
}

func postPeriodAgreement(v *validator, a *Agreement) {
	d := a.Signed
	if d.IsZero() {
		d = a.Adopted
	}
	if d.IsZero() {
		return
	}
	for j := range a.Signatories {
		s := &a.Signatories[j]
		if s.Post == "" {
			continue
		}
		person, ok := resolveIn(v, s.Person, EntityActor, v.ds.Actors)
		if !ok || postCovers(person, d, func(p *Post) bool { return p.Title == s.Post }) {
			continue
		}
		v.warnf(RulePostPeriod, sub(".signatories", j, ".post"), "%s held no post of %s on %s, by the periods of their posts", s.Person, s.Post, d)
	}
}

func postPeriodEvent(v *validator, e *Event) {
	if e.Date.IsZero() {
		return
	}
	for j := range e.Participants {
		pt := &e.Participants[j]
		if pt.For == "" {
			continue
		}
		person, ok := resolveIn(v, pt.Actor, EntityActor, v.ds.Actors)
		if !ok || postCovers(person, e.Date, func(p *Post) bool { return p.Org == pt.For }) {
			continue
		}
		v.warnf(RulePostPeriod, sub(".participants", j, ".for"), "%s held no post at %s on %s, by the periods of their posts", pt.Actor, pt.For, e.Date)
	}
}

// --- membership.outside-group ---

func membershipOutsideGroup(v *validator, a *Actor) {
	for j := range a.Memberships {
		m := &a.Memberships[j]
		if g, ok := resolveIn(v, m.Group, EntityActor, v.ds.Actors); ok {
			v.inGroupLife(sub(".memberships", j, ".period"), m.Period, g)
		}
	}
	if len(a.Members) > 0 {
		for j := range a.Members {
			v.inGroupLife(sub(".members", j, ".period"), a.Members[j].Period, a)
		}
	}
}

// inGroupLife checks that a membership of period starts while g exists.
func (v *validator) inGroupLife(path loc, period edtf.Date, g *Actor) {
	start := startOf(period)
	if start.IsZero() || (g.Founded.IsZero() && g.Dissolved.IsZero()) {
		return
	}
	switch {
	case !g.Founded.IsZero() && start.CertainlyBefore(g.Founded):
		v.errf(RuleMembershipOutsideGroup, path, "the membership starts (%s) before %s was founded (%s)", start, g.ID, g.Founded)
	case !g.Dissolved.IsZero() && g.Dissolved.CertainlyBefore(start):
		v.errf(RuleMembershipOutsideGroup, path, "the membership starts (%s) after %s was dissolved (%s)", start, g.ID, g.Dissolved)
	case !g.Founded.IsZero() && start.PossiblyBefore(g.Founded):
		v.warnf(RuleMembershipOutsideGroup, path, "the membership may start (%s) before %s was founded (%s)", start, g.ID, g.Founded)
	case !g.Dissolved.IsZero() && g.Dissolved.PossiblyBefore(start):
		v.warnf(RuleMembershipOutsideGroup, path, "the membership may start (%s) after %s was dissolved (%s)", start, g.ID, g.Dissolved)
	}
}

// --- event.ordinal-duplicate ---

// ordinalKey is an event's place in its series.
type ordinalKey struct {
	series  ID
	ordinal int
}

// ordinalDuplicate reports each event whose series and ordinal an
// earlier event has, at the later event. The index of the first event of
// each place is built once, and only when an event has a place.
func ordinalDuplicate(v *validator) {
	var first map[ordinalKey]int
	for i := range v.ds.Events {
		e := &v.ds.Events[i]
		if e.Series == "" || e.Ordinal <= 0 {
			continue
		}
		if first == nil {
			first = make(map[ordinalKey]int)
		}
		if r := v.ds.index[e.ID]; e.ID != "" && (r.kind != EntityEvent || int(r.i) != i) {
			continue // a later use of an ID: rule id.duplicate
		}
		k := ordinalKey{e.Series, e.Ordinal}
		f, ok := first[k]
		if !ok {
			first[k] = i
			continue
		}
		if own := v.ds.ownStart(EntityEvent); i >= own {
			v.at(EntityEvent, i, e.ID)
			if f < own {
				v.errf(RuleEventOrdinalDuplicate, at(".ordinal"), "%s of the base is already number %d of the series %s", v.ds.Events[f].ID, e.Ordinal, e.Series)
			} else {
				v.errf(RuleEventOrdinalDuplicate, at(".ordinal"), "events[%d] (%s) is already number %d of the series %s", f-own, v.ds.Events[f].ID, e.Ordinal, e.Series)
			}
		}
	}
}

// --- claim.field, claim.value ---

// fieldType is the type of a field claims are supported on.
type fieldType uint8

const (
	fieldNone fieldType = iota // not a field claims are supported on
	fieldDate
	fieldRef
	fieldBool
)

// claimFields lists, by kind of entity, the fields claims are supported
// on; an agreement's party fields are parties[i].signed and the like.
var claimFields = map[EntityKind]map[string]fieldType{
	EntityActor: {"founded": fieldDate, "dissolved": fieldDate, "part_of": fieldRef, "governs": fieldRef, "location": fieldRef},
	EntityInitiative: {"period": fieldDate, "announced": fieldDate, "adopted": fieldDate,
		"part_of": fieldRef, "location": fieldRef},
	EntityEvent: {"date": fieldDate, "venue": fieldRef, "part_of": fieldRef, "online": fieldBool, "inferred": fieldBool},
	EntityAgreement: {"adopted": fieldDate, "signed": fieldDate, "in_force": fieldDate, "ended": fieldDate,
		"place": fieldRef, "event": fieldRef, "inferred": fieldBool},
	EntityFigure: {"period": fieldDate, "versus": fieldDate, "inferred": fieldBool},
}

// claimFieldLists are claimFields' names, sorted, for messages.
var claimFieldLists = map[EntityKind]string{
	EntityActor:      "dissolved, founded, governs, location, part_of",
	EntityInitiative: "adopted, announced, location, part_of, period",
	EntityEvent:      "date, inferred, online, part_of, venue",
	EntityAgreement:  "adopted, ended, event, in_force, inferred, place, signed, parties[i].joined, parties[i].left, parties[i].ratified, parties[i].signed",
	EntityFigure:     "inferred, period, versus",
}

// partyFields are the fields of an agreement's party claims are supported
// on.
var partyFields = []string{"signed", "ratified", "joined", "left"}

// claimType returns the type of the field f of the entity e, and a reason
// when it is not a field claims are supported on.
func claimType[T entity](v *validator, e *T, f string) (fieldType, string) {
	if a, ok := any(e).(*Agreement); ok {
		if rest, ok := strings.CutPrefix(f, "parties["); ok {
			n, name, ok := strings.Cut(rest, "].")
			i, err := strconv.Atoi(n)
			switch {
			case !ok || err != nil || i < 0 || n != strconv.Itoa(i):
				return fieldNone, "is not a field path"
			case i >= len(a.Parties):
				return fieldNone, "names parties[" + n + "], but the agreement has " + strconv.Itoa(len(a.Parties)) + " parties"
			case !slices.Contains(partyFields, name):
				return fieldNone, "is not a party field claims are supported on"
			}
			return fieldDate, ""
		}
	}
	if t := claimFields[v.kind][f]; t != fieldNone {
		return t, ""
	}
	return fieldNone, "is not a field claims are supported on"
}

// eachClaim returns the check of an entity of kind T that runs f on each
// of its claims.
func eachClaim[T entity](f func(*validator, loc, *Claim, fieldType, string)) func(*validator, *T) {
	return func(v *validator, e *T) {
		cs := claimsOf(e)
		for j := range cs {
			t, why := claimType(v, e, cs[j].Field)
			f(v, sub(".claims", j, ""), &cs[j], t, why)
		}
	}
}

func claimsOf[T entity](e *T) []Claim {
	switch e := any(e).(type) {
	case *Actor:
		return e.Claims
	case *Initiative:
		return e.Claims
	case *Event:
		return e.Claims
	case *Agreement:
		return e.Claims
	case *Figure:
		return e.Claims
	}
	return nil
}

func claimField(v *validator, path loc, c *Claim, t fieldType, why string) {
	if t == fieldNone {
		v.errf(RuleClaimField, path.then(".field"), "%q %s; claims on %s are supported on %s", c.Field, why, article(v.kind.String()), claimFieldLists[v.kind])
	}
}

func claimValue(v *validator, path loc, c *Claim, t fieldType, _ string) {
	if c.Value == "" {
		return
	}
	switch t {
	case fieldDate:
		if _, err := edtf.Parse(c.Value); err != nil {
			v.errf(RuleClaimValue, path.then(".value"), "%q is not an EDTF date: %v", c.Value, err)
		}
	case fieldRef:
		if _, ok := v.ds.index[ID(c.Value)]; !ok {
			v.errf(RuleClaimValue, path.then(".value"), "no entity has ID %q", c.Value)
		}
	case fieldBool:
		if c.Value != "true" && c.Value != "false" {
			v.errf(RuleClaimValue, path.then(".value"), "%q is not true or false", c.Value)
		}
	}
}
