package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/names"
	"golang.org/x/text/language"
)

// The person rules read English: a post before the name ("Cambodian
// Minister of Economy and Finance Aun Pornmoniroth", "State Counsellor Daw
// Aung San Suu Kyi"), honorifics before it ("Dr Zaw Myint Maung") and a
// post in apposition after it ("Lu Wei, minister of the State Council's
// Cyberspace Administration of China"). Other languages get the known
// persons of the dataset only.

// runRe matches a run of capitalised words, which may be joined by the
// small words of a post's title.
var runRe = regexp.MustCompile(`(?:` + capWord + `|\b(?:of|for|to|and|the)\b)(?:[ \t]+(?:` + capWord + `|(?:of|for|to|and|the)\b))*`)

// capWord is a capitalised word; only the abbreviations of honorifics
// keep their full stop, so that a run ends with its sentence.
const capWord = `\b(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Capt|H\.E)\.|[A-Z][\p{L}'’-]*)`

// apposRe matches "Name Name, [a|the] post of Org".
var apposRe = regexp.MustCompile(`\b((?:[A-Z][\p{L}'’-]+[ \t]+){1,3}[A-Z][\p{L}'’-]+),[ \t]+(?:a[ \t]+|the[ \t]+)?((?:[\p{L}'’-]+[ \t]+){0,3}?(?i:secretary-general|director-general|minister|director|president|chairman|chairwoman|chief|secretary|ambassador|governor|professor|head|spokesperson|spokesman|envoy|ceo|counsellor|mayor|premier|leader))\b(?:[ \t]+(of|at|for|to)[ \t]+((?:the[ \t]+)?` + orgWord + `(?:[ \t]+` + orgWord + `){0,9}))?`)

// orgWord is a word of an organisation's name in an apposition: a
// capitalised word, a small word or a common noun of a body's name.
const orgWord = `(?:[A-Z][\p{L}'’.&-]*|of|and|the|in|for|commerce|trade|department|ministry|government|bureau|office|university|company|group|council|committee|region|province|city|chamber|association|party|agency|administration|commission|corporation|bank)\b`

// postWords are the words that make a capitalised word a post.
var postWords = map[string]bool{"Minister": true, "Vice-Minister": true, "Ambassador": true, "Director": true, "Director-General": true,
	"President": true, "Vice-President": true, "Chairman": true, "Chairwoman": true, "Chair": true, "Secretary-General": true,
	"Secretary": true, "Counsellor": true, "Counselor": true, "Governor": true, "Premier": true, "Mayor": true, "Chief": true,
	"Commissioner": true, "Envoy": true, "Spokesperson": true, "Spokesman": true, "Professor": true, "Head": true, "Leader": true}

// titleWords may stand in a post's title besides posts and known names.
var titleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`of for to and the Deputy Vice Senior Union State Prime Chief Regional Foreign General
		Economy Finance Information Communications Communication Post Posts Telecommunications Industry Trade Commerce Affairs
		Planning Investment Agriculture Forestry Fisheries Health Education Youth Sport Sports Defence Defense National
		Interior Home Justice Labour Labor Culture Tourism Transport Transportation Public Works Science Technology Energy
		Mines Mining Environment Natural Resources Social Welfare Rural Development Women Digital Security Council Office
		Cabinet Construction Water Land Management Urban Religion Religions Civil Service Aviation Relations International
		Cooperation Government Region Province Ministry Department Administration Bureau Commission Committee Party
		Cambodian Chinese Lao Laos Laotian Vietnamese Thai Myanmar Burmese Malaysian Singaporean Singapore Indonesian
		Philippine Filipino Bruneian ASEAN Cambodia China Vietnam Thailand Malaysia Indonesia Philippines Brunei Japanese
		Korean Indian American US U.S. European Permanent Acting Executive First Second Standing`) {
		titleWords[w] = true
	}
}

// demonyms name the state an adjective of a post refers to, by its
// English name (looked up in the dataset's name index).
var demonyms = map[string]string{"Cambodian": "Cambodia", "Chinese": "China", "Lao": "Laos", "Laos": "Laos", "Laotian": "Laos",
	"Vietnamese": "Vietnam", "Thai": "Thailand", "Myanmar": "Myanmar", "Burmese": "Myanmar", "Malaysian": "Malaysia",
	"Singaporean": "Singapore", "Singapore": "Singapore", "Indonesian": "Indonesia", "Philippine": "Philippines",
	"Filipino": "Philippines", "Bruneian": "Brunei", "Cambodia": "Cambodia", "China": "China", "Vietnam": "Vietnam"}

