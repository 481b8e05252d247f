package cooperation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/subdivision"
)

// Format is the format tag of the JSON form this version reads and writes.
//
// The JSON form is one object:
//
//	{
//	  "format": "cooperation/v1",
//	  "sources": [...], "actors": [...], "initiatives": [...],
//	  "events": [...], "agreements": [...], "figures": [...]
//	}
//
// Each array holds objects with the JSON field names of [Source], [Actor],
// [Initiative], [Event], [Agreement] and [Figure]. Dates are EDTF strings,
// decimals are strings ("20.9e9"), enums are their lower-case names, and
// fields at their zero value are left out. [Dataset.Encode] writes entities
// sorted by ID, so the same dataset always encodes to the same bytes.
const Format = "cooperation/v1"

// DefaultMaxBytes is the input size limit Decode applies when
// DecodeOptions.MaxBytes is 0.
const DefaultMaxBytes = 256 << 20

// DecodeOptions configures Decode. The zero value is ready to use.
type DecodeOptions struct {
	// MaxBytes is the largest input accepted; 0 means DefaultMaxBytes.
	MaxBytes int64
}

// Errors that a *DecodeError wraps; test with errors.Is.
var (
	ErrTooLarge    = errors.New("input larger than the size limit")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrFormat      = errors.New("unknown or missing format tag")
)

// DecodeError reports input Decode cannot read, with where it is.
type DecodeError struct {
	Offset int64 // byte offset in the input
	Line   int   // 1-based line
	Column int   // 1-based column, in bytes
	// Path is the entity the error is in, as in "actors[3]", when the
	// error is inside one.
	Path string
	// Field is the JSON field, when known ("ordinal").
	Field string
	Err   error
}

// Error returns the message, prefixed with the package name.
func (e *DecodeError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "cooperation: decoding JSON at line %d, column %d", e.Line, e.Column)
	if e.Path != "" {
		b.WriteString(" in " + e.Path)
	}
	if e.Field != "" {
		b.WriteString(" (field " + e.Field + ")")
	}
	b.WriteString(": " + e.Err.Error())
	return b.String()
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *DecodeError) Unwrap() error { return e.Err }

// Decode reads one dataset in the JSON form from r: an object with a
// "format" of [Format] and arrays "sources", "actors", "initiatives",
// "events", "agreements" and "figures", each optional. It reads at most
// opts.MaxBytes, decodes the arrays one entity at a time, and builds the
// index ([Dataset.Build]); it does not validate (see [Dataset.Validate]).
//
// Every error is a *[DecodeError] with the line and column, and the entity,
// where the input goes wrong: malformed JSON, unknown fields, a repeated
// top-level field, invalid UTF-8 ([ErrInvalidUTF8]), input over the limit
// ([ErrTooLarge]), a missing or unknown format ([ErrFormat]), data after the
// object, and values the types reject (an *[EnumError] for an unknown kind,
// an *[edtf.ParseError] for a bad date, a *[CodeError], *[DecimalError] or
// *[ClockError]). Nothing is replaced or dropped: encoding/json would turn
// invalid UTF-8 into U+FFFD, so Decode checks it first.
func Decode(r io.Reader, opts DecodeOptions) (*Dataset, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	data, err := readAll(r, limit)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, posError(data, limit, "", "", fmt.Errorf("%w (%d bytes)", ErrTooLarge, limit))
	}
	return decodeBytes(data)
}

