package enum

import (
	"testing"
)

type colour uint8

var colours = Names[colour]{Type: "Colour", Names: []string{"red", "green", "blue"}}

// scope is like the root package's Scope: its zero value is "not stated",
// named "" so that it is left out of JSON.
type scope uint8

var scopes = Names[scope]{Type: "Scope", Names: []string{"", "bilateral", "multilateral"}}

func TestString(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"first", colours.String(0), "red"},
		{"last", colours.String(2), "blue"},
		{"unknown", colours.String(3), "Colour(3)"},
		{"largest", colours.String(255), "Colour(255)"},
		{"empty name", scopes.String(0), ""},
		{"empty list", Names[colour]{Type: "None"}.String(0), "None(0)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("String = %q, want %q", tc.got, tc.want)
			}
		})
	}
}

func TestKnown(t *testing.T) {
	for v := range 256 {
		if got, want := colours.Known(colour(v)), v < 3; got != want {
			t.Errorf("Known(%d) = %v, want %v", v, got, want)
		}
	}
	if (Names[colour]{}).Known(0) {
		t.Error("an empty list knows 0")
	}
}

// TestMarshalParse checks that every known value marshals to its name and
// parses back, and that unknown values and names are refused.
func TestMarshalParse(t *testing.T) {
	for _, e := range []Names[colour]{colours, {Type: "Scope", Names: scopes.Names}} {
		t.Run(e.Type, func(t *testing.T) {
			for i, name := range e.Names {
				v := colour(i)
				b, ok := e.Marshal(v)
				if !ok || string(b) != name {
					t.Errorf("Marshal(%d) = %q, %v; want %q, true", i, b, ok, name)
				}
				back, ok := e.Parse(b)
				if !ok || back != v {
					t.Errorf("Parse(%q) = %d, %v; want %d, true", b, back, ok, v)
				}
			}
			if b, ok := e.Marshal(colour(len(e.Names))); ok || b != nil {
				t.Errorf("Marshal(%d) = %q, %v; want nil, false", len(e.Names), b, ok)
			}
		})
	}
	for _, tc := range []struct {
		name string
		in   string
	}{
		{"unknown", "purple"},
		{"case differs", "Red"},
		{"space", " red"},
		{"prefix", "re"},
		{"empty", ""},
		{"NUL byte", "\x00"},
	} {
		t.Run("refuses "+tc.name, func(t *testing.T) {
			if v, ok := colours.Parse([]byte(tc.in)); ok || v != 0 {
				t.Errorf("Parse(%q) = %d, %v; want 0, false", tc.in, v, ok)
			}
		})
	}
	t.Run("empty name", func(t *testing.T) {
		// The zero value of a type whose zero name is "" parses from "".
		if v, ok := scopes.Parse(nil); !ok || v != 0 {
			t.Errorf("Parse(nil) = %d, %v; want 0, true", v, ok)
		}
		if v, ok := scopes.Parse([]byte("multilateral")); !ok || v != 2 {
			t.Errorf("Parse(multilateral) = %d, %v; want 2, true", v, ok)
		}
	})
}

func TestList(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		want  string
	}{
		{"plain", colours.Names, `"red", "green", "blue"`},
		{"empty zero name left out", scopes.Names, `"bilateral", "multilateral"`},
		{"empty name inside left out", []string{"a", "", "b"}, `"a", "b"`},
		{"one", []string{"only"}, `"only"`},
		{"none", nil, ""},
		{"quoted", []string{`say "hi"`, "tab\t"}, `"say \"hi\"", "tab\t"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := (Names[colour]{Type: "T", Names: tc.names}).List(); got != tc.want {
				t.Errorf("List() = %s, want %s", got, tc.want)
			}
		})
	}
}
