package schema_test

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/cameo"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/internal/golden"
	"github.com/coopframe/cooperation/quantity"
	"github.com/coopframe/cooperation/schema"
	"github.com/coopframe/cooperation/subdivision"
	"golang.org/x/text/language"
)

// scalars are the struct types whose JSON form is a string, each with its
// schema: the syntax Decode accepts, as far as a pattern can say it.
var scalars = []struct {
	name string
	t    reflect.Type
	def  map[string]any
}{
	{"ID", reflect.TypeFor[cooperation.ID](), map[string]any{
		"type": "string", "maxLength": 128, "pattern": "^([a-z0-9]+(-[a-z0-9]+)*)?$",
		"description": "an ID: a slug of a-z, 0-9 and single inner hyphens, at most 128 bytes (\"\" is no reference)"}},
	{"Date", reflect.TypeFor[edtf.Date](), map[string]any{
		"type":        "string",
		"description": "an EDTF date (levels 0-2: \"2021-09-10\", \"2016-03/..\", \"2020?-07-10\"); \"\" is no date. The EDTF grammar is not checked here."}},
	{"Decimal", reflect.TypeFor[quantity.Decimal](), map[string]any{
		"type": "string", "pattern": `^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$`,
		"description": "an exact decimal as a string (\"20.9e9\"), never a JSON number"}},
	{"Country", reflect.TypeFor[cooperation.Country](), map[string]any{
		"type": "string", "pattern": "^([A-Z]{2}|[0-9]{3})?$",
		"description": "an ISO 3166-1 alpha-2 code in upper case (\"KH\"); whether x/text knows it is not checked here"}},
	{"Subdivision", reflect.TypeFor[subdivision.Code](), map[string]any{
		"type": "string", "pattern": "^([A-Za-z]{2}-[A-Za-z0-9]{1,3})?$",
		"description": "an ISO 3166-2 code (\"CN-YN\"); whether CLDR knows it is not checked here"}},
	{"Language", reflect.TypeFor[language.Tag](), map[string]any{
		"type": "string", "pattern": "^[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*$",
		"description": "a BCP 47 language tag (\"en\", \"zh-Hans\"); whether x/text knows its subtags is not checked here"}},
	{"Clock", reflect.TypeFor[cooperation.Clock](), map[string]any{
		"type": "string", "pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9](Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?$",
		"description": "a local time with its UTC offset (\"13:30+06:30\", \"07:00Z\")"}},
	{"EventCode", reflect.TypeFor[cameo.EventCode](), map[string]any{
		"type": "string", "pattern": "^([0-9]{2,4})?$",
		"description": "a CAMEO event code of two to four digits (\"042\"); whether GDELT's codebook lists it is not checked here"}},
	{"ActorCode", reflect.TypeFor[cameo.ActorCode](), map[string]any{
		"type": "string", "pattern": "^([A-Za-z0-9]{3})*$",
		"description": "a CAMEO actor code of three-character elements (\"CHNGOV\")"}},
	{"Time", reflect.TypeFor[time.Time](), map[string]any{
		"type": "string", "format": "date-time",
		"description": "an RFC 3339 time (\"2017-05-01T23:45:00Z\")"}},
}

// entities are the top-level arrays and their entity types, in the order
// of the Dataset's fields.
var entities = map[string]reflect.Type{
	"sources": reflect.TypeFor[cooperation.Source](), "actors": reflect.TypeFor[cooperation.Actor](),
	"initiatives": reflect.TypeFor[cooperation.Initiative](), "events": reflect.TypeFor[cooperation.Event](),
	"agreements": reflect.TypeFor[cooperation.Agreement](), "figures": reflect.TypeFor[cooperation.Figure](),
}

type generator struct {
	defs  map[string]any
	named map[string]reflect.Type // def name -> the type it is for
	err   error
}

func (g *generator) fail(format string, args ...any) {
	if g.err == nil {
		g.err = fmt.Errorf(format, args...)
	}
}

