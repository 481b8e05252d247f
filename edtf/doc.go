// Package edtf implements the Extended Date/Time Format (EDTF, Library of
// Congress 2019 specification, the EDTF profile of ISO 8601-2) at levels 0, 1
// and 2: one value type, [Date], for any EDTF string, with civil-day bounds,
// a total order and the predicates a timeline needs.
//
// # Values
//
// [Parse] accepts dates (1985-04-12, 1985-04, 1985), date-times with Z or
// an offset (2020-07-09T13:30:00+06:30), negative and "Y" years
// (Y170000002, Y-17E7), qualification of the whole date or of each
// component (1984?, 2004-06~, ?2004-06-~11), unspecified digits X in any
// position (201X, XXXX-07-10, 156X-12-25), seasons and other sub-year
// groupings 21-41, significant digits (1950S2, -1728S3, Y3388E2S3),
// intervals with open (..) and unknown (empty) ends, sets [..] and lists
// {..} with ranges.
//
// It is strict where the specification is: 2021-02-29, centuries and
// decades written as 19 or 201, spaces, times inside intervals, times
// without seconds and offsets without a colon are rejected with a
// *[ParseError] that gives the byte offset and the reason. Where the
// specification is silent the package decides, and says so here: "/",
// "../.." and other intervals with no date at either end are rejected; an
// interval whose end is certainly before its start is rejected, one whose
// end equals its start is valid; a descending range inside a set is
// rejected; 24:00:00, leap seconds, fractions of a second and offsets beyond
// ±14:00 are rejected; the Y prefix is only for years beyond four digits
// (Y1E3 is rejected, as Y9999 is).
//
// The zero Date means "no date". Dates are small comparable values that
// keep the text they were parsed from (so [Date.String] round-trips
// exactly); they are immutable and safe for concurrent use.
//
// # Bounds
//
// [Date.Earliest] and [Date.Latest] give the strict bounds as civil days
// ([Day], proleptic Gregorian, year 0 exists and is a leap year):
//
//   - a year, month or day spans its days; a date-time's bounds are its civil
//     day as written (the exact instant is [Date.Instant]);
//   - unspecified digits take the least and greatest real completion,
//     respecting month lengths and leap years (21XX-02-29 is 2104-02-29 to
//     2196-02-29; a pattern with no real completion, XXX1-02-29, is an error);
//   - significant digits span the years sharing the leading digits (1950S2 is
//     1900 to 1999; -1728S3 is -1729 to -1720, the digits being those of the
//     magnitude); a span reaching beyond ±[MaxYear] (Y1E15S1) is an error, as
//     is a count larger than the year's digits (1950S5);
//   - qualifiers (?, ~, %) leave the bounds as they are; [Date.Widened]
//     applies an explicit [Widening] policy instead;
//   - an interval runs from its start's earliest to its end's latest, and an
//     open or unknown end has no bound (reported as false), with open and
//     unknown kept distinct ([Date.StartOpen], [Date.EndUnknown]);
//   - a set or list runs from the least to the greatest day of any member,
//     whatever the order they are written in; "..x" and "x.." members leave
//     that side unbounded.
//
// Sub-year groupings use this table (seasons are meteorological, whole
// months; 21-24 are read as northern):
//
//	21, 25 spring  Mar-May      29 spring (south)  Sep-Nov
//	22, 26 summer  Jun-Aug      30 summer (south)  Dec-Feb next year
//	23, 27 autumn  Sep-Nov      31 autumn (south)  Mar-May
//	24, 28 winter  Dec-Feb      32 winter (south)  Jun-Aug
//	       (February of the next year)
//	33-36 quarters        Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec
//	37-39 quadrimesters   Jan-Apr, May-Aug, Sep-Dec
//	40-41 semesters       Jan-Jun, Jul-Dec
//
// # Order and reasoning
//
// [Date.Compare] is a total order (earliest day, then latest day, then the
// instant of same-day date-times, then the text): open starts sort before
// unknown ones, unknown ends after open ones, and the zero Date first. Use
// it with slices.SortFunc. [Date.CertainlyBefore], [Date.PossiblyBefore],
// [Date.Overlaps] and [Date.Contains] reason on the bounds.
//
// # Where this package and edtf.js differ
//
// The tests compare bounds with edtf.js on every specification example and
// list each divergence with its reason (corpus_test.go). In short: edtf.js
// accepts 2021-02-29 (rolling it to 1 March), centuries and decades, spaces
// in sets and times in intervals; it ignores significant digits, takes the
// start of a trailing range as a set's maximum, maps seasons to calendar
// quarters, computes quadrimesters one month too long, and cannot represent
// years beyond ±275,760. This package follows the specification in each
// case. edtf.js also accepts more significant digits than the year has
// (1950S5); the specification is silent, and this package rejects them. One
// note in the specification itself (Y171010000S3 as 171010000 to 171010999)
// contradicts its other two significant-digit examples; the package applies
// the rule those examples show (171000000 to 171999999).
package edtf
