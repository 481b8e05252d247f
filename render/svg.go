package render

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"time"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
)

// SVGOptions adjusts WriteSVG.
type SVGOptions struct {
	Options
	// Lanes are the actors and initiatives to draw, one lane each, top to
	// bottom. Empty means the ones the entries involve most, up to
	// MaxLanes.
	Lanes []cooperation.ID
	// MaxLanes bounds the lanes chosen automatically; 0 or less means 12.
	MaxLanes int
	// Width is the picture's width in pixels; 0 or less means 1200, and a
	// width too narrow for the lane labels and a plot (under 490) is
	// widened to 490.
	Width int
}

// Layout constants, in pixels.
const (
	svgLabelW   = 270 // the lane labels column
	svgLaneH    = 34
	svgTop      = 44 // room for the axis labels
	svgMarginR  = 20
	svgMinWidth = svgLabelW + svgMarginR + 200 // room for a plot of some width
	svgBottom   = 30
	svgFonts    = `"Noto Sans", "Noto Sans CJK SC", "Noto Sans Khmer", "Noto Sans Myanmar", "Noto Sans Thai", "Noto Sans Lao", "DejaVu Sans", sans-serif`
)

// WriteSVG draws entries as an SVG picture that opens in any browser: a
// time axis with year ticks, one lane per actor or initiative, agreements
// in force and initiatives' periods as bars, events and signatures as
// marks, plans (targets, deadlines) as hollow marks, and uncertain,
// inferred or disputed dates dashed. On the lane of a party with periods
// of its own (Joined, Left, Rejoined), an agreement's bar runs over the
// periods it was in force for that party
// ([cooperation.Agreement.PeriodsFor]: from its own entry into force to
// its withdrawal, then each period it rejoined for), and a party's
// joining or leaving is marked on that party's lane and the agreement's
// only; on the agreement's own lane, and on the lanes of other actors and
// parties, the bar is the agreement's. Every mark and bar carries a <title>, shown on
// hover, with its date and description; lane labels are names in the
// reader's languages, in any script (the font list names Noto fonts for
// Chinese, Khmer, Burmese, Thai and Lao).
func WriteSVG(w io.Writer, ds *cooperation.Dataset, entries []cooperation.Entry, opts SVGOptions) error {
	width := opts.Width
	if width <= 0 {
		width = 1200
	}
	width = max(width, svgMinWidth)
	r := newReader(opts.Languages)
	lanes := opts.Lanes
	if len(lanes) == 0 {
		maxLanes := opts.MaxLanes
		if maxLanes <= 0 {
			maxLanes = 12
		}
		lanes = autoLanes(ds, entries, maxLanes)
	}
	// The axis: every bounded day of the entries, padded to whole years.
	first, last := edtf.Day(1<<62), edtf.Day(-1<<62)
	for i := range entries {
		if lo, ok := entries[i].Date.Earliest(); ok && entries[i].Date.YearKnown() {
			first = min(first, lo)
		}
		if hi, ok := entries[i].Date.Latest(); ok && entries[i].Date.YearKnown() {
			last = max(last, hi)
		}
	}
	if first > last { // no dated entry: an empty axis around today's era
		first, _ = mustDay(2000, 1, 1)
		last, _ = mustDay(2030, 12, 31)
	}
	y0, _, _ := first.Date()
	y1, _, _ := last.Date()
	axisLo, _ := mustDay(y0, 1, 1)
	axisHi, _ := mustDay(y1+1, 1, 1)
	plotW := float64(width - svgLabelW - svgMarginR)
	x := func(d edtf.Day) float64 {
		return float64(svgLabelW) + plotW*float64(d-axisLo)/float64(axisHi-axisLo)
	}
	height := svgTop + svgLaneH*len(lanes) + svgBottom

	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family='%s' font-size="12">`+"\n",
		width, height, width, height, svgFonts)
	bw.WriteString(`<rect width="100%" height="100%" fill="#ffffff"/>` + "\n")
	// Year ticks: a step that gives at most about 12 labels.
	span := y1 + 1 - y0
	step := tickStep(span)
	for y := (y0 + step - 1) / step * step; y <= y1+1; y += step {
		d, ok := mustDay(y, 1, 1)
		if !ok {
			continue
		}
		px := x(d)
		fmt.Fprintf(bw, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#dddddd"/>`+"\n", px, svgTop-6, px, height-svgBottom)
		fmt.Fprintf(bw, `<text x="%.1f" y="%d" text-anchor="middle" fill="#444444">%d</text>`+"\n", px, svgTop-12, y)
	}
	for li, lane := range lanes {
		top := svgTop + li*svgLaneH
		mid := top + svgLaneH/2
		if li%2 == 1 {
			fmt.Fprintf(bw, `<rect x="0" y="%d" width="%d" height="%d" fill="#f5f7fa"/>`+"\n", top, width, svgLaneH)
		}
		n, _ := r.names.Display(ds.Names(lane))
		label := n.Text
		if label == "" {
			label = string(lane)
		}
		fmt.Fprintf(bw, `<text x="%d" y="%d" text-anchor="end" dominant-baseline="middle" fill="#111111">%s<title>%s</title></text>`+"\n",
			svgLabelW-10, mid, xmlText(truncateWidth(label, 32)), xmlText(label))
		for i := range entries {
			e := &entries[i]
			if !laneHas(ds, e, lane) || !e.Date.YearKnown() {
				continue
			}
			lo, ok1 := e.Date.Earliest()
			hi, ok2 := e.Date.Latest()
			if !ok1 || !ok2 {
				continue
			}
			title := xmlText(e.Date.String() + " " + string(r.appendTitle(nil, ds, e)))
			dash := ""
			if e.Date.Uncertain() || e.Date.Approximate() || e.Inferred || e.Disputed {
				dash = ` stroke-dasharray="3,2"`
			}
			var periods []cooperation.PartyPeriod
			if e.Kind == cooperation.EntryInForce {
				periods = partyLane(ds, e, lane)
			}
			switch {
			case periods != nil:
				for _, p := range periods {
					plo, ok := p.Start.Earliest()
					if !ok {
						continue
					}
					plo = min(max(plo, axisLo), axisHi)
					end := axisHi
					if d, ok := p.End.Latest(); ok {
						end = min(max(d+1, plo), axisHi)
					}
					pdash := dash
					if p.Start.Uncertain() || p.Start.Approximate() || p.End.Uncertain() || p.End.Approximate() {
						pdash = ` stroke-dasharray="3,2"`
					}
					ptitle := xmlText(p.Start.String() + "/" + periodEnd(p.End) + " " + string(r.appendTitle(nil, ds, e)))
					fmt.Fprintf(bw, `<rect x="%.1f" y="%d" width="%.1f" height="10" rx="3" fill="%s" fill-opacity="0.55" stroke="%s"%s><title>%s</title></rect>`+"\n",
						x(plo), mid-5, max(x(end)-x(plo), 2), barColour(e), barColour(e), pdash, ptitle)
				}
			case e.Kind == cooperation.EntryInForce || e.Kind == cooperation.EntryPeriodStart:
				end := barEnd(ds, e, axisHi)
				fmt.Fprintf(bw, `<rect x="%.1f" y="%d" width="%.1f" height="10" rx="3" fill="%s" fill-opacity="0.55" stroke="%s"%s><title>%s</title></rect>`+"\n",
					x(lo), mid-5, max(x(end)-x(lo), 2), barColour(e), barColour(e), dash, title)
			case e.Kind == cooperation.EntryEvent:
				if hi > lo {
					fmt.Fprintf(bw, `<rect x="%.1f" y="%d" width="%.1f" height="14" fill="#d9480f" fill-opacity="0.8"%s><title>%s</title></rect>`+"\n",
						x(lo), mid-7, max(x(hi+1)-x(lo), 3), dash, title)
				} else {
					fmt.Fprintf(bw, `<circle cx="%.1f" cy="%d" r="5" fill="#d9480f" stroke="#7a2a08"%s><title>%s</title></circle>`+"\n", x(lo), mid, dash, title)
				}
			case e.Kind == cooperation.EntrySigned:
				cx := x(lo)
				fmt.Fprintf(bw, `<path d="M%.1f %d l6 6 l-6 6 l-6 -6 z" fill="#1c7ed6" stroke="#0b3d6b"%s><title>%s</title></path>`+"\n", cx, mid-6, dash, title)
			case e.Planned:
				fmt.Fprintf(bw, `<circle cx="%.1f" cy="%d" r="5" fill="none" stroke="#2b8a3e" stroke-width="2"%s><title>%s</title></circle>`+"\n", x(lo), mid, dash, title)
			case e.Kind == cooperation.EntryPeriodEnd || e.Kind == cooperation.EntryEnded:
				// drawn as the end of its bar
			default:
				fmt.Fprintf(bw, `<rect x="%.1f" y="%d" width="4" height="12" fill="#868e96"%s><title>%s</title></rect>`+"\n", x(lo)-2, mid-6, dash, title)
			}
		}
	}
	fmt.Fprintf(bw, `<text x="%d" y="%d" fill="#666666" font-size="11">bars: in force or running; diamonds: signed; dots: events; rings: plans; dashed: uncertain, inferred or disputed</text>`+"\n",
		svgLabelW, height-10)
	bw.WriteString("</svg>\n")
	return bw.Flush()
}

