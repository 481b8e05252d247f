// Command coop works on cooperation datasets from the shell: it validates
// them, prints and exports their timelines, finds names and the known
// names in a text. Every dataset is the embedded catalog, or a file of
// the user's read as a layer on it (-data FILE; -alone reads the file
// without the catalog).
//
// Install it with
//
//	go install github.com/coopframe/cooperation/cmd/coop@latest
//
// Usage:
//
//	coop validate [-alone] [-asof DATE] [-warnings=false] [-max-bytes N] FILE
//	coop timeline [-data FILE] [-alone] [-actor ID | -dyad A,B] [-sector S]
//	              [-initiative ID] [-period DATE] [-asof DATE] [-lang TAGS]
//	              [-format text|md|csv|json|ics|svg|timelinejs]
//	coop export -format ftm|popolo|timelinejs|jsonschema [-data FILE] [-alone]
//	coop extract [-data FILE] [-alone] [-lang TAG] [-published DATE]
//	             [-dateline TEXT] [-draft] ARTICLE|-
//	coop find [-data FILE] [-alone] [-edits N] [-limit N] NAME...
//	coop mentions [-data FILE] [-alone] TEXTFILE
//	coop help [COMMAND]
//
// Each command takes -h. The exit status is 0 on success, 1 when a
// dataset cannot be read or has errors (validate) or a name is not found
// (find), and 2 on bad usage.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // a dataset cannot be read, has errors, or a name is not found
	exitUsage = 2
)

// command is one subcommand of coop.
type command struct {
	summary string
	run     func(args []string, env *env) int
}

// env is what a command reads and writes.
type env struct {
	name           string // the command's name, for messages
	stdin          io.Reader
	stdout, stderr io.Writer
}

// fail prints a message prefixed with coop and the command's name, and
// returns status.
func (e *env) fail(status int, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "coop %s: %s\n", e.name, fmt.Sprintf(format, args...))
	return status
}

// commands lists the subcommands, each once.
var commands = map[string]command{
	"validate": {"check a dataset file and print every problem with its rule", runValidate},
	"timeline": {"print or export the timeline of the catalog or a dataset", runTimeline},
	"export":   {"write the dataset in a format of the field's tools (FollowTheMoney, TimelineJS, ...)", runExport},
	"extract":  {"propose the dates, amounts, actors and persons of a news article, with offsets", runExtract},
	"find":     {"look names up: exact, without honorifics, by prefix or fuzzily", runFind},
	"mentions": {"print every known name in a text file, with its byte offsets", runMentions},
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return c.run([]string{"-h"}, &env{name: args[1], stdin: stdin, stdout: stdout, stderr: stdout})
			}
			fmt.Fprintf(stderr, "coop: no command %q\n", args[1])
			return exitUsage
		}
		usage(stdout)
		return exitOK
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "coop: no command %q\n", name)
		usage(stderr)
		return exitUsage
	}
	return c.run(args[1:], &env{name: name, stdin: stdin, stdout: stdout, stderr: stderr})
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: coop COMMAND [flags] [arguments]")
	fmt.Fprintln(w)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Each command takes -h. Datasets are the embedded catalog, or -data FILE read as a layer on it.")
	fmt.Fprintln(w, "Exit status: 0 success, 1 a dataset cannot be read or has errors, 2 bad usage.")
}

// parseList splits a comma-separated flag value, trimming each part.
func parseList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
