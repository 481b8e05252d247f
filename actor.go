package cooperation

import (
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/internal/enum"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/subdivision"
	"golang.org/x/text/language"
)

// ActorKind says what kind of actor an [Actor] is.
type ActorKind uint8

// The kinds of actor. The zero ActorKind is invalid, so an actor decoded
// without a kind is reported by validation. In JSON each is its name in
// lower case with hyphens: "state", "subdivision", "city", "venue",
// "government", "ministry", "department", "agency", "embassy", "party",
// "party-organ", "igo", "grouping", "company", "association",
// "university", "media", "group", "person".
const (
	ActorUnknown     ActorKind = iota // not set: invalid
	ActorState                        // a sovereign state; Country is its ISO 3166-1 code
	ActorSubdivision                  // a province, region or state inside a country; Subdivision is its ISO 3166-2 code
	ActorCity                         // a city or town
	ActorVenue                        // a building or site where events happen
	ActorGovernment                   // the government of a state or subdivision, as a body (see Governs)
	ActorMinistry                     // a ministry or ministerial-level commission or administration
	ActorDepartment                   // a department, bureau or office inside a body
	ActorAgency                       // any other government body
	ActorEmbassy                      // a diplomatic mission
	ActorParty                        // a political party
	ActorPartyOrgan                   // a body of a party (the CPC's International Liaison Department)
	ActorIGO                          // an intergovernmental organisation or its organ (ASEAN, the ASEAN Secretariat)
	ActorGrouping                     // an informal grouping of states (CLMV)
	ActorCompany                      // a company or subsidiary
	ActorAssociation                  // a chamber of commerce, association or council
	ActorUniversity                   // a university or academic institution
	ActorMedia                        // a news agency or other media
	ActorGroup                        // a set of actors named collectively ("Myanmar telecom operators")
	ActorPerson                       // a natural person
)

var actorKinds = enum.Names[ActorKind]{Type: "ActorKind", Names: []string{
	"", "state", "subdivision", "city", "venue", "government", "ministry", "department", "agency",
	"embassy", "party", "party-organ", "igo", "grouping", "company", "association", "university",
	"media", "group", "person",
}}

