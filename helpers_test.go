package cooperation

import (
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/quantity"
	"github.com/coopframe/cooperation/subdivision"
	"golang.org/x/text/language"
)

// datasetOpts compares datasets by their entities: the value types with
// unexported fields are compared with ==, and the index is ignored.
var datasetOpts = []cmp.Option{
	cmpopts.IgnoreUnexported(Dataset{}),
	cmpopts.EquateComparable(edtf.Date{}, quantity.Decimal{}, Clock{}, Country{}, subdivision.Code{}, language.Tag{}),
	cmpopts.EquateEmpty(),
}
