package popolo_test

import (
	"fmt"
	"os"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/popolo"
)

// ExampleWrite exports a grouping, its member state and a meeting it
// organised.
func ExampleWrite() {
	ds, err := cooperation.Decode(strings.NewReader(`{
  "format": "cooperation/v1",
  "sources": [{"id": "r", "publisher": "MFA", "title": "Sanya Declaration", "url": "https://example.org/sanya", "language": "en"}],
  "actors": [
    {"id": "th", "kind": "state", "names": [{"text": "Thailand", "lang": "en"}, {"text": "ประเทศไทย", "lang": "th"}], "country": "TH"},
    {"id": "lmc", "kind": "grouping", "names": [{"text": "LMC", "lang": "en", "kind": "acronym"}],
     "members": [{"member": "th", "period": "2016-03-23/..", "sources": ["r"]}]}
  ],
  "events": [{"id": "lmc-1", "kind": "summit", "names": [{"text": "First LMC Leaders' Meeting", "lang": "en"}],
              "date": "2016-03-23", "organisers": ["lmc"]}]
}`), cooperation.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	problems, err := popolo.Write(os.Stdout, ds)
	fmt.Println(len(problems), err)
	// Output:
	// {
	//   "persons": [],
	//   "organizations": [
	//     {
	//       "id": "lmc",
	//       "name": "LMC",
	//       "other_names": [
	//         {
	//           "name": "LMC",
	//           "lang": "en",
	//           "note": "acronym"
	//         }
	//       ],
	//       "classification": "grouping"
	//     }
	//   ],
	//   "memberships": [
	//     {
	//       "member": {
	//         "@type": "Area",
	//         "id": "th"
	//       },
	//       "organization_id": "lmc",
	//       "start_date": "2016-03-23",
	//       "sources": [
	//         {
	//           "url": "https://example.org/sanya",
	//           "note": "Sanya Declaration"
	//         }
	//       ]
	//     }
	//   ],
	//   "posts": [],
	//   "events": [
	//     {
	//       "id": "lmc-1",
	//       "name": "First LMC Leaders' Meeting",
	//       "classification": "summit",
	//       "start_date": "2016-03-23",
	//       "end_date": "2016-03-23",
	//       "organization_id": "lmc"
	//     }
	//   ],
	//   "areas": [
	//     {
	//       "id": "th",
	//       "name": "Thailand",
	//       "other_names": [
	//         {
	//           "name": "Thailand",
	//           "lang": "en",
	//           "note": "official"
	//         },
	//         {
	//           "name": "ประเทศไทย",
	//           "lang": "th",
	//           "note": "official"
	//         }
	//       ],
	//       "identifier": "TH",
	//       "classification": "state"
	//     }
	//   ]
	// }
	// 0 <nil>
}
