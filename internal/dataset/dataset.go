// Package dataset reads the dataset the example programs and coop work on: the
// embedded catalog, a file of the user's as a layer on it (-data FILE),
// or the file alone (-data FILE -alone).
package dataset

import (
	"fmt"
	"os"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
)

// Load returns the catalog when name is empty; else the file name decoded
// on the catalog as a layer, or on its own when alone is true.
func Load(name string, alone bool) (*cooperation.Dataset, error) {
	if name == "" {
		return catalog.Default()
	}
	var opts cooperation.DecodeOptions
	if !alone {
		base, err := catalog.Default()
		if err != nil {
			return nil, err
		}
		opts.Base = base
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ds, err := cooperation.Decode(f, opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return ds, nil
}
