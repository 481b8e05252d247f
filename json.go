package cooperation

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"github.com/coopframe/cooperation/subdivision"
	"golang.org/x/text/language"
)

// Format is the format tag of the JSON form this version reads and writes.
//
// The JSON form is one object:
//
//	{
//	  "format": "cooperation/v1",
//	  "sectors": [...],
//	  "sources": [...], "actors": [...], "initiatives": [...],
//	  "events": [...], "agreements": [...], "figures": [...]
//	}
//
// "sectors" lists the sector slugs the dataset uses besides the built-in
// ones ([Dataset.Sectors]). Each other array holds objects with the JSON
// field names of [Source], [Actor], [Initiative], [Event], [Agreement] and
// [Figure]. Dates are EDTF strings, decimals are strings ("20.9e9"), enums
// are their lower-case names, and fields at their zero value are left out.
// [Dataset.Encode] writes entities sorted by ID and sectors sorted, so the
// same dataset always encodes to the same bytes.
const Format = "cooperation/v1"

// DefaultMaxBytes is the input size limit Decode applies when
// DecodeOptions.MaxBytes is 0.
const DefaultMaxBytes = 256 << 20

// DefaultMaxEntities is the limit on entities Decode applies when
// DecodeOptions.MaxEntities is 0.
const DefaultMaxEntities = 1 << 20

// DecodeOptions configures Decode. The zero value is ready to use.
//
// The two limits bound the memory decoding takes. MaxBytes alone does
// not: an entity takes at least the size of its Go struct (from about
// 180 bytes for a Source to 600 for an Agreement) however few bytes it
// takes in JSON, and "{}," is three, so 9 MB of three million empty
// events took 6 GB to decode. MaxEntities caps that part: at the
// defaults, decoding stops at the 1,048,577th entity, and the worst case
// (a million empty events) peaks at about 1.3 GB, about 1.3 KB an
// entity with the slice's growth; otherwise memory is about the input's
// size plus that. Lower MaxEntities for untrusted input that is small.
type DecodeOptions struct {
	// MaxBytes is the largest input accepted; 0 means DefaultMaxBytes.
	MaxBytes int64
	// MaxEntities is the most entities accepted, of every kind and the
	// declared sectors together; 0 means DefaultMaxEntities. Entities of
	// Base do not count.
	MaxEntities int
	// Base, when not nil, is the dataset the input is a layer on (the
	// catalog, or any dataset), as [Dataset.On] describes: the result
	// holds shallow copies of Base's entities and then the input's, whose
	// references may name Base's entities, and every question answers
	// over both, while [Dataset.Validate] checks and [Dataset.Encode]
	// writes the input's alone, so a layer round-trips. Errors and
	// problems locate the input: "actors[3]" is its fourth actor. Decode
	// only reads Base, which may be in use by other goroutines.
	Base *Dataset
}

// Errors that a *DecodeError wraps; test with errors.Is.
var (
	ErrTooLarge = errors.New("input larger than the size limit")
	// ErrTooMany reports more entities than DecodeOptions.MaxEntities.
	ErrTooMany     = errors.New("more entities than the limit")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrLoneSurrogate reports a \u escape of half a UTF-16 surrogate
	// pair ("\ud800" alone), which stands for no character.
	ErrLoneSurrogate = errors.New("\\u escape of a lone UTF-16 surrogate")
	ErrFormat        = errors.New("unknown or missing format tag")
)

// DecodeError reports input Decode cannot read, with where it is.
type DecodeError struct {
	Offset int64 // byte offset in the input
	Line   int   // 1-based line
	Column int   // 1-based column, in bytes
	// Path is the entity the error is in, as in "actors[3]", when the
	// error is inside one. Indexes count within the input (on a
	// [DecodeOptions.Base], within the layer).
	Path string
	// Field is the JSON field, when known: its path inside the entity,
	// with indexes ("ordinal", "counts[0].value"), or a top-level field
	// ("format").
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
	msg := e.Err.Error()
	if e.Field != "" && !strings.HasPrefix(msg, e.Field+": ") { // said once is enough
		b.WriteString(" (field " + quoteUnlessPlain(e.Field) + ")")
	}
	b.WriteString(": " + msg)
	return b.String()
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *DecodeError) Unwrap() error { return e.Err }

