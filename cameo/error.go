package cameo

import "strconv"

// ParseError reports a code this package cannot parse.
type ParseError struct {
	Type   string // "EventCode", "ActorCode", "QuadClass" or "Plover"
	Input  string
	Reason string
}

// Error returns the message, prefixed with the package name.
func (e *ParseError) Error() string {
	return "cameo: " + e.Type + " " + strconv.Quote(e.Input) + ": " + e.Reason
}
