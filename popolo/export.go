package popolo

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
)

// Export builds the Popolo document of ds as the package doc's table maps
// it, and returns with it every value it could not write, in the order of
// ds.s slices. It only reads ds and its index (a built dataset such as
// catalog.Default() may be exported by many goroutines at once) and
// never panics, whatever ds holds.
// A nil ds gives an empty Document.
func Export(ds *cooperation.Dataset) (*Document, []Problem) {
	if ds == nil {
		return &Document{}, nil
	}
	x := &exporter{ds: ds, doc: &Document{}, chooser: names.NewChooser(), sourceSeen: map[cooperation.ID]bool{},
		postIDs: map[postKey]string{}, membershipSeen: map[membershipKey]bool{}}
	for i := range ds.Actors {
		x.actor(&ds.Actors[i], "actors["+strconv.Itoa(i)+"]")
	}
	for i := range ds.Events {
		x.event(&ds.Events[i], "events["+strconv.Itoa(i)+"]")
	}
	d := x.doc
	byID := func(a, b string) int { return strings.Compare(a, b) }
	slices.SortStableFunc(d.Persons, func(a, b Person) int { return byID(a.ID, b.ID) })
	slices.SortStableFunc(d.Organizations, func(a, b Organization) int { return byID(a.ID, b.ID) })
	slices.SortStableFunc(d.Areas, func(a, b Area) int { return byID(a.ID, b.ID) })
	slices.SortStableFunc(d.Events, func(a, b Event) int { return byID(a.ID, b.ID) })
	slices.SortStableFunc(d.Posts, func(a, b Post) int { return byID(a.ID, b.ID) })
	slices.SortStableFunc(d.Memberships, func(a, b Membership) int {
		return cmp.Or(strings.Compare(a.OrganizationID, b.OrganizationID),
			strings.Compare(memberID(a), memberID(b)),
			strings.Compare(a.StartDate, b.StartDate),
			strings.Compare(a.PostID, b.PostID),
			strings.Compare(a.Role, b.Role))
	})
	return d, x.problems
}

func memberID(m Membership) string {
	if m.Member != nil {
		return m.Member.ID
	}
	return m.PersonID
}

type postKey struct {
	org   cooperation.ID
	title string
}

type membershipKey struct {
	group, member cooperation.ID
	role          cooperation.MembershipRole
	period        edtf.Date
}

type exporter struct {
	ds             *cooperation.Dataset
	doc            *Document
	chooser        *names.Chooser // built once: a Chooser holds a language.Matcher
	problems       []Problem
	sourceSeen     map[cooperation.ID]bool // sources reported as unusable
	postIDs        map[postKey]string
	postsOf        map[cooperation.ID]int
	membershipSeen map[membershipKey]bool
}

func (x *exporter) report(path string, id cooperation.ID, format string, args ...any) {
	x.problems = append(x.problems, Problem{Path: path, ID: id, Message: fmt.Sprintf(format, args...)})
}

// text returns s, made valid UTF-8 with a problem when it is not:
// encoding/json would replace the bytes with U+FFFD without a word.
func (x *exporter) text(s, path string, id cooperation.ID) string {
	if utf8.ValidString(s) {
		return s
	}
	x.report(path, id, "text is not valid UTF-8: written with U+FFFD in place of the invalid bytes")
	return strings.ToValidUTF8(s, "\uFFFD")
}

// toURI maps an IRI (a URL written with characters beyond ASCII, as
// "https://cn.nhandan.vn/hotnews/item/8349101-东盟秘书长.html") to the URI
// Popolo's "uri" format requires, as RFC 3987 section 3.1 does: each byte
// of a character beyond ASCII, and of a space or control, percent-encoded.
// A URI is returned as it is. Written by hand: net/url escapes a path but
// leaves a query as given, and x/net/idna is no dependency of this module
// (a percent-encoded host is a valid reg-name, RFC 3986 section 3.2.2).
func toURI(s string) string {
	const hex = "0123456789ABCDEF"
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < 0x7f {
			if b != nil {
				b = append(b, c)
			}
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(s)+16), s[:i]...)
		}
		b = append(b, '%', hex[c>>4], hex[c&15])
	}
	if b == nil {
		return s
	}
	return string(b)
}

// collection is where an actor of some kind goes.
type collection uint8

const (
	collNone collection = iota
	collPersons
	collOrganizations
	collAreas
)

func collectionOf(k cooperation.ActorKind) collection {
	switch {
	case k == cooperation.ActorPerson:
		return collPersons
	case k.IsPlace():
		return collAreas
	case k.IsOrganisation() && k.String() != "":
		return collOrganizations
	}
	return collNone
}

// kindOf returns the collection of the actor id names, or collNone when
// it does not resolve.
func (x *exporter) kindOf(id cooperation.ID) collection {
	if a, ok := x.ds.Actor(id); ok {
		return collectionOf(a.Kind)
	}
	return collNone
}