// Decode reads one dataset in the JSON form from r, as a layer on
// opts.Base if given: an object with a "format" of [Format] and arrays
// "sectors", "sources", "actors", "initiatives", "events", "agreements"
// and "figures", each optional. It streams: it decodes the arrays one
// entity at a time as the bytes arrive, keeping only the bytes of the
// entity at hand (for error positions), so memory is the dataset's, not
// the input's; white space between tokens beyond 64 bytes a run is
// dropped as it is read, so that neither its length nor the size of the
// reads (a pipe gives a few bytes at a time) makes decoding slower than
// linear. It reads at most opts.MaxBytes and builds the index
// ([Dataset.Build]); it does not validate (see [Dataset.Validate]).
//
// Every error is a *[DecodeError] with the line and column, and the entity,
// where the input goes wrong: malformed JSON; unknown fields; a field
// given twice in one object, at any depth, or given in another case
// ("ID" for "id": encoding/json would take it, and the last of two would
// win); invalid UTF-8 ([ErrInvalidUTF8]); a lone surrogate escape
// ([ErrLoneSurrogate]); input over the size limit ([ErrTooLarge]) or
// more entities than the entity limit ([ErrTooMany]); a missing or
// unknown format ([ErrFormat]); data after the object; a JSON value of
// the wrong type (said in JSON's terms, "want a decimal as a JSON string
// such as "20.9e9", found a number", wrapping the
// *[json.UnmarshalTypeError]); and values the types reject: a
// *[ParseError] for an ID that is not a valid slug (in an entity's id or
// in any reference), an unknown kind, a bad country code, time or
// declared sector, an *[edtf.ParseError] for a bad date, a
// *[quantity.ParseError] for a bad number, a *[names.ParseError] for an
// unknown name kind, a *[subdivision.ParseError] for a bad subdivision
// code. Nothing is replaced or dropped: encoding/json would turn invalid
// UTF-8 into U+FFFD, so Decode checks every byte itself.
func Decode(r io.Reader, opts DecodeOptions) (*Dataset, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	src := &source{r: r, limit: limit, line: 1}
	maxEntities := opts.MaxEntities
	if maxEntities <= 0 {
		maxEntities = DefaultMaxEntities
	}
	d := &decoder{src: src, dec: json.NewDecoder(src), room: maxEntities, maxEntities: maxEntities}
	d.dec.DisallowUnknownFields()
	ds := &Dataset{}
	ds.layerOn(opts.Base)
	if err := d.document(ds); err != nil {
		return nil, err
	}
	ds.Build()
	return ds, nil
}

// source is the reader Decode reads through. It stops at the size limit,
// and it keeps the bytes read since the start of the entity being decoded
// (the window), with the line number where the window starts, so that an
// error can be given a line and a column and be searched for inside its
// entity. Bytes leave the window only after their UTF-8 has been checked.
//
// It also squeezes white space: of a run of white space between tokens it
// passes on at most keepSpace bytes and drops the rest, recording where
// (drops), so that positions still count every byte. encoding/json's
// Decoder looks at the white space after a value again on every read
// until a token arrives, which is quadratic in a long run read in small
// pieces (a pipe), and it buffers the whole run; squeezed, neither
// happens, and memory does not grow with the white space between
// entities. Offsets below are in the squeezed stream, as encoding/json
// counts them, but for read and orig.
type source struct {
	r       io.Reader
	limit   int64
	read    int64  // bytes of input read so far
	n       int64  // bytes passed on so far
	buf     []byte // the stream passed on, from offset bufBase to n
	bufBase int64
	base    int64 // the window is the stream from base to n
	checked int64 // the UTF-8 of the stream before this offset is valid
	line    int   // the line of offset base
	bol     int64 // the input offset where that line begins
	err     error // the error to return from now on

	// The lexical state at the end of what was read, for squeezing.
	inString, escaped bool
	space             int // the length of the run of white space at the end

	dropped int64  // input bytes dropped before base
	drops   []drop // the drops at or after base, in order
}

// keepSpace is the longest run of white space source passes on.
const keepSpace = 64

// drop is a run of white space source dropped, just before offset at of
// the squeezed stream: n bytes holding nl newlines, the last of which
// ends just before input offset bol.
type drop struct {
	at, n, bol int64
	nl         int
}

func (s *source) Read(p []byte) (int, error) {
	for {
		if s.err != nil {
			return 0, s.err
		}
		if len(p) == 0 {
			return 0, nil
		}
		q := p
		if room := s.limit - s.read; int64(len(q)) > room+1 {
			q = q[:room+1] // one byte more than the limit tells that it is passed
		}
		m, err := s.r.Read(q)
		if s.read+int64(m) > s.limit {
			m = int(s.limit - s.read)
			s.err = errTooLarge
			err = s.err
		}
		k := s.squeeze(q[:m])
		s.read += int64(m)
		s.buf = append(s.buf, q[:k]...)
		s.n += int64(k)
		if k > 0 || err != nil {
			return k, err
		}
		// All of it was white space beyond keepSpace: read on.
	}
}

// squeeze drops from b, in place, the white space beyond keepSpace bytes
// of a run outside strings, records the drops, and returns how many bytes
// are left. b is the input from offset s.read on.
func (s *source) squeeze(b []byte) int {
	w := 0 // b[:w] is kept; while nothing is dropped, w == i
	for i := 0; i < len(b); {
		c := b[i]
		n := 1 // the bytes from i on that are kept
		switch {
		case s.escaped:
			s.escaped = false
		case s.inString:
			// Jump to the next quote or backslash: strings are most of
			// the bytes, and IndexByte looks at many at a time.
			k := bytes.IndexByte(b[i:], '"')
			if k < 0 {
				k = len(b) - i
			}
			if bs := bytes.IndexByte(b[i:i+k], '\\'); bs >= 0 {
				k = bs
			}
			if k > 0 {
				n = k
				break
			}
			s.escaped = c == '\\'
			s.inString = c != '"'
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if s.space++; s.space > keepSpace {
				s.dropByte(s.n+int64(w), s.read+int64(i), c)
				i++
				continue
			}
		case c == '"':
			s.inString, s.space = true, 0
		default:
			s.space = 0
		}
		if w != i {
			copy(b[w:], b[i:i+n])
		}
		w += n
		i += n
	}
	return w
}

