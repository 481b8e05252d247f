package cooperation

// Claim is a value of one field of an entity as some sources state it,
// when they state it differently from the value the entity holds, or
// dispute it: one report places a meeting in a capital and another says it
// was held online; a state's entry into force is disputed. The entity's
// own field and its Sources are one claim; each Claim is another. Nothing
// picks one silently: the questions treat a claimed date as possibly any
// of the claimed values (so their answers are possible where the claims
// differ), and timeline entries whose facts are claimed otherwise are
// marked [Entry.Disputed].
//
// Field is the field's path inside the entity in the JSON form ("venue",
// "date", "in_force", "parties[2].joined"), and Value the claimed value
// written as that field's JSON value would be, without quotes ("2019-05",
// "mm-naypyidaw", "true"). An empty Value claims that the field has no
// value (no venue: the meeting was online).
//
// This is FollowTheMoney's statement model in small (every property value
// a statement with its own dataset and source) and Popolo's per-record
// sources made per value: a dataset keeps the value it holds as fact in
// the field and the others, with their sources, beside it.
type Claim struct {
	Field   string `json:"field"`
	Value   string `json:"value"`
	Sources []ID   `json:"sources"`
	// Disputed marks a claim that its sources present as disputed rather
	// than as a different fact.
	Disputed bool   `json:"disputed,omitempty"`
	Note     string `json:"note,omitempty"`
}
