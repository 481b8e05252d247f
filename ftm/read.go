package ftm

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/subdivision"
	"golang.org/x/text/language"
)

// ReadOptions configures [Read].
type ReadOptions struct {
	// Prefix is taken off every ID, as [Options.Prefix] put it on; an
	// entity or reference without it is an error.
	Prefix string
	// MaxBytes bounds the input; 0 means 64 MiB. A longer input is an
	// error, not a truncated dataset.
	MaxBytes int64
}

// maxLine bounds one entity's line: FtM's longest values are texts of
// 65,000 characters.
const maxLine = 4 << 20

// ReadError is an error of [Read]: the line (from 1), the entity's ID
// when known, the property, and why.
type ReadError struct {
	Line     int
	ID       string
	Property string
	Reason   string
	Err      error // the underlying error (of package edtf, cooperation, subdivision, encoding/json), if any
}

// Error implements the error interface: "ftm: line 3: entity \"kh\": country: ...".
func (e *ReadError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "ftm: line %d", e.Line)
	if e.ID != "" {
		fmt.Fprintf(&b, ": entity %q", e.ID)
	}
	if e.Property != "" {
		b.WriteString(": " + e.Property)
	}
	b.WriteString(": " + e.Reason)
	if e.Err != nil {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error, for errors.As.
func (e *ReadError) Unwrap() error { return e.Err }

// Read reads FtM entities in JSON lines (blank lines allowed) into a new
// dataset: Person, Organization, PublicBody and Company entities become
// actors, Membership entities their memberships (stated on the member),
// Position and Occupancy entities their posts, and Article entities
// sources, as the table of the package doc says. Entities of other
// schemata are skipped, and so are properties the table does not read.
// Invalid JSON or UTF-8, an ID that is not a dataset ID after
// ReadOptions.Prefix, a value the model rejects (a date, a country, a
// classification that does not fit the schema) and a membership or an
// occupancy whose ends were not read are a *[ReadError]. The dataset is
// built, not validated: run [cooperation.Dataset.Validate] on it.
func Read(r io.Reader, opt ReadOptions) (*cooperation.Dataset, error) {
	limit := opt.MaxBytes
	if limit <= 0 {
		limit = 64 << 20
	}
	rd := &reader{prefix: opt.Prefix, actors: map[cooperation.ID]int{}, positions: map[string]position{}}
	br := bufio.NewReaderSize(io.LimitReader(r, limit+1), 64<<10)
	var read int64
	for {
		line, err := readLine(br)
		read += int64(len(line))
		if read > limit {
			return nil, &ReadError{Line: rd.line + 1, Reason: fmt.Sprintf("input longer than %d bytes", limit)}
		}
		if len(line) > 0 {
			rd.line++
			if len(line) > maxLine {
				return nil, &ReadError{Line: rd.line, Reason: fmt.Sprintf("line longer than %d bytes", maxLine)}
			}
			if t := bytes.TrimSpace(line); len(t) > 0 {
				if err := rd.entity(t); err != nil {
					return nil, err
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &ReadError{Line: rd.line, Reason: "reading", Err: err}
		}
	}
	return rd.finish()
}

// readLine returns the next line with its newline, reading at most
// maxLine+1 bytes of it (the rest of a longer line is not kept).
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > maxLine+1 {
			chunk = chunk[:maxLine+1-len(line)]
		}
		line = append(line, chunk...)
		if err != bufio.ErrBufferFull {
			return line, err
		}
		if len(line) > maxLine {
			return line, nil
		}
	}
}

type position struct{ title, org string }

type pending struct {
	line int
	e    Entity
}

type reader struct {
	prefix    string
	line      int
	ds        cooperation.Dataset
	actors    map[cooperation.ID]int // index in ds.Actors
	positions map[string]position
	members   []pending // Membership entities, attached at the end
	posts     []pending // Occupancy entities
}

func (rd *reader) fail(e *Entity, prop, reason string, err error) error {
	id := ""
	if e != nil {
		id = e.ID
	}
	return &ReadError{Line: rd.line, ID: id, Property: prop, Reason: reason, Err: err}
}

// ref turns an FtM ID into a dataset ID.
func (rd *reader) ref(e *Entity, prop, s string) (cooperation.ID, error) {
	rest, ok := strings.CutPrefix(s, rd.prefix)
	if !ok {
		return "", rd.fail(e, prop, fmt.Sprintf("ID %q lacks the prefix %q", s, rd.prefix), nil)
	}
	id, err := cooperation.ParseID(rest)
	if err != nil {
		return "", rd.fail(e, prop, fmt.Sprintf("ID %q is not a dataset ID", s), err)
	}
	return id, nil
}

func first(e *Entity, p string) string {
	if vs := e.Properties[p]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

func (rd *reader) entity(b []byte) error {
	if !utf8.Valid(b) {
		return rd.fail(nil, "", "invalid UTF-8", nil)
	}
	e, err := decodeEntity(b)
	if err != nil {
		return rd.fail(&e, "", "not an FtM entity in JSON", err)
	}
	if e.ID == "" || e.Schema == "" {
		return rd.fail(&e, "", "entity without an id or a schema", nil)
	}
	for _, p := range readProps {
		for _, v := range e.Properties[p] {
			if max := maxLength(p); !textProps[p] && utf8.RuneCountInString(v) > max {
				return rd.fail(&e, p, fmt.Sprintf("value longer than the %d characters FtM allows", max), nil)
			}
		}
	}
	switch e.Schema {
	case schemaPerson, schemaOrg, schemaPublicBody, schemaCompany:
		return rd.actor(&e)
	case schemaMembership:
		rd.members = append(rd.members, pending{rd.line, e})
	case schemaOccupancy:
		rd.posts = append(rd.posts, pending{rd.line, e})
	case schemaPosition:
		rd.positions[e.ID] = position{title: first(&e, "name"), org: first(&e, "organization")}
	case schemaArticle:
		return rd.article(&e)
	}
	return nil
}

// readProps are the properties Read reads, whose lengths it checks.
var readProps = []string{"name", "alias", "weakAlias", "previousName", "title", "classification", "country",
	"idNumber", "wikidataId", "leiCode", "parent", "proof", "member", "organization", "role", "holder", "post",
	"date", "startDate", "endDate", "incorporationDate", "dissolutionDate", "publisher", "sourceUrl", "language",
	"publishedAt"}

// defaultKind is the kind of an actor whose entity has no classification.
var defaultKind = map[string]cooperation.ActorKind{
	schemaPerson: cooperation.ActorPerson, schemaOrg: cooperation.ActorAssociation,
	schemaPublicBody: cooperation.ActorAgency, schemaCompany: cooperation.ActorCompany,
}

func (rd *reader) actor(e *Entity) error {
	id, err := rd.ref(e, "id", e.ID)
	if err != nil {
		return err
	}
	if _, dup := rd.actors[id]; dup {
		return rd.fail(e, "id", "ID given twice", nil)
	}
	a := cooperation.Actor{ID: id, Kind: defaultKind[e.Schema]}
	if c := first(e, "classification"); c != "" {
		if err := a.Kind.UnmarshalText([]byte(c)); err != nil {
			return rd.fail(e, "classification", "not an actor kind", err)
		}
		if schemaOf(a.Kind) != e.Schema {
			return rd.fail(e, "classification", fmt.Sprintf("kind %s is exported as %s, not %s", a.Kind, schemaOf(a.Kind), e.Schema), nil)
		}
	}
	a.Names = readNames(e)
	if e.Schema == schemaPerson {
		if t := e.Properties["title"]; len(t) > 0 {
			a.Honorifics = t
		}
	}
	if c := first(e, "country"); c != "" {
		if a.Country, err = cooperation.ParseCountry(strings.ToUpper(c)); err != nil {
			return rd.fail(e, "country", "not a country", err)
		}
	}
	for _, v := range e.Properties["idNumber"] {
		scheme, value, ok := strings.Cut(v, ":")
		switch {
		case scheme == "iso3166-2" && ok:
			if a.Subdivision, err = subdivision.Parse(value); err != nil {
				return rd.fail(e, "idNumber", "not an ISO 3166-2 code", err)
			}
		case ok && scheme != "" && value != "":
			a.Identifiers = append(a.Identifiers, cooperation.Identifier{Scheme: scheme, Value: value})
		default:
			a.Identifiers = append(a.Identifiers, cooperation.Identifier{Scheme: "idnumber", Value: v})
		}
	}
	for _, v := range e.Properties["wikidataId"] {
		a.Identifiers = append(a.Identifiers, cooperation.Identifier{Scheme: "wikidata", Value: v})
	}
	for _, v := range e.Properties["leiCode"] {
		a.Identifiers = append(a.Identifiers, cooperation.Identifier{Scheme: "lei", Value: v})
	}
	if p := first(e, "parent"); p != "" {
		if a.PartOf, err = rd.ref(e, "parent", p); err != nil {
			return err
		}
	}
	if a.Founded, err = rd.date(e, "incorporationDate"); err != nil {
		return err
	}
	if a.Dissolved, err = rd.date(e, "dissolutionDate"); err != nil {
		return err
	}
	a.Note = joinText(e.Properties["notes"])
	for _, p := range e.Properties["proof"] {
		s, err := rd.ref(e, "proof", p)
		if err != nil {
			return err
		}
		a.Sources = append(a.Sources, s)
	}
	rd.actors[id] = len(rd.ds.Actors)
	rd.ds.Actors = append(rd.ds.Actors, a)
	return nil
}

// readNames reads the name properties back: name as official, alias as
// alias, weakAlias as acronym, previousName as former, each of unknown
// language, since a simple FtM value has none.
func readNames(e *Entity) names.Names {
	var ns names.Names
	for _, p := range []struct {
		prop string
		kind names.Kind
	}{{"name", names.KindOfficial}, {"alias", names.KindAlias}, {"weakAlias", names.KindAcronym}, {"previousName", names.KindFormer}} {
		for _, v := range e.Properties[p.prop] {
			ns = append(ns, names.Name{Text: v, Lang: language.Und, Kind: p.kind})
		}
	}
	return ns
}

// joinText joins the values of a text property as Write split them:
// directly after a piece that ends in a space or a line break, with a
// line break otherwise.
func joinText(vs []string) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 && !strings.HasSuffix(vs[i-1], " ") && !strings.HasSuffix(vs[i-1], "\n") {
			b.WriteByte('\n')
		}
		b.WriteString(v)
	}
	return b.String()
}

