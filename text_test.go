package cooperation

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFreeTextsComplete checks by reflection that freeTextsOf, the walk
// of rules text.control and text.utf8, visits every plain string field of
// every entity kind, at any depth, but the texts the name.* rules check.
func TestFreeTextsComplete(t *testing.T) {
	// Checked as names, by names.CheckText, and a name's sources, which
	// are references (rule ref.unresolved).
	names := []string{".honorifics[0]", ".posts[0].title", ".names[0].text", ".names[0].sources[0]"}
	check := func(t *testing.T, e any, walk func(func(loc, string, bool))) {
		var want []string
		fill(reflect.ValueOf(e).Elem(), "", &want)
		want = slices.DeleteFunc(want, func(p string) bool { return slices.Contains(names, p) })
		var got []string
		walk(func(path loc, s string, _ bool) { got = append(got, path.String()) })
		slices.Sort(want)
		slices.Sort(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("free texts (-all string fields +visited):\n%s", diff)
		}
	}
	t.Run("source", func(t *testing.T) {
		var e Source
		check(t, &e, func(f func(loc, string, bool)) { freeTextsOf(&e, f) })
	})
	t.Run("actor", func(t *testing.T) {
		var e Actor
		check(t, &e, func(f func(loc, string, bool)) { freeTextsOf(&e, f) })
	})
	t.Run("initiative", func(t *testing.T) {
		var e Initiative
		check(t, &e, func(f func(loc, string, bool)) { freeTextsOf(&e, f) })
	})
	t.Run("event", func(t *testing.T) {
		var e Event
		check(t, &e, func(f func(loc, string, bool)) { freeTextsOf(&e, f) })
	})
	t.Run("agreement", func(t *testing.T) {
		var e Agreement
		check(t, &e, func(f func(loc, string, bool)) { freeTextsOf(&e, f) })
	})
	t.Run("figure", func(t *testing.T) {
		var e Figure
		check(t, &e, func(f func(loc, string, bool)) { freeTextsOf(&e, f) })
	})
}

// fill sets every field of v of type string (not a named string type such
// as ID or Sector) to "x", giving each slice of structs or strings one
// element, and appends the path of each such field to paths.
func fill(v reflect.Value, path string, paths *[]string) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == reflect.TypeFor[string]() {
			v.SetString("x")
			*paths = append(*paths, path)
		}
	case reflect.Slice:
		if el := v.Type().Elem(); el.Kind() == reflect.Struct || el == reflect.TypeFor[string]() {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
			fill(v.Index(0), path+"[0]", paths)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "" || name == "-" {
				continue
			}
			fill(v.Field(i), path+"."+name, paths)
		}
	}
}
