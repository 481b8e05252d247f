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
	// MaxLanes, with the lanes of Focus first.
	Lanes []cooperation.ID
	// Focus names the actors the reader asked about: the two sides of a
	// dyad ([cooperation.Filter].Dyad), or the actors of Filter.Involving
	// or Filter.Actors (a grouping such as CLMV). When Lanes is empty,
	// their lanes come first, in this order, each drawn even when no
	// entry is on it; then the lanes of the bodies part of them
	// ([cooperation.Dataset.Within]: a state's government, ministries,
	// provinces and embassies, a grouping's members) that the entries
	// involve most, up to two thirds of the lanes left; then the other
	// actors and initiatives the entries involve most, up to MaxLanes in
	// all. Empty means no focus. IDs that are not in the dataset are drawn
	// with their ID as label.
	Focus []cooperation.ID
	// MaxLanes bounds the lanes chosen automatically; 0 or less means 12.
	MaxLanes int
	// Width is the picture's width in pixels; 0 or less means 1200, and a
	// width too narrow for the lane labels and a plot (under 490) is
	// widened to 490.
	Width int
}

// Layout constants, in pixels.
const (
	svgLabelW   = 230 // the lane labels column
	svgMarkBand = 22  // the band of a lane its marks are drawn in
	svgTop      = 44  // room for the axis labels
	svgMarginR  = 20
	svgMinWidth = 490 // room for the lane labels and a plot of some width
	svgMaxRows  = 5   // rows of labels under a lane's marks, at most
	svgLabelFS  = 11  // the font size of labels
	svgLaneFS   = 12  // the font size of lane names
	svgGap      = 8   // the least room between two labels of a row
	svgLabelCol = 50  // the display columns of a label, at most
	svgTrack    = 12  // the height of a track of bars
	svgTracks   = 4   // tracks of bars in a lane, at most
	svgBold     = 1.1 // how much wider bold text is than the estimate
	svgFonts    = `"Noto Sans", "Noto Sans CJK SC", "Noto Sans Khmer", "Noto Sans Myanmar", "Noto Sans Thai", "Noto Sans Lao", "DejaVu Sans", sans-serif`
)

// svgShape is how an entry is marked.
type svgShape uint8

const (
	shapeTick     svgShape = iota // another milestone: a grey tick
	shapeBar                      // in force, or an initiative's period
	shapeSpan                     // an event of several days
	shapeDot                      // an event of one day
	shapeDiamond                  // a signature
	shapeRing                     // a plan: a deadline, a target
	shapeYearless                 // a date without a year (in its own band)
)

// svgItem is one mark of a lane, ready to draw.
type svgItem struct {
	shape          svgShape
	x0, x1         float64 // extent; x1 is x0 for a point
	f0, f1         float64 // the possible span of an uncertain date
	fuzzy, dashed  bool
	hollow         bool
	colour, stroke string
	title          string // the <title>, escaped for XML
	entry          int    // the entry's index, for its label; -1: none
	track          int    // a bar's track: 0 on the marks' line, then below
}

// legendOf returns the legend entries (indices into svgWords) that
// explain the mark.
func (it *svgItem) legendOf(used *[8]bool) {
	switch it.shape {
	case shapeBar:
		used[0] = true
	case shapeDiamond:
		used[1] = true
	case shapeDot, shapeSpan:
		used[2] = true
	case shapeTick:
		used[3] = true
	case shapeYearless:
		used[7] = true
	}
	if it.hollow || it.shape == shapeRing {
		used[4] = true
	}
	if it.fuzzy {
		used[5] = true
	}
	if it.dashed {
		used[6] = true
	}
}

// svgLane is a lane laid out: its marks, its labels and its height.
type svgLane struct {
	id     cooperation.ID
	name   [2]string // one or two lines, escaped for XML
	nameH  float64   // the height of a line of the name
	tip    string    // the full name, escaped for XML
	items  []svgItem
	labels []label
	text   []string // labels' texts by item, shown text (not yet XML)
	rowH   float64
	rows   int
	tracks int
	band   float64 // the height of the marks' band
	top    float64
	height float64
}