// dropByte records that the input byte c at input offset in is dropped
// just before offset at of the stream.
func (s *source) dropByte(at, in int64, c byte) {
	if k := len(s.drops) - 1; k < 0 || s.drops[k].at != at {
		s.drops = append(s.drops, drop{at: at})
	}
	d := &s.drops[len(s.drops)-1]
	d.n++
	if c == '\n' {
		d.nl++
		d.bol = in + 1
	}
}

// orig returns the input offset of offset off of the stream.
func (s *source) orig(off int64) int64 {
	o := off + s.dropped
	for _, d := range s.drops {
		if d.at > off {
			break
		}
		o += d.n
	}
	return o
}

// fill reads until the stream reaches offset to, the input ends or the
// reader fails, for an error that must see a character whole; what it
// reads goes to the window, not to encoding/json.
func (s *source) fill(to int64) {
	var b [utf8.UTFMax]byte
	for s.n < to {
		if _, err := s.Read(b[:min(int64(len(b)), to-s.n)]); err != nil {
			return
		}
	}
}

// errTooLarge is what source.Read returns past the limit; Decode turns it
// into a *DecodeError wrapping ErrTooLarge.
var errTooLarge = errors.New("too large")

// at returns the window from offset off on (empty if off is outside it).
func (s *source) at(off int64) []byte {
	if off < s.base || off > s.n {
		return nil
	}
	return s.buf[off-s.bufBase:]
}

// checkUTF8 returns the offset of the first invalid UTF-8 in [from, to).
// Bytes found valid once are not checked again. (Squeezing drops only
// ASCII white space and keeps some of each run, so the stream is valid
// UTF-8 exactly when the input is.)
func (s *source) checkUTF8(from, to int64) (int64, bool) {
	from = max(from, s.checked)
	if from >= to {
		return 0, true
	}
	b := s.at(from)
	if int64(len(b)) > to-from {
		b = b[:to-from]
	}
	// A sequence may straddle to; it is checked whole when more is read.
	for k := len(b) - 1; k >= 0 && k >= len(b)-utf8.UTFMax; k-- {
		if utf8.RuneStart(b[k]) {
			if !utf8.FullRune(b[k:]) && to < s.n {
				b = b[:k]
			}
			break
		}
	}
	if utf8.Valid(b) {
		s.checked = from + int64(len(b))
		return 0, true
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return from + int64(i), false
		}
		i += n
	}
	return from, false
}

// trim checks the UTF-8 of the window up to offset to and drops it,
// advancing the line count. It reports where invalid UTF-8 is.
func (s *source) trim(to int64) (int64, bool) {
	if to <= s.base {
		return 0, true
	}
	to = min(to, s.n)
	if off, ok := s.checkUTF8(s.base, to); !ok {
		return off, false
	}
	s.line, s.bol = s.lineAt(to)
	k := 0
	for ; k < len(s.drops) && s.drops[k].at <= to; k++ {
		s.dropped += s.drops[k].n
	}
	s.drops = append(s.drops[:0], s.drops[k:]...)
	s.base = to
	// Compact the buffer when the dropped part is the larger one, so that
	// each byte is moved a bounded number of times.
	if drop := s.base - s.bufBase; drop > int64(len(s.buf))/2 {
		s.buf = append(s.buf[:0], s.buf[drop:]...)
		s.bufBase = s.base
	}
	return 0, true
}

// lineAt returns the line of offset off, which must be in the window,
// and the input offset where that line begins.
func (s *source) lineAt(off int64) (line int, bol int64) {
	seg := s.at(s.base)[:off-s.base]
	line, bol = s.line, s.bol
	last := int64(-1) // the offset of the window's last newline before off
	if k := bytes.Count(seg, []byte{'\n'}); k > 0 {
		line += k
		last = s.base + int64(bytes.LastIndexByte(seg, '\n'))
		bol = s.orig(last) + 1
	}
	for _, d := range s.drops {
		if d.at > off {
			break
		}
		line += d.nl
		if d.nl > 0 && d.at > last {
			bol = d.bol
		}
	}
	return line, bol
}

// pos returns the line and column (1-based; the column in bytes) of
// offset off, clamped to the window.
func (s *source) pos(off int64) (line, col int) {
	off = max(min(off, s.n), s.base)
	line, bol := s.lineAt(off)
	return line, int(s.orig(off)-bol) + 1
}

type decoder struct {
	src         *source
	dec         *json.Decoder
	room        int // how many more entities may be decoded
	maxEntities int
	// checkRaw's lists, kept from one entity to the next.
	frames []frame
	names  [][]byte
}

