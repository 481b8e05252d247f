package schema_test

import (
	"encoding/json"
	"fmt"

	"github.com/coopframe/cooperation/schema"
)

// Example reads the embedded schema: what it requires at the top level
// and the names an actor's kind may take.
func Example() {
	var s struct {
		Schema   string   `json:"$schema"`
		Required []string `json:"required"`
		Defs     map[string]struct {
			Enum []string `json:"enum"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.CooperationV1, &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Schema)
	fmt.Println(s.Required)
	fmt.Println(s.Defs["MembershipRole"].Enum)
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// [format]
	// [member associate-member observer dialogue-partner full-dialogue-partner coordinator chair]
}