func (x *exporter) actor(a *cooperation.Actor, path string) {
	id := string(a.ID)
	name, others := x.names(a.Names, path, a.ID)
	srcs := x.links(a.Sources, path, a.ID)
	switch collectionOf(a.Kind) {
	case collPersons:
		p := Person{ID: id, Name: name, OtherNames: others, Sources: srcs,
			Identifiers: x.identifiers(a.Identifiers, path, a.ID)}
		if len(a.Honorifics) > 0 {
			p.HonorificPrefix = x.text(strings.Join(a.Honorifics, " "), path+".honorifics", a.ID)
		}
		x.doc.Persons = append(x.doc.Persons, p)
	case collOrganizations:
		o := Organization{ID: id, Name: name, OtherNames: others, Sources: srcs,
			Identifiers:    x.identifiers(a.Identifiers, path, a.ID),
			Classification: a.Kind.String()}
		if x.kindOf(a.PartOf) == collOrganizations {
			o.ParentID = string(a.PartOf)
		}
		for _, area := range []cooperation.ID{a.Governs, a.PartOf, a.Location} { // in that order of preference
			if o.AreaID == "" && area != "" && x.kindOf(area) == collAreas {
				o.AreaID = string(area)
			}
		}
		o.FoundingDate = x.day(a.Founded, path+".founded", a.ID)
		o.DissolutionDate = x.day(a.Dissolved, path+".dissolved", a.ID)
		x.doc.Organizations = append(x.doc.Organizations, o)
	case collAreas:
		ar := Area{ID: id, Name: name, OtherNames: others, Sources: srcs, Classification: a.Kind.String(),
			Identifiers: x.identifiers(a.Identifiers, path, a.ID)}
		switch {
		case !a.Country.IsZero():
			ar.Identifier = a.Country.String()
		case a.Subdivision.String() != "":
			ar.Identifier = a.Subdivision.String()
		}
		if x.kindOf(a.PartOf) == collAreas {
			ar.ParentID = string(a.PartOf)
		}
		x.doc.Areas = append(x.doc.Areas, ar)
	default:
		x.report(path+".kind", a.ID, "actor without a known kind: left out")
		return
	}
	for i, m := range a.Memberships {
		x.membership(m, a.ID, m.Group, path+".memberships["+strconv.Itoa(i)+"]")
	}
	for i, m := range a.Members {
		x.membership(m, m.Member, a.ID, path+".members["+strconv.Itoa(i)+"]")
	}
	for i, p := range a.Posts {
		x.post(p, a.ID, path+".posts["+strconv.Itoa(i)+"]")
	}
}

// memberRef fills m's member from the actor id, reporting false when it
// does not resolve to an actor Popolo can name.
func (x *exporter) memberRef(m *Membership, id cooperation.ID) bool {
	switch x.kindOf(id) {
	case collPersons:
		m.PersonID = string(id)
	case collOrganizations:
		m.Member = &MemberRef{Type: "Organization", ID: string(id)}
	case collAreas:
		m.Member = &MemberRef{Type: "Area", ID: string(id)}
	default:
		return false
	}
	return true
}

func (x *exporter) membership(ms cooperation.Membership, member, group cooperation.ID, path string) {
	key := membershipKey{group, member, ms.Role, ms.Period}
	if x.membershipSeen[key] {
		return // stated on both sides
	}
	x.membershipSeen[key] = true
	if x.kindOf(group) != collOrganizations {
		x.report(path, member, "group %q is not an organisation of the dataset: membership left out", group)
		return
	}
	m := Membership{OrganizationID: string(group)}
	if ms.Role != cooperation.MembershipRoleMember {
		// Popolo's examples give no role for a mere membership: its
		// existence says "member".
		m.Role = ms.Role.String()
	}
	if !x.memberRef(&m, member) {
		x.report(path, group, "member %q is not an actor of the dataset: membership left out", member)
		return
	}
	m.StartDate, m.EndDate = x.bounds(ms.Period, path+".period", member)
	m.Sources = x.links(ms.Sources, path, member)
	x.doc.Memberships = append(x.doc.Memberships, m)
}

