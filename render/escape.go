package render

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	cooperation "github.com/coopframe/cooperation"
)

// Text from the data reaches terminals, spreadsheets, calendars and
// browsers, each of which acts on some characters instead of showing them.
// Each format has one helper here that every string its writer prints goes
// through (see the package doc, "Text from the data"):
//
//   - appendTextSafe: WriteText and the CSV title cell
//   - mdText:        WriteMarkdown
//   - icsText:       WriteICS
//   - xmlText:       WriteSVG
//
// They share appendSafe, which writes the characters every format shows as
// escapes, and differ in the ASCII characters their format gives a meaning.

// hidden reports whether r is shown as an escape in every format but JSON:
// a C0 control, DEL, a C1 control, a bidirectional formatting character
// (Unicode's Bidi_Control: the "Trojan Source" overrides, embeddings,
// isolates and marks), the line and paragraph separators U+2028 and
// U+2029, or the noncharacters U+FFFE and U+FFFF, which XML does not allow.
func hidden(r rune) bool {
	switch {
	case r < 0x20 || 0x7f <= r && r < 0xa0:
		return true
	case r < 0x600:
		return false
	case r == 0x2028, r == 0x2029, r == 0xfffe, r == 0xffff:
		return true
	}
	return unicode.Is(unicode.Bidi_Control, r)
}

// appendEscape appends the escape of hidden rune r: \x1b for a C0 control
// and DEL, \u followed by four lower-case hex digits for the others
// (\u0085, \u202e). bs is the backslash as the format writes it.
func appendEscape(b []byte, bs string, r rune) []byte {
	b = append(b, bs...)
	if r < 0x80 {
		return fmt.Appendf(b, "x%02x", r)
	}
	return fmt.Appendf(b, "u%04x", r)
}

// asciiFunc appends the ASCII character c as a format writes it; first
// reports whether c begins the text.
type asciiFunc func(b []byte, c byte, first bool) []byte

// appendSafe appends s with each hidden rune (see [hidden]) written as an
// escape beginning with bs, and each byte that is not UTF-8 as \x and two
// hex digits, or as it is when keepBad is set; ascii, when not nil, writes
// the printable ASCII characters.
func appendSafe[S string | []byte](b []byte, s S, bs string, keepBad bool, ascii asciiFunc) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if 0x20 <= c && c < 0x7f {
			if ascii != nil {
				b = ascii(b, c, i == 0)
			} else {
				b = append(b, c)
			}
			i++
			continue
		}
		// At most four bytes: converted on the stack, not allocated.
		r, n := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
		switch {
		case r == utf8.RuneError && n == 1:
			if keepBad {
				b = append(b, c)
			} else {
				b = append(b, bs...)
				b = fmt.Appendf(b, "x%02x", c)
			}
		case hidden(r):
			b = appendEscape(b, bs, r)
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return b
}