// def names t's definition, failing on two types of one name.
func (g *generator) def(name string, t reflect.Type) bool {
	if prev, ok := g.named[name]; ok {
		if prev != t {
			g.fail("two types named %s: %v and %v", name, prev, t)
		}
		return false
	}
	g.named[name] = t
	return true
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// of returns the schema of a value of type t.
func (g *generator) of(t reflect.Type) map[string]any {
	for _, s := range scalars {
		if s.t == t {
			if g.def(s.name, t) {
				g.defs[s.name] = s.def
			}
			return ref(s.name)
		}
	}
	switch {
	case t.Kind() == reflect.Uint8 && reflect.PointerTo(t).Implements(textUnmarshaler):
		name := t.Name()
		if t.PkgPath() == "github.com/coopframe/cooperation/names" {
			name = "Name" + name // names.Kind
		}
		if g.def(name, t) {
			g.defs[name] = map[string]any{"type": "string", "enum": enumNames(t),
				"description": "a " + t.String() + ", by its lower-case name"}
		}
		return ref(name)
	case t.Kind() == reflect.Struct && reflect.PointerTo(t).Implements(textUnmarshaler):
		g.fail("%v is text in JSON but has no entry in scalars", t)
		return map[string]any{}
	case t.Kind() == reflect.Struct:
		if g.def(t.Name(), t) {
			g.defs[t.Name()] = nil // reserved against recursion
			props := map[string]any{}
			g.fields(t, props)
			g.defs[t.Name()] = map[string]any{"type": "object", "properties": props, "additionalProperties": false,
				"description": "a " + t.String()}
		}
		return ref(t.Name())
	case t.Kind() == reflect.Slice:
		return map[string]any{"type": "array", "items": g.of(t.Elem())}
	case t.Kind() == reflect.String:
		return map[string]any{"type": "string"}
	case t.Kind() == reflect.Bool:
		return map[string]any{"type": "boolean"}
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64:
		return map[string]any{"type": "integer"}
	}
	g.fail("no schema for %v", t)
	return map[string]any{}
}

// fields adds the JSON fields of struct t to props, those of embedded
// structs flattened as encoding/json does.
func (g *generator) fields(t reflect.Type, props map[string]any) {
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-":
			continue
		case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
			g.fields(f.Type, props)
			continue
		case name == "":
			g.fail("%v.%s has no JSON name", t, f.Name)
		}
		v := g.of(f.Type)
		if f.Type.Kind() == reflect.Slice && !strings.Contains(f.Tag.Get("json"), ",omit") {
			// encoding/json writes a nil slice as null where the field is
			// not omitted when empty, and so does Encode ("parties": null).
			v["type"] = []string{"array", "null"}
		}
		props[name] = v
	}
}

func ref(name string) map[string]any { return map[string]any{"$ref": "#/$defs/" + name} }

// enumNames returns the names an enumerated type accepts: every value's
// text that reads back as that value ("" where the zero value is "not
// stated" and reads back, as the Instrument's does).
func enumNames(t reflect.Type) []string {
	var out []string
	for v := range 256 {
		x := reflect.New(t).Elem()
		x.SetUint(uint64(v))
		b, err := x.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			continue
		}
		y := reflect.New(t)
		if err := y.Interface().(encoding.TextUnmarshaler).UnmarshalText(b); err != nil || y.Elem().Uint() != uint64(v) {
			continue
		}
		out = append(out, string(b))
	}
	return out
}

// generate returns the schema, generated from the model.
func generate() ([]byte, error) {
	g := &generator{defs: map[string]any{}, named: map[string]reflect.Type{}}
	props := map[string]any{
		"format": map[string]any{"const": cooperation.Format, "description": "the format tag"},
		"sectors": map[string]any{"type": "array", "description": "the sectors the dataset uses besides the built-in ones",
			"items": map[string]any{"type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}},
	}
	dt := reflect.TypeFor[cooperation.Dataset]()
	for f := range dt.Fields() {
		if !f.IsExported() || f.Name == "Sectors" {
			continue
		}
		name := strings.ToLower(f.Name)
		t, ok := entities[name]
		if !ok || f.Type != reflect.SliceOf(t) {
			return nil, fmt.Errorf("Dataset.%s is not in the list of entities", f.Name)
		}
		props[name] = map[string]any{"type": "array", "items": g.of(t)}
	}
	if len(props) != 2+len(entities) {
		return nil, fmt.Errorf("the Dataset lacks some of the entities %v", entities)
	}
	if g.err != nil {
		return nil, g.err
	}
	doc := map[string]any{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  schema.ID,
		"title":                "cooperation/v1",
		"description":          "The JSON form of github.com/coopframe/cooperation (Decode, Dataset.Encode). Generated from the model by the test TestGenerated in package schema; do not edit.",
		"type":                 "object",
		"required":             []string{"format"},
		"properties":           props,
		"additionalProperties": false,
		"$defs":                g.defs,
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// TestGenerated checks that the embedded schema is the one the model
// gives, field by field and name by name; -update rewrites it.
func TestGenerated(t *testing.T) {
	got, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "cooperation-v1.schema.json", got)
	if !golden.Update() && !bytes.Equal(got, schema.CooperationV1) {
		t.Error("the embedded schema differs from the file (rebuild)")
	}
}
