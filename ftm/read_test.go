package ftm

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/google/go-cmp/cmp"
)

// lossless is what of an actor maps to FtM and back without loss: the
// fields Read fills, with names projected to their text and the kind of
// the property they go to, dates as FtM dates, and memberships wherever
// they were stated.
type lossless struct {
	ID          cooperation.ID
	Kind        cooperation.ActorKind
	Names       []string // "kind:text", sorted
	Honorifics  []string
	Country     string
	Subdivision string
	PartOf      cooperation.ID
	Founded     string
	Dissolved   string
	Identifiers []cooperation.Identifier
	Note        string
	Sources     []cooperation.ID
	Memberships []string // "group role period", sorted
	Posts       []string // "title @org period"
}

// readable reports whether an actor's schema is one Read reads.
func readable(k cooperation.ActorKind) bool { return schemaOf(k) != schemaAddress }

// periodForm is a period as FtM carries it: start/end or the one date.
func periodForm(e *Entity) string {
	return first(e, "date") + "|" + first(e, "startDate") + "|" + first(e, "endDate")
}

// project returns what of actor a in ds maps without loss; memberships
// stated on a group count for the member.
func project(ds *cooperation.Dataset, a *cooperation.Actor, all []cooperation.Actor) lossless {
	legal := func(id cooperation.ID) bool {
		b, ok := ds.Actor(id)
		return ok && readable(b.Kind)
	}
	org := func(id cooperation.ID) bool {
		b, ok := ds.Actor(id)
		return ok && readable(b.Kind) && b.Kind != cooperation.ActorPerson
	}
	p := lossless{ID: a.ID, Kind: a.Kind, Honorifics: a.Honorifics, Country: countryOf(a.Country),
		Founded: ftmDate(a.Founded), Dissolved: ftmDate(a.Dissolved), Note: a.Note}
	// A reference to a source the dataset lacks is left out when written
	// (the package doc says so): only the others map without loss.
	for _, id := range a.Sources {
		if _, ok := ds.Source(id); ok {
			p.Sources = append(p.Sources, id)
		}
	}
	if a.Kind != cooperation.ActorPerson {
		p.Honorifics = nil
	}
	var e Entity
	addNames(&e, a.Names)
	for _, k := range []string{"name", "alias", "weakAlias", "previousName"} {
		for _, v := range e.Properties[k] {
			p.Names = append(p.Names, k+":"+v)
		}
	}
	slices.Sort(p.Names)
	if a.Subdivision.IsValid() {
		p.Subdivision = a.Subdivision.String()
	}
	if legal(a.PartOf) {
		p.PartOf = a.PartOf
	}
	p.Identifiers = nil
	for _, id := range a.Identifiers {
		if id.Scheme != "wikidata" && id.Scheme != "lei" {
			p.Identifiers = append(p.Identifiers, id)
		}
	}
	for _, id := range a.Identifiers {
		if id.Scheme == "wikidata" {
			p.Identifiers = append(p.Identifiers, id)
		}
	}
	for _, id := range a.Identifiers {
		if id.Scheme == "lei" {
			p.Identifiers = append(p.Identifiers, id)
		}
	}
	ms := func(group cooperation.ID, m cooperation.Membership) {
		if org(group) {
			var e Entity
			addPeriod(&e, m.Period)
			p.Memberships = append(p.Memberships, string(group)+" "+m.Role.String()+" "+periodForm(&e))
		}
	}
	for _, m := range a.Memberships {
		ms(m.Group, m)
	}
	for _, b := range all {
		for _, m := range b.Members {
			if m.Member == a.ID {
				ms(b.ID, m)
			}
		}
	}
	slices.Sort(p.Memberships)
	if a.Kind == cooperation.ActorPerson {
		for _, post := range a.Posts {
			if post.Title == "" {
				continue
			}
			var e Entity
			addPeriod(&e, post.Period)
			o := post.Org
			if !org(o) {
				o = ""
			}
			p.Posts = append(p.Posts, post.Title+" @"+string(o)+" "+periodForm(&e))
		}
	}
	return p
}

