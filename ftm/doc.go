// Package ftm exports a [cooperation.Dataset] as FollowTheMoney (FtM)
// entities, the data model of Aleph, OpenSanctions and yente, and reads
// back the entities that map without loss.
//
// [Write] writes one entity a line in FtM's simple JSON form,
//
//	{"id": "kh", "schema": "PublicBody", "properties": {"name": ["Cambodia"], "country": ["kh"]}}
//
// and [Entities] returns them. [Read] reads such lines into a dataset.
//
// # Schemata
//
// FtM has no schema for a country, a treaty or a statistic, so each
// model type goes to the nearest schema FtM defines (as of
// followthemoney 3.8): actors to Person, PublicBody (states, their
// subdivisions and every government body: a state acts in law as a
// public body), Company, Organization (parties, IGOs, groupings,
// associations, universities, media) and Address (cities and venues);
// posts to a Position and its Occupancy; memberships to Membership;
// agreements to Contract, with an UnknownLink for each party and
// signatory (ContractAward's supplier would say procurement); initiatives
// to Project with ProjectParticipant; events to Event; sources to
// Article; figures to a Note on their subject. A relation whose ends the
// specific schema's range does not admit (a city's membership: Membership
// wants a legal entity) is an UnknownLink with the relation as its role,
// so that every reference fits its property's range.
//
// IDs are the dataset's, after [Options.Prefix]; entities derived from
// one (a membership, a link) have its ID, a dot, their role and a number
// ("kh.membership.1"), which no dataset ID can be, since IDs have no
// dots. A reference to an ID the dataset lacks is left out.
//
// # Values
//
// Dates: FtM dates are ISO 8601 prefixes ("2019", "2019-05",
// "2019-05-03"); an EDTF date becomes the longest prefix its earliest
// and latest days share, so nothing is said that the date does not say.
// An uncertain or approximate date ("2019-05?", "1967~") loses its
// qualifier, which FtM cannot state, and keeps its precision; a date with
// unspecified digits ("201X") or a set across years has no such prefix
// and is left out. An interval goes to startDate and endDate (an open end
// is left out), any other period to date. An event's local time is
// converted to UTC, as FtM wants.
//
// Countries are FtM's lower-case ISO 3166-1 codes, when FtM's country
// type has the code; languages ISO 639-3 through x/text ("en" → "eng"),
// when FtM's language type has it. The tables of both are generated from
// FtM's model by gen.go. Names: every name in every language goes to the
// entity, official names to name, acronyms to weakAlias, former names to
// previousName and all others to alias; FtM's simple form has no language
// per value, so the languages are lost. Values FtM cannot hold are left
// out, never forced: the table below says which.
//
// # Reading back
//
// [Read] reads Person, Organization, PublicBody, Company, Membership,
// Position, Occupancy and Article entities into actors, memberships
// (stated on the member), posts and sources, and skips the other
// schemata and the properties the table does not name. These map without
// loss but for names' languages and kinds (an alias comes back as an
// alias, not as a short name or a translation), a membership stated on
// its group (it comes back on the member), an unknown end of a period
// (it comes back open, ".."), and what the table lists as not carried;
// TestRoundTrip checks it on the catalog. Read is strict where FtM's own
// reader is: the keys "id", "schema" and "properties" exactly, none
// given twice, valid UTF-8, values no longer than FtM allows; blank
// values are dropped, as FtM's Entity.setProperty drops them. Its input
// is bounded by [ReadOptions.MaxBytes] and each line by 4 MiB.
//
// # The table
//
// Each line is a type or field of the model, the FtM schema and property
// that carry it ("*": the schema of the entity, as above), and how; or why
// it is not carried.
//
//   - Actor: person → Person; state, subdivision, government, ministry,
//     department, agency, embassy → PublicBody; company → Company; party,
//     party-organ, igo, grouping, association, university, media, group →
//     Organization; city, venue → Address (FtM has no Country or Place
//     schema: a state acts in law as a public body, a city or venue is where
//     things happen)
//   - Actor.ID → *:id (the dataset ID, after Options.Prefix)
//   - Actor.Kind → *:classification (the kind's name ("ministry"), which also
//     picks the schema; igo adds topic gov.igo, party and party-organ
//     pol.party; not on Address)
//   - Actor.Names → *:name (see names.Name)
//   - Actor.Honorifics → Person:title
//   - Actor.Country → *:country (lower case, when FtM's country type has the
//     code (it lacks "yd", "su", "cs"))
//   - Actor.Subdivision → *:idNumber ("iso3166-2:CN-GX"; FtM's country type
//     has no subdivisions)
//   - Actor.PartOf → LegalEntity:parent (when both ends are legal entities;
//     otherwise an UnknownLink with role part-of)
//   - Actor.Governs → UnknownLink:object (role governs)
//   - Actor.Location → Thing:addressEntity (when the place is an Address (a
//     city or venue); otherwise an UnknownLink with role location)
//   - Actor.Founded → LegalEntity:incorporationDate (see Dates)
//   - Actor.Dissolved → LegalEntity:dissolutionDate (see Dates)
//   - Actor.Memberships → Membership:member (one Membership each, ID
//     <member>.membership.<n>; when the member is not a legal entity or the
//     group not an organisation, an UnknownLink)
//   - Actor.Members → Membership:organization (as Memberships, stated on the
//     group)
//   - Actor.Posts → Occupancy:holder (one Occupancy each (ID
//     <person>.post.<n>) of a Position (ID <org>.position.<slug of title>),
//     shared by the holders of the same title in the same organisation)
//   - Actor.Identifiers → *:idNumber ("scheme:value"; scheme wikidata →
//     wikidataId, lei → leiCode; on Address only wikidataId)
//   - Actor.Claims: not carried: a simple FtM entity has one set of values
//     per property and no per-value sources; the FtM statement model would
//     carry them
//   - Actor.Note → Thing:notes (a text over FtM's 65,000 characters is split
//     into several values at spaces)
//   - Actor.Sources → Thing:proof (each an Article)
//   - Membership → Membership (Interest: member, organization, role,
//     startDate/endDate/date)
//   - Membership.Group → Membership:organization
//   - Membership.Member → Membership:member
//   - Membership.Role → Membership:role (the role's name
//     ("dialogue-partner"))
//   - Membership.Period → Interval:startDate (an interval's ends → startDate,
//     endDate; any other date → date)
//   - Membership.Sources → Interval:sourceUrl (the URL of each source that
//     has one (Interval has no proof))
//   - Post → Occupancy (Position (the office) and Occupancy (its holding))
//   - Post.Title → Position:name (a title longer than FtM's 384 characters
//     for a name is not carried, nor its post)
//   - Post.Org → Position:organization (when the organisation is exported as
//     an Organization; otherwise not carried)
//   - Post.Period → Interval:startDate (as Membership.Period)
//   - Post.Sources → Interval:sourceUrl (as Membership.Sources)
//   - Identifier → *:idNumber (see Actor.Identifiers)
//   - Identifier.Scheme → *:idNumber (before the colon)
//   - Identifier.Value → *:idNumber (after the colon)
//   - names.Name → Thing:name (official → name; short, alias, translation,
//     transliteration → alias; acronym → weakAlias; former → previousName)
//   - names.Name.Text → Thing:name (a name longer than FtM's 384 characters
//     goes to description, whole)
//   - names.Name.Lang: not carried: a simple FtM value has no language (a
//     statement has one)
//   - names.Name.Kind → Thing:alias (by the property chosen, above; read back
//     as official, alias, acronym, former)
//   - names.Name.Period: not carried: FtM has no property for it
//   - names.Name.Sources: not carried: a simple FtM entity has one set of
//     values per property and no per-value sources; the FtM statement model
//     would carry them
//   - Agreement → Contract (FtM's nearest instrument between parties
//     (Contract extends Asset, Thing); FtM has no Treaty schema)
//   - Agreement.ID → Contract:id
//   - Agreement.Kind → Contract:type (the kind's name ("mou"))
//   - Agreement.Names → Contract:name (as names.Name; the first official name
//     is also the title FtM requires)
//   - Agreement.Scope → Contract:keywords ("bilateral")
//   - Agreement.Binding → Contract:keywords ("non-binding")
//   - Agreement.Parties → UnknownLink:subject (one link each from the party
//     to the Contract (ID <agreement>.party.<n>), see Party)
//   - Agreement.Signatories → UnknownLink:subject (one link each from the
//     person to the Contract, role signatory, see Signatory)
//   - Agreement.Adopted → Contract:contractDate (when not signed)
//   - Agreement.Signed → Contract:contractDate
//   - Agreement.InForce → UnknownLink:startDate (on each party's link, unless
//     the party has its own date)
//   - Agreement.Ended → UnknownLink:endDate (on each party's link, unless the
//     party left)
//   - Agreement.EndReason → Thing:notes ("ended: <reason>")
//   - Agreement.Inferred: not carried: FtM dates carry no qualifier
//   - Agreement.Amends → UnknownLink:object (role amends)
//   - Agreement.Identifiers: not carried: Contract has no identifier property
//     (only wikidataId, carried)
//   - Agreement.Place → Thing:addressEntity (as Actor.Location, role place)
//   - Agreement.Event → UnknownLink:object (role signed-at)
//   - Agreement.Initiatives → UnknownLink:object (role initiative)
//   - Agreement.Sectors → Thing:keywords ("sector:<name>")
//   - Agreement.Topics → Thing:keywords
//   - Agreement.Commitments: not carried: FtM has no schema for an
//     undertaking
//   - Agreement.Targets: not carried: FtM has no schema for a goal with a
//     deadline
//   - Agreement.Amounts: not carried: FtM's Value pairs amount and currency
//     as separate multi-valued properties, so several amounts, their
//     equivalents and qualifiers ("more than") would be confused
//   - Agreement.Claims: not carried: a simple FtM entity has one set of
//     values per property and no per-value sources; the FtM statement model
//     would carry them
//   - Agreement.Note → Thing:notes
//   - Agreement.Sources → Thing:proof
//   - Party → UnknownLink (subject: the party; object: the Contract)
//   - Party.Actor → UnknownLink:subject
//   - Party.Role → Interest:role (the role's name ("party", "depositary"))
//   - Party.Instrument → Interest:status (the instrument's name
//     ("accession"))
//   - Party.Signed → Interval:date (the party's own, or the agreement's)
//   - Party.Ratified → Interval:description ("ratified <date>")
//   - Party.Joined → Interval:startDate
//   - Party.Left → Interval:endDate
//   - Party.Rejoined → UnknownLink:startDate (one more link for each period)
//   - Signatory → UnknownLink (subject: the person; object: the Contract;
//     role signatory)
//   - Signatory.Person → UnknownLink:subject
//   - Signatory.For → Interval:description ("for <party ID>")
//   - Signatory.Post → Interval:summary
//   - Initiative → Project (an activity carried out by a group of
//     participants)
//   - Initiative.ID → Project:id
//   - Initiative.Kind → Project:keywords (the kind's name)
//   - Initiative.Names → Project:name (as names.Name)
//   - Initiative.Period → Interval:startDate (as Membership.Period)
//   - Initiative.Announced: not carried: Project has no announcement date
//     (startDate is the period's)
//   - Initiative.AnnouncedBy → UnknownLink:subject (role announced)
//   - Initiative.Adopted: not carried: Project has no adoption date
//   - Initiative.Leads → ProjectParticipant:participant (role lead)
//   - Initiative.Participants → ProjectParticipant:participant (role
//     participant)
//   - Initiative.PartOf → UnknownLink:object (role part-of)
//   - Initiative.Implements → UnknownLink:object (role implements)
//   - Initiative.AlignsWith → UnknownLink:object (role aligns-with)
//   - Initiative.Supersedes → UnknownLink:object (role supersedes)
//   - Initiative.Location → Thing:addressEntity (as Actor.Location)
//   - Initiative.Sectors → Thing:keywords ("sector:<name>")
//   - Initiative.Targets: not carried: as Agreement.Targets
//   - Initiative.Commitments: not carried: as Agreement.Commitments
//   - Initiative.Amounts: not carried: as Agreement.Amounts
//   - Initiative.Related → UnknownLink:object (role related)
//   - Initiative.Progress → Project:phase (the stage of the latest report;
//     earlier reports and their dates are not carried)
//   - Initiative.Counts: not carried: FtM's number type has no unit or
//     qualifier
//   - Initiative.Claims: not carried: a simple FtM entity has one set of
//     values per property and no per-value sources; the FtM statement model
//     would carry them
//   - Initiative.Note → Thing:notes
//   - Initiative.Sources → Thing:proof
//   - Event → Event
//   - Event.ID → Event:id
//   - Event.Kind → Event:keywords (the kind's name)
//   - Event.Names → Event:name (as names.Name)
//   - Event.Series → UnknownLink:object (role series)
//   - Event.Ordinal → Event:keywords ("ordinal:13")
//   - Event.Date → Interval:startDate (as Membership.Period; a day with a
//     Time → date in UTC, "2019-05-03T07:00")
//   - Event.Time → Interval:date (with Date, in UTC as FtM requires)
//   - Event.Inferred: not carried: FtM dates carry no qualifier
//   - Event.Venue → Thing:addressEntity (when an Address; its name →
//     location, its country → country)
//   - Event.Online → Event:keywords ("online")
//   - Event.PartOf → UnknownLink:object (role part-of)
//   - Event.Hosts → Event:organizer (legal entities only)
//   - Event.Organisers → Event:organizer (legal entities only)
//   - Event.CoChairs → Event:involved (legal entities only)
//   - Event.Participants → Event:involved (legal entities only; roles, For
//     and OnBehalfOf not carried (involved has no role))
//   - Event.Attendance: not carried: as Initiative.Counts
//   - Event.Initiatives → UnknownLink:object (role initiative)
//   - Event.Coded: not carried: machine-coded event records (CAMEO code,
//     Goldstein score, tone, counts) have no FtM schema; the event itself is
//     carried, its source and target actors are not
//   - Event.Sectors → Thing:keywords ("sector:<name>")
//   - Event.Topics → Thing:keywords
//   - Event.Outcomes → UnknownLink:object (one link from the event to each
//     ref, role outcome:<kind>, summary; outcomes without refs → Event
//     summary)
//   - Event.Claims: not carried: a simple FtM entity has one set of values
//     per property and no per-value sources; the FtM statement model would
//     carry them
//   - Event.Note → Thing:notes
//   - Event.Sources → Thing:proof
//   - Source → Article (a piece of media reporting about a subject)
//   - Source.ID → Article:id
//   - Source.Publisher → Thing:publisher
//   - Source.Title → Document:title (and name)
//   - Source.URL → Thing:sourceUrl
//   - Source.Published → Document:publishedAt
//   - Source.Inferred: not carried: FtM dates carry no qualifier
//   - Source.Language → Document:language (ISO 639-3, when FtM's language
//     type has it (it lacks vie, tha, lao))
//   - Source.Translator: not carried: Document has author but no translator
//   - Source.Extractor → Article:notes (as "machine-extracted by …", so a
//     reader of the export knows the facts citing it are proposals; read back
//     as part of Note)
//   - Source.Note → Thing:notes
//   - Figure → Note (FtM has no schema for a statistic: a Note on its
//     subject, in words)
//   - Figure.ID → Note:id
//   - Figure.Subject → Note:entity
//   - Figure.Metric → Thing:description ("<metric> (<period>): <value>", with
//     change, versus and share)
//   - Figure.Period → Thing:description
//   - Figure.Value → Thing:description
//   - Figure.Equivalents → Thing:description ("= 3300000000 USD" after the
//     value)
//   - Figure.Change → Thing:description
//   - Figure.Versus → Thing:description
//   - Figure.Share → Thing:description
//   - Figure.ShareOf → Thing:description
//   - Figure.StatedBy → Thing:description ("stated by <ID>")
//   - Figure.Inferred: not carried: FtM dates carry no qualifier
//   - Figure.Claims: not carried: a simple FtM entity has one set of values
//     per property and no per-value sources; the FtM statement model would
//     carry them
//   - Figure.Note → Thing:notes
//   - Figure.Sources → Thing:proof
//   - Dataset.Sectors: not carried: a vocabulary, not an entity; the sectors
//     used are keywords
//   - Claim: not carried: a simple FtM entity has one set of values per
//     property and no per-value sources; the FtM statement model would carry
//     them
//   - Target: not carried: see Agreement.Targets
//   - Commitment: not carried: see Agreement.Commitments
//   - Amount: not carried: see Agreement.Amounts
//   - Progress → Project:phase (see Initiative.Progress)
//   - Participant → Event:involved (see Event.Participants)
//   - Outcome → UnknownLink (see Event.Outcomes)
//
// # Concurrency
//
// Write, Entities and Read keep no state between calls and only read the
// dataset: they are safe for concurrent use on a built dataset.
package ftm
