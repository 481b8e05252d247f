// Package cooperation models bilateral and regional cooperation frameworks:
// who cooperates, what they agree, the frameworks they work under, the
// meetings where it happens and the dated timelines that tie it together.
//
// # Design
//
// A [Dataset] holds every entity of a collection (actors, agreements,
// initiatives, events and the sources they cite) and resolves references
// between them by ID. IDs are stable ASCII slugs, unique across all kinds.
//
// Every date is an EDTF value from package
// github.com/coopframe/cooperation/edtf, so "10 July" with no year, "2019-2020"
// and "by 2025" are all represented as what they are, with earliest and latest
// bounds that validation and timelines reason on.
//
// Names are language-tagged ([Names]); x/text supplies the tags, regions,
// matching, folding, collation and width that multilingual names need.
package cooperation