func (x *exporter) post(p cooperation.Post, holder cooperation.ID, path string) {
	if x.kindOf(p.Org) != collOrganizations {
		x.report(path+".org", holder, "post at %q, which is not an organisation of the dataset: left out", p.Org)
		return
	}
	title := x.text(p.Title, path+".title", holder)
	key := postKey{p.Org, p.Title}
	pid, ok := x.postIDs[key]
	if !ok {
		if x.postsOf == nil {
			x.postsOf = map[cooperation.ID]int{}
		}
		x.postsOf[p.Org]++
		slug := string(cooperation.IDFrom(title))
		if slug == "" {
			slug = strconv.Itoa(x.postsOf[p.Org])
		}
		pid = "post:" + string(p.Org) + ":" + slug
		for taken := true; taken; { // two titles with one slug ("Minister" and "minister")
			taken = false
			for _, q := range x.doc.Posts {
				if q.ID == pid {
					taken = true
					pid += "-" + strconv.Itoa(x.postsOf[p.Org])
					break
				}
			}
		}
		x.postIDs[key] = pid
		x.doc.Posts = append(x.doc.Posts, Post{ID: pid, Label: title, OrganizationID: string(p.Org)})
	}
	m := Membership{Role: title, OrganizationID: string(p.Org), PostID: pid}
	if !x.memberRef(&m, holder) {
		return // the holder is an actor being exported: cannot happen
	}
	m.StartDate, m.EndDate = x.bounds(p.Period, path+".period", holder)
	m.Sources = x.links(p.Sources, path, holder)
	x.doc.Memberships = append(x.doc.Memberships, m)
}

func (x *exporter) event(e *cooperation.Event, path string) {
	ev := Event{ID: string(e.ID), Classification: e.Kind.String()}
	if ev.Classification == "" {
		x.report(path+".kind", e.ID, "event without a known kind: left out")
		return
	}
	ev.Name, _ = x.names(e.Names, path, e.ID)
	ev.StartDate, ev.EndDate = x.bounds(e.Date, path+".date", e.ID)
	if !e.Time.IsZero() && len(ev.StartDate) == len("2006-01-02") && startPrecision(e.Date) == edtf.PrecisionDay {
		ev.StartDate += "T" + e.Time.String()
	}
	if e.Venue != "" {
		if v, ok := x.ds.Actor(e.Venue); ok {
			ev.Location, _ = x.names(v.Names, path+".venue", e.ID)
		} else {
			x.report(path+".venue", e.ID, "venue %q is not an actor of the dataset: left out", e.Venue)
		}
	}
	for _, org := range [][]cooperation.ID{e.Organisers, e.Hosts} {
		for _, id := range org {
			if ev.OrganizationID == "" && x.kindOf(id) == collOrganizations {
				ev.OrganizationID = string(id)
			}
		}
	}
	for _, parent := range []cooperation.ID{e.PartOf, e.Series} {
		if ev.ParentID == "" && parent != "" {
			if _, ok := x.ds.Event(parent); ok {
				ev.ParentID = string(parent)
			}
		}
	}
	ev.Sources = x.links(e.Sources, path, e.ID)
	x.doc.Events = append(x.doc.Events, ev)
}

// names returns the best name and every name as other_names.
func (x *exporter) names(ns names.Names, path string, id cooperation.ID) (string, []OtherName) {
	if len(ns) == 0 {
		return "", nil
	}
	best, _ := x.chooser.Best(ns) // as ns.Best() does, without a Matcher per call
	out := make([]OtherName, 0, len(ns))
	for i, n := range ns {
		p := path + ".names[" + strconv.Itoa(i) + "]"
		o := OtherName{Name: x.text(n.Text, p+".text", id), Note: n.Kind.String()}
		if n.Lang.String() != "und" {
			o.Lang = n.Lang.String()
		}
		o.StartDate, o.EndDate = x.bounds(n.Period, p+".period", id)
		out = append(out, o)
	}
	return x.text(best.Text, path+".names", id), out
}

func (x *exporter) identifiers(ids []cooperation.Identifier, path string, id cooperation.ID) []Identifier {
	var out []Identifier
	for i, v := range ids {
		p := path + ".identifiers[" + strconv.Itoa(i) + "]"
		out = append(out, Identifier{Identifier: x.text(v.Value, p+".value", id), Scheme: x.text(v.Scheme, p+".scheme", id)})
	}
	return out
}

// links returns the cited sources as links, each once.
func (x *exporter) links(ids []cooperation.ID, path string, owner cooperation.ID) []Link {
	var out []Link
	for i, sid := range ids {
		s, ok := x.ds.Source(sid)
		switch {
		case !ok:
			if !x.sourceSeen[sid] {
				x.sourceSeen[sid] = true
				x.report(fmt.Sprintf("%s.sources[%d]", path, i), owner, "source %q is not a source of the dataset: left out wherever it is cited", sid)
			}
			continue
		case s.URL == "":
			if !x.sourceSeen[sid] {
				x.sourceSeen[sid] = true
				x.report(fmt.Sprintf("%s.sources[%d]", path, i), owner, "source %q has no URL, which a Popolo link requires: left out wherever it is cited", sid)
			}
			continue
		}
		l := Link{URL: toURI(x.text(s.URL, "sources.url", sid)), Note: x.text(s.Title, "sources.title", sid)}
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}
