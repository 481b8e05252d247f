package cooperation

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
)

// layerBase is a small base: two states, a ministry of one, a grouping
// with a membership stated on the member, a source.
const layerBase = `{"format":"cooperation/v1",
"sectors":["water-resources"],
"sources":[{"id":"src","publisher":"P","title":"T","language":"en"}],
"actors":[
 {"id":"kh","kind":"state","country":"KH","names":[{"text":"Cambodia","lang":"en"}],"sources":["src"],
  "memberships":[{"group":"asean","period":"1999-04-30/.."}]},
 {"id":"th","kind":"state","country":"TH","names":[{"text":"Thailand","lang":"en"}],"sources":["src"]},
 {"id":"kh-mptc","kind":"ministry","part_of":"kh","names":[{"text":"Ministry of Post and Telecommunications","lang":"en"}],"sources":["src"]},
 {"id":"asean","kind":"igo","names":[{"text":"ASEAN","lang":"en"}],"sources":["src"]}
]}`

// layerOnBase adds, without restating any base entity: a grouping whose
// members (base states) are stated on it, a person holding a post at a
// base ministry, a department part of that ministry, and an agreement
// between the base states.
const layerOnBase = `{"format":"cooperation/v1",
"sectors":["water-resources","mekong"],
"actors":[
 {"id":"lmc","kind":"grouping","names":[{"text":"Lancang-Mekong Cooperation","lang":"en"}],"sources":["src"],
  "members":[{"member":"kh","period":"2016-03-23/.."},{"member":"th","period":"2016-03-23/.."}]},
 {"id":"kh-mptc-it","kind":"department","part_of":"kh-mptc","names":[{"text":"IT Department","lang":"en"}],"sources":["src"]},
 {"id":"chea-vandeth","kind":"person","names":[{"text":"Chea Vandeth","lang":"en"}],"sources":["src"],
  "posts":[{"title":"Minister","org":"kh-mptc","period":"2018-09-06/.."}]}
],
"agreements":[
 {"id":"kh-th-mou","kind":"mou","scope":"bilateral","names":[{"text":"Telecom MoU","lang":"en"}],
  "parties":[{"actor":"kh-mptc"},{"actor":"th"}],"signed":"2019-06-25","sources":["src"],"sectors":["mekong"]}
]}`

