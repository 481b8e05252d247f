// Package popolo exports the people, organisations, places, memberships,
// posts and events of a [cooperation.Dataset] as Popolo JSON
// (https://www.popoloproject.com), the data model parliamentary and
// civic-tech tools read: one document
//
//	{"persons": [...], "organizations": [...], "memberships": [...],
//	 "posts": [...], "events": [...], "areas": [...]}
//
// with the six collections a Popolo JSON export holds side by side (the
// shape the everypolitician and PopIt exports use). [Export] builds a
// [Document] and reports, as [Problem] values, whatever the dataset holds
// that Popolo cannot say; [Document.Encode] writes it; [Write] does both.
// Each object is valid against the Popolo project's JSON Schemas (the
// package's tests check it with a JSON Schema validator).
//
// # Mapping
//
// This table is the whole mapping; nothing else is written.
//
//	cooperation                        Popolo
//	---------------------------------  ------------------------------------------
//	Actor, kind person                 persons[]
//	Actor, organisation kinds          organizations[], classification = the kind
//	  (government ... group)             ("ministry", "igo", "party-organ")
//	Actor, kinds state, subdivision,   areas[], classification = the kind,
//	  city, venue                        identifier = ISO 3166-1 or 3166-2 code
//	Actor.ID                           id (every collection keeps the dataset's IDs)
//	Actor.Names                        name = the best name (names.Names.Best);
//	                                     other_names[] = every name, with lang
//	                                     (BCP 47), note = its kind, start_date
//	                                     and end_date from its period
//	Actor.Honorifics                   persons[].honorific_prefix, space-separated
//	Actor.Identifiers                  identifiers[] {scheme, identifier}
//	                                     (on areas too, as other_names: both
//	                                     are extensions Popolo's area schema
//	                                     allows)
//	Actor.PartOf                       organizations[].parent_id when an
//	                                     organisation, areas[].parent_id when a
//	                                     place
//	Actor.Governs, PartOf, Location    organizations[].area_id: the territory
//	                                     governed, else the place it is part of,
//	                                     else the place it is based in
//	Actor.Founded, Dissolved           organizations[].founding_date,
//	                                     dissolution_date
//	Actor.Memberships (on the member)  memberships[] {organization_id = the
//	  and Actor.Members (on the group)   group, role (none for a plain
//	                                     member, as Popolo's examples write
//	                                     it), start_date, end_date};
//	                                     the member as person_id for a person,
//	                                     else as member {"@type": "Organization"
//	                                     or "Area", "id"}; a membership stated
//	                                     on both sides is written once
//	Actor.Posts (a person's)           posts[] {id "post:ORG:SLUG", label = the
//	                                     title, organization_id}, one per
//	                                     organisation and title, and a
//	                                     membership {person_id, organization_id,
//	                                     post_id, role = the title, dates}
//	Event                              events[] {id, name, classification = the
//	                                     kind, start_date, end_date,
//	                                     organization_id = the first organiser,
//	                                     else host, that is an organisation,
//	                                     location = the venue's name,
//	                                     parent_id = PartOf, else Series}
//	Event.Time                         start_date's time and UTC offset
//	                                     ("2020-07-09T13:30+06:30"), when the
//	                                     event starts on a known day
//	Sources (cited by ID)              sources[] {url, note = the title}, on
//	                                     persons, organizations, areas, events
//	                                     and memberships (a post's on the
//	                                     membership of its holder)
//
// Dates are written from their EDTF bounds at the precision they are
// given in: "2016-03" stays "2016-03" (start and end), "2016-03-23/.."
// has a start_date and no end_date, "201X" runs from "2010" to "2019", a
// season gives the months it spans and a date with a time of day gives
// its day. Popolo has no qualifiers, so "2020?-07-10" is written as
// "2020-07-10": the bounds are kept, the uncertainty is not.
//
// Not written, because Popolo has no place for them (the dataset keeps
// them; export it with [cooperation.Dataset.Encode] too): agreements,
// initiatives and figures; claims ([cooperation.Claim]); notes; an
// event's hosts, co-chairs, participants, outcomes, attendance, sectors
// and Online; a person's Founded, Dissolved, PartOf and Location.
// Reported as a [Problem], with the path of the value in the dataset's
// JSON form, and left out: a date Popolo's patterns cannot hold (a set or
// list of dates, a day of an unknown year, a year outside 0000-9999), a
// founding or dissolution date that is a span ("2012/2013"), a
// membership whose group is not an organisation or whose member is not
// an actor, a post at something that is not an organisation, an event's
// venue that does not resolve, a cited source that does not resolve or
// has no URL (Popolo's link requires one; reported once per source), an
// actor or event without a kind, and text that is not valid UTF-8 (written
// with U+FFFD in its place, and reported).
//
// A source's URL written as an IRI, with characters beyond ASCII (a
// Chinese or Burmese page address), is written as the URI RFC 3987 maps it
// to, each such byte percent-encoded, since Popolo's links are of format
// "uri". It is the same address, so this is not reported.
//
// A layered dataset ([cooperation.Dataset.On]) is exported whole: the
// base's entities and the layer's, since the layer's memberships and
// posts refer to the base's actors.
package popolo
