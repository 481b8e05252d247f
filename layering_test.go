package cooperation_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/coopframe/cooperation"

// below are the packages the root package is built on: none may import it,
// so that each can be used on its own.
var below = []string{
	module + "/cameo",
	module + "/edtf",
	module + "/names",
	module + "/quantity",
	module + "/statename",
	module + "/subdivision",
	module + "/internal/ahocorasick",
	module + "/internal/enum",
	module + "/internal/limit",
	module + "/internal/newsroom", // the benchmarks' corpus of names and articles
	module + "/internal/rulesdoc",
	module + "/schema", // the JSON Schema of the JSON form, embedded; its test reads the root package by reflection
}

// above are the packages built on the root package's public API.
var above = []string{
	module + "/catalog",
	module + "/cmd/coop",
	module + "/extract",
	module + "/ftm",
	module + "/gdelt",
	module + "/huggo",
	module + "/popolo",
	module + "/render",
	module + "/wipo",
	module + "/internal/golden", // test helpers
}

// TestLayering checks the packages' layers with go list -deps: no package
// below the root imports it, and the root imports none of the packages
// built on it (render, catalog, extract, huggo, wipo) nor statename's display tables.
func TestLayering(t *testing.T) {
	deps := func(pkg string) []string {
		out, err := exec.Command("go", "list", "-deps", pkg).Output()
		if err != nil {
			t.Skipf("go list -deps %s: %v", pkg, err)
		}
		return strings.Fields(string(out))
	}
	for _, pkg := range below {
		t.Run(strings.TrimPrefix(pkg, module+"/"), func(t *testing.T) {
			if slices.Contains(deps(pkg), module) {
				t.Errorf("%s imports the root package %s", pkg, module)
			}
		})
	}
	t.Run("every package placed", func(t *testing.T) {
		out, err := exec.Command("go", "list", module+"/...").Output()
		if err != nil {
			t.Skipf("go list: %v", err)
		}
		for _, pkg := range strings.Fields(string(out)) {
			rel := strings.TrimPrefix(pkg, module)
			if pkg == module || slices.Contains(below, pkg) || slices.Contains(above, pkg) || strings.HasPrefix(rel, "/examples/") {
				continue
			}
			t.Errorf("%s is neither below nor above the root package: add it to the lists in layering_test.go", pkg)
		}
	})
	t.Run("root", func(t *testing.T) {
		root := deps(module)
		for _, pkg := range append(slices.Clone(above), module+"/statename", "golang.org/x/text/language/display") {
			if slices.Contains(root, pkg) {
				t.Errorf("the root package imports %s", pkg)
			}
		}
	})
}