// fail returns a *DecodeError at offset off, or at invalid UTF-8 before
// it, or inside the value encoding/json has read: encoding/json has
// replaced that with U+FFFD in what it reports, so it comes first. What
// comes after is not looked at, and a character that straddles the end
// of what was read is read whole first, so that the error is the same
// whatever the sizes of the reads.
func (d *decoder) fail(off int64, path, field string, err error) *DecodeError {
	off = max(min(off, d.src.n), d.src.base)
	upto := max(off+1, d.dec.InputOffset())
	d.src.fill(upto + utf8.UTFMax)
	if bad, ok := d.src.checkUTF8(d.src.base, min(upto+utf8.UTFMax, d.src.n)); !ok && bad < upto && !errors.Is(err, ErrInvalidUTF8) {
		off, field, err = bad, "", ErrInvalidUTF8
	}
	line, col := d.src.pos(off)
	return &DecodeError{Offset: d.src.orig(off), Line: line, Column: col, Path: path, Field: field, Err: err}
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
			return d.tokenError(err, at, "", "")
		}
		key, _ := tok.(string)
		if seen[key] {
			return d.fail(d.skipSpace(at), "", key, fmt.Errorf("field %q given twice", key))
		}
		seen[key] = true
		switch key {
		case "format":
			at := d.dec.InputOffset()
			if err := d.dec.Decode(&format); err != nil {
				return d.jsonError(err, at, "", key)
			}
		case "sectors":
			err = decodeArray(d, key, &ds.Sectors, checkSector)
		default:
			k, ok := kindNamed(key)
			if !ok {
				return d.fail(d.skipSpace(at), "", key, fmt.Errorf("unknown field %q", key))
			}
			err = k.slice.decode(d, key, ds)
		}
		if err != nil {
			return err
		}
	}
	if _, err := d.dec.Token(); err != nil { // the closing brace
		return d.tokenError(err, d.dec.InputOffset(), "", "")
	}
	at := d.dec.InputOffset()
	if _, err := d.dec.Token(); err != io.EOF {
		if err != nil && !isSyntax(err) {
			return d.tokenError(err, at, "", "")
		}
		return d.fail(d.skip(at, false), "", "", errors.New("data after the top-level object"))
	}
	if off, ok := d.src.trim(d.src.n); !ok {
		return d.fail(off, "", "", ErrInvalidUTF8)
	}
	if format != Format {
		line, col := 1, 1 // the format is a property of the whole document
		return &DecodeError{Line: line, Column: col, Field: "format", Err: fmt.Errorf("%w: %q, want %q", ErrFormat, format, Format)}
	}
	return nil
}

func isSyntax(err error) bool {
	var se *json.SyntaxError
	return errors.As(err, &se)
}

// delim reads the opening delimiter c of what.
func (d *decoder) delim(c json.Delim, what string) error {
	at := d.dec.InputOffset()
	tok, err := d.dec.Token()
	if err != nil {
		return d.tokenError(err, at, "", "")
	}
	if tok != c {
		return d.fail(d.skipSpace(at), "", "", fmt.Errorf("want %s to start with %q, found %v", what, string(c), tok))
	}
	return nil
}

// decodeArray decodes the array of one kind of entity (or the sectors),
// one element at a time, so that an error can name the entity and be
// found inside it, and appends the elements to out, each checked by check
// if not nil.
func decodeArray[T any](d *decoder, key string, out *[]T, check func(*T) error) error {
	if err := d.delim('[', "the "+key+" array"); err != nil {
		return err
	}
	for i := 0; d.dec.More(); i++ {
		at := d.dec.InputOffset()
		if off, ok := d.src.trim(at); !ok { // what came before this entity
			return d.fail(off, "", "", ErrInvalidUTF8)
		}
		if d.room--; d.room < 0 {
			return d.fail(d.skipSpace(at), fmt.Sprintf("%s[%d]", key, i), "", fmt.Errorf("%w (%d)", ErrTooMany, d.maxEntities))
		}
		var v T
		if err := d.dec.Decode(&v); err != nil {
			return d.jsonError(err, at, fmt.Sprintf("%s[%d]", key, i), "")
		}
		if off, ok := d.src.checkUTF8(at, d.dec.InputOffset()); !ok {
			return d.fail(off, fmt.Sprintf("%s[%d]", key, i), "", ErrInvalidUTF8)
		}
		if k, err := d.checkRaw(d.src.at(at), d.dec.InputOffset()-at); err != nil {
			return d.fail(at+int64(k), fmt.Sprintf("%s[%d]", key, i), "", err)
		}
		if check != nil {
			if err := check(&v); err != nil {
				return d.fail(d.skipSpace(at), fmt.Sprintf("%s[%d]", key, i), "", err)
			}
		}
		*out = append(*out, v)
	}
	_, err := d.dec.Token() // ']'
	if err != nil {
		return d.tokenError(err, d.dec.InputOffset(), "", "")
	}
	return nil
}