// date reads the first value of a date property. A time of day is cut
// off: the model's dates are days.
func (rd *reader) date(e *Entity, prop string) (edtf.Date, error) {
	v := first(e, prop)
	if v == "" {
		return edtf.Date{}, nil
	}
	return rd.parseDate(e, prop, v)
}

func (rd *reader) parseDate(e *Entity, prop, v string) (edtf.Date, error) {
	v, _, _ = strings.Cut(v, "T")
	if !isFtMDate(v) {
		return edtf.Date{}, rd.fail(e, prop, fmt.Sprintf("%q is not an FtM date (YYYY, YYYY-MM or YYYY-MM-DD)", v), nil)
	}
	d, err := edtf.Parse(v)
	if err != nil {
		return edtf.Date{}, rd.fail(e, prop, "not a date", err)
	}
	return d, nil
}

// isFtMDate reports whether v has the syntax of an FtM date without a
// time, so that no other EDTF form ("2019?", "2019/2020") is let in.
func isFtMDate(v string) bool {
	if len(v) != 4 && len(v) != 7 && len(v) != 10 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if (i == 4 || i == 7) != (v[i] == '-') || v[i] != '-' && (v[i] < '0' || v[i] > '9') {
			return false
		}
	}
	return true
}

// period reads date, startDate and endDate back into a period: date as
// it is, the ends as an interval (a missing end as open, "..").
func (rd *reader) period(e *Entity) (edtf.Date, error) {
	if d := first(e, "date"); d != "" {
		return rd.parseDate(e, "date", d)
	}
	s, en := first(e, "startDate"), first(e, "endDate")
	if s == "" && en == "" {
		return edtf.Date{}, nil
	}
	ends := [2]string{"..", ".."}
	for i, v := range []string{s, en} {
		if v == "" {
			continue
		}
		d, err := rd.parseDate(e, []string{"startDate", "endDate"}[i], v)
		if err != nil {
			return edtf.Date{}, err
		}
		ends[i] = d.String()
	}
	d, err := edtf.Parse(ends[0] + "/" + ends[1])
	if err != nil {
		return edtf.Date{}, rd.fail(e, "startDate", "not a period", err)
	}
	return d, nil
}

