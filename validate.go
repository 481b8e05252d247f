package cooperation

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/internal/enum"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Severity says how bad a [Problem] is.
type Severity uint8

// The severities. The zero Severity is SeverityError.
const (
	SeverityError   Severity = iota // the data is wrong: fix it before relying on it
	SeverityWarning                 // the data may be wrong: check it
)

var severities = enum.Names[Severity]{Type: "Severity", Names: []string{"error", "warning"}}

// String returns "error" or "warning".
func (s Severity) String() string { return severities.String(s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Severity) MarshalText() ([]byte, error) { return marshalEnum(severities, s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Severity) UnmarshalText(b []byte) error { return unmarshalEnum(severities, b, s) }

// Rule is the stable code of one validation rule, such as "ref.unresolved".
// RULES.md lists every rule with its severity and where it comes from.
// Codes never change meaning; new rules get new codes.
type Rule string

// The rules. RULES.md documents each.
const (
	RuleRequired                Rule = "required"
	RuleIDSyntax                Rule = "id.syntax"
	RuleIDDuplicate             Rule = "id.duplicate"
	RuleRefUnresolved           Rule = "ref.unresolved"
	RuleRefKind                 Rule = "ref.kind"
	RuleRefSelf                 Rule = "ref.self"
	RuleRefDuplicate            Rule = "ref.duplicate"
	RuleHierarchyCycle          Rule = "hierarchy.cycle"
	RuleRegionMissing           Rule = "region.missing"
	RuleRegionNotCountry        Rule = "region.not-country"
	RuleRegionDeprecated        Rule = "region.deprecated"
	RuleSubdivisionMissing      Rule = "subdivision.missing"
	RuleSubdivisionCountry      Rule = "subdivision.country-mismatch"
	RuleDateOrder               Rule = "date.order"
	RuleDateFuture              Rule = "date.future"
	RuleDateOutsideParent       Rule = "date.outside-parent"
	RuleDateSignedAtEvent       Rule = "date.signed-at-event"
	RuleTimeWithoutDay          Rule = "time.without-day"
	RulePostNotPerson           Rule = "post.not-person"
	RulePostOverlap             Rule = "post.overlap"
	RuleMembershipOverlap       Rule = "membership.overlap"
	RuleAgreementBilateralSides Rule = "agreement.bilateral-sides"
	RuleSignatoryNotParty       Rule = "signatory.not-party"
	RuleMoneyCurrency           Rule = "money.currency"
	RuleQuantityRange           Rule = "quantity.range"
	RuleNamesRequired           Rule = "names.required"
	RuleNameLanguage            Rule = "name.language"
	RuleNameUTF8                Rule = "name.utf8"
	RuleNameNFC                 Rule = "name.nfc"
	RuleNameControl             Rule = "name.control"
	RuleNameBidi                Rule = "name.bidi"
	RuleNameInvisible           Rule = "name.invisible"
	RuleNameMixedScript         Rule = "name.mixed-script"
	RuleURLAbsolute             Rule = "url.absolute"
	RuleEnumUnknown             Rule = "enum.unknown"
	RuleSectorUnknown           Rule = "sector.unknown"
	RuleSourceLanguage          Rule = "source.language"
	RuleIdentifierSyntax        Rule = "identifier.syntax"

	// Rules of importers ([github.com/coopframe/cooperation/huggo]): values
	// the model's types cannot hold, reported instead of dropped.
	RuleDateSyntax      Rule = "date.syntax"
	RuleDatePlaceholder Rule = "date.placeholder"
	RuleRegionUnknown   Rule = "region.unknown"
	RuleRecordConflict  Rule = "record.conflict"
)

// textRules gives the rule of each kind of issue names.CheckText finds.
var textRules = [...]Rule{
	names.IssueUTF8:        RuleNameUTF8,
	names.IssueNFC:         RuleNameNFC,
	names.IssueControl:     RuleNameControl,
	names.IssueBidi:        RuleNameBidi,
	names.IssueInvisible:   RuleNameInvisible,
	names.IssueMixedScript: RuleNameMixedScript,
}

// Problem is one thing Validate found wrong or suspicious.
type Problem struct {
	Rule     Rule     `json:"rule"`
	Severity Severity `json:"severity"`
	// Path locates the offending value in the JSON form of the dataset,
	// as in "agreements[3].signatories[0].person". Indexes count
	// within the slices of the Dataset as given, not sorted. It is empty
	// for a problem an importer found in its input, which File, Line and
	// Column locate instead.
	Path string `json:"path,omitempty"`
	// File, Line and Column locate a problem an importer found in the
	// file it read (huggo: "HUGGO_clean.csv", line 12, column
	// "Signature"): the file's name, the 1-based line and the column's
	// name or 1-based number. They are empty for validation problems.
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	Column string `json:"column,omitempty"`
	// ID is the ID of the entity the path starts in, when it has one.
	ID ID `json:"id,omitempty"`
	// Message says what is wrong and what would fix it.
	Message string `json:"message"`
}

// Where returns where the problem is: its Path, or for an import problem
// "file:line column" ("HUGGO_clean.csv:12 Signature").
func (p *Problem) Where() string {
	if p.File == "" {
		return p.Path
	}
	s := p.File + ":" + strconv.Itoa(p.Line)
	if p.Column != "" {
		s += " " + p.Column
	}
	if p.Path != "" {
		s = p.Path + " " + s
	}
	return s
}

// Error returns "where (id): message [severity rule]", where is
// [Problem.Where].
func (p *Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.Where())
	if p.ID != "" {
		b.WriteString(" (" + string(p.ID) + ")")
	}
	b.WriteString(": " + p.Message + " [" + p.Severity.String() + " " + string(p.Rule) + "]")
	return b.String()
}

// Problems is the list Validate returns, in the order the dataset is
// walked: sources, actors, initiatives, events, agreements, figures, each
// entity's problems together.
type Problems []Problem

// Errors returns the problems of severity error.
func (ps Problems) Errors() Problems { return ps.filter(SeverityError) }

// Warnings returns the problems of severity warning.
func (ps Problems) Warnings() Problems { return ps.filter(SeverityWarning) }

func (ps Problems) filter(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// Rules counts the problems by rule.
func (ps Problems) Rules() map[Rule]int {
	m := make(map[Rule]int)
	for _, p := range ps {
		m[p.Rule]++
	}
	return m
}

// Err returns nil when ps holds no problem of severity error, and
// otherwise a *[ValidationError] holding the errors. Warnings alone never
// make an error.
func (ps Problems) Err() error {
	errs := ps.Errors()
	if len(errs) == 0 {
		return nil
	}
	return &ValidationError{Problems: errs}
}

// ValidationError is the error form of a list of problems. errors.As finds
// the *ValidationError itself or, through Unwrap, the first *[Problem].
type ValidationError struct {
	Problems Problems
}

// Error returns the first problem and how many more there are.
func (e *ValidationError) Error() string {
	switch len(e.Problems) {
	case 0:
		return "cooperation: no problems"
	case 1:
		return "cooperation: " + e.Problems[0].Error()
	}
	return fmt.Sprintf("cooperation: %s (and %d more problems)", e.Problems[0].Error(), len(e.Problems)-1)
}

// Unwrap returns each problem as an error.
func (e *ValidationError) Unwrap() []error {
	out := make([]error, len(e.Problems))
	for i := range e.Problems {
		out[i] = &e.Problems[i]
	}
	return out
}

// ValidateOptions adjusts Validate.
type ValidateOptions struct {
	// AsOf, when not zero, is the date the data describes the world as of:
	// dates of things that happened (signatures, entries into force,
	// meetings, foundings, publications) must not be after it (rule
	// date.future). Targets, deadlines and planned periods are exempt; an
	// agreement's or party's end after it is only a warning, since a fixed
	// term's expiry is known in advance.
	AsOf edtf.Date
	// Sectors are the sectors the dataset may use besides the built-in
	// ones ([Sectors]); each must have the syntax of an [ID]. A dataset
	// from a vocabulary of its own names its sectors here.
	Sectors []Sector
}

// Validate checks the whole dataset and returns every problem it finds;
// an empty result means none. It never modifies the dataset. See RULES.md
// for the rules.
func (ds *Dataset) Validate(opts ValidateOptions) Problems {
	ds.ensure()
	v := &validator{ds: ds, opts: opts}
	for _, d := range ds.dups {
		first := ds.index[d.id]
		v.at(d.kind, int(d.i), d.id)
		v.errf(RuleIDDuplicate, at(".id"), "ID %q is already used by %s[%d]; IDs are unique across all kinds", d.id, first.kind.plural(), first.i)
	}
	for i := range ds.Sources {
		v.source(i, &ds.Sources[i])
	}
	for i := range ds.Actors {
		v.actor(i, &ds.Actors[i])
	}
	for i := range ds.Initiatives {
		v.initiative(i, &ds.Initiatives[i])
	}
	for i := range ds.Events {
		v.event(i, &ds.Events[i])
	}
	for i := range ds.Agreements {
		v.agreement(i, &ds.Agreements[i])
	}
	for i := range ds.Figures {
		v.figure(i, &ds.Figures[i])
	}
	v.cycles()
	return v.out
}

// validator walks a dataset once. The path of a problem is built only when
// a problem is reported, so a clean dataset costs no formatting.
type validator struct {
	ds   *Dataset
	opts ValidateOptions
	out  Problems

	kind EntityKind // the entity being checked
	idx  int
	id   ID
}

func (v *validator) at(k EntityKind, i int, id ID) { v.kind, v.idx, v.id = k, i, id }

func (v *validator) add(r Rule, s Severity, sub loc, format string, args ...any) {
	v.out = append(v.out, Problem{
		Rule:     r,
		Severity: s,
		Path:     v.kind.plural() + "[" + strconv.Itoa(v.idx) + "]" + sub.String(),
		ID:       v.id,
		Message:  fmt.Sprintf(format, args...),
	})
}

func (v *validator) errf(r Rule, sub loc, format string, args ...any) {
	v.add(r, SeverityError, sub, format, args...)
}

func (v *validator) warnf(r Rule, sub loc, format string, args ...any) {
	v.add(r, SeverityWarning, sub, format, args...)
}

// loc is the part of a problem's path after the entity, such as
// ".posts[2].org": up to two indexed segments. It is a value built without
// allocating; the string is made only when a problem is reported, so a clean
// dataset costs no formatting.
type loc struct {
	a string // first segment, with its leading dot
	i int    // index after a, or -1
	b string // segment after [i]
	j int    // index after b, or -1
	c string // segment after [j]
}

// at returns the loc of field f (".names").
func at(f string) loc { return loc{a: f, i: -1, j: -1} }

// sub returns the loc field[i]rest, as in sub(".posts", 2, ".org").
func sub(field string, i int, rest string) loc { return loc{a: field, i: i, b: rest, j: -1} }

// idx adds an index after the last segment.
func (l loc) idx(k int) loc {
	if l.i < 0 {
		l.i = k
	} else {
		l.j = k
	}
	return l
}

// then adds a field after the last index.
func (l loc) then(f string) loc {
	switch {
	case l.i < 0:
		l.a += f
	case l.j < 0:
		l.b += f
	default:
		l.c += f
	}
	return l
}

// String returns the path suffix, as in ".posts[2].org".
func (l loc) String() string {
	s := l.a
	if l.i >= 0 {
		s += "[" + strconv.Itoa(l.i) + "]" + l.b
	}
	if l.j >= 0 {
		s += "[" + strconv.Itoa(l.j) + "]" + l.c
	}
	return s
}

// --- entity checks ---

func (v *validator) entityID(id ID) {
	if id == "" {
		v.errf(RuleRequired, at(".id"), "missing ID")
		return
	}
	if err := checkID(string(id)); err != nil {
		var pe *ParseError
		errors.As(err, &pe)
		v.errf(RuleIDSyntax, at(".id"), "ID %q is not a valid slug: %s at byte %d", id, pe.Reason, pe.Offset)
	}
}

func (v *validator) source(i int, s *Source) {
	v.at(EntitySource, i, s.ID)
	v.entityID(s.ID)
	if s.Publisher == "" {
		v.errf(RuleRequired, at(".publisher"), "missing publisher")
	}
	if s.Title == "" {
		v.errf(RuleRequired, at(".title"), "missing title")
	}
	if s.URL != "" {
		u, err := url.Parse(s.URL)
		switch {
		case err != nil:
			v.errf(RuleURLAbsolute, at(".url"), "URL %q does not parse: %v", s.URL, err)
		case (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
			v.errf(RuleURLAbsolute, at(".url"), "URL %q is not an absolute http or https URL", s.URL)
		}
	}
	if s.Language == language.Und {
		v.warnf(RuleSourceLanguage, at(".language"), "the language of the source is not given")
	}
	v.happened(at(".published"), s.Published)
}

func (v *validator) actor(i int, a *Actor) {
	v.at(EntityActor, i, a.ID)
	v.entityID(a.ID)
	v.enum(at(".kind"), a.Kind == ActorUnknown, int(a.Kind) >= len(actorKinds.Names), "actor kind", uint8(a.Kind))
	v.names(at(".names"), a.Names)
	for j, h := range a.Honorifics {
		v.text(sub(".honorifics", j, ""), h, language.Und)
	}
	// Codes.
	if !a.Country.IsZero() {
		v.country(at(".country"), a.Country)
	} else if a.Kind == ActorState {
		v.errf(RuleRegionMissing, at(".country"), "a state needs its ISO 3166-1 code")
	}
	switch {
	case a.Subdivision.IsValid():
		if sc := a.Subdivision.Country(); !a.Country.IsZero() && sc != a.Country.Region() {
			v.errf(RuleSubdivisionCountry, at(".subdivision"), "subdivision %s is in %s, not in the actor's country %s", a.Subdivision, sc, a.Country)
		} else if st, ok := v.stateOf(a.PartOf); ok && !st.Country.IsZero() && st.Country.Region() != sc {
			v.errf(RuleSubdivisionCountry, at(".subdivision"), "subdivision %s is in %s, but the actor is part of %s (%s)", a.Subdivision, sc, st.ID, st.Country)
		}
	case a.Kind == ActorSubdivision:
		v.warnf(RuleSubdivisionMissing, at(".subdivision"), "a subdivision should carry its ISO 3166-2 code")
	}
	// References.
	if a.PartOf != "" {
		v.self(at(".part_of"), a.PartOf)
		v.refActor(at(".part_of"), a.PartOf, anyActor, "an actor")
	}
	if a.Governs != "" {
		v.self(at(".governs"), a.Governs)
		v.refActor(at(".governs"), a.Governs, placeActor, "a place (state, subdivision, city or venue)")
	}
	if a.Location != "" {
		v.self(at(".location"), a.Location)
		v.refActor(at(".location"), a.Location, placeActor, "a place (state, subdivision, city or venue)")
	}
	v.order(at(".dissolved"), "founded", a.Founded, "dissolved", a.Dissolved)
	v.happened(at(".founded"), a.Founded)
	v.happened(at(".dissolved"), a.Dissolved)
	for j := range a.Memberships {
		m := &a.Memberships[j]
		if m.Group == "" {
			v.errf(RuleRequired, sub(".memberships", j, ".group"), "missing group")
		} else {
			v.self(sub(".memberships", j, ".group"), m.Group)
			v.refActor(sub(".memberships", j, ".group"), m.Group, groupActor, "an organisation or grouping")
		}
		v.enum(sub(".memberships", j, ".role"), false, int(m.Role) >= len(membershipRoles.Names), "membership role", uint8(m.Role))
		for k := range j {
			o := &a.Memberships[k]
			if o.Group == m.Group && o.Role == m.Role && overlapping(o.Period, m.Period) {
				v.warnf(RuleMembershipOverlap, sub(".memberships", j, ""), "repeats memberships[%d] (%s as %s) for an overlapping period", k, m.Group, m.Role)
				break
			}
		}
		v.sources(sub(".memberships", j, ".sources"), m.Sources)
	}
	if len(a.Posts) > 0 && a.Kind != ActorPerson {
		v.errf(RulePostNotPerson, at(".posts"), "only persons hold posts; this actor is %s", article(a.Kind.String()))
	}
	for j := range a.Posts {
		p := &a.Posts[j]
		if p.Title == "" {
			v.errf(RuleRequired, sub(".posts", j, ".title"), "missing title")
		} else {
			v.text(sub(".posts", j, ".title"), p.Title, language.Und)
		}
		if p.Org == "" {
			v.errf(RuleRequired, sub(".posts", j, ".org"), "missing org")
		} else {
			v.refActor(sub(".posts", j, ".org"), p.Org, orgOrPlaceActor, "an organisation or a state")
		}
		for k := range j {
			o := &a.Posts[k]
			if o.Title == p.Title && o.Org == p.Org && overlapping(o.Period, p.Period) {
				v.warnf(RulePostOverlap, sub(".posts", j, ""), "repeats posts[%d] (%s of %s) for an overlapping period", k, p.Title, p.Org)
				break
			}
		}
		v.sources(sub(".posts", j, ".sources"), p.Sources)
	}
	for j, id := range a.Identifiers {
		v.identifier(sub(".identifiers", j, ""), id)
	}
	v.sources(at(".sources"), a.Sources)
}

func (v *validator) initiative(i int, in *Initiative) {
	v.at(EntityInitiative, i, in.ID)
	v.entityID(in.ID)
	v.enum(at(".kind"), in.Kind == InitiativeUnknown, int(in.Kind) >= len(initiativeKinds.Names), "initiative kind", uint8(in.Kind))
	v.names(at(".names"), in.Names)
	v.happened(at(".announced"), in.Announced)
	v.happened(at(".adopted"), in.Adopted)
	v.order(at(".adopted"), "announced", in.Announced, "adopted", in.Adopted)
	v.refs(at(".leads"), in.Leads, EntityActor, anyActor, "an actor")
	v.refs(at(".participants"), in.Participants, EntityActor, anyActor, "an actor")
	if in.PartOf != "" {
		v.self(at(".part_of"), in.PartOf)
		v.ref(at(".part_of"), in.PartOf, EntityInitiative)
	}
	if in.AnnouncedBy != "" {
		v.refActor(at(".announced_by"), in.AnnouncedBy, anyActor, "an actor")
	}
	v.refs(at(".related"), in.Related, EntityNone, nil, "")
	for j := range in.Progress {
		p := &in.Progress[j]
		v.enum(sub(".progress", j, ".stage"), p.Stage == StageUnknown, int(p.Stage) >= len(stages.Names), "stage", uint8(p.Stage))
		if p.AsOf.IsZero() {
			v.errf(RuleRequired, sub(".progress", j, ".as_of"), "a stage is reported as of a date")
		}
		v.happened(sub(".progress", j, ".as_of"), p.AsOf)
		v.sources(sub(".progress", j, ".sources"), p.Sources)
	}
	v.refs(at(".implements"), in.Implements, EntityInitiative, nil, "")
	v.refs(at(".aligns_with"), in.AlignsWith, EntityInitiative, nil, "")
	if in.Supersedes != "" {
		v.self(at(".supersedes"), in.Supersedes)
		if old, ok := v.ds.Initiative(in.Supersedes); v.ref(at(".supersedes"), in.Supersedes, EntityInitiative) && ok {
			v.order(at(".period"), "the superseded initiative's period ("+string(old.ID)+")", startOf(old.Period), "this period", startOf(in.Period))
		}
	}
	if in.Location != "" {
		v.refActor(at(".location"), in.Location, placeActor, "a place")
	}
	v.sectors(at(".sectors"), in.Sectors)
	v.targets(in.Targets)
	v.commitments(in.Commitments)
	v.amounts(at(".amounts"), in.Amounts)
	for j, q := range in.Counts {
		v.quantity(sub(".counts", j, ""), q, false)
		if q.Value.Sign() < 0 {
			v.errf(RuleQuantityRange, sub(".counts", j, ".value"), "a count cannot be negative (%s)", q.Value)
		}
	}
	v.sources(at(".sources"), in.Sources)
}

func (v *validator) event(i int, e *Event) {
	v.at(EntityEvent, i, e.ID)
	v.entityID(e.ID)
	v.enum(at(".kind"), e.Kind == EventUnknown, int(e.Kind) >= len(eventKinds.Names), "event kind", uint8(e.Kind))
	v.names(at(".names"), e.Names)
	if e.Series != "" {
		v.self(at(".series"), e.Series)
		if s, ok := v.ds.Event(e.Series); v.ref(at(".series"), e.Series, EntityEvent) && ok && s.Kind != EventSeries {
			v.errf(RuleRefKind, at(".series"), "%s is %s, not a series", e.Series, article(s.Kind.String()))
		}
	}
	if e.Ordinal < 0 {
		v.errf(RuleQuantityRange, at(".ordinal"), "ordinal %d is negative", e.Ordinal)
	}
	if e.Date.IsZero() && e.Kind != EventSeries {
		v.warnf(RuleRequired, at(".date"), "the event has no date, not even an uncertain one")
	}
	v.happened(at(".date"), e.Date)
	if !e.Time.IsZero() {
		if lo, ok1 := e.Date.Earliest(); !ok1 {
			v.errf(RuleTimeWithoutDay, at(".time"), "a time of day needs a date")
		} else if hi, ok2 := e.Date.Latest(); !ok2 || lo != hi {
			v.errf(RuleTimeWithoutDay, at(".time"), "a time of day needs a date of one day, not %s", e.Date)
		}
	}
	if e.Venue != "" {
		v.refActor(at(".venue"), e.Venue, placeActor, "a place (state, subdivision, city or venue)")
	}
	if e.PartOf != "" {
		v.self(at(".part_of"), e.PartOf)
		if p, ok := v.ds.Event(e.PartOf); v.ref(at(".part_of"), e.PartOf, EntityEvent) && ok {
			v.within(at(".date"), e.Date, p.Date, RuleDateOutsideParent, "its parent event "+string(p.ID))
		}
	}
	v.refs(at(".hosts"), e.Hosts, EntityActor, anyActor, "an actor")
	v.refs(at(".organisers"), e.Organisers, EntityActor, anyActor, "an actor")
	v.refs(at(".co_chairs"), e.CoChairs, EntityActor, anyActor, "an actor")
	for j := range e.Participants {
		p := &e.Participants[j]
		v.enum(sub(".participants", j, ".role"), false, int(p.Role) >= len(participantRoles.Names), "participant role", uint8(p.Role))
		if p.Actor == "" {
			v.errf(RuleRequired, sub(".participants", j, ".actor"), "missing actor")
		} else {
			v.refActor(sub(".participants", j, ".actor"), p.Actor, anyActor, "an actor")
		}
		if p.For != "" {
			v.refActor(sub(".participants", j, ".for"), p.For, anyActor, "an actor")
		}
		if p.OnBehalfOf != "" {
			v.refActor(sub(".participants", j, ".on_behalf_of"), p.OnBehalfOf, anyActor, "an actor")
			if p.OnBehalfOf == p.Actor {
				v.errf(RuleRefSelf, sub(".participants", j, ".on_behalf_of"), "%s acts on its own behalf; leave on_behalf_of empty", p.Actor)
			}
		}
		v.sources(sub(".participants", j, ".sources"), p.Sources)
	}
	if !e.Attendance.IsZero() {
		v.quantity(at(".attendance"), e.Attendance, false)
		if e.Attendance.Value.Sign() < 0 {
			v.errf(RuleQuantityRange, at(".attendance.value"), "attendance cannot be negative (%s)", e.Attendance.Value)
		}
	}
	v.refs(at(".initiatives"), e.Initiatives, EntityInitiative, nil, "")
	v.sectors(at(".sectors"), e.Sectors)
	for j := range e.Outcomes {
		o := &e.Outcomes[j]
		v.enum(sub(".outcomes", j, ".kind"), o.Kind == OutcomeUnknown, int(o.Kind) >= len(outcomeKinds.Names), "outcome kind", uint8(o.Kind))
		want := EntityNone
		if o.Kind == OutcomeAgreement {
			want = EntityAgreement
		}
		v.refs(sub(".outcomes", j, ".refs"), o.Refs, want, nil, "")
		if o.By != "" {
			v.refActor(sub(".outcomes", j, ".by"), o.By, anyActor, "an actor")
		}
		if o.DeliveredBy != "" {
			v.refActor(sub(".outcomes", j, ".delivered_by"), o.DeliveredBy, anyActor, "an actor")
		}
		if len(o.Refs) == 0 && o.Summary == "" {
			v.errf(RuleRequired, sub(".outcomes", j, ""), "an outcome needs refs or a summary")
		}
		v.sources(sub(".outcomes", j, ".sources"), o.Sources)
	}
	v.sources(at(".sources"), e.Sources)
}

func (v *validator) agreement(i int, a *Agreement) {
	v.at(EntityAgreement, i, a.ID)
	v.entityID(a.ID)
	v.enum(at(".kind"), a.Kind == AgreementUnknown, int(a.Kind) >= len(agreementKinds.Names), "agreement kind", uint8(a.Kind))
	v.enum(at(".scope"), false, int(a.Scope) >= len(scopes.Names), "scope", uint8(a.Scope))
	v.enum(at(".binding"), false, int(a.Binding) >= len(bindings.Names), "binding", uint8(a.Binding))
	v.names(at(".names"), a.Names)
	if len(a.Parties) == 0 {
		v.warnf(RuleRequired, at(".parties"), "no parties are recorded")
	}
	sides := 0
	for j := range a.Parties {
		p := &a.Parties[j]
		v.enum(sub(".parties", j, ".role"), false, int(p.Role) >= len(partyRoles.Names), "party role", uint8(p.Role))
		if p.Actor == "" {
			v.errf(RuleRequired, sub(".parties", j, ".actor"), "missing actor")
			continue
		}
		v.refActor(sub(".parties", j, ".actor"), p.Actor, anyActor, "an actor")
		dup := false
		for k := range j {
			if a.Parties[k].Actor == p.Actor {
				v.errf(RuleRefDuplicate, sub(".parties", j, ".actor"), "%s is already parties[%d]", p.Actor, k)
				dup = true
				break
			}
		}
		if !dup && (p.Role == PartyRoleParty || p.Role == PartyRoleAcceding) {
			sides++
		}
		if !p.Signed.IsZero() {
			v.happened(sub(".parties", j, ".signed"), p.Signed)
		}
		if !p.Ratified.IsZero() {
			v.happened(sub(".parties", j, ".ratified"), p.Ratified)
			v.order(sub(".parties", j, ".ratified"), "the party's signature", p.Signed, "ratified", p.Ratified)
		}
		if !p.Joined.IsZero() {
			v.happened(sub(".parties", j, ".joined"), p.Joined)
			v.order(sub(".parties", j, ".joined"), "signed", a.Signed, "joined", p.Joined)
		}
		if !p.Left.IsZero() {
			v.scheduled(sub(".parties", j, ".left"), p.Left)
			v.order(sub(".parties", j, ".left"), "joined", p.Joined, "left", p.Left)
			if p.Joined.IsZero() {
				v.order(sub(".parties", j, ".left"), "signed", a.Signed, "left", p.Left)
			}
		}
	}
	if a.Scope == ScopeBilateral && len(a.Parties) > 0 && sides != 2 {
		v.errf(RuleAgreementBilateralSides, at(".parties"), "a bilateral agreement has exactly two distinct parties, not %d", sides)
	}
	for j := range a.Signatories {
		s := &a.Signatories[j]
		if s.Person == "" {
			v.errf(RuleRequired, sub(".signatories", j, ".person"), "missing person")
		} else {
			v.refActor(sub(".signatories", j, ".person"), s.Person, personActor, "a person")
		}
		if s.For == "" {
			v.errf(RuleRequired, sub(".signatories", j, ".for"), "missing the party the signatory acts for")
		} else if v.refActor(sub(".signatories", j, ".for"), s.For, anyActor, "an actor") && !v.actsForParty(s.For, a.Parties) {
			v.errf(RuleSignatoryNotParty, sub(".signatories", j, ".for"), "%s is not a party, nor part of one", s.For)
		}
	}
	v.order(at(".in_force"), "signed", a.Signed, "in force", a.InForce)
	v.order(at(".ended"), "signed", a.Signed, "ended", a.Ended)
	v.order(at(".ended"), "in force", a.InForce, "ended", a.Ended)
	v.happened(at(".signed"), a.Signed)
	v.happened(at(".in_force"), a.InForce)
	v.scheduled(at(".ended"), a.Ended)
	if a.EndReason != "" && a.Ended.IsZero() {
		v.errf(RuleRequired, at(".ended"), "an end reason without an end date")
	}
	if a.Amends != "" {
		v.self(at(".amends"), a.Amends)
		if old, ok := v.ds.Agreement(a.Amends); v.ref(at(".amends"), a.Amends, EntityAgreement) && ok {
			v.order(at(".signed"), "the amended agreement's signature ("+string(old.ID)+")", old.Signed, "this signature", a.Signed)
		}
	}
	if a.Place != "" {
		v.refActor(at(".place"), a.Place, placeActor, "a place (state, subdivision, city or venue)")
	}
	if a.Event != "" {
		if ev, ok := v.ds.Event(a.Event); v.ref(at(".event"), a.Event, EntityEvent) && ok {
			v.within(at(".signed"), a.Signed, ev.Date, RuleDateSignedAtEvent, "the event "+string(ev.ID)+" where it was signed")
		}
	}
	v.refs(at(".initiatives"), a.Initiatives, EntityInitiative, nil, "")
	v.sectors(at(".sectors"), a.Sectors)
	v.commitments(a.Commitments)
	v.targets(a.Targets)
	v.amounts(at(".amounts"), a.Amounts)
	v.sources(at(".sources"), a.Sources)
}

func (v *validator) figure(i int, f *Figure) {
	v.at(EntityFigure, i, f.ID)
	v.entityID(f.ID)
	if f.Subject == "" {
		v.errf(RuleRequired, at(".subject"), "missing subject")
	} else {
		v.ref(at(".subject"), f.Subject, EntityNone)
	}
	if f.Metric == "" {
		v.errf(RuleRequired, at(".metric"), "missing metric")
	}
	v.quantity(at(".value"), f.Value, false)
	if !f.Change.IsZero() {
		v.quantity(at(".change"), f.Change, false)
	}
	if !f.Share.IsZero() {
		v.quantity(at(".share"), f.Share, true)
		if f.ShareOf == "" {
			v.errf(RuleRequired, at(".share_of"), "a share needs what it is a share of")
		}
	}
	if !f.Versus.IsZero() && !f.Period.IsZero() {
		v.order(at(".versus"), "versus", f.Versus, "period", f.Period)
	}
	if f.StatedBy != "" {
		v.refActor(at(".stated_by"), f.StatedBy, anyActor, "an actor")
	}
	v.sources(at(".sources"), f.Sources)
}

// --- shared checks ---

func (v *validator) enum(path loc, zero, unknown bool, what string, val uint8) {
	switch {
	case zero:
		v.errf(RuleRequired, path, "missing %s", what)
	case unknown:
		v.errf(RuleEnumUnknown, path, "unknown %s %d", what, val)
	}
}

func (v *validator) names(path loc, ns names.Names) {
	if len(ns) == 0 {
		v.errf(RuleNamesRequired, path, "at least one name is needed")
		return
	}
	for j := range ns {
		n := &ns[j]
		p := func(f string) loc { return path.idx(j).then(f) }
		if n.Text == "" {
			v.errf(RuleRequired, p(".text"), "empty name")
		}
		if !n.Kind.Known() {
			v.errf(RuleEnumUnknown, p(".kind"), "unknown name kind %d", uint8(n.Kind))
		}
		if n.Lang == language.Und {
			v.warnf(RuleNameLanguage, p(".lang"), "the language of %q is not given", n.Text)
		}
		v.text(p(".text"), n.Text, n.Lang)
	}
}

func (v *validator) text(path loc, s string, lang language.Tag) {
	for _, is := range names.CheckText(s, lang) {
		sev := SeverityError
		if is.Kind.Suspicious() {
			sev = SeverityWarning
		}
		v.add(textRules[is.Kind], sev, path, "%q: %s", s, is.Message)
	}
}

func (v *validator) country(path loc, c Country) {
	r := c.Region()
	switch {
	case !r.IsCountry():
		v.errf(RuleRegionNotCountry, path, "%s is not a country code", c)
	case r.Canonicalize() != r:
		v.warnf(RuleRegionDeprecated, path, "%s is a deprecated code (now %s); keep it only for a state that no longer exists", c, r.Canonicalize())
	}
}

func (v *validator) identifier(path loc, id Identifier) {
	if id.Scheme == "" || id.Value == "" {
		v.errf(RuleRequired, path, "an identifier needs a scheme and a value")
		return
	}
	if id.Scheme == SchemeWikidata && !isQID(id.Value) {
		v.errf(RuleIdentifierSyntax, path.then(".value"), "%q is not a Wikidata item ID (Q followed by digits)", id.Value)
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

func (v *validator) sectors(path loc, ss []Sector) {
	for j, s := range ss {
		if !s.Known() && !slices.Contains(v.opts.Sectors, s) {
			v.errf(RuleSectorUnknown, path.idx(j), "sector %q is neither built in (see Sectors) nor named in ValidateOptions.Sectors", s)
		}
	}
}

func (v *validator) sources(path loc, ids []ID) {
	v.refs(path, ids, EntitySource, nil, "")
}

func (v *validator) targets(ts []Target) {
	for j := range ts {
		t := &ts[j]
		if t.Metric == "" {
			v.errf(RuleRequired, sub(".targets", j, ".metric"), "missing metric")
		}
		if t.Subject != "" {
			v.ref(sub(".targets", j, ".subject"), t.Subject, EntityNone)
		}
		if !t.Value.IsZero() {
			v.quantity(sub(".targets", j, ".value"), t.Value, false)
		}
		v.sources(sub(".targets", j, ".sources"), t.Sources)
	}
}

func (v *validator) commitments(cs []Commitment) {
	for j := range cs {
		c := &cs[j]
		if c.By == "" {
			v.errf(RuleRequired, sub(".commitments", j, ".by"), "missing the actor who commits")
		} else {
			v.refActor(sub(".commitments", j, ".by"), c.By, anyActor, "an actor")
		}
		if c.Action == "" {
			v.errf(RuleRequired, sub(".commitments", j, ".action"), "missing action")
		}
		v.sources(sub(".commitments", j, ".sources"), c.Sources)
	}
}

func (v *validator) amounts(path loc, as []Amount) {
	for j := range as {
		a := &as[j]
		p := path.idx(j)
		v.money(p, a.Quantity)
		for k, e := range a.Equivalents {
			v.money(p.then(".equivalents").idx(k), e)
		}
		v.sources(p.then(".sources"), a.Sources)
	}
}

// money checks an amount of money: an ISO 4217 currency x/text knows, and
// a value that is not negative.
func (v *validator) money(path loc, q quantity.Quantity) {
	v.quantity(path, q, false)
	if !q.Unit.IsCurrency() {
		v.errf(RuleMoneyCurrency, path.then(".unit"), "an amount of money needs an ISO 4217 currency code, not %q", q.Unit)
	}
	if q.Value.Sign() < 0 {
		v.errf(RuleQuantityRange, path.then(".value"), "an amount cannot be negative (%s)", q.Value)
	}
}

// quantity checks the qualifier, a currency-looking unit and, for shares,
// the 0-100 percent range.
func (v *validator) quantity(path loc, q quantity.Quantity, share bool) {
	if !q.Qualifier.Known() {
		v.errf(RuleEnumUnknown, path.then(".qualifier"), "unknown qualifier %d", uint8(q.Qualifier))
	}
	if q.Unit.IsCurrency() {
		if _, err := currency.ParseISO(string(q.Unit)); err != nil {
			v.errf(RuleMoneyCurrency, path.then(".unit"), "%q is not an ISO 4217 currency x/text knows", q.Unit)
		}
	}
	if share {
		if q.Unit != quantity.UnitPercent {
			v.errf(RuleQuantityRange, path.then(".unit"), "a share is given in percent, not %q", q.Unit)
		} else if q.Value.Sign() < 0 || q.Value.Compare(hundred) > 0 {
			v.errf(RuleQuantityRange, path.then(".value"), "a share of %s%% is outside 0-100%%", q.Value)
		}
	}
}

var hundred = quantity.DecimalFromInt(100)

// --- references ---

// Actor kind sets for reference checks.
var (
	anyActor        = func(ActorKind) bool { return true }
	placeActor      = ActorKind.IsPlace
	personActor     = func(k ActorKind) bool { return k == ActorPerson }
	groupActor      = ActorKind.IsOrganisation
	orgOrPlaceActor = func(k ActorKind) bool { return k != ActorPerson }
)

// ref checks that id names an entity of kind k (any kind for KindNone) and
// reports whether it does.
func (v *validator) ref(path loc, id ID, k EntityKind) bool {
	r, ok := v.ds.index[id]
	switch {
	case !ok:
		v.errf(RuleRefUnresolved, path, "no entity has ID %q", id)
		return false
	case k != EntityNone && r.kind != k:
		v.errf(RuleRefKind, path, "%s is %s, not %s", id, article(r.kind.String()), article(k.String()))
		return false
	}
	return true
}

// refActor checks that id names an actor whose kind satisfies ok.
func (v *validator) refActor(path loc, id ID, ok func(ActorKind) bool, want string) bool {
	if !v.ref(path, id, EntityActor) {
		return false
	}
	a := &v.ds.Actors[v.ds.index[id].i]
	if !ok(a.Kind) {
		v.errf(RuleRefKind, path, "%s is %s, not %s", id, article(a.Kind.String()), want)
		return false
	}
	return true
}

func (v *validator) refs(path loc, ids []ID, k EntityKind, ok func(ActorKind) bool, want string) {
	for j, id := range ids {
		p := func() loc { return path.idx(j) }
		if id == "" {
			v.errf(RuleRequired, p(), "empty reference")
			continue
		}
		if id == v.id {
			v.errf(RuleRefSelf, p(), "%s refers to itself", id)
			continue
		}
		if ok != nil {
			v.refActor(p(), id, ok, want)
		} else {
			v.ref(p(), id, k)
		}
		for m := range j {
			if ids[m] == id {
				v.warnf(RuleRefDuplicate, p(), "%s is listed twice (also at [%d])", id, m)
				break
			}
		}
	}
}

func (v *validator) self(path loc, id ID) {
	if id == v.id && id != "" {
		v.errf(RuleRefSelf, path, "%s refers to itself", id)
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

// actsForParty reports whether id is a party or part of one.
func (v *validator) actsForParty(id ID, ps []Party) bool {
	found := false
	v.ds.up(id, func(a *Actor) bool {
		found = slices.ContainsFunc(ps, func(p Party) bool { return p.Actor == a.ID })
		return !found
	})
	return found
}

// --- dates ---

// order checks that b is not before a: an error when b certainly is, a
// warning when their bounds allow it.
func (v *validator) order(path loc, an string, a edtf.Date, bn string, b edtf.Date) {
	if a.IsZero() || b.IsZero() {
		return
	}
	switch {
	case b.CertainlyBefore(a):
		v.errf(RuleDateOrder, path, "%s (%s) is before %s (%s)", bn, b, an, a)
	case b.PossiblyBefore(a):
		v.warnf(RuleDateOrder, path, "%s (%s) may be before %s (%s)", bn, b, an, a)
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

// happened checks a date of something that happened against AsOf. Of an
// interval only the start counts: "2021-04-05/.." began in 2021 and goes on.
func (v *validator) happened(path loc, d edtf.Date) {
	if d.IsInterval() {
		d = d.Start()
	}
	if v.opts.AsOf.IsZero() || d.IsZero() {
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
	if d.IsInterval() {
		d = d.Start()
	}
	if v.opts.AsOf.IsZero() || d.IsZero() {
		return
	}
	if v.opts.AsOf.CertainlyBefore(d) {
		v.warnf(RuleDateFuture, path, "%s is after the as-of date %s; right only for a scheduled end", d, v.opts.AsOf)
	}
}

func overlapping(a, b edtf.Date) bool {
	if a.IsZero() || b.IsZero() {
		return true // an undated post or membership covers every date
	}
	return a.Overlaps(b)
}

// --- hierarchies ---

// cycles reports each cycle of actor part_of, initiative part_of and
// supersedes, and event part_of links once, at its first member in
// dataset order.
func (v *validator) cycles() {
	ds := v.ds
	v.cycle(EntityActor, len(ds.Actors), func(i int) ID { return ds.Actors[i].ID }, func(i int) ID { return ds.Actors[i].PartOf }, ".part_of")
	v.cycle(EntityInitiative, len(ds.Initiatives), func(i int) ID { return ds.Initiatives[i].ID }, func(i int) ID { return ds.Initiatives[i].PartOf }, ".part_of")
	v.cycle(EntityInitiative, len(ds.Initiatives), func(i int) ID { return ds.Initiatives[i].ID }, func(i int) ID { return ds.Initiatives[i].Supersedes }, ".supersedes")
	v.cycle(EntityEvent, len(ds.Events), func(i int) ID { return ds.Events[i].ID }, func(i int) ID { return ds.Events[i].PartOf }, ".part_of")
}

func (v *validator) cycle(k EntityKind, n int, idOf, next func(int) ID, field string) {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, n)
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
				// i starts a cycle: report it once, at i.
				var ids []string
				from := -1
				for j, p := range path {
					if p == i {
						from = j
					}
					if from >= 0 {
						ids = append(ids, string(idOf(p)))
					}
				}
				ids = append(ids, string(idOf(i)))
				if len(ids) > 2 { // a self-reference is ref.self
					v.at(k, i, idOf(i))
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

// startOf returns the start of an interval, or d itself.
func startOf(d edtf.Date) edtf.Date {
	if d.IsInterval() {
		return d.Start()
	}
	return d
}
