package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"golang.org/x/text/language"
)

// DraftOptions says how [Result.Draft] builds its layer.
type DraftOptions struct {
	// Base is the dataset the draft is a layer on; nil means the catalog
	// (catalog.Default). It should be the dataset given to Extract.
	Base *cooperation.Dataset
	// Source is the article's Source entity as the caller knows it
	// (publisher, title, address). Draft fills what is empty: the ID
	// (from the publication date and title), the title (the first line
	// of the text), the language and the publication date, and it always
	// sets the note that marks the source machine-extracted.
	Source cooperation.Source
}

// MachineExtracted starts the note of the draft's source and of every
// entity Draft proposes: the model has no field of its own for it.
const MachineExtracted = "machine-extracted (package extract)"

// Draft proposes the facts of r as a dataset layered on o.Base, every
// entity citing the article's Source entity and noting, after
// [MachineExtracted], the offsets of the text it rests on and the
// extractor's confidence:
//
//   - the Source entity of the article;
//   - an Actor of kind person for each person the base does not hold, with
//     the honorifics, and the post when the text ties it to a known
//     organisation;
//   - an Event for each dated sentence that names a forum, meeting,
//     summit, session, visit, ceremony or expo, with the date (and time);
//   - a Figure for each amount, with as subject the known actor or
//     initiative named last before it in its sentence, its period the
//     date of the sentence and a stated change ("up 65.9 percent from
//     2013") on the figure it qualifies.
//
// Known persons' posts are not restated (a layer does not modify its
// base's entities); they are in r.Persons. The layer is built; run
// Validate on it before use: a draft's problems (an event with no name the
// text gives, a figure with no subject) are what a reviewer completes.
func (r *Result) Draft(o DraftOptions) (*cooperation.Dataset, error) {
	base := o.Base
	if base == nil {
		var err error
		if base, err = catalog.Default(); err != nil {
			return nil, err
		}
	}
	a := r.Article
	src := o.Source
	if src.Title == "" {
		line, _, _ := strings.Cut(strings.TrimSpace(a.Text), "\n")
		src.Title = strings.TrimSpace(line)
	}
	if src.Language == (language.Tag{}) {
		src.Language = a.Language
	}
	if src.Published.IsZero() {
		src.Published = a.Published
	}
	if src.ID == "" {
		src.ID = cooperation.IDFrom("extract " + src.Published.String() + " " + firstWords(src.Title, 4))
		if src.ID == "" {
			src.ID = "extract-article"
		}
	}
	src.Extractor = "github.com/coopframe/cooperation/extract"
	src.Note = strings.TrimSpace(MachineExtracted + "; every entity citing this source is a proposal to review. " + src.Note)
	srcs := []cooperation.ID{src.ID}
	ds := &cooperation.Dataset{Sources: []cooperation.Source{src}}
	note := func(sp Span, text string, c Confidence, extra string) string {
		s := fmt.Sprintf("%s: bytes %d-%d %q, confidence %s", MachineExtracted, sp.Start, sp.End, text, c)
		if extra != "" {
			s += "; " + extra
		}
		return s
	}
	used := map[cooperation.ID]bool{src.ID: true}
	newID := func(want cooperation.ID) cooperation.ID {
		id := want
		for n := 2; ; n++ {
			if _, inBase := base.Actor(id); !used[id] && !inBase && id != "" {
				if _, ok := base.Event(id); !ok {
					used[id] = true
					return id
				}
			}
			id = cooperation.ID(string(want) + "-" + strconv.Itoa(n))
		}
	}

	// Persons the base does not hold.
	seen := map[string]bool{}
	for _, p := range r.Persons {
		if p.Actor != "" || seen[p.Name.Given+" "+p.Name.Family] {
			continue
		}
		seen[p.Name.Given+" "+p.Name.Family] = true
		full := strings.TrimSpace(strings.Join(strings.Fields(p.Text)[len(p.Name.Honorifics):], " "))
		act := cooperation.Actor{
			ID: newID(cooperation.IDFrom(full)), Kind: cooperation.ActorPerson,
			Names:      names.Names{{Text: full, Lang: a.Language, Sources: []string{string(src.ID)}}},
			Honorifics: p.Name.Honorifics, Sources: srcs,
		}
		extra := ""
		if p.Post != "" && p.Org != "" {
			act.Posts = []cooperation.Post{{Title: p.Post, Org: p.Org, Sources: srcs}}
		} else if p.Post != "" {
			extra = fmt.Sprintf("post %q, organisation not known", p.Post)
		}
		act.Note = note(p.Span, p.Text, p.Confidence, extra)
		ds.Actors = append(ds.Actors, act)
	}

	// Events: a dated sentence that names one.
	eventOf := map[int]int{} // sentence start → index in ds.Events
	for _, t := range r.Temporals {
		if t.Kind == TemporalTime || t.Kind == TemporalDeadline || t.Kind == TemporalDateline || t.Value.Precision() < edtf.PrecisionDay {
			continue
		}
		ss, se := sentence(a.Text, t.Start, t.End)
		kind, name := eventIn(a.Text[ss:se])
		if kind == cooperation.EventUnknown {
			continue
		}
		ev := cooperation.Event{Kind: kind, Date: t.Value, Time: t.Time, Inferred: t.Inferred, Sources: srcs}
		if !t.Offset {
			ev.Time = cooperation.Clock{}
		}
		if name != "" {
			ev.Names = names.Names{{Text: name, Lang: a.Language, Sources: []string{string(src.ID)}}}
		}
		dup := false
		for i := range ds.Events {
			if e := &ds.Events[i]; e.Kind == kind && e.Date == ev.Date && (len(e.Names) == 0 || len(ev.Names) == 0 || e.Names[0].Text == ev.Names[0].Text) {
				e.Note += fmt.Sprintf("; also bytes %d-%d %q", t.Start, t.End, t.Text)
				if len(e.Names) == 0 {
					e.Names = ev.Names
				}
				dup = true
			}
		}
		if dup {
			for i := range ds.Events {
				if e := &ds.Events[i]; e.Kind == kind && e.Date == ev.Date {
					eventOf[ss] = i
				}
			}
			continue
		}
		idName := name
		if idName == "" {
			idName = kind.String()
		}
		ev.ID = newID(cooperation.IDFrom(string(src.ID) + " " + idName))
		ev.Note = note(t.Span, t.Text, t.Confidence, "")
		eventOf[ss] = len(ds.Events)
		ds.Events = append(ds.Events, ev)
	}

	// Figures.
	var last *cooperation.Figure
	lastEnd := -1
	for _, am := range r.Amounts {
		ss, se := sentence(a.Text, am.Start, am.End)
		if am.Change && last != nil && lastEnd >= ss && last.Change.IsZero() {
			last.Change = am.Value
			if v := dateAfter(r.Temporals, am.End, se); !v.IsZero() {
				last.Versus = v
			}
			last.Note += fmt.Sprintf("; change bytes %d-%d %q, confidence %s", am.Start, am.End, am.Text, am.Confidence)
			continue
		}
		// People at an event of the sentence: its attendance.
		if i, ok := eventOf[ss]; ok && am.Value.Unit == "persons" && ds.Events[i].Attendance.IsZero() {
			ds.Events[i].Attendance = am.Value
			ds.Events[i].Note += fmt.Sprintf("; attendance bytes %d-%d %q, confidence %s", am.Start, am.End, am.Text, am.Confidence)
			continue
		}
		f := cooperation.Figure{
			Metric:   metricOf(am),
			Value:    am.Value,
			Subject:  subjectBefore(r.Actors, base, ss, am.Start, false),
			StatedBy: subjectBefore(r.Actors, base, ss, am.Start, true),
			Period:   periodIn(r.Temporals, ss, se, am),
			Sources:  srcs,
		}
		if am.Change { // a change with no figure before it: the value is not stated
			f.Value, f.Change = quantity.Quantity{}, am.Value
		}
		if !am.Change {
			f.Equivalents = am.Equivalents
		}
		f.Note = note(am.Span, am.Text, am.Confidence, "")
		f.ID = newID(cooperation.IDFrom(string(src.ID) + " figure " + strconv.Itoa(len(ds.Figures)+1)))
		ds.Figures = append(ds.Figures, f)
		last, lastEnd = &ds.Figures[len(ds.Figures)-1], se
	}
	ds.On(base)
	return ds, nil
}

