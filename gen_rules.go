//go:build ignore

// gen_rules writes RULES.md from the rules table (rules.go). Run it with
// go generate in the module's root; TestRulesDoc fails when RULES.md is
// not what it writes.
package main

import (
	"log"
	"os"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/internal/rulesdoc"
)

func main() {
	doc := rulesdoc.Markdown[cooperation.Rule, cooperation.Severity](cooperation.Rules())
	if err := os.WriteFile("RULES.md", doc, 0o644); err != nil {
		log.Fatal(err)
	}
}
