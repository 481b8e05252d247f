package ftm

// Mapping is one row of the table that says where a field of the model
// goes in FollowTheMoney: the FtM schema and property that carry it, or,
// with an empty Property, why it is not carried. A row with an empty
// Field is the type itself. [Mappings] is the table; the package doc
// prints it and a test checks that every field of the model has a row.
type Mapping struct {
	Type     string // the model's type: "Actor", "Membership", "names.Name"
	Field    string // the Go field, or "" for the type itself
	Schema   string // the FtM schema, or "" when not carried
	Property string // the FtM property, or "" when not carried or for the type
	Note     string // how it is carried, or why not
}

// Mappings returns the mapping table, in the order of the package doc.
// The slice is a copy the caller may change.
func Mappings() []Mapping { return append([]Mapping(nil), mappings...) }

// Schema names, so that the writer, the reader and the table spell them once.
const (
	schemaPerson      = "Person"
	schemaOrg         = "Organization"
	schemaPublicBody  = "PublicBody"
	schemaCompany     = "Company"
	schemaAddress     = "Address"
	schemaMembership  = "Membership"
	schemaPosition    = "Position"
	schemaOccupancy   = "Occupancy"
	schemaContract    = "Contract"
	schemaProject     = "Project"
	schemaParticipant = "ProjectParticipant"
	schemaEvent       = "Event"
	schemaArticle     = "Article"
	schemaNote        = "Note"
	schemaLink        = "UnknownLink"
)

const (
	why    = "not carried: "
	noFtM  = why + "FtM has no property for it"
	claims = why + "a simple FtM entity has one set of values per property and no per-value sources; the FtM statement model would carry them"
)