func firstWords(s string, n int) string {
	ws := strings.Fields(s)
	return strings.Join(ws[:min(n, len(ws))], " ")
}

// sentence returns the bounds of the sentence around text[s:e]: from after
// the last full stop, question or exclamation mark or line break before
// it to the next one.
func sentence(text string, s, e int) (int, int) {
	ss := 0
	for i := s - 1; i > 0; i-- {
		if c := text[i]; c == '\n' || (c == '.' || c == '!' || c == '?') && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n') {
			ss = i + 1
			break
		}
	}
	se := len(text)
	for i := e; i < len(text); i++ {
		if c := text[i]; c == '\n' || (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			se = i
			break
		}
	}
	return ss, max(se, e)
}

var eventRe = regexp.MustCompile(`(?i:\b(forum|summit|meeting|session|visit|ceremony|expo|conference)\b)|(会议|论坛|峰会|博览会|访问)|(?i:(hội nghị|diễn đàn|hội thảo|chuyến thăm|phiên làm việc))`)

var eventNameRe = regexp.MustCompile(`(?:[A-Z0-9][\p{L}\p{N}'’-]*[ \t\x{a0}]+(?:(?:of|on|and|for|the)[ \t\x{a0}]+)?){1,8}(?:Forum|Summit|Meeting|Conference|Expo|Ceremony)\b`)