// autoLanes picks the actors and initiatives the entries involve most.
func autoLanes(ds *cooperation.Dataset, entries []cooperation.Entry, n int) []cooperation.ID {
	count := map[cooperation.ID]int{}
	var order []cooperation.ID
	see := func(id cooperation.ID) {
		if id == "" {
			return
		}
		if _, ok := count[id]; !ok {
			order = append(order, id)
		}
		count[id]++
	}
	for i := range entries {
		e := &entries[i]
		for _, a := range e.Actors {
			if k := ds.Kind(a); k == cooperation.EntityActor {
				see(a)
			}
		}
		for _, in := range e.Initiatives {
			see(in)
		}
	}
	slices.SortStableFunc(order, func(a, b cooperation.ID) int { return cmp.Compare(count[b], count[a]) })
	return order[:min(n, len(order))]
}

// laneHas reports whether entry e is drawn on the lane: its subject, one
// of its actors or initiatives. An agreement's entry into force is drawn
// on the lane of each of its parties too, even one for which it entered
// into force later (the bar is that party's); a party's joining or
// leaving an agreement is drawn on the party's lane and the agreement's
// only.
func laneHas(ds *cooperation.Dataset, e *cooperation.Entry, lane cooperation.ID) bool {
	switch e.Kind {
	case cooperation.EntryJoined, cooperation.EntryLeft:
		if ds.Kind(e.Object) == cooperation.EntityAgreement {
			return e.Subject == lane || e.Object == lane
		}
	case cooperation.EntryInForce:
		if a, ok := ds.Agreement(e.Subject); ok && slices.ContainsFunc(a.Parties, func(p cooperation.Party) bool { return p.Actor == lane }) {
			return true
		}
	}
	return e.Subject == lane || slices.Contains(e.Actors, lane) || slices.Contains(e.Initiatives, lane)
}

