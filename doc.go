// Package cooperation models bilateral and regional cooperation frameworks:
// who cooperates, what they agree, the frameworks they work under, the
// meetings where it happens and the dated timelines that tie it together.
//
// # Entities
//
// A [Dataset] holds six kinds of entity, each a plain struct with JSON
// tags:
//
//   - [Actor]: a state, subdivision, city or venue; a government, ministry,
//     department, agency or embassy; a party or party organ; an
//     intergovernmental organisation or informal grouping; a company,
//     association, university or news medium; a collective group; or a
//     person. Actors nest ([Actor.PartOf]: a ministry is part of a
//     government, a province part of its state), hold memberships with roles
//     and periods ([Membership]: Vietnam as CLMV coordinator for 2022) and,
//     for persons, posts with periods ([Post]). Honorifics ("Dr", "Daw") are
//     kept apart from names. States carry an ISO 3166-1 code ([Country],
//     over x/text's language.Region) and subdivisions an ISO 3166-2 code
//     (package subdivision, generated from CLDR).
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
//     organisers, participants with roles, attendance, and outcomes.
//   - [Source]: the report a fact comes from. Every entity cites sources.
//   - [Figure]: a stated figure (Guangxi's e-commerce volume in 2014).
//
// Targets, commitments and amounts hang off initiatives and agreements.
// Numbers are exact decimals ([Decimal]), never float64, with a unit and a
// qualifier ([Quantity]: "more than 200", "about 250"); money has an ISO 4217
// currency that x/text knows and may carry stated equivalents ([Amount]:
// 20.9 billion yuan, 3.3 billion dollars). Sectors come from an extensible
// vocabulary ([Sector], [RegisterSector]).
//
// Every date is an EDTF value from package
// github.com/coopframe/cooperation/edtf, so "10 July" with an inferred year,
// "2019-2020" and "by 2025" are represented as what they are, with earliest
// and latest civil days that validation and queries reason on.
//
// # Names
//
// Names are language-tagged ([Names]): each [Name] has its text in NFC, a
// BCP 47 tag from x/text (with a script where it matters: zh-Hans, zh-Hant)
// and a kind (official, short, acronym, alias, former with its period,
// transliteration, translation). A [Reader] holds a reader's languages and
// one language.Matcher over them, and picks the name to show
// ([Reader.Best], [Reader.Display], with an English fallback and x/text's
// confidence). [ParsePersonName] takes persons' names apart: honorifics
// ("Dr", "Daw", "Dato'", ဦး, ឯកឧត្តម), family and given names in each
// culture's order (family first for Chinese, Vietnamese and Khmer; Burmese
// names whole).
//
// [Fold] makes the matching key of a name: width, case, Latin diacritics
// and punctuation folded, the marks of Khmer, Burmese, Thai and Lao kept.
// A [NameIndex] ([Dataset.NameIndex]) finds actors and initiatives by any
// name: exact, without honorifics, by prefix or by edit distance, and
// [NameIndex.Mentions] finds every known name in running text with an
// Aho-Corasick automaton, with byte offsets into the original text.
// [Collator] sorts in a locale's order (x/text/collate: Vietnamese
// letters, pinyin, zh-Hant strokes), safely from many goroutines;
// [StringWidth] measures terminal columns (x/text/width). [CheckText]
// finds what makes a name unsafe (controls, bidi overrides, invisible
// characters, mixed scripts), and validation reports it. State names in
// every CLDR language are in package statename, kept apart so that this
// package carries no display tables.
//
// # The dataset and its JSON form
//
// IDs ([ID]) are stable ASCII slugs, unique across all kinds. [Decode] reads
// the versioned JSON form ([Format]) from an io.Reader with a size limit,
// as a stream, one entity at a time, holding only the bytes of the entity
// at hand, and every error says where: line, column, entity and field
// ([DecodeError]). Unknown fields, invalid UTF-8 and trailing
// data are errors; nothing is replaced or dropped. [Dataset.Encode] writes
// the canonical form, entities sorted by ID, so decode and encode round-trip
// byte for byte. A built Dataset is safe for concurrent readers; lookups by
// ID ([Dataset.Actor], [Dataset.Agreement], ...) use an index and do not
// allocate.
//
// # Validation
//
// [Dataset.Validate] returns every [Problem] at once, each with a stable
// [Rule] code, a [Severity], a path into the JSON form
// ("agreements[3].signatories[0].person") and a message. Dates are judged on
// their EDTF bounds: an error when certainly out of order, a warning when
// possibly. [Problems.Err] turns the errors into one error that works with
// errors.As. RULES.md documents every rule and where it comes from.
//
// # Timelines and questions
//
// [Dataset.NewTimeline] and [Dataset.Timeline] derive dated [Entry] values
// from the data (events held, agreements signed, in force and ended,
// initiatives announced, adopted, begun, ended and superseded, memberships
// and posts begun and ended, deadlines and targets marked as plans), never
// stored twice, in EDTF order (year-less dates last), with filters for an
// actor and everything part of it ([InvolvesFilter]), a pair of actors
// ([DyadFilter]), sectors, an initiative with its parts and successors,
// kinds and periods. Titles are in the reader's language (English,
// Vietnamese, Chinese, Indonesian, Malay, Thai). [WriteText] prints an
// aligned table (CJK counted double width), and [WriteMarkdown],
// [WriteCSV], [WriteJSON], [WriteICS] (RFC 5545) and [WriteSVG] (a picture
// with a lane per actor or initiative) export it.
//
// Questions: [Dataset.Dyad] (everything two actors did together, counted
// by kind, sector and year), [Dataset.ActiveAt] (agreements in force,
// initiatives running and memberships held at a date, certainly and
// possibly, through an interval index), [Dataset.HoldersAt] (who held a
// post), [Dataset.MembersAt], [Dataset.Within] and
// [Dataset.InitiativeFamily] (part-of trees), [Dataset.Successors],
// [Dataset.AgreementsBetween] (through a state-pair index) and
// [Dataset.Network] (weighted edges between states, rolled up from their
// bodies, provinces and companies).
//
// # Related packages
//
//   - catalog: the embedded default dataset, the facts of the five news
//     reports the library was built from, loaded through [Decode].
//   - edtf: the date type.
//   - subdivision: ISO 3166-2 codes with CLDR names in nine languages.
//   - huggo: an importer of the manytreaties/HUGGO treaty files that reports
//     every value it cannot carry over.
//   - statename: state names in every language CLDR has.
package cooperation
