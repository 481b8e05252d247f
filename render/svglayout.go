package render

import (
	"slices"
	"strings"
	"unicode"

	"github.com/coopframe/cooperation/edtf"
)

// The labels of WriteSVG are placed without a browser, so their widths are
// estimated: there is no font measurement in the standard library or in
// x/text, and shipping font metrics would add megabytes. The estimate
// counts display columns as [RuneWidth] does (CJK two, combining marks
// none) and gives each script's letters the advance the Noto fonts of
// the font list give them at most, so a label is never wider on screen
// than its estimate (TestSVGLabelsInChromium measures them).

// runePx returns the estimated advance of r at font size fs, in pixels.
func runePx(r rune, fs float64) float64 {
	switch w := RuneWidth(r); {
	case w == 0:
		return 0
	case w == 2:
		return fs * 1.02
	}
	switch {
	case r < 0x80:
		switch {
		case r == ' ' || r == '.' || r == ',' || r == ':' || r == ';' || r == '\'' || r == '|' || r == '!' || r == 'i' || r == 'l' || r == 'j' || r == 'I':
			return fs * 0.34
		case 'A' <= r && r <= 'Z', r == 'm', r == 'w', r == '@', r == '%':
			return fs * 0.8
		}
		return fs * 0.6
	case unicode.Is(unicode.Myanmar, r):
		return fs * 0.9
	case unicode.Is(unicode.Khmer, r):
		return fs * 0.7
	case unicode.Is(unicode.Thai, r), unicode.Is(unicode.Lao, r):
		return fs * 0.8
	case r == '…' || r == '–' || r == '—':
		return fs * 1.0
	}
	return fs * 0.75
}

// textPx returns the estimated width of s at font size fs.
func textPx(s string, fs float64) float64 {
	w := 0.0
	for _, r := range s {
		w += runePx(r, fs)
	}
	return w
}

// lineH returns the height a row of labels s needs at font size fs: the
// Noto fonts' ascent and descent, taller for Burmese and Khmer, whose
// stacked vowels and subscripts reach far above and below.
func lineH(s string, fs float64) float64 {
	h := fs * 1.45
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Myanmar, r):
			return fs * 2.05
		case unicode.Is(unicode.Khmer, r):
			h = max(h, fs*1.9)
		case unicode.Is(unicode.Thai, r), unicode.Is(unicode.Lao, r):
			h = max(h, fs*1.75)
		}
	}
	return h
}

// fitText cuts s so that it takes at most cols display columns
// ([StringWidth]) and at most px estimated pixels at font size fs, ending
// in "…" when cut. s is text already escaped for display (no hidden
// rune), so a cut never splits an escape's meaning from what it shows.
func fitText(s string, cols int, px, fs float64) string {
	if StringWidth(s) <= cols && textPx(s, fs) <= px {
		return s
	}
	ell := runePx('…', fs)
	w, c := 0.0, 0
	var prev rune
	for i, r := range s {
		rw, rc := runePx(r, fs), RuneWidth(r)
		if prev == 0x17D2 || prev == 0x1039 {
			// A consonant after the Khmer coeng or the Burmese virama is
			// written under the one before: it belongs to its cluster.
			rw, rc = 0, 0
		}
		// Cut before a letter, never between a letter and its marks
		// (which take no width).
		if rc > 0 && (w+rw+ell > px || c+rc > cols-1) {
			return s[:i] + "…"
		}
		w += rw
		c += rc
		prev = r
	}
	return s
}

// label is a text placed by layoutRows: its anchor x (where its mark is),
// its estimated width, its priority (0 first), and the row and left edge
// the layout gives it.
type label struct {
	anchor, w float64
	prio      int
	x         float64
	row       int // -1: no room
	item      int // the index of what it labels
}

// span is the room a label takes in a row, from x0 to x1.
type span struct{ x0, x1 float64 }

// layoutRows places labels in rows so that no two overlap: in order of
// priority, then of their left edges, each goes into the first row where
// it keeps gap pixels from the labels placed there, or into a new row
// while there are fewer than maxRows. A label starts at its anchor, or
// further left so that it ends by right, but never left of left; one
// that finds no room gets row -1. It returns the number of rows used.
//
// A row holds at most (right-left)/gap labels, so placing one costs a
// binary search and an insertion into a short list per row: the work is
// O(len(ls) × maxRows × log) after a sort, linear in the labels.
func layoutRows(ls []label, left, right, gap float64, maxRows int) int {
	for i := range ls {
		x := min(ls[i].anchor, right-ls[i].w)
		ls[i].x = max(x, left)
	}
	slices.SortStableFunc(ls, func(a, b label) int {
		switch {
		case a.prio != b.prio:
			return a.prio - b.prio
		case a.x < b.x:
			return -1
		case a.x > b.x:
			return 1
		}
		return 0
	})
	var rows [][]span
	for i := range ls {
		l := &ls[i]
		l.row = -1
		sp := span{l.x, l.x + l.w}
		for r, row := range rows {
			k, _ := slices.BinarySearchFunc(row, sp.x0, func(s span, x float64) int {
				switch {
				case s.x0 < x:
					return -1
				case s.x0 > x:
					return 1
				}
				return 0
			})
			if k > 0 && row[k-1].x1+gap > sp.x0 || k < len(row) && sp.x1+gap > row[k].x0 {
				continue
			}
			rows[r] = slices.Insert(row, k, sp)
			l.row = r
			break
		}
		if l.row < 0 && len(rows) < maxRows {
			l.row = len(rows)
			rows = append(rows, []span{sp})
		}
	}
	return len(rows)
}