// appendTextSafe appends s for a terminal or a spreadsheet cell, with
// hidden runes and bytes that are not UTF-8 as escapes (\x1b, \u202e,
// \xff). A backslash of the data stays as it is.
func appendTextSafe[S string | []byte](b []byte, s S) []byte {
	return appendSafe(b, s, `\`, false, nil)
}

// mdText escapes s for a cell of a Markdown table so that CommonMark and
// GitHub Flavored Markdown render it literally: hidden runes and bytes
// that are not UTF-8 as escapes whose backslash is itself escaped (the
// cell shows \x1b), a backslash before each character CommonMark or GFM
// gives a meaning (\ ` * _ [ ] < > | ~ & # !, so that no emphasis, code,
// link, image, raw HTML, strike-through, entity or table cell begins), a
// backslash before the list and heading markers that begin the text (-, +,
// =, the dot or parenthesis after leading digits), and a backslash that
// breaks GFM's autolinks: before the "/" of "://", the "." of "www." and
// every "@".
func mdText(s string) string {
	b := appendSafe(nil, s, `\\`, false, func(b []byte, c byte, first bool) []byte {
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '@', '!':
			return append(b, '\\', c)
		case '-', '+', '=':
			if first {
				return append(b, '\\', c)
			}
		case '.', ')':
			if leadingDigits(b) {
				return append(b, '\\', c)
			}
			if c == '.' && len(b) >= 3 && asciiLower(b[len(b)-3:]) == "www" {
				return append(b, '\\', c)
			}
		case '/':
			if len(b) > 0 && b[len(b)-1] == ':' {
				return append(b, '\\', c)
			}
		}
		return append(b, c)
	})
	return string(b)
}

// leadingDigits reports whether b is all ASCII digits, at least one.
func leadingDigits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func asciiLower(b []byte) string {
	var s [3]byte
	for i, c := range b[:3] {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		s[i] = c
	}
	return string(s[:])
}

// icsText escapes a TEXT value (RFC 5545, 3.3.11): backslashes,
// semicolons and commas get a backslash, and hidden runes (line breaks
// included) are written as escapes whose backslash is itself escaped, so
// that a calendar shows \x0a and \u202e. Bytes that are not UTF-8 stay as
// they are: WriteICS reports them as a *[TextError].
func icsText(s string) string {
	b := appendSafe(nil, s, `\\`, true, func(b []byte, c byte, _ bool) []byte {
		switch c {
		case '\\', ';', ',':
			return append(b, '\\', c)
		}
		return append(b, c)
	})
	return string(b)
}

// xmlText escapes s for XML 1.0 character data or an attribute value in
// quotes: & < > " ' as entities, and hidden runes (which include every
// character XML 1.0 does not allow) and bytes that are not UTF-8 as
// escapes (\x1b, \u202e, \xff).
func xmlText(s string) string {
	b := appendSafe(nil, s, `\`, false, func(b []byte, c byte, _ bool) []byte {
		switch c {
		case '&':
			return append(b, "&amp;"...)
		case '<':
			return append(b, "&lt;"...)
		case '>':
			return append(b, "&gt;"...)
		case '"':
			return append(b, "&#34;"...)
		case '\'':
			return append(b, "&#39;"...)
		}
		return append(b, c)
	})
	return string(b)
}

// IDError reports an ID that a format writes as a reference, in a column
// or a field that programs read back as IDs (WriteCSV's subject, object,
// actors and sources; WriteJSON's subject, object, actors, initiatives and
// sources), and that is not a valid ID ([cooperation.ParseID]): a dataset
// built in Go or by an importer can hold one, with a line break, a space
// or a comma in it. The writer writes nothing. Where an ID is only shown
// to a reader (a name missing, the sources column of Markdown), it is
// escaped as the rest of the text.
type IDError struct {
	Format string         // the format written, such as "CSV"
	Field  string         // the column or field, such as "sources"
	ID     cooperation.ID // the offending ID
	Err    error          // why, from cooperation.ParseID
}

// Error returns the message, prefixed with the package name.
func (e *IDError) Error() string {
	return fmt.Sprintf("render: %s output: %s holds an ID that is not valid: %q: %v", e.Format, e.Field, string(e.ID), e.Err)
}

// Unwrap returns the error of cooperation.ParseID.
func (e *IDError) Unwrap() error { return e.Err }

// checkIDs returns an *IDError for the first ID of the entries, in the
// fields listed, that is not valid; the empty ID means "none" and passes.
func checkIDs(format string, entries []cooperation.Entry, initiatives bool) error {
	check := func(field string, ids ...cooperation.ID) error {
		for _, id := range ids {
			if id == "" || id.Valid() {
				continue
			}
			_, err := cooperation.ParseID(string(id))
			return &IDError{Format: format, Field: field, ID: id, Err: err}
		}
		return nil
	}
	for i := range entries {
		e := &entries[i]
		if err := check("subject", e.Subject); err != nil {
			return err
		}
		if err := check("object", e.Object); err != nil {
			return err
		}
		if err := check("actors", e.Actors...); err != nil {
			return err
		}
		if initiatives {
			if err := check("initiatives", e.Initiatives...); err != nil {
				return err
			}
		}
		if err := check("sources", e.Sources...); err != nil {
			return err
		}
	}
	return nil
}