type tok struct {
	s, e int
	w    string
}

// personNameOf takes apart the name text[s:e], which starts with its
// own first word when a known person's name starts at s ("Ma Jixian": Ma
// is then no honorific, although ParsePersonName reads it as Burmese).
func personNameOf(text string, s, e int, tag language.Tag, ms []ActorMention, base *cooperation.Dataset) names.PersonName {
	p := names.ParsePersonName(strings.ReplaceAll(text[s:e], ". ", " "), tag)
	if len(p.Honorifics) > 0 && personStartsAt(ms, base, s) {
		ws := strings.Fields(text[s:e])
		p.Honorifics = nil
		if p.Order == names.OrderFamilyFirst {
			p.Family, p.Given = ws[0], strings.Join(ws[1:], " ")
		} else {
			p.Family, p.Given = ws[len(ws)-1], strings.Join(ws[:len(ws)-1], " ")
		}
	}
	return p
}

func isHonorificWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len(names.ParsePersonName(w+" X", language.English).Honorifics) > 0 || w == "Dato'" || w == "Dato’"
}

// persons finds the persons of text.
func persons(text string, tag language.Tag, base *cooperation.Dataset, ms []ActorMention) []Person {
	var out []Person
	add := func(p Person) {
		for i, q := range out {
			if q.Start < p.End && p.Start < q.End { // overlapping: keep the one with more
				if p.Post != "" && q.Post == "" || p.End-p.Start > q.End-q.Start && (q.Post == "" || p.Post != "") {
					out[i] = p
				}
				return
			}
		}
		out = append(out, p)
	}
	mentionAt := func(s, e int) *ActorMention {
		for i := range ms {
			if ms[i].Start < e && s < ms[i].End {
				return &ms[i]
			}
		}
		return nil
	}
	personID := func(s, e int) cooperation.ID {
		for i := range ms {
			m := &ms[i]
			if m.Start >= s && m.End <= e && base != nil {
				for _, id := range m.IDs {
					if a, ok := base.Actor(id); ok && a.Kind == cooperation.ActorPerson {
						return id
					}
				}
			}
		}
		return ""
	}
	if langOf(tag) == langEnglish {
		var runs [][]int
		for off, line := range lines(text) {
			for _, loc := range runRe.FindAllStringIndex(line, -1) {
				runs = append(runs, []int{off + loc[0], off + loc[1]})
			}
		}
		for _, loc := range runs {
			var ws []tok
			for _, f := range wordsOf(text, loc[0], loc[1]) {
				ws = append(ws, f)
			}
			for k := 0; k < len(ws); k++ {
				if !postWords[strings.TrimSuffix(ws[k].w, ".")] {
					continue
				}
				// The title runs on after the post word through small
				// words, title words and known names.
				j := k + 1
				for j < len(ws) && (postWords[ws[j].w] || titleWords[ws[j].w] || isNameOf(mentionAt(ws[j].s, ws[j].e), base, false)) && !isHonorificWord(ws[j].w) {
					j++
				}
				if j < len(ws) && ws[j-1].w == "and" {
					j--
				}
				// Honorifics, then the name.
				h := j
				for h < len(ws) && isHonorificWord(ws[h].w) && !personStartsAt(ms, base, ws[h].s) {
					h++
				}
				n := h
				for n < len(ws) && n-h < 5 && !titleWords[ws[n].w] && !postWords[ws[n].w] && ws[n].w[0] >= 'A' && ws[n].w[0] <= 'Z' {
					n++
				}
				if n == h {
					continue
				}
				// The title starts back through title words and names.
				i := k
				for i > 0 && (titleWords[ws[i-1].w] || postWords[ws[i-1].w] || isNameOf(mentionAt(ws[i-1].s, ws[i-1].e), base, false)) {
					i--
				}
				for i < k && (ws[i].w == "the" || ws[i].w == "of" || ws[i].w == "and" || ws[i].w == "to" || ws[i].w == "for") {
					i++
				}
				p := Person{Span: Span{ws[j].s, ws[n-1].e}, Post: text[ws[i].s:ws[j-1].e], Confidence: 75}
				p.Text = text[p.Start:p.End]
				p.Name = personNameOf(text, p.Start, p.End, tag, ms, base)
				p.Actor = personID(ws[h].s, ws[n-1].e)
				p.Org = postOrg(base, text, ms, ws[i].s, ws[j-1].e, p.Post)
				// "Director Mr Song Tao of IDCPC": the organisation after the name.
				if p.Org == "" && n+1 < len(ws) && ws[n].w == "of" {
					if m := mentionAt(ws[n+1].s, ws[n+1].e); m != nil && m.Start == ws[n+1].s {
						p.Org = orgOf(base, m)
					}
				}
				if p.Actor != "" {
					p.Confidence = 85
				}
				add(p)
				k = n - 1
			}
			// A run that starts with honorifics: "Mr. Dato Lim Jock Hoi".
			if len(ws) > 1 && isHonorificWord(ws[0].w) && !personStartsAt(ms, base, ws[0].s) {
				h := 0
				for h < len(ws) && isHonorificWord(ws[h].w) && !personStartsAt(ms, base, ws[h].s) {
					h++
				}
				n := h
				for n < len(ws) && n-h < 5 && !titleWords[ws[n].w] && !postWords[ws[n].w] && ws[n].w[0] >= 'A' && ws[n].w[0] <= 'Z' {
					n++
				}
				if n > h {
					p := Person{Span: Span{ws[0].s, ws[n-1].e}, Confidence: 70}
					p.Text = text[p.Start:p.End]
					p.Name = personNameOf(text, p.Start, p.End, tag, ms, base)
					p.Actor = personID(ws[h].s, ws[n-1].e)
					if p.Actor != "" {
						p.Confidence = 85
					}
					add(p)
				}
			}
		}
		var appos [][]int
		for off, line := range lines(text) {
			for _, g := range apposRe.FindAllStringSubmatchIndex(line, -1) {
				for i := range g {
					if g[i] >= 0 {
						g[i] += off
					}
				}
				appos = append(appos, g)
			}
		}
		for _, g := range appos {
			ns, ne := g[2], g[3]
			// Keep the last words before the comma that are not a post's.
			ws := wordsOf(text, ns, ne)
			for len(ws) > 0 && (titleWords[ws[0].w] || postWords[ws[0].w] || isHonorificWord(ws[0].w) && !personStartsAt(ms, base, ws[0].s) || ws[0].w == "Said" || ws[0].w == "The") {
				ws = ws[1:]
			}
			if len(ws) < 2 {
				continue
			}
			ns = ws[0].s
			post := text[g[4]:g[5]]
			p := Person{Span: Span{ns, ne}, Text: text[ns:ne], Confidence: 70}
			p.Name = personNameOf(text, p.Start, p.End, tag, ms, base)
			p.Actor = personID(ns, ne)
			if g[8] >= 0 {
				org := strings.TrimRight(text[g[8]:g[9]], " \t")
				for _, w := range []string{" of", " and", " the", " in", " for"} {
					org = strings.TrimSuffix(org, w)
				}
				post += " " + text[g[6]:g[7]] + " " + org
				p.Org = postOrg(base, text, ms, g[8], g[8]+len(org), "")
				if p.Org == "" {
					// "vice chairman of Guangxi": the place's government.
					for i := range ms {
						if ms[i].Start == g[8] && ms[i].End == g[8]+len(org) {
							p.Org = orgOf(base, &ms[i])
						}
					}
				}
			}
			p.Post = post
			if p.Actor != "" {
				p.Confidence = 80
			}
			add(p)
		}
	}
	// Known persons the rules above did not find, with the post written
	// just before the name in Vietnamese or Chinese ("Bộ trưởng Bộ Thông
	// tin và Truyền thông Nguyễn Mạnh Hùng", "柬埔寨经济和财政大臣…").
	for _, m := range ms {
		if id := personID(m.Start, m.End); id != "" {
			p := Person{Span: m.Span, Text: m.Text, Actor: id, Confidence: m.Confidence}
			p.Name = personNameOf(text, m.Start, m.End, tag, ms, base)
			if ps := postBefore(text, m.Start, langOf(tag)); ps >= 0 {
				p.Post = strings.TrimSpace(text[ps:m.Start])
				p.Org = postOrg(base, text, ms, ps, m.Start, "")
			}
			add(p)
		}
	}
	slices.SortFunc(out, func(a, b Person) int { return a.Start - b.Start })
	return out
}