// WriteSVG draws entries as an SVG picture that opens in any browser and
// reads without hovering: a time axis with year ticks, one lane per actor
// or initiative, agreements in force and initiatives' periods as bars,
// signatures as diamonds, events as dots (or spans, for events of
// several days), other milestones as ticks, and plans (targets,
// deadlines, anything after the as-of date) as hollow marks. A date that
// is uncertain or approximate ("2020?-07-09") is drawn over the span it
// possibly covers (one unit of its precision either side, shaded and
// dashed); a date that is inferred or disputed has a dashed mark. Dates
// without a year ("XXXX-07-10"), which have no place on the axis, are
// listed in a band of their own under the lanes, with hollow dashed marks.
// A legend under the picture explains the marks, in the reader's
// language.
//
// Each mark is labelled with the entry's title ([Title]) and its notes
// ("planned", "year inferred", "disputed"), cut to 40 display columns
// ([StringWidth]) and to the room there is. Labels are laid out in rows
// under their lane's marks so that no two overlap and none leaves the
// picture (see layoutRows: greedy, in order of position, at most 5 rows a
// lane, with widths estimated per script for the Noto fonts); a label that
// finds no room is left out and counted in the legend, and every mark and
// bar still carries its full title in a <title>, shown on hover.
//
// On the lane of a party with periods of its own (Joined, Left,
// Rejoined), an agreement's bar runs over the periods it was in force for
// that party ([cooperation.Agreement.PeriodsFor]: from its own entry into
// force to its withdrawal, then each period it rejoined for), and a
// party's joining or leaving is marked on that party's lane and the
// agreement's only; on the agreement's own lane, and on the lanes of
// other actors and parties, the bar is the agreement's. Lane names are
// names in the reader's languages, in any script (the font list names
// Noto fonts for Chinese, Khmer, Burmese, Thai and Lao); see
// [SVGOptions.Focus] for the lanes of a dyad or a grouping.
//
// The work is linear in the number of entries times the number of lanes,
// whatever the span of the dates: the axis has at most about a dozen
// ticks.
func WriteSVG(w io.Writer, ds *cooperation.Dataset, entries []cooperation.Entry, opts SVGOptions) error {
	width := opts.Width
	if width <= 0 {
		width = 1200
	}
	width = max(width, svgMinWidth)
	r := newReader(opts.Languages)
	words := &svgWords[r.lang]
	lanes := opts.Lanes
	if len(lanes) == 0 {
		maxLanes := opts.MaxLanes
		if maxLanes <= 0 {
			maxLanes = 12
		}
		lanes = autoLanes(ds, entries, opts.Focus, maxLanes)
	}
	// The axis: every bounded day of the entries, padded to whole years.
	first, last := edtf.Day(1<<62), edtf.Day(-1<<62)
	yearless := 0
	for i := range entries {
		if !entries[i].Date.YearKnown() {
			yearless++
			continue
		}
		if lo, ok := entries[i].Date.Earliest(); ok {
			first = min(first, lo)
		}
		if hi, ok := entries[i].Date.Latest(); ok {
			last = max(last, hi)
		}
		if d := entries[i].Date; d.Uncertain() || d.Approximate() {
			if lo, hi, ok := fuzzySpan(d); ok { // room for the possible span
				first, last = min(first, lo), max(last, hi)
			}
		}
	}
	if first > last { // no dated entry: an empty axis around today's era
		first, _ = mustDay(2000, 1, 1)
		last, _ = mustDay(2030, 12, 31)
	}
	y0, _, _ := first.Date()
	y1, _, _ := last.Date()
	axisLo, _ := mustDay(y0, 1, 1)
	axisHi, ok := mustDay(y1+1, 1, 1)
	if !ok || axisHi <= axisLo {
		axisHi = last + 1
	}
	left, right := float64(svgLabelW), float64(width-svgMarginR)
	plotW := right - left
	x := func(d edtf.Day) float64 {
		d = min(max(d, axisLo), axisHi)
		return left + plotW*(float64(d-axisLo)/float64(axisHi-axisLo))
	}

	// Titles, built once per entry whatever the lanes it is drawn on.
	titles := make([][]byte, len(entries))
	title := func(i int) []byte {
		if titles[i] == nil {
			b := r.appendTitle(make([]byte, 0, 64), ds, &entries[i])
			titles[i] = r.appendMarks(b, &entries[i])
		}
		return titles[i]
	}
	tip := func(i int, date string) string {
		return xmlText(date + " " + string(title(i)))
	}
	shown := func(i int, maxPx float64) string {
		return fitText(string(appendTextSafe(nil, title(i))), svgLabelCol, maxPx, svgLabelFS)
	}

	// Lay out the lanes.
	ls := make([]svgLane, len(lanes))
	hidden := 0
	var used [8]bool // the legend entries the picture needs
	y := float64(svgTop)
	for li, id := range lanes {
		ln := &ls[li]
		ln.id = id
		// The name titles use: the data's in the reader's language, else
		// CLDR's for a state or province, else the data's best.
		vis := string(appendTextSafe(nil, r.name(ds, id)))
		l1, l2 := wrap2(vis, float64(svgLabelW-16)/svgBold, svgLaneFS)
		ln.name = [2]string{xmlText(l1), xmlText(l2)}
		ln.tip = xmlText(vis)
		ln.nameH = lineH(vis, svgLaneFS)
		ln.rowH = lineH("", svgLabelFS)
	}
	// The lanes each entry is drawn on, found from the entry's own IDs
	// rather than by asking every lane about every entry: the work is
	// linear in the entries whatever the number of lanes.
	laneOf := make(map[cooperation.ID][]int, len(lanes))
	for li, id := range lanes {
		laneOf[id] = append(laneOf[id], li)
	}
	seen := make([]int, len(lanes)) // the entry index+1 a lane last got
	for i := range entries {
		e := &entries[i]
		if !e.Date.YearKnown() {
			continue
		}
		try := func(id cooperation.ID) {
			for _, li := range laneOf[id] {
				if seen[li] != i+1 && laneHas(ds, e, id) {
					seen[li] = i + 1
					ls[li].addItems(ds, e, i, x, axisLo, axisHi, tip)
				}
			}
		}
		try(e.Subject)
		try(e.Object)
		for _, id := range e.Actors {
			try(id)
		}
		for _, id := range e.Initiatives {
			try(id)
		}
		if e.Kind == cooperation.EntryInForce {
			if a, ok := ds.Agreement(e.Subject); ok {
				for _, p := range a.Parties {
					try(p.Actor)
				}
			}
		}
	}
	for li := range ls {
		ln := &ls[li]
		// Bars go on tracks, greedily, so that bars that overlap in time
		// are drawn one under the other; beyond svgTracks they share the
		// track that ends first.
		var ends []float64
		for k := range ln.items {
			it := &ln.items[k]
			it.legendOf(&used)
			if it.shape != shapeBar {
				continue
			}
			it.track = -1
			for t, e := range ends {
				if e+1 <= it.x0 {
					it.track = t
					break
				}
			}
			if it.track < 0 {
				if len(ends) < svgTracks {
					it.track = len(ends)
					ends = append(ends, 0)
				} else {
					it.track = 0
					for t, e := range ends {
						if e < ends[it.track] {
							it.track = t
						}
					}
				}
			}
			ends[it.track] = max(ends[it.track], it.x1)
		}
		ln.tracks = max(len(ends), 1)
		ln.band = svgMarkBand + float64(ln.tracks-1)*svgTrack
		ln.text = make([]string, len(ln.items))
		for k := range ln.items {
			it := &ln.items[k]
			if it.entry < 0 {
				continue
			}
			s := shown(it.entry, plotW)
			ln.text[k] = s
			prio := 0 // bars, events, signatures and plans first; milestones where there is room
			if it.shape == shapeTick {
				prio = 1
			}
			ln.labels = append(ln.labels, label{anchor: it.x0 + 3, w: textPx(s, svgLabelFS), prio: prio, item: k})
		}
		ln.rows = layoutRows(ln.labels, left, right, svgGap, svgMaxRows)
		for _, l := range ln.labels {
			if l.row < 0 {
				hidden++
			} else { // rows as tall as the scripts of the labels shown need
				ln.rowH = max(ln.rowH, lineH(ln.text[l.item], svgLabelFS))
			}
		}
		ln.top = y
		nameLines := 1.0
		if ln.name[1] != "" {
			nameLines = 2
		}
		ln.height = max(ln.band+float64(ln.rows)*ln.rowH+4, 30, nameLines*ln.nameH+8)
		y += ln.height
	}

	// Dates without a year: a band of their own, flowed in rows.
	type yl struct {
		x, y float64
		text string
		tip  string
	}
	var ylItems []yl
	ylTop, ylH := y, 0.0
	if yearless > 0 {
		used[4], used[6], used[7] = true, true, true
		rowH := lineH(words[7], svgLabelFS)
		var texts []string
		var idx []int
		for i := range entries {
			if !entries[i].Date.YearKnown() {
				s := fitText(string(appendTextSafe(nil, entries[i].Date.String()))+" "+string(appendTextSafe(nil, title(i))), svgLabelCol+12, plotW-16, svgLabelFS)
				texts = append(texts, s)
				idx = append(idx, i)
				rowH = max(rowH, lineH(s, svgLabelFS))
			}
		}
		cx, row := left, 0
		for k, s := range texts {
			wpx := 14 + textPx(s, svgLabelFS)
			if cx > left && cx+wpx > right {
				cx, row = left, row+1
			}
			if row >= svgMaxRows {
				hidden += len(texts) - k
				break
			}
			ylItems = append(ylItems, yl{x: cx, y: ylTop + 6 + float64(row)*rowH, text: s, tip: tip(idx[k], entries[idx[k]].Date.String())})
			cx += wpx + svgGap + 4
		}
		rows := 1
		if n := len(ylItems); n > 0 {
			rows = int((ylItems[n-1].y-ylTop-6)/rowH) + 1
		}
		ylH = 12 + float64(rows)*rowH
		for k := range ylItems {
			ylItems[k].y += rowH / 2
		}
		y += ylH
	}

	// The legend, flowed in rows under the lanes.
	type entryL struct {
		shape          svgShape
		fuzzy, dashed  bool
		hollow         bool
		colour, stroke string
		text           string
	}
	legend := []entryL{
		{shape: shapeBar, colour: "#1c7ed6", stroke: "#1c7ed6", text: words[0]},
		{shape: shapeDiamond, colour: "#1c7ed6", stroke: "#0b3d6b", text: words[1]},
		{shape: shapeDot, colour: "#d9480f", stroke: "#7a2a08", text: words[2]},
		{shape: shapeTick, colour: "#868e96", stroke: "#495057", text: words[3]},
		{shape: shapeRing, colour: "#2b8a3e", stroke: "#2b8a3e", hollow: true, dashed: true, text: words[4]},
		{shape: shapeDot, colour: "#d9480f", stroke: "#7a2a08", fuzzy: true, dashed: true, text: words[5]},
		{shape: shapeDot, colour: "#d9480f", stroke: "#7a2a08", dashed: true, text: words[6]},
		{shape: shapeYearless, colour: "#868e96", stroke: "#495057", hollow: true, dashed: true, text: words[7]},
	}
	legend = slices.DeleteFunc(legend, func(l entryL) bool {
		for k := range used {
			if l.text == words[k] {
				return !used[k]
			}
		}
		return false
	})
	var note string
	if hidden > 0 {
		note = fmt.Sprintf(words[8], hidden)
	}
	legH := lineH(words[5]+note, svgLabelFS)
	type placed struct{ x, y float64 }
	legPos := make([]placed, len(legend)+1)
	lx, lrow := 10.0, 0
	for k := range legPos {
		t := note
		if k < len(legend) {
			t = legend[k].text
		} else if note == "" {
			break
		}
		wpx := 26 + textPx(t, svgLabelFS)
		if k == len(legend) {
			wpx = textPx(t, svgLabelFS)
		}
		if lx > 10 && lx+wpx > float64(width)-10 {
			lx, lrow = 10, lrow+1
		}
		legPos[k] = placed{lx, y + 10 + float64(lrow)*legH + legH/2}
		lx += wpx + 16
	}
	height := int(math.Ceil(y + 14 + float64(lrow+1)*legH))

	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family='%s' font-size="%d">`+"\n",
		width, height, width, height, svgFonts, svgLabelFS)
	bw.WriteString(`<rect width="100%" height="100%" fill="#ffffff"/>` + "\n")
	for li := range ls {
		if li%2 == 1 {
			fmt.Fprintf(bw, `<rect x="0" y="%.1f" width="%d" height="%.1f" fill="#f3f5f8"/>`+"\n", ls[li].top, width, ls[li].height)
		}
	}
	// Year ticks: at most about 12 labels, fewer when they would crowd.
	span := y1 + 1 - y0
	digits := len(fmt.Sprint(max(y1+1, -y0, y0))) + 1
	maxTicks := max(1, min(12, int(plotW/(float64(digits)*7+14))))
	step := tickStep(span, int64(maxTicks))
	for ty := ceilDiv(y0, step) * step; ty <= y1+1; ty += step {
		d, ok := mustDay(ty, 1, 1)
		if !ok {
			if ty > math.MaxInt64-step {
				break
			}
			continue
		}
		px := x(d)
		fmt.Fprintf(bw, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%.1f" stroke="#dddddd"/>`+"\n", px, svgTop-6, px, ylTop)
		lbl := fmt.Sprint(ty)
		if hw := textPx(lbl, 12) / 2; px-hw >= 0 && px+hw <= float64(width) {
			fmt.Fprintf(bw, `<text x="%.1f" y="%d" text-anchor="middle" font-size="12" fill="#444444">%s</text>`+"\n", px, svgTop-14, lbl)
		}
		if ty > math.MaxInt64-step {
			break
		}
	}
	for li := range ls {
		ln := &ls[li]
		mid := ln.top + svgMarkBand/2
		bw.WriteString(`<g class="lane">` + "\n")
		// The lane's name, on one line or two, with the full name as its
		// <title>.
		fmt.Fprintf(bw, `<text text-anchor="end" dominant-baseline="central" font-size="%d" font-weight="bold" fill="#111111">`, svgLaneFS)
		for k, line := range ln.name {
			if line != "" {
				fmt.Fprintf(bw, `<tspan x="%d" y="%.1f">%s</tspan>`, svgLabelW-10, mid+float64(k)*ln.nameH, line)
			}
		}
		fmt.Fprintf(bw, "<title>%s</title></text>\n", ln.tip)
		// Bars first, then the marks of points over them.
		for k := range ln.items {
			if it := &ln.items[k]; it.shape == shapeBar {
				writeMark(bw, it, mid+float64(it.track*svgTrack))
			}
		}
		for k := range ln.items {
			if it := &ln.items[k]; it.shape != shapeBar {
				writeMark(bw, it, mid)
			}
		}
		// Labels, each under its mark, with a guide from the mark down to
		// the label's row: the guides first, then the labels over them,
		// with a halo of the lane's colour.
		halo := "#ffffff"
		if li%2 == 1 {
			halo = "#f3f5f8"
		}
		for _, l := range ln.labels {
			if l.row < 0 {
				continue
			}
			it := &ln.items[l.item]
			from := mid + 5
			if it.shape == shapeBar {
				from = mid + float64(it.track*svgTrack) + 5
			}
			rowMid := ln.top + ln.band + (float64(l.row)+0.5)*ln.rowH
			fmt.Fprintf(bw, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-opacity="0.5"/>`+"\n",
				it.x0, from, it.x0, rowMid, it.stroke)
		}
		for _, l := range ln.labels {
			if l.row < 0 {
				continue
			}
			rowMid := ln.top + ln.band + (float64(l.row)+0.5)*ln.rowH
			fmt.Fprintf(bw, `<text class="label" x="%.1f" y="%.1f" dominant-baseline="central" fill="#222222" stroke="%s" stroke-width="3" paint-order="stroke">%s</text>`+"\n",
				l.x, rowMid, halo, xmlText(ln.text[l.item]))
		}
		bw.WriteString("</g>\n")
	}
	if yearless > 0 {
		fmt.Fprintf(bw, `<line x1="0" y1="%.1f" x2="%d" y2="%.1f" stroke="#adb5bd"/>`+"\n", ylTop, width, ylTop)
		fmt.Fprintf(bw, `<text x="%d" y="%.1f" text-anchor="end" font-size="%d" font-weight="bold" fill="#111111">%s</text>`+"\n",
			svgLabelW-10, ylTop+6+lineH(words[7], svgLaneFS)*0.75, svgLaneFS, xmlText(words[7]))
		for _, it := range ylItems {
			fmt.Fprintf(bw, `<rect x="%.1f" y="%.1f" width="9" height="9" fill="#ffffff" stroke="#495057" stroke-dasharray="2,2"><title>%s</title></rect>`+"\n",
				it.x, it.y-4.5, it.tip)
			fmt.Fprintf(bw, `<text class="label" x="%.1f" y="%.1f" dominant-baseline="central" fill="#222222">%s</text>`+"\n", it.x+14, it.y, xmlText(it.text))
		}
	}
	fmt.Fprintf(bw, `<line x1="0" y1="%.1f" x2="%d" y2="%.1f" stroke="#adb5bd"/>`+"\n", y+4, width, y+4)
	for k, p := range legPos {
		if k == len(legend) {
			if note != "" {
				fmt.Fprintf(bw, `<text class="label" x="%.1f" y="%.1f" dominant-baseline="central" fill="#666666">%s</text>`+"\n", p.x, p.y, xmlText(note))
			}
			break
		}
		l := &legend[k]
		it := svgItem{shape: l.shape, x0: p.x + 10, x1: p.x + 10, fuzzy: l.fuzzy, f0: p.x + 2, f1: p.x + 18,
			dashed: l.dashed, hollow: l.hollow, colour: l.colour, stroke: l.stroke, entry: -1}
		if l.shape == shapeBar {
			it.x0, it.x1 = p.x, p.x+20
		}
		writeMark(bw, &it, p.y)
		fmt.Fprintf(bw, `<text class="label" x="%.1f" y="%.1f" dominant-baseline="central" fill="#444444">%s</text>`+"\n", p.x+26, p.y, xmlText(l.text))
	}
	bw.WriteString("</svg>\n")
	return bw.Flush()
}

// addItems adds the marks of entry e (entries[i]) to the lane.
func (ln *svgLane) addItems(ds *cooperation.Dataset, e *cooperation.Entry, i int, x func(edtf.Day) float64,
	axisLo, axisHi edtf.Day, tip func(int, string) string) {
	lo, ok1 := e.Date.Earliest()
	hi, ok2 := e.Date.Latest()
	if !ok1 || !ok2 {
		return
	}
	it := svgItem{x0: x(lo), entry: i, hollow: e.Planned,
		dashed: e.Date.Uncertain() || e.Date.Approximate() || e.Inferred || e.Disputed}
	it.x1 = it.x0
	if e.Date.Uncertain() || e.Date.Approximate() {
		if flo, fhi, ok := fuzzySpan(e.Date); ok {
			it.fuzzy, it.f0, it.f1 = true, x(flo), x(fhi+1)
		}
	}
	var periods []cooperation.PartyPeriod
	if e.Kind == cooperation.EntryInForce {
		periods = partyLane(ds, e, ln.id)
	}
	switch {
	case periods != nil:
		for k, p := range periods {
			plo, ok := p.Start.Earliest()
			if !ok {
				continue
			}
			plo = min(max(plo, axisLo), axisHi)
			end := axisHi
			if d, ok := p.End.Latest(); ok {
				end = min(max(d+1, plo), axisHi)
			}
			pi := it
			pi.shape, pi.colour, pi.stroke = shapeBar, barColour(e), barColour(e)
			pi.x0, pi.x1 = x(plo), max(x(end), x(plo)+2)
			pi.fuzzy = false
			pi.dashed = it.dashed || p.Start.Uncertain() || p.Start.Approximate() || p.End.Uncertain() || p.End.Approximate()
			pi.title = tip(i, p.Start.String()+"/"+periodEnd(p.End))
			if k > 0 {
				pi.entry = -1 // one label for the agreement, on its first period
			}
			ln.items = append(ln.items, pi)
		}
		return
	case e.Kind == cooperation.EntryInForce || e.Kind == cooperation.EntryPeriodStart:
		end := barEnd(ds, e, axisHi)
		it.shape, it.colour, it.stroke = shapeBar, barColour(e), barColour(e)
		it.x1 = max(x(end), it.x0+2)
		it.fuzzy = false
	case e.Kind == cooperation.EntryEvent:
		it.colour, it.stroke = "#d9480f", "#7a2a08"
		if hi > lo && !it.fuzzy {
			it.shape, it.x1 = shapeSpan, max(x(hi+1), it.x0+3)
		} else {
			it.shape = shapeDot
		}
	case e.Kind == cooperation.EntrySigned:
		it.shape, it.colour, it.stroke = shapeDiamond, "#1c7ed6", "#0b3d6b"
	case e.Kind == cooperation.EntryDeadline || e.Kind == cooperation.EntryTarget:
		it.shape, it.colour, it.stroke, it.hollow = shapeRing, "#2b8a3e", "#2b8a3e", true
	case e.Kind == cooperation.EntryPeriodEnd || e.Kind == cooperation.EntryEnded:
		return // drawn as the end of its bar
	default:
		it.shape, it.colour, it.stroke = shapeTick, "#868e96", "#495057"
	}
	it.title = tip(i, e.Date.String())
	ln.items = append(ln.items, it)
}

// writeMark draws a mark centred on the line y.
func writeMark(bw *bufio.Writer, it *svgItem, y float64) {
	if it.fuzzy {
		fmt.Fprintf(bw, `<rect x="%.1f" y="%.1f" width="%.1f" height="16" fill="%s" fill-opacity="0.15" stroke="%s" stroke-opacity="0.6" stroke-dasharray="2,2"/>`+"\n",
			it.f0, y-8, max(it.f1-it.f0, 2), it.colour, it.stroke)
	}
	fill, dash := it.colour, ""
	if it.hollow {
		fill = "#ffffff"
	}
	if it.dashed || it.hollow {
		dash = ` stroke-dasharray="3,2"`
	}
	tt := ""
	if it.title != "" {
		tt = "<title>" + it.title + "</title>"
	}
	switch it.shape {
	case shapeBar:
		op := "0.55"
		if it.hollow {
			op = "1"
		}
		fmt.Fprintf(bw, `<rect x="%.1f" y="%.1f" width="%.1f" height="10" rx="3" fill="%s" fill-opacity="%s" stroke="%s"%s>%s</rect>`+"\n",
			it.x0, y-5, it.x1-it.x0, fill, op, it.stroke, dash, tt)
	case shapeSpan:
		fmt.Fprintf(bw, `<rect x="%.1f" y="%.1f" width="%.1f" height="14" fill="%s" fill-opacity="0.8" stroke="%s"%s>%s</rect>`+"\n",
			it.x0, y-7, it.x1-it.x0, fill, it.stroke, dash, tt)
	case shapeDot:
		fmt.Fprintf(bw, `<circle cx="%.1f" cy="%.1f" r="5" fill="%s" stroke="%s"%s>%s</circle>`+"\n", it.x0, y, fill, it.stroke, dash, tt)
	case shapeDiamond:
		fmt.Fprintf(bw, `<path d="M%.1f %.1f l6 6 l-6 6 l-6 -6 z" fill="%s" stroke="%s"%s>%s</path>`+"\n", it.x0, y-6, fill, it.stroke, dash, tt)
	case shapeRing:
		fmt.Fprintf(bw, `<circle cx="%.1f" cy="%.1f" r="5" fill="#ffffff" stroke="%s" stroke-width="2"%s>%s</circle>`+"\n", it.x0, y, it.stroke, dash, tt)
	case shapeYearless:
		fmt.Fprintf(bw, `<rect x="%.1f" y="%.1f" width="9" height="9" fill="#ffffff" stroke="%s"%s>%s</rect>`+"\n", it.x0-4.5, y-4.5, it.stroke, dash, tt)
	default:
		fmt.Fprintf(bw, `<rect x="%.1f" y="%.1f" width="4" height="12" fill="%s" stroke="%s"%s>%s</rect>`+"\n", it.x0-2, y-6, fill, it.stroke, dash, tt)
	}
}

// ceilDiv returns a/b rounded up, for b > 0.
func ceilDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a > 0 {
		q++
	}
	return q
}

// autoLanes picks the lanes: the focus actors, then the bodies part of
// them the entries involve most (up to two thirds of the lanes left),
// then the other actors and initiatives the entries involve most, n in
// all.
func autoLanes(ds *cooperation.Dataset, entries []cooperation.Entry, focus []cooperation.ID, n int) []cooperation.ID {
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
	var out []cooperation.ID
	taken := map[cooperation.ID]bool{}
	take := func(id cooperation.ID) {
		if !taken[id] && len(out) < n {
			taken[id] = true
			out = append(out, id)
		}
	}
	for _, f := range focus {
		take(f)
	}
	if len(focus) > 0 {
		budget := (n - len(out)) * 2 / 3
		per := max(1, budget/len(focus))
		for _, f := range focus {
			within := map[cooperation.ID]bool{}
			for _, id := range ds.Within(f) {
				within[id] = true
			}
			k := 0
			for _, id := range order {
				if k >= per || budget <= 0 {
					break
				}
				if within[id] && !taken[id] {
					take(id)
					k++
					budget--
				}
			}
		}
	}
	for _, id := range order {
		take(id)
	}
	return out
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

// tickStep returns the years between two axis labels for a span of years:
// 1, 2, 5, 10, 20, 25, 50, then 1, 2 or 5 times a power of ten, the
// smallest that gives at most maxLabels labels (at least 1). The loop over the labels is then
// bounded whatever the span (EDTF years reach a billion billion).
func tickStep(span, maxLabels int64) int64 {
	maxLabels = max(maxLabels, 1)
	for _, s := range [...]int64{1, 2, 5, 10, 20, 25, 50} {
		if span/s <= maxLabels {
			return s
		}
	}
	for p := int64(100); ; p *= 10 {
		for _, m := range [...]int64{1, 2, 5} {
			if span/(m*p) <= maxLabels || m*p > math.MaxInt64/20 {
				return m * p
			}
		}
	}
}
