package gdelt

import (
	"fmt"
	"strings"
)

// The columns of a GDELT 2.0 events file, in the order GDELT writes them
// (GDELT 2.0 Event Codebook, http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf),
// and ColumnDescription, which some copies add after EventCode.
const (
	colID = iota
	colSQLDate
	colMonthYear
	colYear
	colFractionDate
	colActor1 // the first of the ten columns of each actor
)

// actor column offsets from colActor1 or colActor2.
const (
	aCode = iota
	aName
	aCountry
	aKnownGroup
	aEthnic
	aReligion1
	aReligion2
	aType1
	aType2
	aType3
	actorColumns
)

const (
	colActor2 = colActor1 + actorColumns
	colIsRoot = colActor2 + actorColumns + iota - 1
	colEventCode
	colDescription // not in GDELT's files; see ColumnDescription
	colBaseCode
	colRootCode
	colQuadClass
	colGoldstein
	colNumMentions
	colNumSources
	colNumArticles
	colAvgTone
	colGeo1 // the first of the eight columns of each place
)

// place column offsets from colGeo1, colGeo2 or colGeoAction.
const (
	gType = iota
	gFullName
	gCountry
	gADM1
	gADM2
	gLat
	gLong
	gFeature
	geoColumns
)

const (
	colGeo2      = colGeo1 + geoColumns
	colGeoAction = colGeo2 + geoColumns
	colDateAdded = colGeoAction + geoColumns
	colSourceURL = colDateAdded + 1
	numColumns   = colSourceURL + 1
)

// ColumnDescription is the name of a column some copies of GDELT files add
// (gdeltPyR's sample does): the description of EventCode. The reader
// accepts it in a header and checks it against the codebook.
const ColumnDescription = "CAMEOCodeDescription"

var columnNames = func() [numColumns]string {
	var n [numColumns]string
	copy(n[:], []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"})
	for i, p := range []string{"Actor1", "Actor2"} {
		base := colActor1 + i*actorColumns
		for j, s := range []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
			"Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"} {
			n[base+j] = p + s
		}
	}
	copy(n[colIsRoot:], []string{"IsRootEvent", "EventCode", ColumnDescription, "EventBaseCode", "EventRootCode",
		"QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"})
	for i, p := range []string{"Actor1Geo_", "Actor2Geo_", "ActionGeo_"} {
		base := colGeo1 + i*geoColumns
		for j, s := range []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"} {
			n[base+j] = p + s
		}
	}
	n[colDateAdded], n[colSourceURL] = "DATEADDED", "SOURCEURL"
	return n
}()

// Layout says which field of a record holds which column. The zero Layout
// is not usable; get one from [ParseHeader] or [Standard]. A Layout is
// read only once made, and safe for concurrent use.
type Layout struct {
	at     [numColumns]int // field index of each column, -1 when absent
	fields int             // the number of fields of a record
}

// Standard returns the layout of GDELT's own export files: the 61 columns
// of the GDELT 2.0 codebook in its order, without a header and without
// ColumnDescription.
func Standard() Layout {
	var l Layout
	k := 0
	for c := range l.at {
		if c == colDescription {
			l.at[c] = -1
			continue
		}
		l.at[c] = k
		k++
	}
	l.fields = k
	return l
}

// ParseHeader returns the layout a header names: each of the 61 columns
// once, in any order, and ColumnDescription at most once. The error says
// which column is unknown, repeated or missing.
func ParseHeader(header []string) (Layout, error) {
	var l Layout
	for c := range l.at {
		l.at[c] = -1
	}
	for i, h := range header {
		h = strings.TrimSpace(h)
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff")
		}
		c := -1
		for k, n := range columnNames {
			if n == h {
				c = k
				break
			}
		}
		switch {
		case c < 0:
			return Layout{}, fmt.Errorf("column %q is not a GDELT 2.0 events column", h)
		case l.at[c] >= 0:
			return Layout{}, fmt.Errorf("column %q twice", h)
		}
		l.at[c] = i
	}
	for c, i := range l.at {
		if i < 0 && c != colDescription {
			return Layout{}, fmt.Errorf("no column %q", columnNames[c])
		}
	}
	l.fields = len(header)
	return l, nil
}

// Fields returns the number of fields a record of this layout has.
func (l *Layout) Fields() int { return l.fields }

// isHeader reports whether a first record is a header rather than data.
func isHeader(rec []string) bool {
	return len(rec) > 0 && strings.TrimPrefix(strings.TrimSpace(rec[0]), "\ufeff") == columnNames[colID]
}
