package cooperation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"unicode/utf8"
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

// DecodeError reports JSON input that could not be decoded, with the
// position of the problem.
type DecodeError struct {
	Offset int64 // byte offset in the input
	Line   int   // 1-based line
	Column int   // 1-based column, in bytes
	Field  string
	Err    error
}

func (e *DecodeError) Error() string {
	field := ""
	if e.Field != "" {
		field = " (field " + e.Field + ")"
	}
	return fmt.Sprintf("cooperation: decoding JSON at line %d, column %d%s: %v", e.Line, e.Column, field, e.Err)
}

func (e *DecodeError) Unwrap() error { return e.Err }

type document struct {
	Format      string       `json:"format"`
	Sources     []Source     `json:"sources,omitempty"`
	Actors      []Actor      `json:"actors,omitempty"`
	Initiatives []Initiative `json:"initiatives,omitempty"`
	Events      []Event      `json:"events,omitempty"`
	Agreements  []Agreement  `json:"agreements,omitempty"`
	Figures     []Figure     `json:"figures,omitempty"`
}

// Decode reads a dataset in the JSON form described at [Format] from r and
// builds its index. It reads at most opts.MaxBytes; unknown fields, invalid
// UTF-8, malformed JSON, unknown enum values, malformed dates, codes and
// decimals, trailing data and a missing or unknown format tag are errors
// (*[DecodeError], with line and column). Decode does not validate
// references and consistency: call [Dataset.Validate].
func Decode(r io.Reader, opts DecodeOptions) (*Dataset, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &DecodeError{Offset: limit, Line: 0, Column: 0, Err: fmt.Errorf("%w (%d bytes)", ErrTooLarge, limit)}
	}
	return decodeBytes(data)
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
		return nil, posError(data, int64(off), "", ErrInvalidUTF8)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var doc document
	if err := dec.Decode(&doc); err != nil {
		return nil, jsonError(data, dec, err)
	}
	if dec.More() {
		return nil, posError(data, dec.InputOffset(), "", errors.New("data after the top-level object"))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, posError(data, dec.InputOffset(), "", errors.New("data after the top-level object"))
	}
	if doc.Format != Format {
		return nil, posError(data, 0, "format", fmt.Errorf("%w: %q, want %q", ErrFormat, doc.Format, Format))
	}
	ds := &Dataset{
		Sources: doc.Sources, Actors: doc.Actors, Initiatives: doc.Initiatives,
		Events: doc.Events, Agreements: doc.Agreements, Figures: doc.Figures,
	}
	ds.Build()
	return ds, nil
}

func jsonError(data []byte, dec *json.Decoder, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return posError(data, se.Offset, "", err)
	case errors.As(err, &te):
		return posError(data, te.Offset, te.Field, err)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return posError(data, int64(len(data)), "", io.ErrUnexpectedEOF)
	}
	return posError(data, dec.InputOffset(), "", err)
}

func posError(data []byte, off int64, field string, err error) *DecodeError {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return &DecodeError{Offset: off, Line: line, Column: col, Field: field, Err: err}
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