// eventIn returns the kind of event a sentence names and the event's name
// when the sentence gives it in capitals ("China-ASEAN Information Harbor
// Forum").
func eventIn(s string) (cooperation.EventKind, string) {
	g := eventRe.FindStringSubmatch(s)
	if g == nil {
		return cooperation.EventUnknown, ""
	}
	w := lower(g[1] + g[2] + g[3])
	kind := cooperation.EventMeeting
	switch w {
	case "forum", "论坛", "diễn đàn":
		kind = cooperation.EventForum
	case "summit", "峰会":
		kind = cooperation.EventSummit
	case "session", "phiên làm việc":
		kind = cooperation.EventWorkingSession
	case "visit", "访问", "chuyến thăm":
		kind = cooperation.EventOfficialVisit
	case "ceremony":
		kind = cooperation.EventCeremony
	case "expo", "博览会":
		kind = cooperation.EventExpo
	}
	name := strings.TrimSpace(eventNameRe.FindString(s))
	name = strings.TrimPrefix(name, "The ")
	return kind, name
}

// metricOf names what an amount measures.
func metricOf(am Amount) string {
	switch u := am.Value.Unit; {
	case u.IsCurrency():
		return "amount"
	case u == "persons":
		return "number of persons"
	case u == "":
		return "count"
	default:
		return "number of " + string(u)
	}
}

// subjectBefore returns the known actor or initiative, other than a
// person (or a person, when person is set: who states the figure), named
// last in the sentence from s before offset e.
func subjectBefore(ms []ActorMention, base *cooperation.Dataset, s, e int, person bool) cooperation.ID {
	var id cooperation.ID
	for _, m := range ms {
		if m.Start >= s && m.End <= e && len(m.IDs) == 1 {
			a, ok := base.Actor(m.IDs[0])
			if isPerson := ok && a.Kind == cooperation.ActorPerson; isPerson == person {
				id = m.IDs[0]
			}
		}
	}
	return id
}

// periodIn returns the date of the sentence s:e nearest to the amount,
// when it is a year, month or day (not a time or a duration).
func periodIn(ts []Temporal, s, e int, am Amount) edtf.Date {
	var best edtf.Date
	bestDist := -1
	for _, t := range ts {
		if t.Start < s || t.End > e || t.Kind == TemporalTime || t.Kind == TemporalDuration {
			continue
		}
		d := t.Start - am.End
		if d < 0 {
			d = am.Start - t.End
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = t.Value, d
		}
	}
	return best
}

// dateAfter returns the first date in s:e (the "from 2013" of a change).
func dateAfter(ts []Temporal, s, e int) edtf.Date {
	for _, t := range ts {
		if t.Start >= s && t.End <= e && t.Kind != TemporalTime {
			return t.Value
		}
	}
	return edtf.Date{}
}
