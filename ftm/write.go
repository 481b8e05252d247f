package ftm

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/names"
)

// Entity is one FtM entity in its simple JSON form: an ID, a schema and
// each property's values, all strings. Properties is never nil in what
// [Entities] returns, so that an entity without any is written {}.
type Entity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

// add appends values to property p, leaving out empty strings. A value
// longer than FtM allows for p's type (maxLength, in characters) is split
// into several values where the type is text, and otherwise left out,
// never cut (see addNames for names).
func (e *Entity) add(p string, vs ...string) {
	for _, v := range vs {
		if v == "" {
			continue
		}
		if max := maxLength(p); utf8.RuneCountInString(v) > max {
			if textProps[p] {
				e.add(p, split(v, max)...)
			}
			continue
		}
		if e.Properties == nil {
			e.Properties = map[string][]string{}
		}
		e.Properties[p] = append(e.Properties[p], v)
	}
}

// Options configures [Write] and [Entities].
type Options struct {
	// Prefix is put before every entity ID, to namespace the export
	// ("coop-" makes "kh" "coop-kh"). It may hold a-z, 0-9, '-', '.' and
	// ':' and at most 32 bytes.
	Prefix string
}

// Error is an error of [Write] or [Entities] about their options or the
// dataset, not about writing.
type Error struct {
	Field  string // "Prefix", or the path of the dataset's field
	Reason string
}

// Error implements the error interface.
func (e *Error) Error() string { return "ftm: " + e.Field + ": " + e.Reason }

func checkPrefix(p string) error {
	if len(p) > 32 {
		return &Error{Field: "Prefix", Reason: "longer than 32 bytes"}
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == ':') {
			return &Error{Field: "Prefix", Reason: fmt.Sprintf("character %q at %d not allowed (use a-z, 0-9, '-', '.', ':')", c, i)}
		}
	}
	return nil
}

