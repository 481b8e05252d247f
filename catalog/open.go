package catalog

import (
	"fmt"
	"os"

	cooperation "github.com/coopframe/cooperation"
)

// Open returns the dataset a program works on: the catalog when name is
// empty; else the file name in the JSON form decoded as a layer on the
// catalog ([cooperation.DecodeOptions.Base]), or on its own when alone is
// true. A decoding error is prefixed with the file's name.
func Open(name string, alone bool) (*cooperation.Dataset, error) {
	if name == "" {
		return Default()
	}
	var opts cooperation.DecodeOptions
	if !alone {
		base, err := Default()
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