func decodeString(t *testing.T, s string, base *Dataset) *Dataset {
	t.Helper()
	ds, err := Decode(strings.NewReader(s), DecodeOptions{Base: base})
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func encodeString(t *testing.T, ds *Dataset) string {
	t.Helper()
	var b bytes.Buffer
	if err := ds.Encode(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestLayerQuestions checks that every question on a layer answers over
// the base and the layer together, while the base stays as it was.
func TestLayerQuestions(t *testing.T) {
	base := decodeString(t, layerBase, nil)
	before := encodeString(t, base)
	ds := decodeString(t, layerOnBase, base)
	at := edtf.MustParse("2020")

	members := func(as []Active) []ID {
		var ids []ID
		for _, a := range as {
			ids = append(ids, a.ID)
		}
		slices.Sort(ids)
		return ids
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"Len", ds.Len(), base.Len() + 4},
		{"base actor", ds.Kind("kh"), EntityActor},
		{"layer actor", ds.Kind("lmc"), EntityActor},
		{"Names of a base entity", ds.Names("th"), base.Names("th")},
		{"MembersAt, stated on the layer's group", members(ds.MembersAt("lmc", at)), []ID{"kh", "th"}},
		{"MembersAt, stated on the base's member", members(ds.MembersAt("asean", at)), []ID{"kh"}},
		{"StateOf a layer actor part of a base actor", first(ds.StateOf("kh-mptc-it")), ID("kh")},
		{"Within a base state", slices.Contains(ds.Within("kh"), "kh-mptc-it"), true},
		{"HoldersAt a base ministry", len(ds.HoldersAt("kh-mptc", "Minister", at)), 1},
		{"AgreementsBetween base states", ds.AgreementsBetween("kh", "th"), []ID{"kh-th-mou"}},
		{"Dyad", ds.Dyad("kh", "th", TimelineOptions{}).ByKind[EntrySigned], 1},
		{"Network", len(ds.Network(edtf.MustParse("2019"), CertaintyPossible)), 1},
		{"NameIndex, base name", ds.NameIndex().Find("Cambodia", 0, 1)[0].ID, "kh"},
		{"NameIndex, layer name", ds.NameIndex().Find("Lancang-Mekong Cooperation", 0, 1)[0].ID, "lmc"},
		{"Sectors, base's and layer's", ds.Sectors, []Sector{"water-resources", "water-resources", "mekong"}},
		{"base unchanged", encodeString(t, base), before},
		{"base Len unchanged", base.Len(), 5},
		{"base does not see the layer", base.Kind("lmc"), EntityNone},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got, datasetOpts...); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	t.Run("Timeline", func(t *testing.T) {
		var joined []string
		for _, e := range ds.Timeline(TimelineOptions{Filter: Filter{Involving: []ID{"lmc"}}}) {
			if e.Kind == EntryJoined {
				joined = append(joined, string(e.Subject))
			}
		}
		if diff := cmp.Diff([]string{"kh", "th"}, joined); diff != "" {
			t.Errorf("joined (-want +got):\n%s", diff)
		}
	})
	t.Run("ActiveAt", func(t *testing.T) {
		n := 0
		for _, a := range ds.ActiveAt(at) {
			if a.Kind == EntityActor && a.Group == "lmc" {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%d memberships of lmc active, want 2:\n%v", n, ds.ActiveAt(at))
		}
	})
}

func first[T any](v T, _ bool) T { return v }

// TestLayerEncode checks that a layer encodes to its own entities alone:
// the bytes of the layer decoded on its own, which decode on the base to
// the same dataset again.
func TestLayerEncode(t *testing.T) {
	base := decodeString(t, layerBase, nil)
	for _, name := range []string{"string", "testdata/layer/lmc.json"} {
		t.Run(name, func(t *testing.T) {
			in := layerOnBase
			b := base
			if name != "string" {
				data, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				in = string(data)
				b = decodeFile(t, "catalog/catalog.json")
			}
			layer := decodeString(t, in, b)
			alone := decodeString(t, in, nil)
			got := encodeString(t, layer)
			if diff := cmp.Diff(encodeString(t, alone), got); diff != "" {
				t.Errorf("layer encodes otherwise than alone (-alone +layer):\n%s", diff)
			}
			again := decodeString(t, got, b)
			if diff := cmp.Diff(got, encodeString(t, again)); diff != "" {
				t.Errorf("not stable (-first +second):\n%s", diff)
			}
			if diff := cmp.Diff(layer.sortedCopy(), again.sortedCopy(), datasetOpts...); diff != "" {
				t.Errorf("round trip differs (-before +after):\n%s", diff)
			}
			if again.Len() != layer.Len() {
				t.Errorf("Len %d after the round trip, want %d", again.Len(), layer.Len())
			}
		})
	}
}

// TestLayerOn checks that building a layer in Go with On gives what
// decoding with a base gives, that On replaces the base, and that On(nil)
// leaves the layer alone.
func TestLayerOn(t *testing.T) {
	base := decodeString(t, layerBase, nil)
	decoded := decodeString(t, layerOnBase, base)
	built := decodeString(t, layerOnBase, nil)
	built.On(base)
	opts := append(slices.Clone(datasetOpts), cmp.AllowUnexported(layerStart{}))
	own := func(ds *Dataset) layerStart { return ds.own }
	if diff := cmp.Diff(decoded, built, datasetOpts...); diff != "" {
		t.Errorf("On differs from Decode with a base (-decoded +built):\n%s", diff)
	}
	if diff := cmp.Diff(own(decoded), own(built), opts...); diff != "" {
		t.Errorf("layer starts (-decoded +built):\n%s", diff)
	}
	if got, want := encodeString(t, built), encodeString(t, decoded); got != want {
		t.Errorf("On: Encode differs:\n%s\nwant\n%s", got, want)
	}

	other := decodeString(t, `{"format":"cooperation/v1","actors":[{"id":"vn","kind":"state","country":"VN","names":[{"text":"Vietnam","lang":"en"}]}]}`, nil)
	built.On(other)
	if built.Kind("kh") != EntityNone || built.Kind("vn") != EntityActor || built.Kind("lmc") != EntityActor {
		t.Errorf("On(other): kh %v, vn %v, lmc %v", built.Kind("kh"), built.Kind("vn"), built.Kind("lmc"))
	}
	if got, want := built.Len(), other.Len()+4; got != want {
		t.Errorf("On(other): Len %d, want %d", got, want)
	}
	built.On(nil)
	if diff := cmp.Diff(decodeString(t, layerOnBase, nil), built, datasetOpts...); diff != "" {
		t.Errorf("On(nil) (-alone +got):\n%s", diff)
	}
	if diff := cmp.Diff(layerStart{}, built.own, opts...); diff != "" {
		t.Errorf("On(nil): layer starts (-want +got):\n%s", diff)
	}

	// A layer built in Go, never decoded, with no call to Build.
	lmc := &Dataset{Actors: []Actor{{ID: "lmc", Kind: ActorGrouping, Names: names.Names{{Text: "LMC"}},
		Members: []Membership{{Member: "kh"}, {Member: "th"}}}}}
	lmc.On(base)
	if got := len(lmc.MembersAt("lmc", edtf.MustParse("2020"))); got != 2 {
		t.Errorf("Go-built layer: %d members, want 2", got)
	}
}

// TestLayerDecodeErrors checks that decoding errors locate the layer's
// file: its lines, and paths counted within its own arrays.
func TestLayerDecodeErrors(t *testing.T) {
	base := decodeString(t, layerBase, nil)
	in := `{"format":"cooperation/v1",
"actors":[
 {"id":"a","kind":"state"},
 {"id":"b","kind":"planet"}]}`
	_, err := Decode(strings.NewReader(in), DecodeOptions{Base: base})
	var de *DecodeError
	if !errors.As(err, &de) {
		t.Fatalf("%v is not a *DecodeError", err)
	}
	type pos struct {
		Line, Column int
		Path         string
	}
	if diff := cmp.Diff(pos{4, 19, "actors[1]"}, pos{de.Line, de.Column, de.Path}); diff != "" {
		t.Errorf("%v (-want +got):\n%s", err, diff)
	}
}

// TestLayerConcurrentBase decodes layers on one base from many goroutines
// while others read the base; go test -race checks that nothing writes it.
func TestLayerConcurrentBase(t *testing.T) {
	base := decodeString(t, layerBase, nil)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 8 {
		wg.Go(func() {
			if i%2 == 0 {
				ds, err := Decode(strings.NewReader(layerOnBase), DecodeOptions{Base: base})
				if err != nil {
					errs <- err
					return
				}
				ds.Validate(ValidateOptions{})
				if _, ok := ds.Actor("kh"); !ok {
					errs <- errors.New("no kh in the layer")
				}
				return
			}
			if _, ok := base.Actor("kh"); !ok {
				errs <- errors.New("no kh in the base")
			}
			base.MembersAt("asean", edtf.MustParse("2020"))
			base.NameIndex()
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestLayerCopiesBase checks that a layer holds copies of the base's
// entities, even where it adds none of a kind: writing one leaves the base
// as it was.
func TestLayerCopiesBase(t *testing.T) {
	base := decodeString(t, layerBase, nil)
	ds := decodeString(t, `{"format":"cooperation/v1"}`, base)
	ds.Actors[0].Note = "changed"
	ds.Sources[0].Title = "changed"
	if base.Actors[0].Note != "" || base.Sources[0].Title != "T" {
		t.Errorf("the base changed: %q, %q", base.Actors[0].Note, base.Sources[0].Title)
	}
}

// TestLayerValidate checks that Validate on a layer reports the layer's
// own problems, at paths counted within the layer, and none of the
// base's.
func TestLayerValidate(t *testing.T) {
	// The base has problems of its own: an unresolved reference and an
	// actor part of a missing one, which a layer may supply.
	const brokenBase = `{"format":"cooperation/v1",
"sources":[{"id":"src","publisher":"P","title":"T","language":"en"}],
"actors":[
 {"id":"kh","kind":"state","country":"KH","names":[{"text":"Cambodia","lang":"en"}],"sources":["nowhere"]},
 {"id":"a","kind":"agency","part_of":"x","names":[{"text":"A","lang":"en"}],"sources":["src"]}
]}`
	const head = `{"format":"cooperation/v1",` + "\n"
	tests := []struct {
		name  string
		base  string
		layer string
		want  []string // Problem.Error of each problem
	}{
		{"adds to the base", layerBase, layerOnBase, nil},
		{"redefines a base entity", layerBase, head + `"actors":[
 {"id":"lmc","kind":"grouping","names":[{"text":"LMC","lang":"en"}],"sources":["src"]},
 {"id":"th","kind":"state","country":"TH","names":[{"text":"Thailand","lang":"en"}],"sources":["src"]}]}`,
			[]string{`actors[1].id (th): ID "th" is already used by actors[1] of the base; IDs are unique across all kinds [error id.duplicate]`}},
		{"redefines a base entity of another kind", layerBase, head + `"sources":[{"id":"kh","publisher":"P","title":"T","language":"en"}]}`,
			[]string{`sources[0].id (kh): ID "kh" is already used by actors[0] of the base; IDs are unique across all kinds [error id.duplicate]`}},
		{"repeats its own entity", layerBase, head + `"actors":[
 {"id":"x","kind":"grouping","names":[{"text":"X","lang":"en"}],"sources":["src"]},
 {"id":"x","kind":"grouping","names":[{"text":"X","lang":"en"}],"sources":["src"]}]}`,
			[]string{`actors[1].id (x): ID "x" is already used by actors[0]; IDs are unique across all kinds [error id.duplicate]`}},
		{"problems at layer positions", layerBase, head + `"actors":[
 {"id":"x","kind":"grouping","names":[{"text":"X","lang":"en"}],"sources":["src"]},
 {"id":"y","kind":"agency","part_of":"nowhere","names":[{"text":"Y","lang":"en"}],"sources":["src"]}]}`,
			[]string{`actors[1].part_of (y): no entity has ID "nowhere" [error ref.unresolved]`}},
		{"base problems not repeated", brokenBase, head + `"actors":[{"id":"lmc","kind":"grouping","names":[{"text":"LMC","lang":"en"}],"sources":["src"],"members":[{"member":"kh"}]}]}`, nil},
		{"a cycle through the base", brokenBase, head + `"actors":[{"id":"x","kind":"agency","part_of":"a","names":[{"text":"X","lang":"en"}],"sources":["src"]}]}`,
			[]string{`actors[0].part_of (x): part_of forms a cycle: x -> a -> x [error hierarchy.cycle]`}},
		{"sectors of the base and of the layer", layerBase, head + `"sectors":["mekong"],"events":[
 {"id":"e","kind":"meeting","names":[{"text":"E","lang":"en"}],"date":"2020","sources":["src"],"sectors":["water-resources","mekong","trade","space"]}]}`,
			[]string{`events[0].sectors[3] (e): sector "space" is neither built in (see Sectors) nor declared in the dataset's sectors nor named in ValidateOptions.Sectors [error sector.unknown]`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base := decodeString(t, tc.base, nil)
			ds := decodeString(t, tc.layer, base)
			var got []string
			for _, p := range ds.Validate(ValidateOptions{AsOf: asOf}) {
				got = append(got, p.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("alone", func(t *testing.T) {
		ps := decodeString(t, layerOnBase, nil).Validate(ValidateOptions{AsOf: asOf})
		if ps.Rules()[RuleRefUnresolved] == 0 || len(ps.Errors()) != ps.Rules()[RuleRefUnresolved] {
			t.Errorf("want ref.unresolved errors only:\n%s", formatProblems(ps))
		}
	})
	t.Run("the catalog as a layer on itself", func(t *testing.T) {
		base := decodeFile(t, "catalog/catalog.json")
		data, err := os.ReadFile("catalog/catalog.json")
		if err != nil {
			t.Fatal(err)
		}
		// Every entity is an error naming the base's; the warnings are the
		// layer's own.
		ps := decodeString(t, string(data), base).Validate(ValidateOptions{AsOf: asOf})
		want := base.Validate(ValidateOptions{AsOf: asOf}).Warnings()
		if got := len(ps.Errors()); got != base.Len() || ps.Rules()[RuleIDDuplicate] != got {
			t.Errorf("%d errors, want %d, all id.duplicate:\n%s", got, base.Len(), formatProblems(ps[:min(len(ps), 5)]))
		}
		if diff := cmp.Diff(formatProblems(want), formatProblems(ps.Warnings())); diff != "" {
			t.Errorf("warnings (-the base's +the layer's):\n%s", diff)
		}
	})
}
