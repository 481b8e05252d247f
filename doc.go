// Package cooperation models bilateral and regional cooperation frameworks:
// who cooperates, what they agree, the frameworks they work under, the
// meetings where it happens and the dated timelines that tie it together.
//
// This package is the model a user must see: the entity types, the
// [Dataset] that holds them with its JSON form, validation, timeline
// derivation and the questions. Start from [Decode] (or the embedded
// catalog, package catalog) and [Dataset.Validate], then
// [Dataset.Timeline] and the questions below. The packages beside it are
// listed at the end.
//
// # Entities
//
// A [Dataset] holds six kinds of entity ([EntityKind]), each a plain
// struct with JSON tags:
//
//   - [Actor]: a state, subdivision, city or venue; a government, ministry,
//     department, agency or embassy; a party or party organ; an
//     intergovernmental organisation or informal grouping; a company,
//     association, university or news medium; a collective group; or a
//     person ([ActorKind]). Actors nest ([Actor.PartOf]: a ministry is part
//     of a government, a province part of its state), hold memberships with
//     roles and periods ([Membership]: Vietnam as CLMV coordinator for
//     2022) and, for persons, posts with periods ([Post]). Honorifics
//     ("Dr", "Daw") are kept apart from names. States carry an ISO 3166-1
//     code ([Country], over x/text's language.Region) and subdivisions an
//     ISO 3166-2 code (package subdivision, generated from CLDR).
//   - [Agreement]: a memorandum, treaty, protocol, joint statement and so on,
//     with parties ([Party], each with its own signature, ratification,
//     joining and leaving dates), signatories (a person acting for a party,
//     with the post held that day), signature, entry into force and end.
//     Its status at any date is derived by [Agreement.StatusAt], never
//     stored.
//   - [Initiative]: an initiative, corridor, strategy, framework, action
//     plan, programme, project, fund, platform or named relationship, with
//     leads, participants, a period, and the relations part of, implements,
//     aligns with and supersedes (the CLMV Action Plan 2021-2022 supersedes
//     2019-2020).
//   - [Event]: a forum, summit, meeting, session, official visit, signing
//     ceremony or expo, with its series and ordinal, an EDTF date and an
//     optional local time with its UTC offset ([Clock]), a venue, hosts,
//     organisers, co-chairs, participants with roles, attendance, and
//     outcomes.
//   - [Source]: the report a fact comes from, which entities and their
//     parts cite by ID.
//   - [Figure]: a stated figure (Guangxi's e-commerce volume in 2014).
//
// Targets, commitments and amounts ([Target], [Commitment], [Amount]) hang
// off initiatives and agreements. Sectors come from a controlled
// vocabulary ([Sector], [Sectors]) that a dataset extends by declaring
// the sectors it uses ([Dataset.Sectors]) and a program by naming them
// ([ValidateOptions.Sectors]); no process-wide registry decides. Enumerated fields are typed integers
// whose JSON form is a lower-case name (each type's doc lists them); an
// unknown name is an error, never a silent default.
//
// Every date is an EDTF value from package edtf, so "10 July" with an
// inferred year, "2019-2020" and "by 2025" are represented as what they
// are, with earliest and latest civil days that validation and queries
// reason on. Names are language-tagged [names.Names] from package names.
// Numbers are exact decimals with a unit and a qualifier
// ([quantity.Quantity]: "more than 200", "about 250") from package
// quantity; money has an ISO 4217 currency that x/text knows and may carry
// stated equivalents ([Amount]: 20.9 billion yuan, 3.3 billion dollars).
// Decimal and Quantity have a package of their own because nothing in them
// is about cooperation: an importer or an article extractor parses and
// compares stated figures without the model, as it parses dates with
// package edtf.
//
// # The dataset and its JSON form
//
// IDs ([ID]) are stable ASCII slugs, unique across all kinds. [Decode] reads
// the versioned JSON form ([Format]) from an io.Reader with a size limit,
// as a stream, one entity at a time, holding only the bytes of the entity
// at hand, and every error says where: line, column, entity and field
// ([DecodeError]); a value of the wrong JSON type is said in JSON's terms
// ("counts[0].value: want a decimal as a JSON string such as "20.9e9",
// found a number"), and a value its type rejects is a *[ParseError] (or
// the parse error of package edtf, quantity, names or subdivision) inside
// it. Unknown fields, invalid UTF-8 and trailing data are errors; nothing
// is replaced or dropped. [Dataset.Encode] writes the canonical form,
// entities sorted by ID, so decode and encode round-trip byte for byte.
// A Dataset is a json.Marshaler and a json.Unmarshaler through Encode and
// Decode, so that encoding/json, in a struct of the program's own, writes
// no other shape and reads nothing Decode would reject. Besides its
// entities a dataset declares the sectors it uses beyond the built-in ones
// ("sectors", [Dataset.Sectors]), which validation then accepts.
//
// A program builds a dataset in Go by filling its slices: [IDFrom] makes
// an ID from a name and [MustParseCountry] a country from a literal. The
// lookups index the dataset on first use, and [Dataset.Build] indexes it
// again after a change. A built Dataset is safe for concurrent readers;
// lookups by ID ([Dataset.Actor], [Dataset.Agreement], ...) use the index
// and do not allocate, and never answer with the wrong entity from a
// stale one: they check that the entity found has the ID asked for, and
// search the slices when it has not or when a slice is not the one
// indexed, while [Dataset.Validate] reports a dataset changed since it
// was indexed (rule dataset.stale) and checks it as it is.
// [Dataset.NameIndex] finds actors and initiatives by any of their names
// ([names.Index]); an Index is safe for concurrent use, and
// names.Index.MentionsAll reads many texts on every core.
//
// A user's data rarely stands alone: it speaks of states, organisations
// and frameworks the catalog (package catalog) already holds. Decoded with
// [DecodeOptions.Base], or built in Go and put on a base with
// [Dataset.On], a dataset is a layer: its slices hold shallow copies of
// the base's entities first and its own after them, so its entities refer
// to the base's and add relations to them without restating them (a
// grouping whose members, stated on it, are the catalog's states; a
// person's post at a catalog ministry; a department part of it), and
// every question answers over both. What concerns the layer's own file
// speaks of it alone: decoding errors give its lines and count its arrays,
// [Dataset.Validate] checks only its own entities, with paths counted
// within them ("actors[0]" is its first actor) and an entity that reuses
// a base ID reported with the base entity's place (rule id.duplicate), and
// [Dataset.Encode] writes only its own, so a layer round-trips. The base
// is only read, never modified, and may serve many layers and readers at
// once.
//
// # Untrusted input
//
// A program may decode data from anyone. [Decode] ends, in time linear in
// the input whatever the sizes of its reads, and in memory bounded by
// [DecodeOptions] (MaxBytes, and MaxEntities, since an empty entity of
// three bytes takes hundreds); it drops white space beyond 64 bytes a run
// as it reads. It refuses what encoding/json would let through changed:
// invalid UTF-8, a lone surrogate escape, a field given twice or in
// another case at any depth, an ID that is not a slug. [Dataset.Validate]
// checks every text: names for controls, bidi formatting, invisible
// characters and spoofing scripts (the name.* rules), free text for
// controls (text.control). The writers of package render escape what the
// reader of each format would act on (controls, bidi formatting,
// Markdown's and CSV's syntax) and refuse an invalid ID where it is
// structure; testdata/hostile holds the inputs where defects were found,
// and TestHostileCorpus runs them.
//
// # Validation
//
// [Dataset.Validate] returns every [Problem] at once, each with a stable
// [Rule] code, a [Severity], a path into the JSON form
// ("agreements[3].signatories[0].person") and a message. Each rule is one
// value with its severity, its doc and where it comes from; [Rules] lists
// them and RULES.md is generated from that list. Dates are judged on their
// EDTF bounds: an error when certainly out of order, a warning when
// possibly. [Problems.Err] turns the errors into one error that works with
// errors.As. Importers report what they cannot carry over as problems of
// the same type, located by file, line and column ([Problem.Where]), and
// account for every cell they read in a [Ledger]: carried or reported.
//
// # Timelines and questions
//
// [Dataset.NewTimeline] and [Dataset.Timeline] derive dated [Entry] values
// from the data (events held, agreements signed, in force and ended,
// initiatives announced, adopted, begun, ended and superseded, memberships
// and posts begun and ended, deadlines and targets marked as plans), never
// stored twice, in EDTF order (year-less dates last). A [Filter] selects
// them: an actor and everything part of it, a pair of actors, sectors, an
// initiative with its parts and successors, kinds, a period. Package render
// prints and exports them.
//
// Questions: [Dataset.Dyad] (everything two actors did together, counted
// by kind, sector and year, with their undated collaborations apart),
// [Dataset.ActiveAt] (agreements in force, party by party, initiatives
// running and memberships held at a date, through an interval index),
// [Dataset.PartiesAt] (for which parties an agreement was in force),
// [Dataset.HoldersAt] (who held a post), [Dataset.MembersAt],
// [Dataset.Within] and [Dataset.InitiativeFamily] (part-of trees),
// [Dataset.Successors], [Dataset.StateOf], [Dataset.AgreementsBetween]
// and [Dataset.AgreementsBetweenAt] (through a state-pair index) and
// [Dataset.Network] (weighted edges between states, rolled up from their
// bodies, provinces and companies). Every answer that depends on the
// precision of dates says how sure it is with one type, [Certainty]:
// certain, or only possible.
//
// A multilateral treaty enters into force, and ends, party by party: each
// [Party] has its own signature, ratification, entry into force,
// withdrawal and later periods (a party that left and re-joined), and
// every question and output uses them: [Agreement.StatusFor] gives a
// party's status at a date, ActiveAt lists an agreement once for each
// party it is in force for, two states are linked by an agreement (in a
// dyad, AgreementsBetweenAt, the network) only while both are parties, the
// timeline has entries for a party's own entry into force and withdrawal,
// and the SVG draws each party's own bars. A declaration adopted at a
// meeting rather than signed has Agreement.Adopted and the status
// adopted.
//
// # Disputed facts
//
// Two sources may disagree about a fact, or a source may dispute it. An
// entity holds one value in each field and, in its Claims, the other
// values its sources state, each [Claim] with its own sources. Nothing
// picks one silently: a claimed date is possibly any of its values, so the
// questions answer "possible" where the claims differ (and "certain" only
// for what holds whichever is true), and the timeline marks the entries
// whose facts are claimed otherwise ([Entry.Disputed]), which the
// renderers show. This is FollowTheMoney's statement model (every
// property value a statement with its own source) kept small: the value a
// dataset holds as fact stays in its field, the other statements sit
// beside it, where Popolo would give a whole record its sources.
//
// # Related packages
//
// Below this package, usable on their own (none imports this one):
//
//   - names: names in every language and script: [names.Names] and the
//     [names.Chooser] that picks one for a reader, folding to matching
//     keys, the name index and Mentions (every known name in a news
//     article), locale collation, person names, CheckText.
//   - quantity: exact decimals and stated quantities.
//   - edtf: the date type.
//   - subdivision: ISO 3166-2 codes with CLDR names in nine languages.
//   - statename: state names in every language CLDR has, kept apart so that
//     this package carries no display tables.
//   - cameo: CAMEO event and actor codes, their quad classes, PLOVER
//     categories and Goldstein values, for coded events ([Event.Coded]).
//   - schema: the JSON Schema (draft 2020-12) of the cooperation/v1 form,
//     generated from the model, for programs in other languages.
//
// Above it, built on its public API:
//
//   - render: text, Markdown, CSV, JSON, iCalendar and SVG writers and the
//     timeline titles.
//   - catalog: the embedded default dataset, the facts of the five news
//     reports the library was built from, loaded through [Decode].
//   - huggo: an importer of the manytreaties/HUGGO treaty files that reports
//     every value it cannot carry over.
//   - ftm: FollowTheMoney export (JSON lines, one entity a line, every
//     field mapped or said why not, checked against FtM's own model) and
//     the reader of the schemata that map without loss (persons,
//     organisations, memberships, posts).
//   - popolo: persons, organisations, areas, memberships, posts and events
//     as Popolo JSON, reporting what Popolo cannot hold.
//   - gdelt: a streaming reader of GDELT 2.0 events into coded events, one
//     per event with all its source rows, with a ledger of every cell; a
//     per-row function free of global state for engines such as Beam
//     (examples/beam, a module of its own).
//   - extract: a news article's dates (resolved against its dateline and
//     publication date, never inventing a year), amounts, actors and
//     persons with posts, each with byte offsets and a confidence, as a
//     draft layer marked machine-extracted.
//   - cmd/coop: the command over all of it (validate, timeline, export,
//     find, mentions, export, extract).
//   - wipo: an importer of WIPO's treaty-party tables, party names matched
//     to countries through statename, with a ledger of every cell read.
//
// Machinery a user never names lives under internal/: the generic enum
// names, the Aho-Corasick automaton behind Mentions, and the size-bounded
// reader the importers read files through.
package cooperation