// TestRoundTrip exports the catalog's actors (persons, organisations,
// their posts and memberships) and sources, reads them back and compares
// what maps without loss.
func TestRoundTrip(t *testing.T) {
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, prefix := range []string{"", "coop:"} {
		t.Run("prefix="+prefix, func(t *testing.T) {
			in := &cooperation.Dataset{Sources: cat.Sources, Actors: cat.Actors}
			in.Build()
			var buf bytes.Buffer
			if err := Write(&buf, in, Options{Prefix: prefix}); err != nil {
				t.Fatal(err)
			}
			out, err := Read(&buf, ReadOptions{Prefix: prefix})
			if err != nil {
				t.Fatal(err)
			}
			var want, got []lossless
			for i := range in.Actors {
				if a := &in.Actors[i]; readable(a.Kind) {
					want = append(want, project(in, a, in.Actors))
				}
			}
			for i := range out.Actors {
				got = append(got, project(out, &out.Actors[i], out.Actors))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
			type src struct {
				ID                              cooperation.ID
				Title, Publisher, URL, Pub, Lng string
				Note                            string
			}
			ps := func(ds *cooperation.Dataset) []src {
				var r []src
				for _, s := range ds.Sources {
					u := s.URL
					if !isURL(u) {
						u = ""
					}
					// A language goes as its ISO 639-3 code, so
					// only its base language comes back.
					r = append(r, src{s.ID, s.Title, s.Publisher, u, ftmDate(s.Published), languageOf(s.Language), s.Note})
				}
				return r
			}
			if diff := cmp.Diff(ps(in), ps(out)); diff != "" {
				t.Errorf("sources (-want +got):\n%s", diff)
			}
			// Writing what was read gives the same entities for the
			// schemata Read reads.
			again, err := Entities(out, Options{Prefix: prefix})
			if err != nil {
				t.Fatal(err)
			}
			first, _ := Entities(in, Options{Prefix: prefix})
			keep := func(es []Entity) map[string]Entity {
				m := map[string]Entity{}
				for _, e := range es {
					switch e.Schema {
					case schemaPerson, schemaOrg, schemaPublicBody, schemaCompany, schemaPosition:
						// An Address is not read, so neither is a
						// location that points to one.
						delete(e.Properties, "addressEntity")
						m[e.ID] = e
					}
				}
				return m
			}
			if diff := cmp.Diff(keep(first), keep(again), sortValues); diff != "" {
				t.Errorf("entities written again (-first +again):\n%s", diff)
			}
		})
	}
}

// sortValues compares property values as sets, since Read gathers names
// by property.
var sortValues = cmp.Transformer("sort", func(vs []string) []string {
	s := slices.Clone(vs)
	slices.Sort(s)
	return s
})

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in, prop string
		line           int
	}{
		{"not JSON", `{"id":`, "", 1},
		{"unknown field", `{"id":"a","schema":"Person","properties":{},"x":1}`, "", 1},
		{"invalid UTF-8", "{\"id\":\"a\xff\",\"schema\":\"Person\"}", "", 1},
		{"bad ID", `{"id":"A B","schema":"Person","properties":{"name":["A"]}}`, "id", 1},
		{"kind against schema", `{"id":"a","schema":"Person","properties":{"classification":["ministry"]}}`, "classification", 1},
		{"country", "\n\n" + `{"id":"a","schema":"PublicBody","properties":{"country":["k1"]}}`, "country", 3},
		{"date", `{"id":"a","schema":"Company","properties":{"incorporationDate":["2019/2020"]}}`, "incorporationDate", 1},
		{"member not read", `{"id":"m","schema":"Membership","properties":{"member":["a"],"organization":["b"]}}`, "member", 1},
		{"role", `{"id":"a","schema":"Person","properties":{}}` + "\n" + `{"id":"m","schema":"Membership","properties":{"member":["a"],"organization":["b"],"role":["boss"]}}`, "role", 2},
		{"holder", `{"id":"o","schema":"Occupancy","properties":{"holder":["a"],"post":["p"]}}`, "holder", 1},
		{"two values", `{"id":"a","schema":"Person"} {}`, "", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.in), ReadOptions{})
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("Read: %v, want a *ReadError", err)
			}
			if re.Property != tc.prop || re.Line != tc.line {
				t.Errorf("Read: %v: property %q line %d, want %q line %d", err, re.Property, re.Line, tc.prop, tc.line)
			}
		})
	}
	t.Run("prefix", func(t *testing.T) {
		_, err := Read(strings.NewReader(`{"id":"a","schema":"Person"}`), ReadOptions{Prefix: "coop:"})
		if err == nil {
			t.Error("an ID without the prefix read")
		}
	})
	t.Run("size", func(t *testing.T) {
		in := strings.Repeat(`{"id":"a","schema":"Note"}`+"\n", 100)
		if _, err := Read(strings.NewReader(in), ReadOptions{MaxBytes: 1000}); err == nil {
			t.Error("input over MaxBytes read")
		}
		if _, err := Read(strings.NewReader(strings.Repeat(" ", maxLine+10)), ReadOptions{}); err == nil {
			t.Error("line over maxLine read")
		}
	})
}