var mappings = []Mapping{
	{"Actor", "", "", "", "person → Person; state, subdivision, government, ministry, department, agency, embassy → PublicBody; company → Company; party, party-organ, igo, grouping, association, university, media, group → Organization; city, venue → Address (FtM has no Country or Place schema: a state acts in law as a public body, a city or venue is where things happen)"},
	{"Actor", "ID", "*", "id", "the dataset ID, after Options.Prefix"},
	{"Actor", "Kind", "*", "classification", "the kind's name (\"ministry\"), which also picks the schema; igo adds topic gov.igo, party and party-organ pol.party; not on Address"},
	{"Actor", "Names", "*", "name", "see names.Name"},
	{"Actor", "Honorifics", "Person", "title", ""},
	{"Actor", "Country", "*", "country", "lower case, when FtM's country type has the code (it lacks \"yd\", \"su\", \"cs\")"},
	{"Actor", "Subdivision", "*", "idNumber", "\"iso3166-2:CN-GX\"; FtM's country type has no subdivisions"},
	{"Actor", "PartOf", "LegalEntity", "parent", "when both ends are legal entities; otherwise an UnknownLink with role part-of"},
	{"Actor", "Governs", "UnknownLink", "object", "role governs"},
	{"Actor", "Location", "Thing", "addressEntity", "when the place is an Address (a city or venue); otherwise an UnknownLink with role location"},
	{"Actor", "Founded", "LegalEntity", "incorporationDate", "see Dates"},
	{"Actor", "Dissolved", "LegalEntity", "dissolutionDate", "see Dates"},
	{"Actor", "Memberships", "Membership", "member", "one Membership each, ID <member>.membership.<n>; when the member is not a legal entity or the group not an organisation, an UnknownLink"},
	{"Actor", "Members", "Membership", "organization", "as Memberships, stated on the group"},
	{"Actor", "Posts", "Occupancy", "holder", "one Occupancy each (ID <person>.post.<n>) of a Position (ID <org>.position.<slug of title>), shared by the holders of the same title in the same organisation"},
	{"Actor", "Identifiers", "*", "idNumber", "\"scheme:value\"; scheme wikidata → wikidataId, lei → leiCode; on Address only wikidataId"},
	{"Actor", "Claims", "", "", claims},
	{"Actor", "Note", "Thing", "notes", "a text over FtM's 65,000 characters is split into several values at spaces"},
	{"Actor", "Sources", "Thing", "proof", "each an Article"},

	{"Membership", "", "Membership", "", "Interest: member, organization, role, startDate/endDate/date"},
	{"Membership", "Group", "Membership", "organization", ""},
	{"Membership", "Member", "Membership", "member", ""},
	{"Membership", "Role", "Membership", "role", "the role's name (\"dialogue-partner\")"},
	{"Membership", "Period", "Interval", "startDate", "an interval's ends → startDate, endDate; any other date → date"},
	{"Membership", "Sources", "Interval", "sourceUrl", "the URL of each source that has one (Interval has no proof)"},

	{"Post", "", "Occupancy", "", "Position (the office) and Occupancy (its holding)"},
	{"Post", "Title", "Position", "name", "a title longer than FtM's 384 characters for a name is not carried, nor its post"},
	{"Post", "Org", "Position", "organization", "when the organisation is exported as an Organization; otherwise not carried"},
	{"Post", "Period", "Interval", "startDate", "as Membership.Period"},
	{"Post", "Sources", "Interval", "sourceUrl", "as Membership.Sources"},

	{"Identifier", "", "*", "idNumber", "see Actor.Identifiers"},
	{"Identifier", "Scheme", "*", "idNumber", "before the colon"},
	{"Identifier", "Value", "*", "idNumber", "after the colon"},

	{"names.Name", "", "Thing", "name", "official → name; short, alias, translation, transliteration → alias; acronym → weakAlias; former → previousName"},
	{"names.Name", "Text", "Thing", "name", "a name longer than FtM's 384 characters goes to description, whole"},
	{"names.Name", "Lang", "", "", why + "a simple FtM value has no language (a statement has one)"},
	{"names.Name", "Kind", "Thing", "alias", "by the property chosen, above; read back as official, alias, acronym, former"},
	{"names.Name", "Period", "", "", noFtM},
	{"names.Name", "Sources", "", "", claims},

	{"Agreement", "", "Contract", "", "FtM's nearest instrument between parties (Contract extends Asset, Thing); FtM has no Treaty schema"},
	{"Agreement", "ID", "Contract", "id", ""},
	{"Agreement", "Kind", "Contract", "type", "the kind's name (\"mou\")"},
	{"Agreement", "Names", "Contract", "name", "as names.Name; the first official name is also the title FtM requires"},
	{"Agreement", "Scope", "Contract", "keywords", "\"bilateral\""},
	{"Agreement", "Binding", "Contract", "keywords", "\"non-binding\""},
	{"Agreement", "Parties", "UnknownLink", "subject", "one link each from the party to the Contract (ID <agreement>.party.<n>), see Party"},
	{"Agreement", "Signatories", "UnknownLink", "subject", "one link each from the person to the Contract, role signatory, see Signatory"},
	{"Agreement", "Adopted", "Contract", "contractDate", "when not signed"},
	{"Agreement", "Signed", "Contract", "contractDate", ""},
	{"Agreement", "InForce", "UnknownLink", "startDate", "on each party's link, unless the party has its own date"},
	{"Agreement", "Ended", "UnknownLink", "endDate", "on each party's link, unless the party left"},
	{"Agreement", "EndReason", "Thing", "notes", "\"ended: <reason>\""},
	{"Agreement", "Inferred", "", "", why + "FtM dates carry no qualifier"},
	{"Agreement", "Amends", "UnknownLink", "object", "role amends"},
	{"Agreement", "Identifiers", "", "", why + "Contract has no identifier property (only wikidataId, carried)"},
	{"Agreement", "Place", "Thing", "addressEntity", "as Actor.Location, role place"},
	{"Agreement", "Event", "UnknownLink", "object", "role signed-at"},
	{"Agreement", "Initiatives", "UnknownLink", "object", "role initiative"},
	{"Agreement", "Sectors", "Thing", "keywords", "\"sector:<name>\""},
	{"Agreement", "Topics", "Thing", "keywords", ""},
	{"Agreement", "Commitments", "", "", why + "FtM has no schema for an undertaking"},
	{"Agreement", "Targets", "", "", why + "FtM has no schema for a goal with a deadline"},
	{"Agreement", "Amounts", "", "", why + "FtM's Value pairs amount and currency as separate multi-valued properties, so several amounts, their equivalents and qualifiers (\"more than\") would be confused"},
	{"Agreement", "Claims", "", "", claims},
	{"Agreement", "Note", "Thing", "notes", ""},
	{"Agreement", "Sources", "Thing", "proof", ""},

	{"Party", "", "UnknownLink", "", "subject: the party; object: the Contract"},
	{"Party", "Actor", "UnknownLink", "subject", ""},
	{"Party", "Role", "Interest", "role", "the role's name (\"party\", \"depositary\")"},
	{"Party", "Instrument", "Interest", "status", "the instrument's name (\"accession\")"},
	{"Party", "Signed", "Interval", "date", "the party's own, or the agreement's"},
	{"Party", "Ratified", "Interval", "description", "\"ratified <date>\""},
	{"Party", "Joined", "Interval", "startDate", ""},
	{"Party", "Left", "Interval", "endDate", ""},
	{"Party", "Rejoined", "UnknownLink", "startDate", "one more link for each period"},

	{"Signatory", "", "UnknownLink", "", "subject: the person; object: the Contract; role signatory"},
	{"Signatory", "Person", "UnknownLink", "subject", ""},
	{"Signatory", "For", "Interval", "description", "\"for <party ID>\""},
	{"Signatory", "Post", "Interval", "summary", ""},

	{"Initiative", "", "Project", "", "an activity carried out by a group of participants"},
	{"Initiative", "ID", "Project", "id", ""},
	{"Initiative", "Kind", "Project", "keywords", "the kind's name"},
	{"Initiative", "Names", "Project", "name", "as names.Name"},
	{"Initiative", "Period", "Interval", "startDate", "as Membership.Period"},
	{"Initiative", "Announced", "", "", why + "Project has no announcement date (startDate is the period's)"},
	{"Initiative", "AnnouncedBy", "UnknownLink", "subject", "role announced"},
	{"Initiative", "Adopted", "", "", why + "Project has no adoption date"},
	{"Initiative", "Leads", "ProjectParticipant", "participant", "role lead"},
	{"Initiative", "Participants", "ProjectParticipant", "participant", "role participant"},
	{"Initiative", "PartOf", "UnknownLink", "object", "role part-of"},
	{"Initiative", "Implements", "UnknownLink", "object", "role implements"},
	{"Initiative", "AlignsWith", "UnknownLink", "object", "role aligns-with"},
	{"Initiative", "Supersedes", "UnknownLink", "object", "role supersedes"},
	{"Initiative", "Location", "Thing", "addressEntity", "as Actor.Location"},
	{"Initiative", "Sectors", "Thing", "keywords", "\"sector:<name>\""},
	{"Initiative", "Targets", "", "", why + "as Agreement.Targets"},
	{"Initiative", "Commitments", "", "", why + "as Agreement.Commitments"},
	{"Initiative", "Amounts", "", "", why + "as Agreement.Amounts"},
	{"Initiative", "Related", "UnknownLink", "object", "role related"},
	{"Initiative", "Progress", "Project", "phase", "the stage of the latest report; earlier reports and their dates are not carried"},
	{"Initiative", "Counts", "", "", why + "FtM's number type has no unit or qualifier"},
	{"Initiative", "Claims", "", "", claims},
	{"Initiative", "Note", "Thing", "notes", ""},
	{"Initiative", "Sources", "Thing", "proof", ""},

	{"Event", "", "Event", "", ""},
	{"Event", "ID", "Event", "id", ""},
	{"Event", "Kind", "Event", "keywords", "the kind's name"},
	{"Event", "Names", "Event", "name", "as names.Name"},
	{"Event", "Series", "UnknownLink", "object", "role series"},
	{"Event", "Ordinal", "Event", "keywords", "\"ordinal:13\""},
	{"Event", "Date", "Interval", "startDate", "as Membership.Period; a day with a Time → date in UTC, \"2019-05-03T07:00\""},
	{"Event", "Time", "Interval", "date", "with Date, in UTC as FtM requires"},
	{"Event", "Inferred", "", "", why + "FtM dates carry no qualifier"},
	{"Event", "Venue", "Thing", "addressEntity", "when an Address; its name → location, its country → country"},
	{"Event", "Online", "Event", "keywords", "\"online\""},
	{"Event", "PartOf", "UnknownLink", "object", "role part-of"},
	{"Event", "Hosts", "Event", "organizer", "legal entities only"},
	{"Event", "Organisers", "Event", "organizer", "legal entities only"},
	{"Event", "CoChairs", "Event", "involved", "legal entities only"},
	{"Event", "Participants", "Event", "involved", "legal entities only; roles, For and OnBehalfOf not carried (involved has no role)"},
	{"Event", "Attendance", "", "", why + "as Initiative.Counts"},
	{"Event", "Initiatives", "UnknownLink", "object", "role initiative"},
	{"Event", "Coded", "", "", why + "machine-coded event records (CAMEO code, Goldstein score, tone, counts) have no FtM schema; the event itself is carried, its source and target actors are not"},
	{"Event", "Sectors", "Thing", "keywords", "\"sector:<name>\""},
	{"Event", "Topics", "Thing", "keywords", ""},
	{"Event", "Outcomes", "UnknownLink", "object", "one link from the event to each ref, role outcome:<kind>, summary; outcomes without refs → Event summary"},
	{"Event", "Claims", "", "", claims},
	{"Event", "Note", "Thing", "notes", ""},
	{"Event", "Sources", "Thing", "proof", ""},

	{"Source", "", "Article", "", "a piece of media reporting about a subject"},
	{"Source", "ID", "Article", "id", ""},
	{"Source", "Publisher", "Thing", "publisher", ""},
	{"Source", "Title", "Document", "title", "and name"},
	{"Source", "URL", "Thing", "sourceUrl", ""},
	{"Source", "Published", "Document", "publishedAt", ""},
	{"Source", "Inferred", "", "", why + "FtM dates carry no qualifier"},
	{"Source", "Language", "Document", "language", "ISO 639-3, when FtM's language type has it (it lacks vie, tha, lao)"},
	{"Source", "Translator", "", "", why + "Document has author but no translator"},
	{"Source", "Extractor", "Article", "notes", "as \"machine-extracted by …\", so a reader of the export knows the facts citing it are proposals; read back as part of Note"},
	{"Source", "Note", "Thing", "notes", ""},

	{"Figure", "", "Note", "", "FtM has no schema for a statistic: a Note on its subject, in words"},
	{"Figure", "ID", "Note", "id", ""},
	{"Figure", "Subject", "Note", "entity", ""},
	{"Figure", "Metric", "Thing", "description", "\"<metric> (<period>): <value>\", with change, versus and share"},
	{"Figure", "Period", "Thing", "description", ""},
	{"Figure", "Value", "Thing", "description", ""},
	{"Figure", "Equivalents", "Thing", "description", "\"= 3300000000 USD\" after the value"},
	{"Figure", "Change", "Thing", "description", ""},
	{"Figure", "Versus", "Thing", "description", ""},
	{"Figure", "Share", "Thing", "description", ""},
	{"Figure", "ShareOf", "Thing", "description", ""},
	{"Figure", "StatedBy", "Thing", "description", "\"stated by <ID>\""},
	{"Figure", "Inferred", "", "", why + "FtM dates carry no qualifier"},
	{"Figure", "Claims", "", "", claims},
	{"Figure", "Note", "Thing", "notes", ""},
	{"Figure", "Sources", "Thing", "proof", ""},

	{"Dataset", "Sectors", "", "", why + "a vocabulary, not an entity; the sectors used are keywords"},
	{"Claim", "", "", "", claims},
	{"Target", "", "", "", why + "see Agreement.Targets"},
	{"Commitment", "", "", "", why + "see Agreement.Commitments"},
	{"Amount", "", "", "", why + "see Agreement.Amounts"},
	{"Progress", "", "Project", "phase", "see Initiative.Progress"},
	{"Participant", "", "Event", "involved", "see Event.Participants"},
	{"Outcome", "", "UnknownLink", "", "see Event.Outcomes"},
}

// FormatMapping returns m as the package doc prints it:
// "Actor.Founded → LegalEntity:incorporationDate (see Dates)", or
// "Actor.Claims: not carried: ..." for a field that is not carried.
func FormatMapping(m Mapping) string {
	key := m.Type
	if m.Field != "" {
		key += "." + m.Field
	}
	target := m.Schema
	if m.Property != "" {
		target += ":" + m.Property
	}
	switch {
	case target == "" && m.Note != "":
		return key + ": " + m.Note
	case target == "":
		return key
	case m.Note == "":
		return key + " → " + target
	}
	return key + " → " + target + " (" + m.Note + ")"
}
