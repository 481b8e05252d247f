package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
)

// newFlags returns the flag set of a command, which prints its usage line
// and flags on -h.
func newFlags(e *env, usageLine string) *flag.FlagSet {
	fs := flag.NewFlagSet(e.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: coop "+e.name+" "+usageLine)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, returning the status to exit with when done is true:
// 0 after -h, 2 on a bad flag.
func parse(fs *flag.FlagSet, args []string) (status int, done bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, true
		}
		return exitUsage, true
	}
	return 0, false
}

// dataFlags are the flags of the commands that read a dataset.
type dataFlags struct {
	data  *string
	alone *bool
}

func addDataFlags(fs *flag.FlagSet) dataFlags {
	return dataFlags{
		data:  fs.String("data", "", "a dataset file in the JSON form, read as a layer on the embedded catalog"),
		alone: fs.Bool("alone", false, "read -data FILE on its own, without the catalog"),
	}
}

// load returns the dataset the flags name.
func (f dataFlags) load() (*cooperation.Dataset, error) {
	if *f.alone && *f.data == "" {
		return nil, errors.New("-alone needs -data FILE")
	}
	return catalog.Open(*f.data, *f.alone)
}

// readAtMost reads r to its end, failing beyond max bytes.
func readAtMost(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err == nil && int64(len(b)) > max {
		err = fmt.Errorf("the text is longer than %d bytes (-max-bytes)", max)
	}
	return b, err
}