// FuzzRead reads arbitrary input. Read must not panic; what it accepts
// must write and read back to the same actors.
func FuzzRead(f *testing.F) {
	ds, _ := catalog.Default()
	var buf bytes.Buffer
	Write(&buf, &cooperation.Dataset{Actors: ds.Actors[:20], Sources: ds.Sources[:3]}, Options{})
	f.Add(buf.String())
	f.Add(`{"id":"a","schema":"Person","properties":{"name":["A"],"title":["Dr"]}}
{"id":"b","schema":"Organization","properties":{"name":["B"],"classification":["igo"]}}
{"id":"m","schema":"Membership","properties":{"member":["a"],"organization":["b"],"startDate":["2019-05"]}}
{"id":"p","schema":"Position","properties":{"name":["Chair"],"organization":["b"]}}
{"id":"o","schema":"Occupancy","properties":{"holder":["a"],"post":["p"],"date":["2020"]}}`)
	f.Fuzz(func(t *testing.T, in string) {
		ds, err := Read(strings.NewReader(in), ReadOptions{})
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := Write(&out, ds, Options{}); err != nil {
			t.Fatalf("Write of a read dataset: %v", err)
		}
		back, err := Read(&out, ReadOptions{})
		if err != nil {
			t.Fatalf("Read of a written dataset: %v\n%s", err, out.String())
		}
		var want, got []lossless
		for i := range ds.Actors {
			want = append(want, project(ds, &ds.Actors[i], ds.Actors))
		}
		for i := range back.Actors {
			got = append(got, project(back, &back.Actors[i], back.Actors))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("read, written, read again (-first +again):\n%s", diff)
		}
	})
}

// FuzzWrite writes datasets decoded from arbitrary JSON: Write must not
// panic, and every line must be an Entity that Read takes.
func FuzzWrite(f *testing.F) {
	f.Add(`{"format":1,"actors":[{"id":"kh","kind":"state","names":[{"text":"Cambodia","lang":"en"}],"country":"KH","posts":[{"title":"PM","org":"kh"}]}]}`)
	f.Add(`{"format":1,"events":[{"id":"e","kind":"meeting","names":[{"text":"M","lang":"en"}],"date":"2019-05-03","time":"23:30-10:00"}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		ds, err := cooperation.Decode(strings.NewReader(in), cooperation.DecodeOptions{})
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := Write(&out, ds, Options{Prefix: "x."}); err != nil {
			t.Fatal(err)
		}
		if _, err := Read(&out, ReadOptions{Prefix: "x."}); err != nil {
			var re *ReadError
			// A dataset may hold what Read refuses (a member that is
			// not an actor): only say so when it is about the syntax.
			if !errors.As(err, &re) || re.Property == "" {
				t.Errorf("Read of written output: %v", err)
			}
		}
	})
}
