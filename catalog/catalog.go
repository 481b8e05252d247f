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
// # Form
//
// The catalog is one document, catalog.json, in the library's JSON form
// ([cooperation.Format], described in the root package), written in the
// canonical order [cooperation.Dataset.Encode] produces, so that loading and
// encoding it again gives the same bytes. Load decodes it through the same
// public decoder any user's data goes through, and the tests validate it
// with zero errors as of [AsOf].
//
// Dates a report gives without a year are stored with the year inferred
// from context and marked uncertain ("2020?-07-09") and inferred
// ("inferred": true), with a note saying how the year was found.
//
// # Licence
//
// The data files are part of this module and carry its licence. Facts are not
// copyrightable; the reports remain their publishers' works and are cited, not
// copied.
package catalog

import (
	"bytes"
	_ "embed"
	"io"
	"sync"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
)

//go:embed catalog.json
var data []byte

// AsOf is the date the catalog's facts were last checked against the
// public record; pass it as [cooperation.ValidateOptions.AsOf].
var AsOf = edtf.MustParse("2026-11-24")

// Reader returns the catalog's JSON document.
func Reader() io.Reader { return bytes.NewReader(data) }

// Load decodes the catalog into a new Dataset that the caller owns and may
// change. Its error is non-nil only if the embedded document is broken,
// which the package's tests rule out.
func Load() (*cooperation.Dataset, error) {
	return cooperation.Decode(bytes.NewReader(data), cooperation.DecodeOptions{})
}

var shared = sync.OnceValues(Load)

// Default returns one Dataset decoded from the catalog, shared by every
// caller: it is safe for concurrent use and must not be modified. Use Load
// for a copy of your own.
func Default() (*cooperation.Dataset, error) { return shared() }
