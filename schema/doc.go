// Package schema holds the JSON Schema (draft 2020-12) of the library's
// JSON form, "cooperation/v1" ([github.com/coopframe/cooperation.Format]),
// for programs in other languages that read or write it: [CooperationV1]
// is the file cooperation-v1.schema.json, embedded.
//
// The schema states the form's shape as [github.com/coopframe/cooperation.Decode]
// reads it: the object with its required "format" tag, the arrays and
// their entity objects with every field and no other (additionalProperties
// false, at every depth), the JSON type of each field, enums as their
// lower-case names, IDs as slugs, decimals as strings of decimal syntax,
// and the syntax of countries, subdivision codes, language tags and
// times. No entity field is required: Decode requires none (missing IDs,
// kinds and names are validation problems, rule "required"), and the
// schema checks what Decode checks, not what Validate does.
//
// What JSON Schema cannot check, and Decode does: a member name given
// twice in one object (a schema sees the parsed value, in which one of
// the two has won); invalid UTF-8 and \u escapes of lone surrogates
// (below JSON values); data after the top-level object; the size and
// entity limits of DecodeOptions; and the values whose validity needs a
// table or a grammar beyond a pattern: the EDTF grammar of dates (only
// "a string" here), whether x/text knows a country code or a language
// tag, whether CLDR knows a subdivision code, and the range of a
// decimal's exponent. The schema is stricter than Decode in one way:
// Decode takes null for any field as absent (encoding/json's rule), and
// the schema accepts null only where Encode writes it, for an empty list
// whose field is not left out when empty (an agreement's "parties", an
// entity's "names", a claim's "sources"). A number given
// for an integer field in exponent form ("ordinal": 1e1) passes the
// schema and fails Decode.
//
// The schema is generated from the model by reflection: the test
// TestGenerated walks the JSON fields of the entity types and asks each
// enumerated type for its names, and fails when the embedded file
// differs; "go test ./schema -update" (or UPDATE_GOLDEN=1) rewrites it.
// Its other tests run a draft 2020-12 validator (python3-jsonschema) on
// every valid test file and on a table of inputs Decode rejects.
package schema