func (rd *reader) article(e *Entity) error {
	id, err := rd.ref(e, "id", e.ID)
	if err != nil {
		return err
	}
	s := cooperation.Source{ID: id, Title: first(e, "title"), Publisher: first(e, "publisher"), URL: first(e, "sourceUrl"), Note: joinText(e.Properties["notes"])}
	if s.Title == "" {
		s.Title = first(e, "name")
	}
	if s.Published, err = rd.date(e, "publishedAt"); err != nil {
		return err
	}
	if l := first(e, "language"); l != "" {
		// x/text reads ISO 639-3 codes and gives the shortest tag ("eng" → "en").
		if s.Language, err = language.Parse(l); err != nil {
			return rd.fail(e, "language", "not a language", err)
		}
	}
	rd.ds.Sources = append(rd.ds.Sources, s)
	return nil
}

// finish attaches the memberships and posts to their actors.
func (rd *reader) finish() (*cooperation.Dataset, error) {
	actor := func(p *pending, prop string) (*cooperation.Actor, cooperation.ID, error) {
		rd.line = p.line
		v := first(&p.e, prop)
		if v == "" {
			return nil, "", rd.fail(&p.e, prop, "missing", nil)
		}
		id, err := rd.ref(&p.e, prop, v)
		if err != nil {
			return nil, "", err
		}
		i, ok := rd.actors[id]
		if !ok {
			return nil, id, nil
		}
		return &rd.ds.Actors[i], id, nil
	}
	for i := range rd.members {
		p := &rd.members[i]
		m, _, err := actor(p, "member")
		if err != nil {
			return nil, err
		}
		if m == nil {
			return nil, rd.fail(&p.e, "member", "not a Person, Organization, PublicBody or Company read", nil)
		}
		_, g, err := actor(p, "organization")
		if err != nil {
			return nil, err
		}
		ms := cooperation.Membership{Group: g}
		if r := first(&p.e, "role"); r != "" {
			if err := ms.Role.UnmarshalText([]byte(r)); err != nil {
				return nil, rd.fail(&p.e, "role", "not a membership role", err)
			}
		}
		if ms.Period, err = rd.period(&p.e); err != nil {
			return nil, err
		}
		m.Memberships = append(m.Memberships, ms)
	}
	for i := range rd.posts {
		p := &rd.posts[i]
		h, _, err := actor(p, "holder")
		if err != nil {
			return nil, err
		}
		if h == nil || h.Kind != cooperation.ActorPerson {
			return nil, rd.fail(&p.e, "holder", "not a Person read", nil)
		}
		pos, ok := rd.positions[first(&p.e, "post")]
		if !ok {
			return nil, rd.fail(&p.e, "post", "not a Position read", nil)
		}
		post := cooperation.Post{Title: pos.title}
		if pos.org != "" {
			if post.Org, err = rd.ref(&p.e, "post", pos.org); err != nil {
				return nil, err
			}
		}
		if post.Period, err = rd.period(&p.e); err != nil {
			return nil, err
		}
		h.Posts = append(h.Posts, post)
	}
	ds := &rd.ds
	ds.Build()
	return ds, nil
}