// partyLane returns the periods the agreement of in-force entry e was in
// force for the party whose lane this is, or nil when the lane is not a
// party's (the agreement's own, a signatory's) or the party has no
// periods of its own (no Joined, Left or Rejoined): its bar is then the
// agreement's.
func partyLane(ds *cooperation.Dataset, e *cooperation.Entry, lane cooperation.ID) []cooperation.PartyPeriod {
	a, ok := ds.Agreement(e.Subject)
	if !ok || lane == a.ID {
		return nil
	}
	for _, p := range a.Parties {
		if p.Actor == lane {
			if p.Joined.IsZero() && p.Left.IsZero() && len(p.Rejoined) == 0 {
				return nil
			}
			return a.PeriodsFor(lane)
		}
	}
	return nil
}

// periodEnd is a period's end as a title gives it: ".." while it lasts.
func periodEnd(d edtf.Date) string {
	if d.IsZero() {
		return ".."
	}
	return d.String()
}

// barEnd returns the last day of the bar an in-force or period-start entry
// begins: the agreement's end or the initiative's period end, else the
// axis end.
func barEnd(ds *cooperation.Dataset, e *cooperation.Entry, axisHi edtf.Day) edtf.Day {
	var end edtf.Date
	switch e.Kind {
	case cooperation.EntryInForce:
		if a, ok := ds.Agreement(e.Subject); ok {
			end = a.Ended
		}
	case cooperation.EntryPeriodStart:
		if in, ok := ds.Initiative(e.Subject); ok && in.Period.IsInterval() {
			end = in.Period.End()
		} else if ok {
			end = in.Period
		}
	}
	if d, ok := end.Latest(); ok {
		return d + 1
	}
	return axisHi
}

func barColour(e *cooperation.Entry) string {
	if e.Kind == cooperation.EntryInForce {
		return "#1c7ed6"
	}
	return "#7048e8"
}

func mustDay(y int64, m, d int) (edtf.Day, bool) {
	dd, err := edtf.DayDate(y, time.Month(m), d)
	if err != nil {
		return 0, false
	}
	return dd.Earliest()
}

// truncateWidth cuts s to at most cols terminal columns, ending in "…".
func truncateWidth(s string, cols int) string {
	if StringWidth(s) <= cols {
		return s
	}
	w := 0
	for i, r := range s {
		rw := RuneWidth(r)
		if w+rw > cols-1 {
			return s[:i] + "…"
		}
		w += rw
	}
	return s
}

// tickStep returns the years between two axis labels for a span of years:
// 1, 2, 5, 10, 20, 25, 50, then 1, 2 or 5 times a power of ten, the
// smallest that gives at most 12 labels. The loop over the labels is then
// bounded whatever the span (EDTF years reach a billion billion).
func tickStep(span int64) int64 {
	for _, s := range [...]int64{1, 2, 5, 10, 20, 25, 50} {
		if span/s <= 12 {
			return s
		}
	}
	for p := int64(100); ; p *= 10 {
		for _, m := range [...]int64{1, 2, 5} {
			if span/(m*p) <= 12 || m*p > math.MaxInt64/20 {
				return m * p
			}
		}
	}
}