// wordsOf splits text[s:e] into words at spaces.
func wordsOf(text string, s, e int) []tok {
	var ws []tok
	i := s
	for i < e {
		for i < e && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		j := i
		for j < e && text[j] != ' ' && text[j] != '\t' {
			j++
		}
		if j > i {
			ws = append(ws, tok{i, j, text[i:j]})
		}
		i = j
	}
	return ws
}

// isNameOf reports whether m names a known actor other than a person (a
// person's name is never part of a title).
func isNameOf(m *ActorMention, base *cooperation.Dataset, _ bool) bool {
	if m == nil || base == nil {
		return false
	}
	for _, id := range m.IDs {
		if a, ok := base.Actor(id); ok && a.Kind != cooperation.ActorPerson {
			return true
		}
	}
	return len(m.IDs) > 0 && base == nil
}

// orgOf returns the organisation a mention names: an organisation itself,
// or the government of a place.
func orgOf(base *cooperation.Dataset, m *ActorMention) cooperation.ID {
	if base == nil {
		return ""
	}
	for _, id := range m.IDs {
		if a, ok := base.Actor(id); ok && a.Kind.IsOrganisation() {
			return id
		}
	}
	for _, id := range m.IDs {
		if a, ok := base.Actor(id); ok && a.Kind.IsPlace() {
			for i := range base.Actors {
				if g := &base.Actors[i]; g.Kind == cooperation.ActorGovernment && g.Governs == id {
					return g.ID
				}
			}
		}
	}
	return ""
}