// Write writes ds as FtM entities in JSON lines, one entity a line, as
// [Entities] returns them. A nil ds writes nothing. Write is safe to call
// concurrently on a built dataset (it only reads it).
func Write(w io.Writer, ds *cooperation.Dataset, opt Options) error {
	es, err := Entities(ds, opt)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range es {
		if err := enc.Encode(&es[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Entities returns the FtM entities of ds, in the dataset's order, each
// entity followed by those derived from it (its memberships, posts,
// links), following the table of the package doc. A reference to an ID
// that ds does not hold is left out, so every reference points to an
// entity returned. The only error is an *[Error] for a bad Options.Prefix.
func Entities(ds *cooperation.Dataset, opt Options) ([]Entity, error) {
	if err := checkPrefix(opt.Prefix); err != nil {
		return nil, err
	}
	if ds == nil {
		return nil, nil
	}
	x := &exporter{ds: ds, prefix: opt.Prefix, positions: map[string]string{}, posIDs: map[string]bool{}, urls: map[cooperation.ID]string{}}
	for _, s := range ds.Sources {
		if isURL(s.URL) {
			x.urls[s.ID] = s.URL
		}
	}
	for i := range ds.Sources {
		x.source(&ds.Sources[i])
	}
	for i := range ds.Actors {
		x.actor(&ds.Actors[i])
	}
	for i := range ds.Initiatives {
		x.initiative(&ds.Initiatives[i])
	}
	for i := range ds.Events {
		x.event(&ds.Events[i])
	}
	for i := range ds.Agreements {
		x.agreement(&ds.Agreements[i])
	}
	for i := range ds.Figures {
		x.figure(&ds.Figures[i])
	}
	for i := range x.out {
		if x.out[i].Properties == nil {
			// An entity with no property (a source with no title) is
			// written "properties": {}, as FtM reads it, not null.
			x.out[i].Properties = map[string][]string{}
		}
	}
	return x.out, nil
}

// class is what an exported entity is, as far as the ranges of FtM's
// entity properties are concerned.
type class uint8

const (
	classNone    class = iota // not exported: a dangling reference
	classPerson               // Person: a LegalEntity
	classOrg                  // Organization, PublicBody, Company: an Organization and a LegalEntity
	classAddress              // Address: a Thing
	classThing                // Contract, Project, Event, Article, Note: a Thing
)

func (c class) legal() bool { return c == classPerson || c == classOrg }

// schemaOf returns the FtM schema of an actor kind.
func schemaOf(k cooperation.ActorKind) string {
	switch k {
	case cooperation.ActorPerson:
		return schemaPerson
	case cooperation.ActorCompany:
		return schemaCompany
	case cooperation.ActorCity, cooperation.ActorVenue:
		return schemaAddress
	case cooperation.ActorState, cooperation.ActorSubdivision, cooperation.ActorGovernment, cooperation.ActorMinistry,
		cooperation.ActorDepartment, cooperation.ActorAgency, cooperation.ActorEmbassy:
		return schemaPublicBody
	}
	return schemaOrg
}

func classOfSchema(s string) class {
	switch s {
	case schemaPerson:
		return classPerson
	case schemaOrg, schemaPublicBody, schemaCompany:
		return classOrg
	case schemaAddress:
		return classAddress
	}
	return classThing
}

type exporter struct {
	ds        *cooperation.Dataset
	prefix    string
	out       []Entity
	positions map[string]string // org + "\x00" + title → Position ID
	posIDs    map[string]bool   // the Position IDs given
	urls      map[cooperation.ID]string
}

func (x *exporter) id(id cooperation.ID) string { return x.prefix + string(id) }

// class returns what the entity with ID id is exported as.
func (x *exporter) class(id cooperation.ID) class {
	if id == "" {
		return classNone
	}
	switch x.ds.Kind(id) {
	case cooperation.EntityActor:
		a, _ := x.ds.Actor(id)
		return classOfSchema(schemaOf(a.Kind))
	case cooperation.EntityNone:
		return classNone
	}
	return classThing
}

func (x *exporter) emit(e Entity) { x.out = append(x.out, e) }

// addNames adds ns to e as the table says. A name longer than FtM's name
// type allows (384 characters) goes to description, whole.
func addNames(e *Entity, ns names.Names) {
	for _, n := range ns {
		if utf8.RuneCountInString(n.Text) > maxName {
			e.add("description", n.Text)
			continue
		}
		switch n.Kind {
		case names.KindOfficial:
			e.add("name", n.Text)
		case names.KindAcronym:
			e.add("weakAlias", n.Text)
		case names.KindFormer:
			e.add("previousName", n.Text)
		default:
			e.add("alias", n.Text)
		}
	}
	if len(e.Properties["name"]) == 0 {
		// Thing requires a name: an entity with no official name is
		// named by its first name of any kind that fits.
		for _, n := range ns {
			if utf8.RuneCountInString(n.Text) <= maxName {
				e.add("name", n.Text)
				break
			}
		}
	}
}

func (x *exporter) proof(e *Entity, srcs []cooperation.ID) {
	for _, s := range srcs {
		if x.ds.Kind(s) == cooperation.EntitySource {
			e.add("proof", x.id(s))
		}
	}
}

func (x *exporter) sourceURLs(e *Entity, srcs []cooperation.ID) {
	for _, s := range srcs {
		e.add("sourceUrl", x.urls[s])
	}
}

// link emits an UnknownLink from subject to object with a role, when both
// are exported; it returns the entity so the caller can add to it.
func (x *exporter) link(owner string, n *int, subject, object cooperation.ID, role string) *Entity {
	if x.class(subject) == classNone || x.class(object) == classNone {
		return nil
	}
	*n++
	x.emit(Entity{ID: owner + "." + role + "." + strconv.Itoa(*n), Schema: schemaLink})
	e := &x.out[len(x.out)-1]
	e.add("subject", x.id(subject))
	e.add("object", x.id(object))
	e.add("role", role)
	return e
}

func (x *exporter) source(s *cooperation.Source) {
	e := Entity{ID: x.id(s.ID), Schema: schemaArticle}
	e.add("name", s.Title)
	e.add("title", s.Title)
	e.add("publisher", s.Publisher)
	if isURL(s.URL) {
		e.add("sourceUrl", s.URL)
	}
	e.add("publishedAt", ftmDate(s.Published))
	e.add("language", languageOf(s.Language))
	if s.Extractor != "" {
		e.add("notes", "machine-extracted by "+s.Extractor)
	}
	e.add("notes", s.Note)
	x.emit(e)
}

func (x *exporter) actor(a *cooperation.Actor) {
	schema := schemaOf(a.Kind)
	self := x.id(a.ID)
	e := Entity{ID: self, Schema: schema}
	addNames(&e, a.Names)
	legal := schema != schemaAddress
	if legal {
		e.add("classification", a.Kind.String())
		switch a.Kind {
		case cooperation.ActorIGO:
			e.add("topics", "gov.igo")
		case cooperation.ActorParty, cooperation.ActorPartyOrgan:
			e.add("topics", "pol.party")
		}
	}
	if schema == schemaPerson {
		e.add("title", a.Honorifics...)
	}
	e.add("country", countryOf(a.Country))
	if schema == schemaAddress {
		e.add("full", display(a.Names))
		if a.Kind == cooperation.ActorCity {
			e.add("city", display(a.Names))
		}
	}
	if legal && a.Subdivision.IsValid() {
		e.add("idNumber", "iso3166-2:"+a.Subdivision.String())
	}
	for _, id := range a.Identifiers {
		switch {
		case id.Scheme == "wikidata":
			e.add("wikidataId", id.Value)
		case !legal:
		case id.Scheme == "lei":
			e.add("leiCode", id.Value)
		default:
			e.add("idNumber", id.Scheme+":"+id.Value)
		}
	}
	if legal {
		e.add("incorporationDate", ftmDate(a.Founded))
		e.add("dissolutionDate", ftmDate(a.Dissolved))
	}
	e.add("notes", a.Note)
	x.proof(&e, a.Sources)
	var links int
	// e goes first, the entities derived from it after; ep finds it
	// again as x.out grows.
	at := len(x.out)
	x.emit(e)
	ep := func() *Entity { return &x.out[at] }
	if a.PartOf != "" {
		if legal && x.class(a.PartOf).legal() {
			ep().add("parent", x.id(a.PartOf))
		} else {
			x.link(self, &links, a.ID, a.PartOf, "part-of")
		}
	}
	if a.Governs != "" {
		x.link(self, &links, a.ID, a.Governs, "governs")
	}
	if a.Location != "" {
		if x.class(a.Location) == classAddress {
			ep().add("addressEntity", x.id(a.Location))
		} else {
			x.link(self, &links, a.ID, a.Location, "location")
		}
	}
	n := 0
	for _, m := range a.Memberships {
		x.membership(self, &n, a.ID, m.Group, m)
	}
	for _, m := range a.Members {
		x.membership(self, &n, m.Member, a.ID, m)
	}
	for i, p := range a.Posts {
		x.post(a, i, p)
	}
}

func (x *exporter) membership(owner string, n *int, member, group cooperation.ID, m cooperation.Membership) {
	cm, cg := x.class(member), x.class(group)
	if cm == classNone || cg == classNone {
		return
	}
	var e *Entity
	if cm.legal() && cg == classOrg {
		*n++
		x.emit(Entity{ID: owner + ".membership." + strconv.Itoa(*n), Schema: schemaMembership})
		e = &x.out[len(x.out)-1]
		e.add("member", x.id(member))
		e.add("organization", x.id(group))
		e.add("role", m.Role.String())
	} else {
		e = x.link(owner, n, member, group, "membership")
		e.add("status", m.Role.String())
	}
	addPeriod(e, m.Period)
	x.sourceURLs(e, m.Sources)
}

func (x *exporter) post(a *cooperation.Actor, i int, p cooperation.Post) {
	if a.Kind != cooperation.ActorPerson || p.Title == "" || utf8.RuneCountInString(p.Title) > maxName {
		// A Position must have a name, and FtM's names are at most
		// 384 characters: a longer title is not carried.
		return
	}
	key := string(p.Org) + "\x00" + p.Title
	pos, ok := x.positions[key]
	if !ok {
		slug := cooperation.IDFrom(p.Title)
		if slug == "" {
			slug = "post"
		}
		owner := p.Org
		if x.class(owner) != classOrg {
			owner = a.ID
		}
		pos = x.id(owner) + ".position." + string(slug)
		for n := 2; x.posIDs[pos]; n++ {
			pos = x.id(owner) + ".position." + string(slug) + "-" + strconv.Itoa(n)
		}
		x.positions[key] = pos
		x.posIDs[pos] = true
		e := Entity{ID: pos, Schema: schemaPosition}
		e.add("name", p.Title)
		if x.class(p.Org) == classOrg {
			e.add("organization", x.id(p.Org))
		}
		x.emit(e)
	}
	e := Entity{ID: x.id(a.ID) + ".post." + strconv.Itoa(i+1), Schema: schemaOccupancy}
	e.add("holder", x.id(a.ID))
	e.add("post", pos)
	addPeriod(&e, p.Period)
	x.sourceURLs(&e, p.Sources)
	x.emit(e)
}

func (x *exporter) initiative(in *cooperation.Initiative) {
	self := x.id(in.ID)
	e := Entity{ID: self, Schema: schemaProject}
	addNames(&e, in.Names)
	e.add("keywords", in.Kind.String())
	addPeriod(&e, in.Period)
	for _, s := range in.Sectors {
		e.add("keywords", "sector:"+string(s))
	}
	if n := len(in.Progress); n > 0 {
		e.add("phase", in.Progress[n-1].Stage.String())
	}
	e.add("notes", in.Note)
	x.proof(&e, in.Sources)
	at := len(x.out)
	x.emit(e)
	var links int
	if in.Location != "" {
		if x.class(in.Location) == classAddress {
			x.out[at].add("addressEntity", x.id(in.Location))
		} else {
			x.link(self, &links, in.ID, in.Location, "location")
		}
	}
	participant := func(id cooperation.ID, role string) {
		if !x.class(id).legal() {
			x.link(self, &links, id, in.ID, role)
			return
		}
		links++
		p := Entity{ID: self + "." + role + "." + strconv.Itoa(links), Schema: schemaParticipant}
		p.add("participant", x.id(id))
		p.add("project", self)
		p.add("role", role)
		x.emit(p)
	}
	for _, id := range in.Leads {
		participant(id, "lead")
	}
	for _, id := range in.Participants {
		participant(id, "participant")
	}
	if in.AnnouncedBy != "" {
		x.link(self, &links, in.AnnouncedBy, in.ID, "announced")
	}
	if in.PartOf != "" {
		x.link(self, &links, in.ID, in.PartOf, "part-of")
	}
	for _, id := range in.Implements {
		x.link(self, &links, in.ID, id, "implements")
	}
	for _, id := range in.AlignsWith {
		x.link(self, &links, in.ID, id, "aligns-with")
	}
	if in.Supersedes != "" {
		x.link(self, &links, in.ID, in.Supersedes, "supersedes")
	}
	for _, id := range in.Related {
		x.link(self, &links, in.ID, id, "related")
	}
}

func (x *exporter) event(ev *cooperation.Event) {
	self := x.id(ev.ID)
	e := Entity{ID: self, Schema: schemaEvent}
	addNames(&e, ev.Names)
	e.add("keywords", ev.Kind.String())
	if ev.Ordinal != 0 {
		e.add("keywords", "ordinal:"+strconv.Itoa(ev.Ordinal))
	}
	if ev.Online {
		e.add("keywords", "online")
	}
	if t := ftmInstant(ev.Date, ev.Time); t != "" {
		e.add("date", t)
	} else {
		addPeriod(&e, ev.Date)
	}
	if ev.Venue != "" && x.class(ev.Venue) == classAddress {
		v, _ := x.ds.Actor(ev.Venue)
		e.add("addressEntity", x.id(ev.Venue))
		e.add("location", display(v.Names))
		e.add("country", countryOf(v.Country))
	}
	seen := map[cooperation.ID]bool{}
	involve := func(p string, id cooperation.ID) {
		if x.class(id).legal() && !seen[id] {
			seen[id] = true
			e.add(p, x.id(id))
		}
	}
	for _, id := range ev.Hosts {
		involve("organizer", id)
	}
	for _, id := range ev.Organisers {
		involve("organizer", id)
	}
	for _, id := range ev.CoChairs {
		involve("involved", id)
	}
	for _, p := range ev.Participants {
		involve("involved", p.Actor)
	}
	for _, s := range ev.Sectors {
		e.add("keywords", "sector:"+string(s))
	}
	e.add("keywords", ev.Topics...)
	for _, o := range ev.Outcomes {
		if len(o.Refs) == 0 {
			e.add("summary", o.Summary)
		}
	}
	e.add("notes", ev.Note)
	x.proof(&e, ev.Sources)
	x.emit(e)
	var links int
	if ev.Venue != "" && x.class(ev.Venue) != classAddress {
		x.link(self, &links, ev.ID, ev.Venue, "venue")
	}
	if ev.Series != "" {
		x.link(self, &links, ev.ID, ev.Series, "series")
	}
	if ev.PartOf != "" {
		x.link(self, &links, ev.ID, ev.PartOf, "part-of")
	}
	for _, id := range ev.Initiatives {
		x.link(self, &links, ev.ID, id, "initiative")
	}
	for _, o := range ev.Outcomes {
		for _, r := range o.Refs {
			if l := x.link(self, &links, ev.ID, r, "outcome"); l != nil {
				l.add("status", o.Kind.String())
				l.add("summary", o.Summary)
				addPeriod(l, o.Period)
			}
		}
	}
}

func (x *exporter) agreement(a *cooperation.Agreement) {
	self := x.id(a.ID)
	e := Entity{ID: self, Schema: schemaContract}
	addNames(&e, a.Names)
	if n, _ := a.Names.Best(); n.Text != "" {
		e.add("title", n.Text)
	}
	e.add("type", a.Kind.String())
	if a.Scope != cooperation.ScopeUnspecified {
		e.add("keywords", a.Scope.String())
	}
	if a.Binding != cooperation.BindingUnstated {
		e.add("keywords", a.Binding.String())
	}
	signed := ftmDate(a.Signed)
	if signed == "" {
		signed = ftmDate(a.Adopted)
	}
	e.add("contractDate", signed)
	for _, s := range a.Sectors {
		e.add("keywords", "sector:"+string(s))
	}
	e.add("keywords", a.Topics...)
	e.add("notes", a.Note)
	if a.EndReason != "" {
		e.add("notes", "ended: "+a.EndReason)
	}
	x.proof(&e, a.Sources)
	at := len(x.out)
	x.emit(e)
	var links int
	for _, p := range a.Parties {
		from := p.Signed
		if from.IsZero() {
			from = a.Signed
		}
		start, end := p.Joined, p.Left
		if start.IsZero() {
			start = a.InForce
		}
		if end.IsZero() {
			end = a.Ended
		}
		l := x.link(self, &links, p.Actor, a.ID, "party")
		if l == nil {
			continue
		}
		l.Properties["role"] = []string{p.Role.String()}
		if p.Instrument != cooperation.InstrumentUnstated {
			l.add("status", p.Instrument.String())
		}
		l.add("date", ftmDate(from))
		if r := ftmDate(p.Ratified); r != "" {
			l.add("description", "ratified "+r)
		}
		l.add("startDate", ftmDate(start))
		l.add("endDate", ftmDate(end))
		for _, r := range p.Rejoined {
			if l := x.link(self, &links, p.Actor, a.ID, "party"); l != nil {
				l.Properties["role"] = []string{p.Role.String()}
				addPeriod(l, r)
			}
		}
	}
	for _, s := range a.Signatories {
		if l := x.link(self, &links, s.Person, a.ID, "signatory"); l != nil {
			if s.For != "" {
				l.add("description", "for "+string(s.For))
			}
			l.add("summary", s.Post)
		}
	}
	if a.Amends != "" {
		x.link(self, &links, a.ID, a.Amends, "amends")
	}
	if a.Place != "" {
		if x.class(a.Place) == classAddress {
			x.out[at].add("addressEntity", x.id(a.Place))
		} else {
			x.link(self, &links, a.ID, a.Place, "place")
		}
	}
	if a.Event != "" {
		x.link(self, &links, a.ID, a.Event, "signed-at")
	}
	for _, id := range a.Initiatives {
		x.link(self, &links, a.ID, id, "initiative")
	}
}

func (x *exporter) figure(f *cooperation.Figure) {
	e := Entity{ID: x.id(f.ID), Schema: schemaNote}
	if x.class(f.Subject) != classNone {
		e.add("entity", x.id(f.Subject))
	}
	var b strings.Builder
	b.WriteString(f.Metric)
	if !f.Period.IsZero() {
		b.WriteString(" (" + f.Period.String() + ")")
	}
	b.WriteString(": " + f.Value.String())
	for _, q := range f.Equivalents {
		b.WriteString(" = " + q.String())
	}
	if !f.Change.IsZero() {
		b.WriteString(", change " + f.Change.String())
		if !f.Versus.IsZero() {
			b.WriteString(" from " + f.Versus.String())
		}
	}
	if !f.Share.IsZero() {
		b.WriteString(", of which " + f.Share.String())
		if f.ShareOf != "" {
			b.WriteString(" " + f.ShareOf)
		}
	}
	if f.StatedBy != "" {
		b.WriteString("; stated by " + string(f.StatedBy))
	}
	e.add("description", b.String())
	e.add("notes", f.Note)
	x.proof(&e, f.Sources)
	x.emit(e)
}

// display returns the name of ns to show when one is wanted.
func display(ns names.Names) string {
	n, _ := ns.Display()
	return n.Text
}

// The maxLength of the FtM types the writer uses, in characters, from
// FtM's model (types.*.maxLength).
const (
	maxName       = 384   // name
	maxString     = 1024  // string
	maxText       = 65000 // text
	maxIdentifier = 64    // identifier
	maxEntity     = 200   // entity
	maxURL        = 4096  // url
)

// textProps are the properties of type text the writer uses: a longer
// value is split, since a text property holds any number of values.
var textProps = map[string]bool{"notes": true, "description": true, "summary": true}

// maxLength returns the maxLength of the type of property p, for the
// properties the writer uses.
func maxLength(p string) int {
	switch p {
	case "name", "alias", "weakAlias", "previousName":
		return maxName
	case "notes", "description", "summary":
		return maxText
	case "idNumber", "wikidataId", "leiCode":
		return maxIdentifier
	case "sourceUrl":
		return maxURL
	case "subject", "object", "member", "organization", "holder", "post", "parent", "addressEntity",
		"proof", "entity", "participant", "project", "involved", "organizer":
		return maxEntity
	case "full":
		return 250 // address
	}
	return maxString
}

// split cuts s into pieces of at most max characters, at the last line
// break or space in each piece where there is one. Written by hand:
// x/text has no line breaking.
func split(s string, max int) []string {
	var out []string
	for {
		n, cut := 0, len(s)
		for i := range s {
			if n == max {
				cut = i
				break
			}
			n++
		}
		if cut == len(s) {
			return append(out, s)
		}
		// Back up to a break so that words stay whole.
		if j := strings.LastIndexAny(s[:cut], "\n "); j > 0 {
			cut = j + 1
		}
		out = append(out, s[:cut])
		s = s[cut:]
	}
}
