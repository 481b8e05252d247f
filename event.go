package cooperation

import (
	"fmt"
	"time"

	"github.com/coopframe/cooperation/cameo"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/internal/enum"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
)

// EventKind says what kind of event an [Event] is.
type EventKind uint8

// The kinds of event. The zero EventKind is invalid. In JSON each is its
// name: "forum", "summit", "ministerial-meeting", "meeting", "session",
// "working-session", "official-visit", "signing-ceremony", "ceremony",
// "expo", "launch", "series", "coded".
const (
	EventUnknown            EventKind = iota // not set: invalid
	EventForum                               // a forum
	EventSummit                              // a summit of leaders
	EventMinisterialMeeting                  // a meeting of ministers (CLMV EMM 13, AEM 53)
	EventMeeting                             // any other meeting
	EventSession                             // a session inside a meeting
	EventWorkingSession                      // a working session of officials
	EventOfficialVisit                       // an official visit
	EventSigningCeremony                     // a signing ceremony
	EventCeremony                            // an opening or other ceremony
	EventExpo                                // an expo or fair
	EventLaunch                              // the launch of an organisation or initiative
	EventSeries                              // a recurring series (the annual China-ASEAN Expo)
	EventCoded                               // an event coded from news by a CAMEO code (GDELT, ICEWS): see Event.Coded
)

var eventKinds = enum.Names[EventKind]{Type: "EventKind", Names: []string{
	"", "forum", "summit", "ministerial-meeting", "meeting", "session", "working-session", "official-visit",
	"signing-ceremony", "ceremony", "expo", "launch", "series", "coded",
}}

