package cooperation

import (
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/quantity"
	"golang.org/x/text/language"
)

// Source is a document facts are taken from: a news report, a communiqué,
// a dataset. Entities cite sources by ID.
type Source struct {
	ID        ID     `json:"id"`
	Publisher string `json:"publisher"`
	Title     string `json:"title"`
	// URL is an absolute http or https address, when the source has one.
	URL       string    `json:"url,omitempty"`
	Published edtf.Date `json:"published,omitzero"`
	// Inferred marks a publication date reconstructed from context rather
	// than printed in the source.
	Inferred   bool         `json:"inferred,omitempty"`
	Language   language.Tag `json:"language"`
	Translator string       `json:"translator,omitempty"`
	// Extractor, when set, names the program that proposed the facts
	// citing this source from its text ("github.com/coopframe/cooperation/extract"):
	// every fact that cites only this source is machine-extracted and not
	// yet reviewed, and says where in the text it rests in its note.
	Extractor string `json:"extractor,omitempty"`
	Note      string `json:"note,omitempty"`
}

// Figure is a statistic a source states: "Guangxi's e-commerce trade volume
// was 210 billion yuan in 2014, up 65.9 percent from 2013".
type Figure struct {
	ID ID `json:"id"`
	// Subject is the actor or initiative the figure describes.
	Subject ID     `json:"subject"`
	Metric  string `json:"metric"`
	// Period is the time the figure covers.
	Period edtf.Date         `json:"period,omitzero"`
	Value  quantity.Quantity `json:"value"`
	// Equivalents are the value as the source also states it in other
	// units ("20.9 billion yuan (3.3 billion U.S. dollars)"), as an
	// Amount's are.
	Equivalents []quantity.Quantity `json:"equivalents,omitempty"`
	// Change is the stated change against Versus ("+65.9 percent from 2013").
	Change quantity.Quantity `json:"change,omitzero"`
	Versus edtf.Date         `json:"versus,omitzero"`
	// Share is a stated part of Value ("40 percent from ASEAN consumers"),
	// and ShareOf says of what.
	Share    quantity.Quantity `json:"share,omitzero"`
	ShareOf  string            `json:"share_of,omitempty"`
	StatedBy ID                `json:"stated_by,omitempty"`
	// Inferred marks a period reconstructed from context rather than
	// given by the source.
	Inferred bool    `json:"inferred,omitempty"`
	Claims   []Claim `json:"claims,omitempty"`
	Note     string  `json:"note,omitempty"`
	Sources  []ID    `json:"sources,omitempty"`
}
