package schema

import _ "embed"

// CooperationV1 is the JSON Schema (draft 2020-12) of the "cooperation/v1"
// JSON form: the bytes of cooperation-v1.schema.json. The slice is shared:
// do not modify it.
//
//go:embed cooperation-v1.schema.json
var CooperationV1 []byte

// ID is the schema's "$id".
const ID = "https://github.com/coopframe/cooperation/schema/cooperation-v1.schema.json"
