package cooperation

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/internal/enum"
)

// Severity says how bad a [Problem] is.
type Severity uint8

// The severities. The zero Severity is SeverityError. In JSON and text
// each is its name: "error", "warning".
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
// "file:line column" ("HUGGO_clean.csv:12 Signature"), the file and column
// quoted when they hold more than the characters of names and paths.
func (p Problem) Where() string {
	if p.File == "" {
		return p.Path
	}
	s := quoteUnlessPlain(p.File) + ":" + strconv.Itoa(p.Line)
	if p.Column != "" {
		s += " " + quoteUnlessPlain(p.Column)
	}
	if p.Path != "" {
		s = p.Path + " " + s
	}
	return s
}

// Error returns "where (id): message [severity rule]", where is
// [Problem.Where]; an ID that is not a valid slug is quoted.
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.Where())
	if p.ID != "" {
		b.WriteString(" (" + quoteUnlessPlain(string(p.ID)) + ")")
	}
	b.WriteString(": " + p.Message + " [" + p.Severity.String() + " " + string(p.Rule) + "]")
	return b.String()
}

// Problems is the list Validate returns, in the order of its walk: the
// sources, actors, initiatives, events, agreements and figures, each in the
// order of its slice, with each entity's problems together and in the
// order of [Rules] (an ID already used by an earlier entity is reported
// among them, at the later entity); then the problems of links between
// entities: the cycles of rule hierarchy.cycle, each reported once at the
// first of its members in that order, and the events of a series that
// repeat an ordinal (rule event.ordinal-duplicate). A dataset changed since Build has
// its problem of rule dataset.stale first.
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
// A Problem is an error as a value too, so a Problem on its own can be
// returned or wrapped as one.
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
	// ones ([Sectors]) and those it declares ([Dataset.Sectors]); each
	// must have the syntax of an [ID].
	Sectors []Sector
}

// Validate checks the whole dataset and returns every problem it finds;
// an empty result means none. It never modifies the dataset. Of a layer
// ([DecodeOptions.Base], [Dataset.On]) it checks only the layer's own
// entities, against the base's, with paths counted within the layer.
// [Rules] lists the rules, and RULES.md describes them.
func (ds *Dataset) Validate(opts ValidateOptions) Problems {
	if ds.changed() { // report it, and check the dataset as it is
		stale := Problem{Rule: RuleDatasetStale, Severity: SeverityError, Message: "the dataset changed after Build; call Build before reading it"}
		return append(Problems{stale}, ds.reindexed().Validate(opts)...)
	}
	v := &validator{ds: ds, opts: opts}
	v.refs = v.refBuf[:0]
	for _, k := range allKinds() {
		switch k.kind {
		case EntitySource:
			walk(v, k.kind, ds.Sources, tableChecks.source)
		case EntityActor:
			walk(v, k.kind, ds.Actors, tableChecks.actor)
		case EntityInitiative:
			walk(v, k.kind, ds.Initiatives, tableChecks.initiative)
		case EntityEvent:
			walk(v, k.kind, ds.Events, tableChecks.event)
		case EntityAgreement:
			walk(v, k.kind, ds.Agreements, tableChecks.agreement)
		case EntityFigure:
			walk(v, k.kind, ds.Figures, tableChecks.figure)
		}
	}
	for _, c := range tableChecks.dataset {
		c(v)
	}
	return v.out
}

// walk runs the checks cs on each entity of es, of kind k.
func walk[T entity](v *validator, k EntityKind, es []T, cs []func(*validator, *T)) {
	for i := v.ds.ownStart(k); i < len(es); i++ { // a layer's own entities, not its base's
		e := &es[i]
		v.at(k, i, idOf(e))
		for _, c := range cs {
			c(v, e)
		}
	}
}

// tableChecks are the checks of the rule table by kind of entity, in
// table order: what Validate runs.
var tableChecks = gatherChecks()

type kindChecks struct {
	source     []func(*validator, *Source)
	actor      []func(*validator, *Actor)
	initiative []func(*validator, *Initiative)
	event      []func(*validator, *Event)
	agreement  []func(*validator, *Agreement)
	figure     []func(*validator, *Figure)
	dataset    []func(*validator)
}

func gatherChecks() kindChecks {
	var g kindChecks
	for i := range ruleTable {
		c := &ruleTable[i].check
		g.source = appendCheck(g.source, c.source, c.entity)
		g.actor = appendCheck(g.actor, c.actor, c.entity)
		g.initiative = appendCheck(g.initiative, c.initiative, c.entity)
		g.event = appendCheck(g.event, c.event, c.entity)
		g.agreement = appendCheck(g.agreement, c.agreement, c.entity)
		g.figure = appendCheck(g.figure, c.figure, c.entity)
		if c.dataset != nil {
			g.dataset = append(g.dataset, c.dataset)
		}
	}
	return g
}

// appendCheck appends to cs a rule's check of entities of kind T: f, or
// else its check of every entity.
func appendCheck[T entity](cs []func(*validator, *T), f func(*validator, *T), every func(*validator)) []func(*validator, *T) {
	switch {
	case f != nil:
		cs = append(cs, f)
	case every != nil:
		cs = append(cs, func(v *validator, _ *T) { every(v) })
	}
	return cs
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

	// What the checks of the entity being checked share (entityRefs,
	// textIssues): its references, and the issues of its texts.
	gathered, scanned bool
	refs              []ref
	issues            []textIssue
	refBuf            [16]ref // refs' first array

	dup int // the next of ds.dups to report (idDuplicate)
}

// at starts the checks of entity i of kind k.
func (v *validator) at(k EntityKind, i int, id ID) {
	v.kind, v.idx, v.id = k, i, id
	v.gathered, v.scanned = false, false
}

func (v *validator) add(r Rule, s Severity, sub loc, format string, args ...any) {
	v.out = append(v.out, Problem{
		Rule:     r,
		Severity: s,
		Path:     v.kind.plural() + "[" + strconv.Itoa(v.idx-v.ds.ownStart(v.kind)) + "]" + sub.String(),
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

// resolveIn returns the entity of kind k, in s, that id names, if any.
func resolveIn[T any](v *validator, id ID, k EntityKind, s []T) (*T, bool) {
	if id == "" {
		return nil, false
	}
	r, ok := v.ds.index[id]
	if !ok || r.kind != k || int(r.i) >= len(s) {
		return nil, false
	}
	return &s[r.i], true
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

// quoteUnlessPlain returns s as it is when it holds only the bytes of
// IDs, paths and file names (a-z, A-Z, 0-9 and ._-:/[]), and quoted
// otherwise, so that a message never prints a control character, a line
// break or a bidi override from the data raw.
func quoteUnlessPlain(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("._-:/[]", c) >= 0) {
			return strconv.Quote(s)
		}
	}
	return s
}