// checkRaw scans raw[:n], the JSON text of one entity that encoding/json
// has accepted, for what encoding/json lets through without a word, and
// returns where the first such thing is and the error: a \u escape of a
// UTF-16 surrogate that is not half of a pair (\ud800 alone, which it
// turns into U+FFFD), a name given twice in one object (the last would
// win), and a name that is a field's only when case is ignored ("ID" for
// "id", which it would take as "id"). Names are compared as decoded, so
// "\u0069d" is "id". The text is valid JSON, so it is read without
// checking its grammar, once, in one pass.
func (d *decoder) checkRaw(raw []byte, n int64) (int, error) {
	if int64(len(raw)) > n {
		raw = raw[:n]
	}
	stack, names := d.frames[:0], d.names[:0]
	defer func() {
		clear(names[:cap(names)]) // hold no bytes of the window
		d.frames, d.names = stack[:0], names[:0]
	}()
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '{':
			stack = append(stack, frame{object: true, wantKey: true, keys: len(names)})
		case '[':
			stack = append(stack, frame{keys: len(names)})
		case '}', ']':
			if k := len(stack) - 1; k >= 0 {
				names = names[:stack[k].keys]
				stack = stack[:k]
			}
		case ',':
			if k := len(stack) - 1; k >= 0 && stack[k].object {
				stack[k].wantKey = true
			}
		case '"':
			end, escaped, bad := stringEnd(raw, i)
			if bad >= 0 {
				return bad, ErrLoneSurrogate
			}
			k := len(stack) - 1
			if k >= 0 && stack[k].wantKey {
				stack[k].wantKey = false
				name := raw[i+1 : end]
				if escaped {
					var s string
					json.Unmarshal(raw[i:end+1], &s) // valid JSON: no error
					name = []byte(s)
				}
				if err := checkName(name, names[stack[k].keys:]); err != nil {
					return i, err
				}
				names = append(names, name)
			}
			i = end
		}
	}
	return 0, nil
}

// frame is an object or array checkRaw is inside: whether an object's
// next string is a member name, and where its names start in the list.
type frame struct {
	object, wantKey bool
	keys            int
}

// stringEnd returns the offset of the closing quote of the JSON string
// that starts at raw[i], whether it holds escapes, and the offset of a \u
// escape of a lone surrogate in it, or -1.
func stringEnd(raw []byte, i int) (end int, escaped bool, bad int) {
	hex4 := func(j int) (rune, bool) {
		if j+6 > len(raw) || raw[j] != '\\' || raw[j+1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(string(raw[j+2:j+6]), 16, 16)
		return rune(v), err == nil
	}
	for j := i + 1; j < len(raw); j++ {
		// Jump to the next quote or backslash: IndexAny would look at
		// each byte, two IndexBytes look at many at a time.
		q := bytes.IndexByte(raw[j:], '"')
		if q < 0 {
			return len(raw) - 1, escaped, -1
		}
		if bs := bytes.IndexByte(raw[j:j+q], '\\'); bs < 0 {
			return j + q, escaped, -1
		} else {
			j += bs
		}
		escaped = true
		if j+1 >= len(raw) {
			break
		}
		if raw[j+1] != 'u' {
			j++ // \", \\, \n...: the next byte is escaped
			continue
		}
		r, ok := hex4(j)
		switch {
		case !ok:
		case 0xDC00 <= r && r <= 0xDFFF:
			return j, escaped, j // a low surrogate first
		case 0xD800 <= r && r <= 0xDBFF:
			lo, ok := hex4(j + 6)
			if !ok || lo < 0xDC00 || lo > 0xDFFF {
				return j, escaped, j
			}
			j += 6
		}
		j += 5
	}
	return len(raw) - 1, escaped, -1
}

// checkName checks a member name of a JSON object against the names
// before it in the same object and against the fields of the model.
func checkName(name []byte, before [][]byte) error {
	for _, b := range before {
		switch {
		case bytes.Equal(b, name):
			return fmt.Errorf("field %q given twice", name)
		case bytes.EqualFold(b, name):
			return fmt.Errorf("fields %q and %q differ only in case", b, name)
		}
	}
	fields := jsonFields()
	if _, ok := fields[string(name)]; ok {
		return nil
	}
	for f := range fields {
		if bytes.EqualFold([]byte(f), name) {
			return fmt.Errorf("unknown field %q (field names are case-sensitive: %q)", name, f)
		}
	}
	return nil // an unknown field, which encoding/json reports
}

// jsonFields is the set of the JSON field names of the model: every
// struct type an entity or a sector holds.
var jsonFields = sync.OnceValue(func() map[string]struct{} {
	fields := map[string]struct{}{}
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for f := range t.Fields() {
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if !f.Anonymous {
				fields[name] = struct{}{}
			}
			walk(f.Type)
		}
	}
	for _, t := range []reflect.Type{
		reflect.TypeFor[Source](), reflect.TypeFor[Actor](), reflect.TypeFor[Initiative](),
		reflect.TypeFor[Event](), reflect.TypeFor[Agreement](), reflect.TypeFor[Figure](),
		reflect.TypeFor[Sector](),
	} {
		walk(t)
	}
	return fields
})

// skipSpace returns the offset of the first byte at or after off that is
// neither white space nor the one comma or colon that may stand between
// two values, for an error's position: it reads on as far as it needs
// (white space comes squeezed to keepSpace bytes a run), so that the
// position does not depend on how much was read.
func (d *decoder) skipSpace(off int64) int64 {
	return d.skip(off, true)
}

