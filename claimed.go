package cooperation

import (
	"strings"

	"github.com/coopframe/cooperation/edtf"
)

// This file reads a date field together with the claims on it ([Claim]):
// the field is possibly any of the values it holds or the claims state,
// and the questions reason on the bounds of all of them at once.

// daySpan is a set of civil days as the questions reason on it: the days
// something can fall on or cover, [lo, hi], and the days it certainly
// covers, [clo, chi] (none when clo > chi). minDay and maxDay stand for a
// side without a bound.
type daySpan struct {
	lo, hi   edtf.Day
	clo, chi edtf.Day
}

const (
	minDay = edtf.Day(-1 << 62)
	maxDay = edtf.Day(1 << 62)
)

// pointSpan is the span of a date as a moment (a signature, an entry
// into force): it falls on one of the days from its earliest to its
// latest, minDay and maxDay where it has no bound. Only lo and hi mean
// anything for a moment; clo and chi repeat them.
func pointSpan(d edtf.Date) (daySpan, bool) {
	lo, ok := d.Earliest()
	if !ok {
		lo = minDay
	}
	hi, ok := d.Latest()
	if !ok {
		hi = maxDay
	}
	return daySpan{lo: lo, hi: hi, clo: lo, chi: hi}, true
}

// periodSpan is the span of a named period ("2021/2022", "2021",
// "1997-07-23/.."): the whole of it, from the first day of its start to
// the last day of its end. An open end runs on; an unknown start or end is
// possible but never certain.
func periodSpan(p edtf.Date) (daySpan, bool) {
	var s daySpan
	switch {
	case p.IsZero():
		return s, false
	case !p.IsInterval():
		l, ok1 := p.Earliest()
		h, ok2 := p.Latest()
		return daySpan{l, h, l, h}, ok1 && ok2
	}
	switch {
	case p.StartOpen():
		s.lo, s.clo = minDay, minDay
	case p.StartUnknown():
		s.lo, s.clo = minDay, maxDay
	default:
		var ok bool
		if s.lo, ok = p.Start().Earliest(); !ok {
			return s, false
		}
		s.clo = s.lo
	}
	switch {
	case p.EndOpen():
		s.hi, s.chi = maxDay, maxDay
	case p.EndUnknown():
		s.hi, s.chi = maxDay, minDay
	default:
		var ok bool
		if s.hi, ok = p.End().Latest(); !ok {
			return s, false
		}
		s.chi = s.hi
	}
	return s, true
}

// claimed is what a date field says once the claims on it are counted:
// the field is possibly any of its values (the one it holds and those the
// claims state), so
//
//   - lo is the earliest of the values' lo and hi the latest of their hi
//     (the union's bounds: "possibly"), and
//   - clo and chi are the latest of their clo and the earliest of their
//     chi (the intersection: what holds whichever value is true, for
//     "certainly").
//
// set reports that some value is a date, unset that some value is no date
// (the zero Date the field holds, or a claim with an empty Value: the
// field has no value). A field that holds a date and has no claims has
// set and not unset, and its span is the value's own.
type claimed struct {
	daySpan
	set, unset bool
	// disputed reports that some claim names the field.
	disputed bool
}

// claimedDate returns the combined span of the date field named by path
// that holds v in an entity with claims cs, each value's span given by of
// (pointSpan or periodSpan; a value of reports no span for counts as no
// value). Claimed values that are not EDTF are left out: validation
// reports them.
func claimedDate(v edtf.Date, cs []Claim, path fieldPath, of func(edtf.Date) (daySpan, bool)) claimed {
	c := claimed{daySpan: daySpan{lo: maxDay, hi: minDay, clo: minDay, chi: maxDay}}
	add := func(d edtf.Date) {
		if d.IsZero() {
			c.unset = true
			return
		}
		s, ok := of(d)
		if !ok { // no bounds on the side asked for (an open end)
			c.unset = true
			return
		}
		c.set = true
		c.lo, c.hi = min(c.lo, s.lo), max(c.hi, s.hi)
		c.clo, c.chi = max(c.clo, s.clo), min(c.chi, s.chi)
	}
	add(v)
	for i := range cs {
		if !path.is(cs[i].Field) {
			continue
		}
		c.disputed = true
		if cs[i].Value == "" {
			add(edtf.Date{})
		} else if d, err := edtf.Parse(cs[i].Value); err == nil {
			add(d)
		}
	}
	if !c.set {
		c.daySpan = daySpan{}
	}
	return c
}

// isClaimed reports whether some claim in cs names the field path.
func isClaimed(cs []Claim, path fieldPath) bool {
	for i := range cs {
		if path.is(cs[i].Field) {
			return true
		}
	}
	return false
}

// fieldPath names a field of an entity as [Claim.Field] does, without
// building the string: name ("in_force"), list[i].name
// ("parties[2].joined") or list[i].name[k] ("parties[2].rejoined[0]").
type fieldPath struct {
	list string // "" for a field of the entity itself
	i    int
	name string
	k    int // < 0: none
}

func field(name string) fieldPath { return fieldPath{name: name, k: -1} }

func partField(list string, i int, name string) fieldPath {
	return fieldPath{list: list, i: i, name: name, k: -1}
}

// is reports whether s names the field p names.
func (p fieldPath) is(s string) bool {
	if p.list != "" {
		rest, ok := strings.CutPrefix(s, p.list)
		if !ok {
			return false
		}
		n, rest, ok := cutIndex(rest)
		if !ok || n != p.i {
			return false
		}
		if s, ok = strings.CutPrefix(rest, "."); !ok {
			return false
		}
	}
	rest, ok := strings.CutPrefix(s, p.name)
	if !ok {
		return false
	}
	if p.k < 0 {
		return rest == ""
	}
	n, rest, ok := cutIndex(rest)
	return ok && n == p.k && rest == ""
}

// cutIndex cuts "[n]" from the start of s.
func cutIndex(s string) (n int, rest string, ok bool) {
	if len(s) < 3 || s[0] != '[' {
		return 0, s, false
	}
	i := 1
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if n > 1<<30 {
			return 0, s, false
		}
		n = n*10 + int(s[i]-'0')
	}
	if i == 1 || i >= len(s) || s[i] != ']' {
		return 0, s, false
	}
	return n, s[i+1:], true
}
