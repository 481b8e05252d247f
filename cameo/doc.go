// Package cameo holds the codes of CAMEO, the Conflict and Mediation Event
// Observations ontology that GDELT, ICEWS and Phoenix code news events
// with: event codes ([EventCode]) with their descriptions, quad classes
// ([QuadClass]), Goldstein scale values and PLOVER categories ([Plover]),
// and actor codes ([ActorCode]) split into a country and roles.
//
// # Event codes
//
// A CAMEO event code is two to four digits: a root code from 01 (make a
// public statement) to 20 (use unconventional mass violence), a base code
// of three digits below it and a code of four below that ("0311": express
// intent to cooperate economically, under base 031 and root 03). The
// codes, their descriptions and their Goldstein values are GDELT's lookup
// files CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt
// (https://www.gdeltproject.org/data/lookups/), from which gen.go makes
// tables.go; [ParseEventCode] accepts exactly the 311 codes listed there.
//
// The quad class of a code is the one GDELT's CAMEO.eventcodes.txt heads
// its root code with, which is what GDELT writes in its QuadClass column
// (GDELT 2.0 Event Codebook, http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf):
// roots 01 to 05 are verbal cooperation, 06 to 09 material cooperation,
// 10 to 14 verbal conflict and 15 to 20 material conflict. PLOVER groups
// its categories into quads otherwise (it puts INVESTIGATE, as ACCUSE,
// with verbal conflict and PROTEST with material conflict); [Plover.Quad]
// gives PLOVER's.
//
// The Goldstein value of a code (Goldstein 1992, "A Conflict-Cooperation
// Scale for WEIS Events Data", extended to CAMEO) runs from -10 (most
// conflictual) to +10 (most cooperative), as an exact decimal.
//
// # PLOVER
//
// PLOVER (Political Language Ontology for Verifiable Event Records, the
// Open Event Data Alliance's successor to CAMEO) has 16 event categories.
// [EventCode.Plover] maps a CAMEO code to one by its root code, as the
// PLOVER manual's table "PLOVER equivalents to CAMEO cue categories"
// does (PLOVER_MANUAL.tex, https://github.com/openeventdata/PLOVER, commit
// 5e0c24f): see [Plover] for the table. PLOVER drops CAMEO's 01 (make
// public statement) and 02 (appeal), so those codes have no category.
//
// # Actor codes
//
// A CAMEO actor code is a sequence of three-character elements: a country
// or region first when the actor has one ("CHN", "EUR", "AFR"), then
// roles and types ("GOV" government, "MIL" military, "BUS" business,
// "CVL" civilians...). [ParseActorCode] splits "CHNGOV" into the country
// CHN and the role GOV, and "GOV" into no country and the role GOV.
package cameo
