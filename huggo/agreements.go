package huggo

import (
	"io"
	"strconv"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/names"
	"golang.org/x/text/language"
)

var kinds = map[string]cooperation.AgreementKind{
	"Agreement": cooperation.AgreementAgreement,
	"Amendment": cooperation.AgreementAmendment,
	"Protocol":  cooperation.AgreementProtocol,
	"MOU":       cooperation.AgreementMoU,
}

var scopes = map[string]cooperation.Scope{
	"Bilateral":    cooperation.ScopeBilateral,
	"Multilateral": cooperation.ScopeMultilateral,
	"Trilateral":   cooperation.ScopeMultilateral,
	"Regional":     cooperation.ScopeRegional,
}

// domains maps HUGGO's TypeDomain values to the built-in sectors that
// fit them. HUGGO's other domains (Environment, Human Rights, Security,
// Labour) have no built-in sector: they are kept as topics and reported.
var domains = map[string]cooperation.Sector{
	"Trade":  cooperation.SectorTrade,
	"Health": cooperation.SectorHealth,
}

// ReadAgreements reads a file in the layout of HUGGO_clean.csv, named name
// in problems. It returns a *FileError only when the file is not CSV or
// lacks a column; every bad value is a problem instead.
func (im *Importer) ReadAgreements(r io.Reader, name string) error {
	t, err := open(r, name, im.MaxBytes, "Title", "Signature", "Force", "End", "TypeAgree", "TypeAmbit")
	if err != nil {
		return err
	}
	im.begin(name)
	for n := 1; ; n++ {
		rw, err := t.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		im.rows++
		if !im.fields(rw) {
			continue
		}
		id := cooperation.ID("huggo-" + strconv.Itoa(n))
		im.validUTF8(rw, id)
		a := cooperation.Agreement{ID: id, Sources: []cooperation.ID{sourceID}}
		var note []string
		if title := rw.get("Title"); title != "" {
			a.Names = names.Names{{Text: title, Lang: language.English}}
			rw.carry("Title")
		}
		if alt := rw.get("TitleAlt"); alt != "" && alt != rw.get("Title") {
			// TitleAlt is in the agreement's own language, which the file
			// does not give (Language is the text's).
			a.Names = append(a.Names, names.Name{Text: alt, Lang: language.Und, Kind: names.KindAlias})
			rw.carry("TitleAlt")
		} else if alt != "" {
			rw.carry("TitleAlt")
		}
		a.Signed = im.date(rw, "Signature", id)
		a.InForce = im.date(rw, "Force", id)
		a.Ended = im.date(rw, "End", id)
		note = append(note, im.sameDate(rw, "Begin", "Signature", id)...)
		if d, ok := im.checkDate(rw, "Term", id); ok {
			switch {
			case a.Ended.IsZero() && rw.get("End") == "":
				a.Ended = d // a termination without an End
				rw.carry("Term")
			case d == a.Ended:
				rw.carry("Term")
			}
		}
		if g := rw.get("Grounds"); g != "" {
			a.EndReason = g
			rw.carry("Grounds")
		}
		a.Kind = im.kind(rw, id)
		a.Scope = im.scope(rw, id)
		im.domain(rw, &a)
		if s := rw.get("TypeSubject"); s != "" {
			a.Topics = appendNew(a.Topics, s)
			rw.carry("TypeSubject")
		}
		a.Note = strings.Join(append(note, im.finish(rw)...), "\n")
		if im.clean == nil {
			im.clean = map[[2]string]int{}
		}
		key := [2]string{rw.get("Title"), a.Signed.String()}
		if _, dup := im.clean[key]; dup {
			im.clean[key] = -1 // two rows: no membership agreement is linked to either
		} else {
			im.clean[key] = len(im.ds.Agreements)
		}
		im.ds.Agreements = append(im.ds.Agreements, a)
	}
}

// sameDate handles a date column (Begin) that repeats another (Signature):
// the same value is carried by the other's field; a different one is
// checked as a date and kept in the note.
func (im *Importer) sameDate(r *row, col, other string, id cooperation.ID) []string {
	v := r.get(col)
	if v == "" {
		return nil
	}
	if v == r.get(other) {
		r.carry(col)
		return nil
	}
	if _, ok := im.checkDate(r, col, id); !ok {
		return nil
	}
	r.carry(col)
	return []string{col + ": " + v}
}

func appendNew(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

func (im *Importer) kind(r *row, id cooperation.ID) cooperation.AgreementKind {
	v := r.get("TypeAgree")
	k, ok := kinds[v]
	if ok {
		r.carry("TypeAgree")
	} else if v != "" {
		im.reportCell(r, "TypeAgree", cooperation.RuleEnumUnknown, cooperation.SeverityWarning, id,
			"TypeAgree %q has no agreement kind; the kind is left empty", v)
	}
	return k
}

func (im *Importer) scope(r *row, id cooperation.ID) cooperation.Scope {
	v := r.get("TypeAmbit")
	s, ok := scopes[v]
	if ok {
		r.carry("TypeAmbit")
	} else if v != "" {
		im.reportCell(r, "TypeAmbit", cooperation.RuleEnumUnknown, cooperation.SeverityWarning, id,
			"TypeAmbit %q has no scope; the scope is left empty", v)
	}
	return s
}

// domain maps TypeDomain ("Trade", "Trade,Environment") to sectors; a
// domain without a built-in sector is kept as a topic and reported.
func (im *Importer) domain(r *row, a *cooperation.Agreement) {
	v := r.get("TypeDomain")
	if v == "" {
		return
	}
	var other []string
	for _, d := range strings.Split(v, ",") {
		d = strings.TrimSpace(d)
		if s, ok := domains[d]; ok {
			a.Sectors = append(a.Sectors, s)
		} else if d != "" {
			a.Topics = appendNew(a.Topics, d)
			other = append(other, d)
		}
	}
	if len(other) > 0 {
		im.reportCell(r, "TypeDomain", cooperation.RuleEnumUnknown, cooperation.SeverityWarning, a.ID,
			"TypeDomain %q has no built-in sector; kept as the topic %q", v, strings.Join(other, ", "))
		return
	}
	r.carry("TypeDomain")
}