// String returns the kind's name as used in JSON.
func (k EventKind) String() string { return eventKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler].
func (k EventKind) MarshalText() ([]byte, error) { return marshalEnum(eventKinds, k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *EventKind) UnmarshalText(b []byte) error { return unmarshalEnum(eventKinds, b, k) }

// Event is a meeting, forum, visit or ceremony where cooperation happens.
type Event struct {
	ID    ID          `json:"id"`
	Kind  EventKind   `json:"kind"`
	Names names.Names `json:"names"`
	// Series and Ordinal place the event in a recurring series (the 13th
	// meeting of a series has Ordinal 13).
	Series  ID  `json:"series,omitempty"`
	Ordinal int `json:"ordinal,omitempty"`
	// Date is when the event took place (a day, or an interval for several
	// days). Time is the local starting time with its UTC offset, kept apart
	// because EDTF cannot give a time with a qualified date.
	Date edtf.Date `json:"date,omitzero"`
	Time Clock     `json:"time,omitzero"`
	// Inferred marks a date reconstructed from context (a report that says
	// "yesterday" without a year).
	Inferred bool `json:"inferred,omitempty"`
	// Venue is the place; Online marks an online event (both may be set).
	Venue  ID   `json:"venue,omitempty"`
	Online bool `json:"online,omitempty"`
	// PartOf is the event this one belongs to: a session's meeting, a
	// meeting's week of related meetings, a working session's official visit.
	PartOf       ID            `json:"part_of,omitempty"`
	Hosts        []ID          `json:"hosts,omitempty"`
	Organisers   []ID          `json:"organisers,omitempty"`
	CoChairs     []ID          `json:"co_chairs,omitempty"`
	Participants []Participant `json:"participants,omitempty"`
	// Attendance is the stated number of people attending.
	Attendance  quantity.Quantity `json:"attendance,omitzero"`
	Initiatives []ID              `json:"initiatives,omitempty"`
	Sectors     []Sector          `json:"sectors,omitempty"`
	Topics      []string          `json:"topics,omitempty"`
	Outcomes    []Outcome         `json:"outcomes,omitempty"`
	Claims      []Claim           `json:"claims,omitempty"`
	Note        string            `json:"note,omitempty"`
	Sources     []ID              `json:"sources,omitempty"`
	// Coded holds, for an event coded from news (Kind EventCoded), the
	// records that coded it: one [Coding] for each row of the event
	// dataset that describes the event (GDELT writes a row for each
	// geographic resolution of one event in one article). Every record of
	// one event has the same CAMEO code, source and target actor codes
	// and date, the event's own Date; they differ in places, counts and
	// names. Its quad class and PLOVER category are the code's
	// ([cameo.EventCode.QuadClass], [cameo.EventCode.Plover]).
	Coded []Coding `json:"coded,omitempty"`
}

// Coding is one machine- or hand-coded record of a dyadic event: a source
// actor doing something (a CAMEO event code) to a target actor, as an
// event dataset such as GDELT states it. The zero Coding is no record.
type Coding struct {
	// Identifier is the record's identifier in its dataset: GDELT's
	// GLOBALEVENTID, with Scheme "gdelt".
	Identifier Identifier `json:"identifier"`
	// Machine marks a record a program coded from text (GDELT's coder),
	// as opposed to a person; Coder names the dataset or program
	// ("GDELT 2.0").
	Machine bool   `json:"machine,omitempty"`
	Coder   string `json:"coder,omitempty"`
	// Code is the CAMEO event code; Root marks an event GDELT found in
	// the lead paragraph of its article (IsRootEvent).
	Code cameo.EventCode `json:"code"`
	Root bool            `json:"root,omitempty"`
	// Source acts on Target (GDELT's Actor1 and Actor2). Either may be
	// the zero CodedActor when the coder found none.
	Source CodedActor `json:"source,omitzero"`
	Target CodedActor `json:"target,omitzero"`
	// Goldstein is the record's value on the Goldstein scale (-10 to
	// +10) as the dataset gives it, and Tone the average tone of the
	// articles that mention the event (-100 to +100), both exact.
	Goldstein quantity.Decimal `json:"goldstein"`
	Tone      quantity.Decimal `json:"tone"`
	// Mentions, Sources and Articles count the mentions of the event in
	// the first 15 minutes it was seen, the sources and the articles
	// (GDELT's NumMentions, NumSources, NumArticles).
	Mentions int `json:"mentions"`
	Sources  int `json:"sources"`
	Articles int `json:"articles"`
	// Place is where the action happened (GDELT's ActionGeo).
	Place CodedPlace `json:"place,omitzero"`
	// Added is when the dataset added the record (GDELT's DATEADDED, in
	// UTC), and URL the article it was coded from.
	Added time.Time `json:"added,omitzero"`
	URL   string    `json:"url,omitempty"`
}

// CodedActor is the source or target actor of a [Coding]: its CAMEO code
// and attributes as the coder gave them, and the dataset's actor when an
// importer found one. The zero CodedActor is no actor.
type CodedActor struct {
	// Actor is the dataset's actor for this one: an importer sets it to
	// the state of the actor's country (the government, military and
	// business of China all to China's state), and leaves it empty for
	// an actor without a country or whose state the dataset lacks.
	Actor ID              `json:"actor,omitempty"`
	Code  cameo.ActorCode `json:"code,omitzero"`
	Name  string          `json:"name,omitempty"`
	// Country is the CAMEO country code: ISO 3166-1 alpha-3 or a CAMEO
	// region ("EUR", "AFR"; see [cameo.IsCountryCode]).
	Country string `json:"country,omitempty"`
	// KnownGroup, Ethnic, Religions and Types are the CAMEO codes of the
	// actor's known group, ethnicity, religions and types (roles), as given.
	KnownGroup string     `json:"known_group,omitempty"`
	Ethnic     string     `json:"ethnic,omitempty"`
	Religions  []string   `json:"religions,omitempty"`
	Types      []string   `json:"types,omitempty"`
	Place      CodedPlace `json:"place,omitzero"` // where the actor was (GDELT's Actor1Geo, Actor2Geo)
}

// CodedPlace is a place a coder resolved a location in an article to. The
// zero CodedPlace is no place.
type CodedPlace struct {
	// Type is GDELT's resolution of the place: 1 a country, 2 a US state,
	// 3 a US city, 4 a city elsewhere, 5 a first-order division elsewhere;
	// 0 no place.
	Type int    `json:"type,omitempty"`
	Name string `json:"name,omitempty"`
	// Country is the ISO 3166-1 country; FIPS the FIPS 10-4 country code
	// the dataset gave, from which an importer found Country.
	Country Country `json:"country,omitzero"`
	FIPS    string  `json:"fips,omitempty"`
	// ADM1 and ADM2 are the first- and second-order division codes as
	// given (GDELT: FIPS-based, "USCA"), Feature the place's feature
	// identifier in GNS or GNIS.
	ADM1    string `json:"adm1,omitempty"`
	ADM2    string `json:"adm2,omitempty"`
	Feature string `json:"feature,omitempty"`
	// Lat and Long are the place's centroid in decimal degrees, exact as
	// given; HasPoint says whether they were given.
	Lat      quantity.Decimal `json:"lat,omitzero"`
	Long     quantity.Decimal `json:"long,omitzero"`
	HasPoint bool             `json:"has_point,omitempty"`
}

// ParticipantRole is how an actor takes part in an event.
type ParticipantRole uint8

// The participant roles. In JSON each is its name: "attendee", "speaker",
// "head-of-delegation", "message", "reader", "visitor", "delegation".
const (
	ParticipantRoleAttendee         ParticipantRole = iota // takes part (the zero role)
	ParticipantRoleSpeaker                                 // delivers a speech
	ParticipantRoleHeadOfDelegation                        // leads a delegation
	ParticipantRoleMessage                                 // a message of this actor is read by another (see OnBehalfOf)
	ParticipantRoleReader                                  // reads a message on behalf of another
	ParticipantRoleVisitor                                 // the visiting party of an official visit
	ParticipantRoleDelegation                              // a delegation as a whole (a state or body)
)

var participantRoles = enum.Names[ParticipantRole]{Type: "ParticipantRole", Names: []string{
	"attendee", "speaker", "head-of-delegation", "message", "reader", "visitor", "delegation",
}}

// String returns the role's name as used in JSON.
func (r ParticipantRole) String() string { return participantRoles.String(r) }

// MarshalText implements [encoding.TextMarshaler].
func (r ParticipantRole) MarshalText() ([]byte, error) { return marshalEnum(participantRoles, r) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *ParticipantRole) UnmarshalText(b []byte) error { return unmarshalEnum(participantRoles, b, r) }

// Participant is an actor taking part in an event in a role. For a message
// read on someone's behalf, the reader has Role ParticipantRoleReader and
// OnBehalfOf the author.
type Participant struct {
	Actor      ID              `json:"actor"`
	Role       ParticipantRole `json:"role,omitempty"`
	For        ID              `json:"for,omitempty"` // the body or state the actor represents
	OnBehalfOf ID              `json:"on_behalf_of,omitempty"`
	Sources    []ID            `json:"sources,omitempty"`
}

// OutcomeKind says what an event produced.
type OutcomeKind uint8

// The kinds of outcome. The zero OutcomeKind is invalid. In JSON each is
// its name: "agreement", "launch", "statement", "plan-adopted",
// "announcement", "proposal", "report", "role-assigned", "commitment",
// "position", "message", "assessment".
const (
	OutcomeUnknown      OutcomeKind = iota // not set: invalid
	OutcomeAgreement                       // an agreement was signed or reached (Refs: the agreement)
	OutcomeLaunch                          // an organisation or initiative was launched (Refs: it)
	OutcomeStatement                       // a statement was issued
	OutcomePlanAdopted                     // a plan was adopted (Refs: the initiative)
	OutcomeAnnouncement                    // something was announced (Refs: what, if an entity)
	OutcomeProposal                        // a proposal was made
	OutcomeReport                          // a report on facts or progress was given (Refs: what it is about)
	OutcomeRoleAssigned                    // a role was taken or given (Vietnam to coordinate CLMV in 2022)
	OutcomeCommitment                      // an actor committed to do something
	OutcomePosition                        // an actor stated a position or wish
	OutcomeMessage                         // a message was delivered (see DeliveredBy)
	OutcomeAssessment                      // the meeting assessed a situation
)

var outcomeKinds = enum.Names[OutcomeKind]{Type: "OutcomeKind", Names: []string{
	"", "agreement", "launch", "statement", "plan-adopted", "announcement", "proposal", "report", "role-assigned",
	"commitment", "position", "message", "assessment",
}}

// String returns the kind's name as used in JSON.
func (k OutcomeKind) String() string { return outcomeKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler].
func (k OutcomeKind) MarshalText() ([]byte, error) { return marshalEnum(outcomeKinds, k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *OutcomeKind) UnmarshalText(b []byte) error { return unmarshalEnum(outcomeKinds, b, k) }

// Outcome is something an event produced.
type Outcome struct {
	Kind OutcomeKind `json:"kind"`
	// Refs are the entities the outcome is about (the agreement signed, the
	// association launched, the plans a proposal names).
	Refs []ID `json:"refs,omitempty"`
	// By is the actor the outcome is attributed to.
	By ID `json:"by,omitempty"`
	// DeliveredBy is the actor who delivered it for By, as when a minister
	// reads the State Counsellor's message.
	DeliveredBy ID `json:"delivered_by,omitempty"`
	// Period is the time the outcome applies to, when it is not the
	// event's own date (a role taken for 2022).
	Period  edtf.Date `json:"period,omitzero"`
	Summary string    `json:"summary,omitempty"`
	Sources []ID      `json:"sources,omitempty"`
}

// Clock is a local time of day with its UTC offset ("13:30+06:30"), for an
// event whose date alone is in its Date. The zero Clock means "no time".
type Clock struct {
	min int16 // minutes after midnight plus one; 0 = no time
	off int16 // UTC offset in minutes
}

// ParseClock parses "hh:mm" followed by "Z" or an offset "+hh:mm"/"-hh:mm".
// The error is a *[ParseError] of Type "Clock".
func ParseClock(s string) (Clock, error) {
	fail := func(r string) (Clock, error) {
		return Clock{}, &ParseError{Type: "Clock", Input: s, Offset: -1, Reason: r}
	}
	two := func(i int) (int, bool) {
		if i+2 > len(s) || s[i] < '0' || s[i] > '9' || s[i+1] < '0' || s[i+1] > '9' {
			return 0, false
		}
		return int(s[i]-'0')*10 + int(s[i+1]-'0'), true
	}
	h, ok1 := two(0)
	m, ok2 := two(3)
	if !ok1 || !ok2 || s[2] != ':' || h > 23 || m > 59 {
		return fail("want hh:mm with hour 00-23 and minute 00-59")
	}
	c := Clock{min: int16(h*60 + m + 1)}
	switch {
	case len(s) == 6 && s[5] == 'Z':
		return c, nil
	case len(s) == 11 && (s[5] == '+' || s[5] == '-') && s[8] == ':':
		oh, ok1 := two(6)
		om, ok2 := two(9)
		if !ok1 || !ok2 || om > 59 || oh*60+om > 14*60 {
			return fail("offset must be +hh:mm within ±14:00")
		}
		c.off = int16(oh*60 + om)
		if s[5] == '-' {
			c.off = -c.off
		}
		return c, nil
	}
	return fail("want an offset after the time: Z or +hh:mm (Myanmar is +06:30)")
}

// IsZero reports whether c is the zero Clock.
func (c Clock) IsZero() bool { return c.min == 0 }

// Minutes returns the minutes after midnight and the UTC offset in minutes.
func (c Clock) Minutes() (local, offset int) { return int(c.min) - 1, int(c.off) }

// String returns "13:30+06:30", "07:00Z", or "" for the zero Clock.
func (c Clock) String() string {
	if c.min == 0 {
		return ""
	}
	m := int(c.min) - 1
	s := fmt.Sprintf("%02d:%02d", m/60, m%60)
	if c.off == 0 {
		return s + "Z"
	}
	o, sign := int(c.off), "+"
	if o < 0 {
		o, sign = -o, "-"
	}
	return s + fmt.Sprintf("%s%02d:%02d", sign, o/60, o%60)
}

// MarshalText implements [encoding.TextMarshaler].
func (c Clock) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]; "" is the zero Clock.
func (c *Clock) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Clock{}
		return nil
	}
	v, err := ParseClock(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
