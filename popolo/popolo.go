package popolo

import (
	"bytes"
	"encoding/json"
	"io"

	cooperation "github.com/coopframe/cooperation"
)

// Document is a Popolo JSON export: the six collections side by side.
// Each is sorted by ID (memberships by organisation, then member, then
// start), so one dataset always gives the same document. The zero
// Document is an empty export, and Encode writes every collection, empty
// ones as [].
type Document struct {
	Persons       []Person       `json:"persons"`
	Organizations []Organization `json:"organizations"`
	Memberships   []Membership   `json:"memberships"`
	Posts         []Post         `json:"posts"`
	Events        []Event        `json:"events"`
	Areas         []Area         `json:"areas"`
}

// Person is a Popolo person: an actor of kind person.
type Person struct {
	ID              string       `json:"id"`
	Name            string       `json:"name,omitempty"`
	OtherNames      []OtherName  `json:"other_names,omitempty"`
	HonorificPrefix string       `json:"honorific_prefix,omitempty"`
	Identifiers     []Identifier `json:"identifiers,omitempty"`
	Sources         []Link       `json:"sources,omitempty"`
}

// Organization is a Popolo organization: an actor of an organisation
// kind, which Classification names ("ministry", "igo").
type Organization struct {
	ID              string       `json:"id"`
	Name            string       `json:"name,omitempty"`
	OtherNames      []OtherName  `json:"other_names,omitempty"`
	Identifiers     []Identifier `json:"identifiers,omitempty"`
	Classification  string       `json:"classification"`
	ParentID        string       `json:"parent_id,omitempty"`
	AreaID          string       `json:"area_id,omitempty"`
	FoundingDate    string       `json:"founding_date,omitempty"`
	DissolutionDate string       `json:"dissolution_date,omitempty"`
	Sources         []Link       `json:"sources,omitempty"`
}

// Area is a Popolo area: a state, subdivision, city or venue, which
// Classification names. Identifier is a state's ISO 3166-1 or a
// subdivision's ISO 3166-2 code. OtherNames and Identifiers are not in
// Popolo's area schema (which allows other properties): they carry the
// names in every language and the identifiers in other systems, as on
// persons and organizations.
type Area struct {
	ID             string       `json:"id"`
	Name           string       `json:"name,omitempty"`
	OtherNames     []OtherName  `json:"other_names,omitempty"`
	Identifier     string       `json:"identifier,omitempty"`
	Identifiers    []Identifier `json:"identifiers,omitempty"`
	Classification string       `json:"classification"`
	ParentID       string       `json:"parent_id,omitempty"`
	Sources        []Link       `json:"sources,omitempty"`
}

// Membership is a Popolo membership: a member's standing in an
// organisation, or a person's holding of a post. A person member is
// PersonID; any other member is Member.
type Membership struct {
	Role           string     `json:"role,omitempty"`
	PersonID       string     `json:"person_id,omitempty"`
	Member         *MemberRef `json:"member,omitempty"`
	OrganizationID string     `json:"organization_id"`
	PostID         string     `json:"post_id,omitempty"`
	StartDate      string     `json:"start_date,omitempty"`
	EndDate        string     `json:"end_date,omitempty"`
	Sources        []Link     `json:"sources,omitempty"`
}

// MemberRef names a member that is not a person, as Popolo's membership
// "member" does: Type is "Organization", or "Area" for a state or other
// place (a state that is a member of an intergovernmental organisation).
type MemberRef struct {
	Type string `json:"@type"`
	ID   string `json:"id"`
}

// Post is a Popolo post: an office in an organisation, independent of who
// holds it; the sources of a holding are on its membership. Its ID is "post:" followed by the organisation's ID, a colon
// and the title as a slug ([cooperation.IDFrom]), which no dataset ID can
// be; a title with no Latin letter or digit gets its position among the
// organisation's posts instead ("post:kh-mptc:2").
type Post struct {
	ID             string `json:"id"`
	Label          string `json:"label"`
	OrganizationID string `json:"organization_id"`
}

// Event is a Popolo event.
type Event struct {
	ID             string `json:"id"`
	Name           string `json:"name,omitempty"`
	Classification string `json:"classification"`
	StartDate      string `json:"start_date,omitempty"`
	EndDate        string `json:"end_date,omitempty"`
	Location       string `json:"location,omitempty"`
	OrganizationID string `json:"organization_id,omitempty"`
	ParentID       string `json:"parent_id,omitempty"`
	Sources        []Link `json:"sources,omitempty"`
}

// OtherName is one name in Popolo's other_names, with its language. Lang
// (a BCP 47 tag) is not in Popolo's other_name schema, which allows other
// properties; Note is the name's kind ("acronym", "former").
type OtherName struct {
	Name      string `json:"name"`
	Lang      string `json:"lang,omitempty"`
	Note      string `json:"note,omitempty"`
	StartDate string `json:"start_date,omitempty"`
	EndDate   string `json:"end_date,omitempty"`
}

// Identifier is an identifier in another system.
type Identifier struct {
	Identifier string `json:"identifier"`
	Scheme     string `json:"scheme,omitempty"`
}

// Link is a Popolo link: a source's URL and its title as the note.
type Link struct {
	URL  string `json:"url"`
	Note string `json:"note,omitempty"`
}

// Problem is something of the dataset Export could not write in Popolo:
// where it is, in the dataset's JSON form ("actors[3].memberships[0].period",
// counted in the Dataset's slices as given), the ID of the entity, and why.
type Problem struct {
	Path    string
	ID      cooperation.ID
	Message string
}

// String returns "path (id): message".
func (p Problem) String() string {
	s := p.Path
	if p.ID != "" {
		s += " (" + string(p.ID) + ")"
	}
	return s + ": " + p.Message
}

// Encode writes d as one JSON object with two-space indentation and
// without HTML escaping, every collection present. The output is always
// valid JSON; an error is the writer's.
func (d *Document) Encode(w io.Writer) error {
	c := *d
	if c.Persons == nil {
		c.Persons = []Person{}
	}
	if c.Organizations == nil {
		c.Organizations = []Organization{}
	}
	if c.Memberships == nil {
		c.Memberships = []Membership{}
	}
	if c.Posts == nil {
		c.Posts = []Post{}
	}
	if c.Events == nil {
		c.Events = []Event{}
	}
	if c.Areas == nil {
		c.Areas = []Area{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&c); err != nil {
		return err // cannot happen: every field is a string or a slice of them
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// Write exports ds ([Export]) and writes the document to w
// ([Document.Encode]). It returns what could not be written, and the
// writer's error.
func Write(w io.Writer, ds *cooperation.Dataset) ([]Problem, error) {
	d, probs := Export(ds)
	return probs, d.Encode(w)
}
