// Package catalog is the library's embedded default dataset: the facts of the
// five news reports the library was created from, with the actors, posts,
// initiatives, meetings, agreements and figures they name, and the ASEAN
// member states (with their dates of accession) and China.
//
// # Sources
//
// Every entity cites at least one source entity, and every fact cites the
// report it comes from:
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
// Facts the reports take for granted are cited to the public source that
// states them, each a source entity with its address, and never to a report
// that does not state them:
//
//   - ASEAN's founding and the accession dates of its members:
//     asean-about-2024 (ASEAN Secretariat) and, for Timor-Leste,
//     vns-2025-10-26 (Viet Nam News); China's dialogue relations:
//     asean-china-overview (ASEAN Secretariat).
//   - Adoption dates: asean-mpac-2016-09-06 (ASEAN Secretariat, MPAC 2025),
//     malaymail-2020-11-12 (the ASEAN Comprehensive Recovery Framework),
//     ariseplus-iai (the Initiative for ASEAN Integration),
//     vietnamplus-2023-08-24 (the Pentagonal Strategy Phase 1) and
//     eaber-belt-and-road (the Belt and Road and the Maritime Silk Road).
//   - Terms of office: irrawaddy-2016-04-07 and abc-2021-02-01 (the State
//     Counsellor), pna-2018-01-03 (the Secretary-General of ASEAN),
//     vietnamplus-2018-10-24 and mic-2025-02-19 (Vietnam's Minister of
//     Information and Communications), vietnamplus-2021-04-05 (Vietnam's
//     Prime Minister), chinadaily-2018-03-22 (Guangxi's Party secretary),
//     policychina-song-tao and scmp-2022-06-liu-jianchao (the head of the
//     IDCPC), myanmarinsider-2016-03-30 and irrawaddy-zaw-myint-maung-appeal
//     (Mandalay Region's Chief Minister).
//   - The dissolution of Vietnam's Ministry of Information and
//     Communications: mic-2025-02-19 and vns-2025-02-18; the China-Myanmar
//     Economic Corridor MoU of 2018: irrawaddy-2018-09-13 and
//     investvine-cmec-mou.
//   - Companies: cambodianess-metfone-15 and vietnamplus-viettel-say-chhum
//     (Viettel Cambodia trades as Metfone; Viettel is Vietnamese),
//     chinadaily-2013-03-18 (UnionPay International) and techtarget-huawei
//     (Huawei).
//   - Names: cldr (Unicode CLDR: state names of CLDR 32 as x/text's
//     language/display ships them, read through package statename, and
//     subdivision names of CLDR 41 from package subdivision);
//     moi-mm-news-76861 (Myanmar's Ministry of Information: the Burmese
//     names of the Mandalay Region and its government); daklak-doit-news and
//     asean2019-th-relations (ASEAN's names in Vietnamese and Thai, from a
//     Vietnamese provincial government department and Thailand's ASEAN 2019
//     site); and, for names in the members' languages, some seventy pages
//     each source's note describes: government sites (info.gov.hk,
//     nanning.gov.cn, yfao.yn.gov.cn, gxzf.gov.cn, presidenri.go.id,
//     timor-leste.gov.tl, the Parliament of Singapore's glossary, China's
//     Mission to ASEAN), state media (Xinhua, Guangming Daily, VNA, Báo
//     Công Thương, VOV, Myanmar Digital News) and, where no better page was
//     found, the press or an encyclopedia mirror, which the note says.
//
// A name cites the sources that state it (names.Name.Sources): the report
// that names the entity, CLDR for state and subdivision names, the
// official publication or news page for a name in another language,
// written as that page writes it (so both 中国—东盟 and 中国-东盟 occur).
// Every name not in English cites one (TestNamesCiteSources); a name for
// which no page could be found is left out rather than kept unsourced. An
// entity named only in English is either named descriptively by the
// catalog (a group or a programme no source names) or one whose name was
// searched for and not found; the tests list each with why (englishOnly),
// and the list may only shrink.
// The catalog encodes facts as structured data; it does not reproduce the
// reports' text.
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
// ("inferred": true), with a note saying how the year was found; so are
// the periods of figures the report dates only relative to itself ("last
// year") or not at all. A day the report leaves
// open between two is an EDTF set ("[2015-09-13..2015-09-14]").
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