// skip returns the offset of the first byte at or after off that is not
// white space, nor, if sep, one comma or colon.
func (d *decoder) skip(off int64, sep bool) int64 {
	d.src.fill(off + 2*keepSpace + 2)
	b := d.src.at(off)
	for i, c := range b {
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		case ',', ':':
			if sep {
				sep = false
				continue
			}
		}
		return off + int64(i)
	}
	return off + int64(len(b))
}

// tokenError is jsonError for an error of Decoder.Token, whose syntax
// errors carry the offset of the byte they are about.
//
// Token's syntax errors come in two forms: about a delimiter, with the
// offset of the byte, and about a value it decoded, with the count of the
// value's bytes up to and including the byte. The byte the message names
// tells which.
func (d *decoder) tokenError(err error, start int64, path, field string) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		if c, ok := syntaxByte(se.Error()); ok {
			for _, off := range []int64{d.skipSpace(start) + se.Offset - 1, se.Offset} {
				d.src.fill(off + 1)
				if b := d.src.at(off); len(b) > 0 && b[0] == c {
					return d.fail(off, path, field, err)
				}
			}
		}
	}
	return d.jsonError(err, start, path, field)
}

// syntaxByte returns the byte a syntax error of encoding/json names, as
// in "invalid character 'x' looking for beginning of value".
func syntaxByte(msg string) (byte, bool) {
	rest, ok := strings.CutPrefix(msg, "invalid character '")
	if !ok {
		return 0, false
	}
	switch {
	case strings.HasPrefix(rest, `\''`):
		return '\'', true
	case strings.HasPrefix(rest, `"'`):
		return '"', true
	}
	k := strings.IndexByte(rest, '\'')
	if k < 0 {
		return 0, false
	}
	s, err := strconv.Unquote(`"` + rest[:k] + `"`)
	if r, n := utf8.DecodeRuneInString(s); err != nil || n != len(s) || r > 0xff {
		return 0, false
	} else {
		return byte(r), true
	}
}

// jsonError turns an error of encoding/json, of a TextUnmarshaler or of
// the source into a *DecodeError located as closely as the error allows.
// start is the offset where the failing value began (before the comma or
// colon that precedes it), path the entity and field the top-level field
// it is, if any.
func (d *decoder) jsonError(err error, start int64, path, field string) error {
	if errors.Is(err, errTooLarge) {
		return d.fail(d.src.n, path, "", fmt.Errorf("%w (%d bytes)", ErrTooLarge, d.src.limit))
	}
	orig := start
	value := start // where encoding/json's value begins: after the comma or colon
	if b := d.src.at(start); len(b) > 0 {
		if i := d.skipSpace(start) - start; i > 0 && i <= int64(len(b)) && (b[i-1] == ',' || b[i-1] == ':') {
			value = start + i
		}
	}
	start = d.skipSpace(start)
	end := d.dec.InputOffset()
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se) && (strings.HasPrefix(se.Error(), "expected comma") || strings.HasPrefix(se.Error(), "expected colon")):
		// The separator Decode wanted before the value: its offset is
		// the byte found instead.
		return d.fail(se.Offset, path, "", err)
	case errors.As(err, &se):
		// A Decoder's SyntaxError.Offset counts only the bytes its values
		// took, not those of tokens read between them. Scanning the value
		// again from its start gives the true offset. The value starts
		// after the comma or colon before it, if encoding/json wanted
		// one, or at it (a comma where a value should be): the start
		// whose scan fails as encoding/json's did is the one.
		for _, from := range []int64{start, d.skip(orig, false)} {
			var raw json.RawMessage
			var se2 *json.SyntaxError
			if err2 := json.NewDecoder(bytes.NewReader(d.src.at(from))).Decode(&raw); errors.As(err2, &se2) && se2.Offset > 0 && se2.Error() == se.Error() {
				return d.fail(from+se2.Offset-1, path, "", err)
			}
		}
		return d.fail(start, path, "", err)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return d.fail(d.src.n, path, "", io.ErrUnexpectedEOF)
	case errors.As(err, &te):
		// Its Offset counts from the start of the value Decode read; find
		// the value it is about there, with its path and indexes.
		if b := d.src.at(value); end > value && int64(len(b)) >= end-value {
			if sub, off, ok := valueAt(b[:end-value], te.Offset); ok {
				f := joinPath(field, sub)
				return d.fail(value+off, path, f, &typeError{path: f, err: te})
			}
		}
	}
	// encoding/json reports unknown fields and TextUnmarshaler errors without
	// an offset; find the field name or the rejected text inside the value
	// instead.
	var needle string
	msg := err.Error()
	if te != nil {
		field = joinPath(field, te.Field)
		needle = `"` + te.Field[strings.LastIndexByte(te.Field, '.')+1:] + `"`
		err = &typeError{path: field, err: te}
	} else if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		needle = f
	} else if in, ok := rejectedText(err); ok {
		b, _ := json.Marshal(in)
		needle = string(b)
	}
	off := start
	if b := d.src.at(start); needle != "" && end > start && int64(len(b)) >= end-start {
		if k := bytes.Index(b[:end-start], []byte(needle)); k >= 0 {
			off = start + int64(k)
		}
	}
	return d.fail(off, path, field, err)
}