// String returns the kind's name as used in JSON ("party-organ").
func (k ActorKind) String() string { return actorKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler].
func (k ActorKind) MarshalText() ([]byte, error) { return marshalEnum(actorKinds, k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *ActorKind) UnmarshalText(b []byte) error { return unmarshalEnum(actorKinds, b, k) }

// IsPlace reports whether actors of kind k are territories or places.
func (k ActorKind) IsPlace() bool {
	return k == ActorState || k == ActorSubdivision || k == ActorCity || k == ActorVenue
}

// IsOrganisation reports whether actors of kind k are organisations (bodies,
// parties, companies, groupings and the like): neither places nor persons.
func (k ActorKind) IsOrganisation() bool {
	return k != ActorUnknown && !k.IsPlace() && k != ActorPerson
}

// Actor is anyone who cooperates or is named in a cooperation: a state, a
// province, a ministry, a party organ, a grouping, a company, a person.
type Actor struct {
	ID    ID          `json:"id"`
	Kind  ActorKind   `json:"kind"`
	Names names.Names `json:"names"`
	// Honorifics are titles written before a person's name ("Dr", "Daw",
	// "Dato"), kept out of Names.
	Honorifics []string `json:"honorifics,omitempty"`
	// Country is a state's ISO 3166-1 code.
	Country Country `json:"country,omitzero"`
	// Subdivision is a subdivision's ISO 3166-2 code.
	Subdivision subdivision.Code `json:"subdivision,omitzero"`
	// PartOf is the actor this one belongs to: a province's state, a
	// ministry's government, a subsidiary's parent company, a department's
	// ministry.
	PartOf ID `json:"part_of,omitempty"`
	// Governs is the territory a government body governs.
	Governs ID `json:"governs,omitempty"`
	// Location is the place (city, subdivision, state) where the actor is based.
	Location  ID        `json:"location,omitempty"`
	Founded   edtf.Date `json:"founded,omitzero"`
	Dissolved edtf.Date `json:"dissolved,omitzero"`
	// Memberships are this actor's standings in groups. A group may state
	// its members instead ([Actor.Members]): both count the same, so a
	// dataset layered on another can say who belongs to a group of its
	// own without restating the members.
	Memberships []Membership `json:"memberships,omitempty"`
	// Members are the memberships of other actors in this group, stated on
	// the group: each names its Member, and its Group is empty.
	Members     []Membership `json:"members,omitempty"`
	Posts       []Post       `json:"posts,omitempty"`
	Identifiers []Identifier `json:"identifiers,omitempty"`
	Claims      []Claim      `json:"claims,omitempty"`
	Note        string       `json:"note,omitempty"`
	Sources     []ID         `json:"sources,omitempty"`
}

// MembershipRole is an actor's standing in a group.
type MembershipRole uint8

// The membership roles. In JSON each is its name: "member",
// "associate-member", "observer", "dialogue-partner",
// "full-dialogue-partner", "coordinator", "chair".
const (
	MembershipRoleMember              MembershipRole = iota // a full member (the zero role)
	MembershipRoleAssociateMember                           // an associate member
	MembershipRoleObserver                                  // an observer
	MembershipRoleDialoguePartner                           // a dialogue partner (China and ASEAN since 1991)
	MembershipRoleFullDialoguePartner                       // a full dialogue partner
	MembershipRoleCoordinator                               // the member coordinating the group (Vietnam for CLMV in 2022)
	MembershipRoleChair                                     // the member chairing the group
)

var membershipRoles = enum.Names[MembershipRole]{Type: "MembershipRole", Names: []string{
	"member", "associate-member", "observer", "dialogue-partner", "full-dialogue-partner", "coordinator", "chair",
}}

// String returns the role's name as used in JSON.
func (r MembershipRole) String() string { return membershipRoles.String(r) }

// MarshalText implements [encoding.TextMarshaler].
func (r MembershipRole) MarshalText() ([]byte, error) { return marshalEnum(membershipRoles, r) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *MembershipRole) UnmarshalText(b []byte) error { return unmarshalEnum(membershipRoles, b, r) }

// Membership is an actor's standing in an organisation or grouping for a
// period. A member that also coordinates has two memberships, one per role.
// Stated on the member ([Actor.Memberships]) it names the Group; stated on
// the group ([Actor.Members]) it names the Member.
type Membership struct {
	Group   ID             `json:"group,omitempty"`
	Member  ID             `json:"member,omitempty"`
	Role    MembershipRole `json:"role,omitempty"`
	Period  edtf.Date      `json:"period,omitzero"`
	Sources []ID           `json:"sources,omitempty"`
}

// Post is an office a person holds in an organisation for a period. A person
// may hold several posts at once.
type Post struct {
	Title   string    `json:"title"`
	Org     ID        `json:"org"`
	Period  edtf.Date `json:"period,omitzero"`
	Sources []ID      `json:"sources,omitempty"`
}

// Country is an ISO 3166-1 code as x/text knows it ([language.Region]),
// with text marshalling, which language.Region lacks. The zero Country means
// "none" and marshals to "".
type Country struct {
	r language.Region
}

// ParseCountry parses an ISO 3166-1 alpha-2 code in upper case ("CN").
// Nothing is converted silently: lower case, alpha-3 codes ("KHM") and
// codes x/text does not know are a *[ParseError] of Type "Country" (its
// Reason names the alpha-2 code when x/text knows one, so importers can
// convert on purpose with [language.ParseRegion]). Codes of regions that
// are not countries ("EU", "ZZ") and deprecated codes ("SU", "BU") parse,
// and validation reports them (rules region.not-country and
// region.deprecated).
func ParseCountry(s string) (Country, error) {
	r, err := language.ParseRegion(s)
	switch {
	case err != nil:
		return Country{}, &ParseError{Type: "Country", Input: s, Offset: -1, Reason: "not an ISO 3166-1 code x/text knows"}
	case r.String() != s:
		return Country{}, &ParseError{Type: "Country", Input: s, Offset: -1, Reason: "want the upper-case alpha-2 code " + quote(r.String())}
	}
	return Country{r}, nil
}

// MustParseCountry is like [ParseCountry] but panics if s does not parse.
// It is for literals and tests only ("KH"); parse input with
// ParseCountry.
func MustParseCountry(s string) Country {
	c, err := ParseCountry(s)
	if err != nil {
		panic(err)
	}
	return c
}

// Region returns the x/text region.
func (c Country) Region() language.Region { return c.r }

// IsZero reports whether c is the zero Country.
func (c Country) IsZero() bool { return c == Country{} }

// String returns the alpha-2 code, or "" for the zero Country.
func (c Country) String() string {
	if c.IsZero() {
		return ""
	}
	return c.r.String()
}

// MarshalText implements [encoding.TextMarshaler].
func (c Country) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]; "" is the zero Country.
func (c *Country) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Country{}
		return nil
	}
	v, err := ParseCountry(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Identifier is an actor's identifier in another system: Scheme "wikidata"
// with Value "Q148" (validation checks a Wikidata ID's syntax, rule
// identifier.syntax), or "iso3166-3", "lei", "huggo" and the like.
type Identifier struct {
	Scheme string `json:"scheme"`
	Value  string `json:"value"`
}

// schemeWikidata is the Identifier scheme of Wikidata item IDs ("Q148"),
// whose syntax validation checks (rule identifier.syntax).
const schemeWikidata = "wikidata"