// wrap2 breaks s into at most two lines of px estimated pixels at font
// size fs, at a space, the second cut with "…" when it does not fit.
func wrap2(s string, px, fs float64) (string, string) {
	if textPx(s, fs) <= px {
		return s, ""
	}
	cut := -1
	for i, r := range s {
		if r == ' ' && textPx(s[:i], fs) <= px {
			cut = i
		}
	}
	if cut <= 0 {
		return fitText(s, 1<<30, px, fs), ""
	}
	return s[:cut], fitText(s[cut+1:], 1<<30, px, fs)
}

// fuzzySpan returns the days an uncertain or approximate date possibly
// covers: one unit either side of the part of the date its qualifier
// follows ("2020?-07-09": the year, so 2019-07-09 to 2021-07-09; "2020-07?":
// the month), or of its precision for intervals and sets, which
// [edtf.Date.Widened] widens as a whole. ok is false when d has no bounds.
func fuzzySpan(d edtf.Date) (lo, hi edtf.Day, ok bool) {
	lo, ok1 := d.Earliest()
	hi, ok2 := d.Latest()
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	s := d.String()
	q := strings.IndexAny(s, "?~%")
	if d.IsInterval() || d.IsSet() || d.IsList() || q < 0 {
		lo, _, hi, _ = d.Widened(edtf.Widening{Uncertain: 1, Approximate: 1})
		return lo, hi, true
	}
	ly, lm, ld := lo.Date()
	hy, hm, hd := hi.Date()
	switch strings.Count(s[min(1, q):q], "-") { // s[0] may be a year's minus sign
	case 0:
		return edtf.DayOf(ly-1, lm, ld), edtf.DayOf(hy+1, hm, hd), true
	case 1:
		return edtf.DayOf(ly, lm-1, ld), edtf.DayOf(hy, hm+1, hd), true
	}
	return lo - 1, hi + 1, true
}

// svgWords are the legend's words in each title language (titleLangs'
// order): bar, diamond, dot, tick, ring, shaded span, dashed outline,
// year unknown, and the note on hidden labels, which takes a number.
var svgWords = [...][9]string{
	{"in force or running", "signed", "event", "other milestone", "planned (hollow)", "uncertain date: its possible span",
		"dashed: inferred, disputed or uncertain", "year unknown", "%d more labels hidden: hover the marks"},
	{"có hiệu lực hoặc đang diễn ra", "ký kết", "sự kiện", "mốc khác", "kế hoạch (rỗng)", "ngày không chắc chắn: khoảng có thể",
		"nét đứt: suy ra, tranh chấp hoặc không chắc", "không rõ năm", "ẩn %d nhãn: di chuột lên dấu để xem"},
	{"生效或进行中", "签署", "活动", "其他节点", "计划（空心）", "日期不确定：可能的范围",
		"虚线：推断、有争议或不确定", "年份不详", "另有%d个标签未显示：悬停于标记查看"},
	{"生效或進行中", "簽署", "活動", "其他節點", "計劃（空心）", "日期不確定：可能的範圍",
		"虛線：推斷、有爭議或不確定", "年份不詳", "另有%d個標籤未顯示：懸停於標記查看"},
	{"berlaku atau berjalan", "ditandatangani", "acara", "tonggak lain", "rencana (berongga)", "tanggal tidak pasti: rentang mungkin",
		"putus-putus: disimpulkan, disengketakan atau tidak pasti", "tahun tidak diketahui", "%d label lain disembunyikan: arahkan ke tanda"},
	{"berkuat kuasa atau berjalan", "ditandatangani", "acara", "peristiwa lain", "rancangan (berongga)", "tarikh tidak pasti: julat mungkin",
		"putus-putus: disimpulkan, dipertikaikan atau tidak pasti", "tahun tidak diketahui", "%d label lain disembunyikan: tuding pada tanda"},
	{"มีผลบังคับหรือดำเนินอยู่", "ลงนาม", "กิจกรรม", "เหตุการณ์อื่น", "แผน (กลวง)", "วันที่ไม่แน่นอน: ช่วงที่เป็นไปได้",
		"เส้นประ: อนุมาน โต้แย้ง หรือไม่แน่นอน", "ไม่ทราบปี", "ซ่อนอีก %d ป้าย: ชี้ที่เครื่องหมายเพื่อดู"},
}
