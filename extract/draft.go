package extract

import "github.com/coopframe/cooperation"

// DraftOptions says how [Result.Draft] builds its layer.
type DraftOptions struct {
	Base *cooperation.Dataset
}

// Draft is a stub.
func (r *Result) Draft(o DraftOptions) (*cooperation.Dataset, error) { return &cooperation.Dataset{}, nil }