// joinPath joins a JSON field path and the path of a value inside it.
func joinPath(outer, inner string) string {
	switch {
	case outer == "":
		return inner
	case inner == "" || inner[0] == '[':
		return outer + inner
	}
	return outer + "." + inner
}

// valueAt finds the value inside the JSON text b that a type error of
// encoding/json at offset off is about: the innermost whose span holds off,
// which counts from the start of b to the end of a literal, or to just
// inside an opening bracket. It returns the value's path inside b, as in
// "counts[0].value" ("" for b itself), and where the error is best shown:
// at the field name of an object's member, else at the value.
func valueAt(b []byte, off int64) (path string, at int64, ok bool) {
	type open struct {
		object  bool
		start   int64 // where the object or array starts
		wantKey bool  // an object's next token is a key
		key     string
		keyAt   int64
		index   int // an array's element being read
	}
	var stack []open
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		before := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return "", 0, false
		}
		start := before
		for start < int64(len(b)) && strings.IndexByte(" \t\r\n,:", b[start]) >= 0 {
			start++
		}
		if n := len(stack); n > 0 && stack[n-1].wantKey {
			if key, isKey := tok.(string); isKey {
				stack[n-1].key, stack[n-1].keyAt, stack[n-1].wantKey = key, start, false
				continue
			}
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			stack = append(stack, open{object: tok == json.Delim('{'), start: start, wantKey: tok == json.Delim('{'), index: 0})
			continue
		case json.Delim('}'), json.Delim(']'):
			start = stack[len(stack)-1].start
			stack = stack[:len(stack)-1]
		}
		// A value from start to the current offset is complete.
		if end := dec.InputOffset(); start < off && off <= end {
			var p strings.Builder
			at = start
			for i, o := range stack {
				switch {
				case !o.object:
					p.WriteString("[" + strconv.Itoa(o.index) + "]")
				case i > 0:
					p.WriteString("." + o.key)
				default:
					p.WriteString(o.key)
				}
				if i == len(stack)-1 && o.object {
					at = o.keyAt
				}
			}
			return p.String(), at, true
		}
		if n := len(stack); n > 0 {
			if stack[n-1].object {
				stack[n-1].wantKey = true
			} else {
				stack[n-1].index++
			}
		}
	}
}

// typeError is a JSON value of the wrong type, said in JSON's terms: the
// field, the JSON value wanted and the one found, as in "counts[0].value:
// want a decimal as a JSON string such as "20.9e9", found a number". It
// wraps encoding/json's error, whose message speaks of Go types.
type typeError struct {
	path string
	err  *json.UnmarshalTypeError
}

func (e *typeError) Error() string {
	s := "want " + jsonWant(e.err.Type) + ", found " + jsonFound(e.err.Value)
	if e.path != "" {
		s = e.path + ": " + s
	}
	return s
}

func (e *typeError) Unwrap() error { return e.err }

// jsonWant says what JSON value decodes into a value of type t.
func jsonWant(t reflect.Type) string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return "a JSON value"
	}
	switch t {
	case reflect.TypeFor[quantity.Decimal]():
		return `a decimal as a JSON string such as "20.9e9"`
	case reflect.TypeFor[edtf.Date]():
		return `an EDTF date as a JSON string such as "2021-09-10"`
	case reflect.TypeFor[ID]():
		return `an ID as a JSON string such as "kh-mptc"`
	case reflect.TypeFor[Country]():
		return `an ISO 3166-1 code as a JSON string such as "KH"`
	case reflect.TypeFor[subdivision.Code]():
		return `an ISO 3166-2 code as a JSON string such as "CN-YN"`
	case reflect.TypeFor[language.Tag]():
		return `a BCP 47 language tag as a JSON string such as "en"`
	case reflect.TypeFor[Clock]():
		return `a time as a JSON string such as "13:30+06:30"`
	}
	if reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		if t.Kind() == reflect.Uint8 && strings.HasPrefix(t.PkgPath(), "github.com/coopframe/cooperation") {
			// An enum of this module: its first named value is an example.
			for n := range uint64(2) {
				v := reflect.New(t).Elem()
				v.SetUint(n)
				if m, ok := v.Interface().(encoding.TextMarshaler); ok {
					if b, err := m.MarshalText(); err == nil && len(b) > 0 {
						return `a name as a JSON string such as "` + string(b) + `"`
					}
				}
			}
		}
		return "a JSON string"
	}
	switch t.Kind() {
	case reflect.String:
		return "a JSON string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "a whole number"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "a whole number not below 0"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a JSON array"
	case reflect.Struct, reflect.Map:
		return "a JSON object"
	}
	return "a JSON value"
}

