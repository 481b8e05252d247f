// Package catalog is the library's embedded default dataset: the facts of the
// five news reports the library was created from, with the actors, posts,
// initiatives, meetings, agreements and figures they name, and the ASEAN
// member states (with their dates of accession) and China.
//
// # Sources
//
// Every fact cites the report it comes from, held as a source entity:
//
//   - mna-2020-07-10: Myanmar News Agency (MNA), "Myanmar discusses digital
//     cooperation with China", translated by Zaw Htet Oo; dated 10 July, year
//     2020 inferred.
//   - xinhua-2015-09-15: Xinhua, "Xinhua Insight: Information sharing center
//     to deepen China-ASEAN economic integration", 2015-09-15.
//   - xinhua-2024-11-05: Xinhua, "Cambodia, China eye stronger digital economy
//     cooperation", 2024-11-05.
//   - vna-2022-11-08: Vietnam News Agency (VNA), "Vietnam, Cambodia foster
//     partnership in post, telecoms, digital transformation"; undated, year
//     2022 inferred.
//   - moit-2021-09-20: Ministry of Industry and Trade of Vietnam, "CLMV
//     cooperates to promote regional supply chain", 2021-09-20.
//
// Background facts the reports take for granted (ASEAN accession dates,
// adoption dates of ASEAN frameworks, terms of office) are from the public
// record. The catalog encodes facts as structured data; it does not reproduce
// the reports' text.
//
// # Schema
//
// The root package's entity types were not yet committed when the catalog
// was written, so the files use an interim JSON form: each file is an array
// of objects with an "id" (a [github.com/coopframe/cooperation.ID] slug, unique across all files),
// "names" (a [github.com/coopframe/cooperation.Names] array, where the entity has names) and
// "sources" (IDs of the source entities it cites). Dates are EDTF strings:
// "2020?-07-09" is a date whose year is uncertain, and "inferred": true marks a
// date the catalog inferred rather than read. Money and counts are exact
// decimal strings ("20.9e9" CNY), never floating-point numbers. Other
// fields name IDs of related entities ("parent", "participants", "parties",
// "supersedes", ...).
//
// # Licence
//
// The data files are part of this module and carry its licence. Facts are not
// copyrightable; the reports remain their publishers' works and are cited, not
// copied.
package catalog

import (
	"embed"
	"io/fs"
)

//go:embed *.json
var files embed.FS

// FS returns the catalog's JSON documents, one file per kind of entity
// (sources.json, actors.json, initiatives.json, events.json,
// agreements.json, figures.json). The returned file system is read-only and
// safe for concurrent use.
func FS() fs.FS { return files }