// decodeEntity decodes one entity strictly, token by token: the keys
// "id", "schema" and "properties" exactly as spelled (encoding/json would
// take "ID" and "Schema" as well), none twice, no other key, every
// property an array of strings given once, and nothing after the object.
func decodeEntity(b []byte) (Entity, error) {
	var e Entity
	dec := json.NewDecoder(bytes.NewReader(b))
	fail := func(f string, args ...any) (Entity, error) {
		return e, fmt.Errorf("offset %d: "+f, append([]any{dec.InputOffset()}, args...)...)
	}
	delim := func(want json.Delim) error {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		if d, ok := t.(json.Delim); !ok || d != want {
			return fmt.Errorf("offset %d: want %q", dec.InputOffset(), want)
		}
		return nil
	}
	str := func() (string, error) {
		t, err := dec.Token()
		if err != nil {
			return "", err
		}
		s, ok := t.(string)
		if !ok {
			return "", fmt.Errorf("offset %d: want a string", dec.InputOffset())
		}
		return s, nil
	}
	if err := delim('{'); err != nil {
		return e, err
	}
	seen := map[string]bool{}
	for dec.More() {
		k, err := str()
		if err != nil {
			return e, err
		}
		if seen[k] {
			return fail("key %q given twice", k)
		}
		seen[k] = true
		switch k {
		case "id":
			if e.ID, err = str(); err != nil {
				return e, err
			}
		case "schema":
			if e.Schema, err = str(); err != nil {
				return e, err
			}
		case "properties":
			if err := delim('{'); err != nil {
				return e, err
			}
			e.Properties = map[string][]string{}
			for dec.More() {
				p, err := str()
				if err != nil {
					return e, err
				}
				if _, dup := e.Properties[p]; dup {
					return fail("property %q given twice", p)
				}
				if err := delim('['); err != nil {
					return e, err
				}
				vs := []string{}
				for dec.More() {
					v, err := str()
					if err != nil {
						return e, err
					}
					// Blank values are no values, as FtM's own
					// Entity.setProperty has it.
					if strings.TrimSpace(v) != "" {
						vs = append(vs, v)
					}
				}
				if err := delim(']'); err != nil {
					return e, err
				}
				e.Properties[p] = vs
			}
			if err := delim('}'); err != nil {
				return e, err
			}
		default:
			return fail("unknown key %q", k)
		}
	}
	if err := delim('}'); err != nil {
		return e, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return fail("more after the entity")
	}
	return e, nil
}