// jsonFound says what JSON value encoding/json found, from its
// UnmarshalTypeError.Value ("number", "number 1.5", "string", ...).
func jsonFound(v string) string {
	if n, ok := strings.CutPrefix(v, "number "); ok {
		return "the number " + n
	}
	switch v {
	case "number", "string":
		return "a " + v
	case "bool":
		return "a boolean"
	case "array", "object":
		return "an " + v
	case "null":
		return "null"
	}
	return v
}

// checkSector checks a declared sector: it must have the syntax of an ID.
func checkSector(s *Sector) error {
	if err := checkID(string(*s)); err != nil {
		pe := err.(*ParseError)
		return &ParseError{Type: "Sector", Input: pe.Input, Offset: pe.Offset, Reason: pe.Reason}
	}
	return nil
}

// rejectedText returns the text a TextUnmarshaler rejected: each package
// of this module has one parse error type, and each carries its input.
func rejectedText(err error) (string, bool) {
	var (
		pe *ParseError
		de *edtf.ParseError
		qe *quantity.ParseError
		ne *names.ParseError
		se *subdivision.ParseError
	)
	switch {
	case errors.As(err, &pe):
		return pe.Input, true
	case errors.As(err, &de):
		return de.Input, true
	case errors.As(err, &qe):
		return qe.Input, true
	case errors.As(err, &ne):
		return ne.Input, true
	case errors.As(err, &se):
		return se.Input, true
	}
	return "", false
}

// Encode writes ds in the JSON form described at [Format]: entities sorted
// by ID, sectors sorted without repeats, two-space indentation, no HTML
// escaping. Decoding the output gives an equal dataset. Of a layer
// ([DecodeOptions.Base], [Dataset.On]) it writes only the layer's own
// entities and sectors, so that decoding the output on the same base gives
// the same dataset. A string that is not valid UTF-8 (a dataset built in
// Go can hold one) is an error wrapping [ErrInvalidUTF8] that names its
// path, and nothing is written: encoding/json would write U+FFFD in its
// place. Encode does not modify ds.
func (ds *Dataset) Encode(w io.Writer) error {
	c := ds.sortedCopy()
	var buf bytes.Buffer
	buf.WriteString("{\n  \"format\": \"" + Format + "\"")
	enc := json.NewEncoder(&buf)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	// json.Encoder ends each value with a newline, where the object's
	// layout puts the comma or the closing brace.
	field := func(name string, v any) error {
		buf.WriteString(",\n  \"" + name + "\": ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1)
		return nil
	}
	if len(c.Sectors) > 0 {
		if err := field("sectors", c.Sectors); err != nil {
			return err
		}
	}
	for _, k := range allKinds() {
		if k.slice.len(c) == 0 {
			continue
		}
		buf.WriteString(",\n  \"" + k.plural + "\": ")
		if err := k.slice.encode(enc, c); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1)
	}
	buf.WriteString("\n}\n")
	// encoding/json writes invalid UTF-8 as the escape \ufffd without a
	// word. Where the output holds that escape, find out whether the
	// dataset held invalid UTF-8, and refuse it: nothing is changed
	// silently.
	if bytes.Contains(buf.Bytes(), []byte(`\ufffd`)) {
		if path, bad := invalidUTF8(reflect.ValueOf(ds).Elem(), ""); bad { // the path counts in ds, as given
			return fmt.Errorf("cooperation: encoding %s: %w (Encode would write it as U+FFFD)", path, ErrInvalidUTF8)
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// invalidUTF8 returns the JSON path of the first string of v, walking its
// exported fields, slices and strings, that is not valid UTF-8.
func invalidUTF8(v reflect.Value, path string) (string, bool) {
	switch v.Kind() {
	case reflect.String:
		return path, !utf8.ValidString(v.String())
	case reflect.Slice:
		for i := range v.Len() {
			if p, bad := invalidUTF8(v.Index(i), path+"["+strconv.Itoa(i)+"]"); bad {
				return p, true
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			sub := path
			if !f.Anonymous {
				if name == "" {
					name = strings.ToLower(f.Name) // a Dataset's slices: "actors"
				}
				sub = strings.TrimPrefix(path+"."+name, ".")
			}
			if p, bad := invalidUTF8(v.Field(i), sub); bad {
				return p, true
			}
		}
	}
	return "", false
}

// MarshalJSON implements [json.Marshaler]: it returns what
// [Dataset.Encode] writes, so that encoding/json writes a Dataset, or a
// struct holding one, in the canonical form and in no other shape
// (json.Marshal then removes the indentation).
func (ds *Dataset) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	if err := ds.Encode(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// UnmarshalJSON implements [json.Unmarshaler] through [Decode] with the
// zero DecodeOptions, with every check of Decode: an error is a
// *[DecodeError], its line and column counted from the start of b. It
// replaces ds's entities and sectors (and its base, if any) with b's and
// builds the index; JSON null leaves ds as it is. Like every change, it
// must not run while ds has readers.
func (ds *Dataset) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	d, err := Decode(bytes.NewReader(b), DecodeOptions{})
	if err != nil {
		return err
	}
	ds.Sectors, ds.own = d.Sectors, d.own
	for _, k := range allKinds() {
		k.slice.share(ds, d)
	}
	ds.Build()
	return nil
}