// readAll reads r up to limit+1 bytes. When r tells its size (a
// bytes.Reader, strings.Reader or bytes.Buffer through Len, a file through
// Stat), the buffer is allocated once at that size instead of growing.
func readAll(r io.Reader, limit int64) ([]byte, error) {
	hint := int64(0)
	switch v := r.(type) {
	case interface{ Len() int }:
		hint = int64(v.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			hint = fi.Size()
		}
	}
	var buf bytes.Buffer
	buf.Grow(int(min(hint, limit) + bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	return buf.Bytes(), err
}

func decodeBytes(data []byte) (*Dataset, error) {
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, posError(data, int64(off), "", "", ErrInvalidUTF8)
	}
	d := &decoder{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	d.dec.DisallowUnknownFields()
	ds := &Dataset{}
	if err := d.document(ds); err != nil {
		return nil, err
	}
	ds.Build()
	return ds, nil
}

type decoder struct {
	data []byte
	dec  *json.Decoder
}

func (d *decoder) document(ds *Dataset) error {
	if err := d.delim('{', "the top-level object"); err != nil {
		return err
	}
	seen := map[string]bool{}
	format := ""
	for d.dec.More() {
		at := d.dec.InputOffset()
		tok, err := d.dec.Token()
		if err != nil {
			return d.jsonError(err, at, "")
		}
		key, _ := tok.(string)
		if seen[key] {
			return posError(d.data, d.skipSpace(at), "", key, fmt.Errorf("field %q given twice", key))
		}
		seen[key] = true
		switch key {
		case "format":
			at := d.dec.InputOffset()
			if err := d.dec.Decode(&format); err != nil {
				return d.jsonError(err, at, "")
			}
		case "sources":
			err = decodeArray(d, key, &ds.Sources)
		case "actors":
			err = decodeArray(d, key, &ds.Actors)
		case "initiatives":
			err = decodeArray(d, key, &ds.Initiatives)
		case "events":
			err = decodeArray(d, key, &ds.Events)
		case "agreements":
			err = decodeArray(d, key, &ds.Agreements)
		case "figures":
			err = decodeArray(d, key, &ds.Figures)
		default:
			return posError(d.data, d.skipSpace(at), "", key, fmt.Errorf("unknown field %q", key))
		}
		if err != nil {
			return err
		}
	}
	if _, err := d.dec.Token(); err != nil { // the closing brace
		return d.jsonError(err, d.dec.InputOffset(), "")
	}
	at := d.dec.InputOffset()
	if _, err := d.dec.Token(); err != io.EOF {
		return posError(d.data, d.skipSpace(at), "", "", errors.New("data after the top-level object"))
	}
	if format != Format {
		return posError(d.data, 0, "", "format", fmt.Errorf("%w: %q, want %q", ErrFormat, format, Format))
	}
	return nil
}

// delim reads the opening delimiter c of what.
func (d *decoder) delim(c json.Delim, what string) error {
	at := d.dec.InputOffset()
	tok, err := d.dec.Token()
	if err != nil {
		return d.jsonError(err, at, "")
	}
	if tok != c {
		return posError(d.data, d.skipSpace(at), "", "", fmt.Errorf("want %s to start with %q, found %v", what, string(c), tok))
	}
	return nil
}

// decodeArray decodes the array of one kind of entity, one element at a
// time, so that an error can name the entity and be found inside it.
func decodeArray[T any](d *decoder, key string, out *[]T) error {
	if err := d.delim('[', "the "+key+" array"); err != nil {
		return err
	}
	for i := 0; d.dec.More(); i++ {
		at := d.dec.InputOffset()
		var v T
		if err := d.dec.Decode(&v); err != nil {
			return d.jsonError(err, at, fmt.Sprintf("%s[%d]", key, i))
		}
		*out = append(*out, v)
	}
	_, err := d.dec.Token() // ']'
	if err != nil {
		return d.jsonError(err, d.dec.InputOffset(), "")
	}
	return nil
}

func (d *decoder) skipSpace(off int64) int64 {
	for off < int64(len(d.data)) {
		switch d.data[off] {
		case ' ', '\t', '\n', '\r', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

// jsonError turns an error of encoding/json or of a TextUnmarshaler into a
// *DecodeError located as closely as the error allows. start is the offset
// where the failing value began.
func (d *decoder) jsonError(err error, start int64, path string) error {
	start = d.skipSpace(start)
	end := d.dec.InputOffset()
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		// A Decoder's SyntaxError.Offset counts only the bytes its values
		// took, not those of tokens read between them; scanning the whole
		// input again from the start gives the true offset.
		var raw json.RawMessage
		err2 := json.NewDecoder(bytes.NewReader(d.data)).Decode(&raw)
		if errors.As(err2, &se) {
			return posError(d.data, se.Offset-1, path, "", err)
		}
		return posError(d.data, start, path, "", err)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return posError(d.data, int64(len(d.data)), path, "", io.ErrUnexpectedEOF)
	}
	// encoding/json reports unknown fields and TextUnmarshaler errors without
	// an offset, and type errors with one relative to an internal buffer;
	// find the field name or the rejected text inside the value instead.
	var needle, field string
	msg := err.Error()
	if errors.As(err, &te) {
		field = te.Field
		needle = `"` + field[strings.LastIndexByte(field, '.')+1:] + `"`
	} else if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		needle = f
	} else if in, ok := rejectedText(err); ok {
		b, _ := json.Marshal(in)
		needle = string(b)
	}
	off := start
	if needle != "" && end > start && end <= int64(len(d.data)) {
		if k := bytes.Index(d.data[start:end], []byte(needle)); k >= 0 {
			off = start + int64(k)
		}
	}
	return posError(d.data, off, path, field, err)
}

// rejectedText returns the text a TextUnmarshaler rejected.
func rejectedText(err error) (string, bool) {
	var (
		ee *EnumError
		pe *edtf.ParseError
		ce *CodeError
		de *DecimalError
		ke *ClockError
		ie *IDError
		se *subdivision.ParseError
	)
	switch {
	case errors.As(err, &ee):
		return ee.Value, true
	case errors.As(err, &pe):
		return pe.Input, true
	case errors.As(err, &ce):
		return ce.Input, true
	case errors.As(err, &de):
		return de.Input, true
	case errors.As(err, &ke):
		return ke.Input, true
	case errors.As(err, &ie):
		return ie.ID, true
	case errors.As(err, &se):
		return se.Input, true
	}
	return "", false
}

func posError(data []byte, off int64, path, field string, err error) *DecodeError {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return &DecodeError{Offset: off, Line: line, Column: col, Path: path, Field: field, Err: err}
}

// document is the JSON form's top-level object, for encoding.
type document struct {
	Format      string       `json:"format"`
	Sources     []Source     `json:"sources,omitempty"`
	Actors      []Actor      `json:"actors,omitempty"`
	Initiatives []Initiative `json:"initiatives,omitempty"`
	Events      []Event      `json:"events,omitempty"`
	Agreements  []Agreement  `json:"agreements,omitempty"`
	Figures     []Figure     `json:"figures,omitempty"`
}

// Encode writes ds in the JSON form described at [Format]: entities sorted
// by ID, two-space indentation, no HTML escaping. Decoding the output gives
// an equal dataset. Encode does not modify ds.
func (ds *Dataset) Encode(w io.Writer) error {
	c := Dataset{
		Sources: slices.Clone(ds.Sources), Actors: slices.Clone(ds.Actors),
		Initiatives: slices.Clone(ds.Initiatives), Events: slices.Clone(ds.Events),
		Agreements: slices.Clone(ds.Agreements), Figures: slices.Clone(ds.Figures),
	}
	c.sortByID()
	doc := document{Format: Format, Sources: c.Sources, Actors: c.Actors, Initiatives: c.Initiatives,
		Events: c.Events, Agreements: c.Agreements, Figures: c.Figures}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}