// postOrg finds the organisation of a post whose title is text[s:e]: the
// longest organisation named in it, else the ministry the title names
// ("Minister of X", "X Minister": the Ministry of X), of the state its
// adjective names when several have that name, else the government of the
// place named.
func postOrg(base *cooperation.Dataset, text string, ms []ActorMention, s, e int, title string) cooperation.ID {
	if base == nil {
		return ""
	}
	var best *ActorMention
	var place *ActorMention
	for i := range ms {
		m := &ms[i]
		if m.Start < s || m.End > e {
			continue
		}
		for _, id := range m.IDs {
			a, ok := base.Actor(id)
			if !ok {
				continue
			}
			if a.Kind.IsOrganisation() && (best == nil || m.End-m.Start > best.End-best.Start) {
				best = m
			}
			if a.Kind.IsPlace() && place == nil {
				place = m
			}
		}
	}
	if best != nil {
		return orgOf(base, best)
	}
	if title != "" {
		if id := ministry(base, title); id != "" {
			return id
		}
		if id := embassy(base, title, place); id != "" {
			return id
		}
	}
	if place != nil && strings.Contains(title, "Chief Minister") || place != nil && strings.Contains(title, "Governor") {
		return orgOf(base, place)
	}
	return ""
}

// ministryRe takes the portfolio out of a minister's title.
var (
	ministerOf     = regexp.MustCompile(`Minister (?:of|for) ((?:[A-Z][\p{L}-]*|and)(?: (?:[A-Z][\p{L}-]*|and))*)`)
	ministerBefore = regexp.MustCompile(`((?:[A-Z][\p{L}-]*|and)(?: (?:[A-Z][\p{L}-]*|and))*) Minister\b`)
)

func ministry(base *cooperation.Dataset, title string) cooperation.ID {
	ix := base.NameIndex()
	var state cooperation.ID
	words := strings.Fields(title)
	for _, w := range words {
		if n, ok := demonyms[w]; ok {
			if refs, _ := ix.Lookup(n); len(refs) > 0 {
				state = cooperation.ID(refs[0].ID)
			}
			break
		}
	}
	var portfolio string
	if g := ministerOf.FindStringSubmatch(title); g != nil {
		portfolio = g[1]
	} else if g := ministerBefore.FindStringSubmatch(title); g != nil {
		ws := strings.Fields(g[1])
		for len(ws) > 0 && (demonyms[ws[0]] != "" || ws[0] == "Union" || ws[0] == "Deputy" || ws[0] == "Vice" || ws[0] == "Prime" || ws[0] == "Chief") {
			ws = ws[1:]
		}
		portfolio = strings.Join(ws, " ")
	}
	if portfolio == "" {
		return ""
	}
	refs, _ := ix.Lookup("Ministry of " + portfolio)
	var found []cooperation.ID
	for _, r := range refs {
		id := cooperation.ID(r.ID)
		if !slices.Contains(found, id) {
			found = append(found, id)
		}
	}
	if len(found) == 1 && state == "" {
		return found[0]
	}
	for _, id := range found {
		if state != "" && stateOf(base, id) == state {
			return id
		}
	}
	return ""
}

// stateOf follows an actor's PartOf, Governs and Location up to a state.
func stateOf(base *cooperation.Dataset, id cooperation.ID) cooperation.ID {
	for range 8 {
		a, ok := base.Actor(id)
		if !ok {
			return ""
		}
		if a.Kind == cooperation.ActorState {
			return id
		}
		switch {
		case a.PartOf != "":
			id = a.PartOf
		case a.Governs != "":
			id = a.Governs
		case a.Location != "":
			id = a.Location
		default:
			return ""
		}
	}
	return ""
}

// personStartsAt reports whether a known person's name starts at offset s
// ("Ma Jixian": Ma is then no honorific).
func personStartsAt(ms []ActorMention, base *cooperation.Dataset, s int) bool {
	if base == nil {
		return false
	}
	for _, m := range ms {
		if m.Start == s {
			for _, id := range m.IDs {
				if a, ok := base.Actor(id); ok && a.Kind == cooperation.ActorPerson {
					return true
				}
			}
		}
	}
	return false
}

// embassy finds the embassy of an ambassador's title: "Chinese Ambassador
// to Cambodia" is the embassy (an actor of kind embassy) part of the state
// the adjective names, with a name that names the host state.
func embassy(base *cooperation.Dataset, title string, host *ActorMention) cooperation.ID {
	if host == nil || !strings.Contains(title, "Ambassador") {
		return ""
	}
	ix := base.NameIndex()
	var sending cooperation.ID
	for _, w := range strings.Fields(title) {
		if n, ok := demonyms[w]; ok {
			if refs, _ := ix.Lookup(n); len(refs) > 0 {
				sending = cooperation.ID(refs[0].ID)
			}
			break
		}
	}
	if sending == "" {
		return ""
	}
	for _, hostID := range host.IDs {
		if hostID == sending {
			continue
		}
		for i := range base.Actors {
			e := &base.Actors[i]
			if e.Kind != cooperation.ActorEmbassy || e.PartOf != sending {
				continue
			}
			for _, n := range e.Names {
				if strings.HasSuffix(n.Text, " in "+host.Text) {
					return e.ID
				}
			}
		}
	}
	return ""
}

// postHeads are the words a post starts with in Vietnamese and ends with
// in Chinese.
var (
	viPostHeads = []string{"Phó Thủ tướng", "Thủ tướng", "Phó Chủ tịch", "Chủ tịch", "Thứ trưởng", "Bộ trưởng", "Đại sứ", "Tổng Bí thư", "Bí thư", "Tổng Thư ký", "Giám đốc", "Cục trưởng", "Vụ trưởng"}
	zhPostTails = []string{"副部长", "部长", "副总理", "总理", "副主席", "主席", "大使", "书记", "秘书长", "省长", "主任", "局长", "大臣"}
)

// postBefore returns where the post written just before offset e starts,
// or -1: in Vietnamese a post head and the capitalised words after it up to
// the name (within 80 bytes), in Chinese a post word ending at the name
// with the Han characters before it up to punctuation (within 36 bytes).
func postBefore(text string, e int, l lang) int {
	switch l {
	case langVietnamese:
		s := max(0, e-80)
		for s < e && !utf8RuneStart(text[s]) {
			s++
		}
		seg := text[s:e]
		best := -1
		for _, h := range viPostHeads {
			if i := strings.LastIndex(seg, h); i >= 0 && (best < 0 || i < best) && !strings.ContainsAny(seg[i:], ",.;:") {
				best = i
			}
		}
		if best >= 0 {
			return s + best
		}
	case langChinese:
		seg := text[:e]
		for _, t := range zhPostTails {
			if strings.HasSuffix(seg, t) {
				i := len(seg) - len(t)
				for n := 0; i > 0 && n < 12; n++ {
					r, size := utf8.DecodeLastRuneInString(seg[:i])
					if !unicode.Is(unicode.Han, r) {
						break
					}
					i -= size
				}
				return i
			}
		}
	}
	return -1
}
