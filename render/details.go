package render

import (
	"slices"
	"strings"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/quantity"
)

// The details of an entry are the typed facts its title does not give:
// an event's venue and being online, its hosts, organisers and co-chairs,
// its participants with their roles, its attendance and its outcomes; the
// amounts of an agreement or an initiative, and an initiative's counts;
// the parties of an agreement with dates of their own (signed, ratified,
// in force, left, with the instrument); a figure's change and share; and
// the claims that make an entry disputed. Each is one line, "label:
// values", in the language of the titles, with names chosen for the
// reader and text from the data (a summary, a purpose) as the data gives
// it. The writers escape each line as the rest of their text.
//
// Amounts, counts and parties' dates are given once a table, under the
// first entry of their agreement or initiative.

type factID uint8

const (
	fVenue factID = iota
	fOnline
	fHosts
	fOrganisers
	fCoChairs
	fParticipants
	fAttendance
	fOutcomes
	fAmounts
	fCounts
	fParties
	fChange
	fShare
	fClaims
	fSources
	fLabelSep
	fFor
	fSigned
	fRatified
	fInForce
	fLeft
	fNone
	numFacts
)

var factWords = [...][numFacts]string{
	{ // en
		fVenue: "venue", fOnline: "online", fHosts: "hosts", fOrganisers: "organisers", fCoChairs: "co-chairs",
		fParticipants: "participants", fAttendance: "attendance", fOutcomes: "outcome", fAmounts: "amounts",
		fCounts: "counts", fParties: "parties", fChange: "change", fShare: "share", fClaims: "claimed otherwise",
		fSources: "sources", fLabelSep: ": ", fFor: "for {0}", fSigned: "signed {0}", fRatified: "ratified {0}",
		fInForce: "in force {0}", fLeft: "left {0}", fNone: "none",
	},
	{ // vi
		fVenue: "địa điểm", fOnline: "trực tuyến", fHosts: "chủ nhà", fOrganisers: "đơn vị tổ chức", fCoChairs: "đồng chủ trì",
		fParticipants: "thành phần tham dự", fAttendance: "số người tham dự", fOutcomes: "kết quả", fAmounts: "số tiền",
		fCounts: "số lượng", fParties: "các bên", fChange: "thay đổi", fShare: "tỷ trọng", fClaims: "nguồn khác ghi",
		fSources: "nguồn", fLabelSep: ": ", fFor: "thay mặt {0}", fSigned: "ký {0}", fRatified: "phê chuẩn {0}",
		fInForce: "có hiệu lực {0}", fLeft: "rút khỏi {0}", fNone: "không có",
	},
	{ // zh-Hans
		fVenue: "地点", fOnline: "线上", fHosts: "东道主", fOrganisers: "主办方", fCoChairs: "共同主席",
		fParticipants: "参与者", fAttendance: "出席人数", fOutcomes: "成果", fAmounts: "金额",
		fCounts: "数量", fParties: "缔约方", fChange: "变化", fShare: "占比", fClaims: "其他来源称",
		fSources: "来源", fLabelSep: "：", fFor: "代表{0}", fSigned: "{0}签署", fRatified: "{0}批准",
		fInForce: "{0}生效", fLeft: "{0}退出", fNone: "无",
	},
	{ // zh-Hant
		fVenue: "地點", fOnline: "線上", fHosts: "東道主", fOrganisers: "主辦方", fCoChairs: "共同主席",
		fParticipants: "參與者", fAttendance: "出席人數", fOutcomes: "成果", fAmounts: "金額",
		fCounts: "數量", fParties: "締約方", fChange: "變化", fShare: "占比", fClaims: "其他來源稱",
		fSources: "來源", fLabelSep: "：", fFor: "代表{0}", fSigned: "{0}簽署", fRatified: "{0}批准",
		fInForce: "{0}生效", fLeft: "{0}退出", fNone: "無",
	},
	{ // id
		fVenue: "tempat", fOnline: "daring", fHosts: "tuan rumah", fOrganisers: "penyelenggara", fCoChairs: "ketua bersama",
		fParticipants: "peserta", fAttendance: "jumlah hadirin", fOutcomes: "hasil", fAmounts: "jumlah dana",
		fCounts: "jumlah", fParties: "para pihak", fChange: "perubahan", fShare: "bagian", fClaims: "sumber lain menyebut",
		fSources: "sumber", fLabelSep: ": ", fFor: "mewakili {0}", fSigned: "ditandatangani {0}", fRatified: "diratifikasi {0}",
		fInForce: "berlaku {0}", fLeft: "keluar {0}", fNone: "tidak ada",
	},
	{ // ms
		fVenue: "tempat", fOnline: "dalam talian", fHosts: "tuan rumah", fOrganisers: "penganjur", fCoChairs: "pengerusi bersama",
		fParticipants: "peserta", fAttendance: "kehadiran", fOutcomes: "hasil", fAmounts: "jumlah wang",
		fCounts: "bilangan", fParties: "pihak-pihak", fChange: "perubahan", fShare: "bahagian", fClaims: "sumber lain menyatakan",
		fSources: "sumber", fLabelSep: ": ", fFor: "mewakili {0}", fSigned: "ditandatangani {0}", fRatified: "diratifikasi {0}",
		fInForce: "berkuat kuasa {0}", fLeft: "menarik diri {0}", fNone: "tiada",
	},
	{ // th
		fVenue: "สถานที่", fOnline: "ออนไลน์", fHosts: "เจ้าภาพ", fOrganisers: "ผู้จัด", fCoChairs: "ประธานร่วม",
		fParticipants: "ผู้เข้าร่วม", fAttendance: "จำนวนผู้เข้าร่วม", fOutcomes: "ผลลัพธ์", fAmounts: "จำนวนเงิน",
		fCounts: "จำนวน", fParties: "ภาคี", fChange: "การเปลี่ยนแปลง", fShare: "สัดส่วน", fClaims: "แหล่งอื่นระบุ",
		fSources: "แหล่งที่มา", fLabelSep: ": ", fFor: "ในนาม {0}", fSigned: "ลงนาม {0}", fRatified: "ให้สัตยาบัน {0}",
		fInForce: "มีผล {0}", fLeft: "ถอนตัว {0}", fNone: "ไม่มี",
	},
}

// participantRoleWords, outcomeWords and instrumentWords name the
// participant roles, outcome kinds and instruments in each title
// language, in the order of their constants; the attendee role is shown
// by no word.
var participantRoleWords = [...][]string{
	{"", "speaker", "head of delegation", "message", "reader", "visitor", "delegation"},
	{"", "phát biểu", "trưởng đoàn", "thông điệp", "người đọc", "khách thăm", "đoàn"},
	{"", "发言", "团长", "致辞", "代读", "访问方", "代表团"},
	{"", "發言", "團長", "致辭", "代讀", "訪問方", "代表團"},
	{"", "pembicara", "ketua delegasi", "pesan", "pembaca", "tamu", "delegasi"},
	{"", "penceramah", "ketua delegasi", "mesej", "pembaca", "pelawat", "delegasi"},
	{"", "ผู้กล่าว", "หัวหน้าคณะ", "สาร", "ผู้อ่านสาร", "ผู้เยือน", "คณะผู้แทน"},
}

var outcomeWords = [...][]string{
	{"", "agreement", "launch", "statement", "plan adopted", "announcement", "proposal", "report", "role assigned", "commitment", "position", "message", "assessment"},
	{"", "thỏa thuận", "ra mắt", "tuyên bố", "thông qua kế hoạch", "công bố", "đề xuất", "báo cáo", "phân công vai trò", "cam kết", "quan điểm", "thông điệp", "đánh giá"},
	{"", "协议", "启动", "声明", "通过计划", "宣布", "提议", "报告", "角色分配", "承诺", "立场", "致辞", "评估"},
	{"", "協議", "啟動", "聲明", "通過計劃", "宣布", "提議", "報告", "角色分配", "承諾", "立場", "致辭", "評估"},
	{"", "perjanjian", "peluncuran", "pernyataan", "rencana disahkan", "pengumuman", "usulan", "laporan", "penetapan peran", "komitmen", "sikap", "pesan", "penilaian"},
	{"", "perjanjian", "pelancaran", "kenyataan", "pelan diterima pakai", "pengumuman", "cadangan", "laporan", "penetapan peranan", "komitmen", "pendirian", "mesej", "penilaian"},
	{"", "ความตกลง", "การเปิดตัว", "แถลงการณ์", "รับรองแผน", "การประกาศ", "ข้อเสนอ", "รายงาน", "การมอบหมายบทบาท", "คำมั่น", "จุดยืน", "สาร", "การประเมิน"},
}

var instrumentWords = [...][]string{
	{"", "ratification", "acceptance", "approval", "accession", "succession", "continued application"},
	{"", "phê chuẩn", "chấp thuận", "phê duyệt", "gia nhập", "kế thừa", "tiếp tục áp dụng"},
	{"", "批准", "接受", "核准", "加入", "继承", "继续适用"},
	{"", "批准", "接受", "核准", "加入", "繼承", "繼續適用"},
	{"", "ratifikasi", "penerimaan", "persetujuan", "aksesi", "suksesi", "keberlanjutan penerapan"},
	{"", "ratifikasi", "penerimaan", "kelulusan", "aksesi", "penggantian", "penerusan pemakaian"},
	{"", "การให้สัตยาบัน", "การยอมรับ", "การให้ความเห็นชอบ", "การภาคยานุวัติ", "การสืบทอด", "การใช้บังคับต่อเนื่อง"},
}

// word returns words[lang][i], or the fallback when i is out of range.
func word(words [][]string, lang, i int, fallback string) string {
	if i < 0 || i >= len(words[lang]) {
		return fallback
	}
	return words[lang][i]
}

// facts appends the entry's detail lines (see above) to dst, unescaped.
// first says whether the entry is the first of its agreement or
// initiative in the table ([reader.firstOf]).
func (r *reader) facts(dst []string, ds *cooperation.Dataset, e *cooperation.Entry, first bool) []string {
	fw := &factWords[r.lang]
	line := func(label factID, items []string) {
		if len(items) > 0 {
			dst = append(dst, fw[label]+fw[fLabelSep]+strings.Join(items, titleTemplates[r.lang][tMarksSep]))
		}
	}
	names := func(ids []cooperation.ID) []string {
		out := make([]string, 0, len(ids))
		for _, id := range ids {
			out = append(out, r.name(ds, id))
		}
		return out
	}
	var claims []cooperation.Claim
	switch e.Kind {
	case cooperation.EntryEvent:
		ev, ok := ds.Event(e.Subject)
		if !ok {
			break
		}
		if ev.Venue != "" && !r.noVenue {
			line(fVenue, []string{r.name(ds, ev.Venue)})
		}
		if ev.Online && !r.noVenue {
			dst = append(dst, fw[fOnline])
		}
		line(fHosts, names(ev.Hosts))
		line(fOrganisers, names(ev.Organisers))
		line(fCoChairs, names(ev.CoChairs))
		var ps []string
		for _, p := range ev.Participants {
			ps = append(ps, r.participant(ds, &p))
		}
		line(fParticipants, ps)
		if !ev.Attendance.IsZero() {
			line(fAttendance, []string{string(r.appendQuantity(nil, ev.Attendance))})
		}
		for _, o := range ev.Outcomes { // one a line: each is a sentence
			line(fOutcomes, []string{r.outcome(ds, &o)})
		}
		claims = ev.Claims
	case cooperation.EntryAdopted, cooperation.EntrySigned, cooperation.EntryInForce, cooperation.EntryAnnounced, cooperation.EntryPeriodStart,
		cooperation.EntryEnded, cooperation.EntryPeriodEnd, cooperation.EntryStage, cooperation.EntryDeadline, cooperation.EntryTarget:
		if a, ok := ds.Agreement(e.Subject); ok {
			if first {
				line(fAmounts, r.amounts(a.Amounts))
				line(fParties, r.parties(ds, a))
			}
			claims = a.Claims
		} else if in, ok := ds.Initiative(e.Subject); ok {
			if first {
				line(fAmounts, r.amounts(in.Amounts))
				var cs []string
				for _, c := range in.Counts {
					cs = append(cs, string(r.appendQuantity(nil, c)))
				}
				line(fCounts, cs)
			}
			claims = in.Claims
		}
	case cooperation.EntryJoined, cooperation.EntryLeft:
		if a, ok := ds.Agreement(e.Object); ok {
			for i := range a.Parties {
				if a.Parties[i].Actor == e.Subject {
					if s := r.partyDates(&a.Parties[i]); s != "" {
						line(fParties, []string{r.name(ds, e.Subject) + s})
					}
					break
				}
			}
			claims = a.Claims
		}
	case cooperation.EntryFigure:
		if f, ok := ds.Figure(e.Subject); ok {
			if !f.Change.IsZero() {
				s := string(r.appendQuantity(nil, f.Change))
				if !f.Versus.IsZero() {
					s += titleTemplates[r.lang][tMarksOpen] + f.Versus.String() + titleTemplates[r.lang][tMarksClose]
				}
				line(fChange, []string{s})
			}
			if !f.Share.IsZero() {
				s := string(r.appendQuantity(nil, f.Share))
				if f.ShareOf != "" {
					s += " " + f.ShareOf
				}
				line(fShare, []string{s})
			}
			claims = f.Claims
		}
	}
	if e.Disputed {
		var cs []string
		for _, c := range claims {
			v := c.Value
			if v == "" {
				v = fw[fNone]
			}
			s := c.Field + fw[fLabelSep] + v
			if c.Disputed {
				s += titleTemplates[r.lang][tMarksOpen] + titleTemplates[r.lang][tDisputed] + titleTemplates[r.lang][tMarksClose]
			}
			cs = append(cs, s)
		}
		line(fClaims, cs)
	}
	return dst
}

// firstOf reports whether e is the first entry of its subject the
// writer meets: the one under which an agreement's or an initiative's
// amounts and parties' dates are given, once a table. A nil seen set
// (one entry alone) makes every entry the first.
func (r *reader) firstOf(e *cooperation.Entry) bool {
	if r.seen == nil {
		r.seen = map[cooperation.ID]bool{}
	}
	if r.seen[e.Subject] {
		return false
	}
	r.seen[e.Subject] = true
	return true
}

func (r *reader) amounts(as []cooperation.Amount) []string {
	var out []string
	for _, a := range as {
		s := string(r.appendAmount(nil, a.Quantity, a.Equivalents))
		if a.Purpose != "" { // "total value of the 34 projects: CN¥20,900,000,000"
			s = a.Purpose + factWords[r.lang][fLabelSep] + s
		}
		out = append(out, s)
	}
	return out
}

// parties lists the parties of an agreement that have dates or an
// instrument of their own, with them; nil when none has.
func (r *reader) parties(ds *cooperation.Dataset, a *cooperation.Agreement) []string {
	var out []string
	for i := range a.Parties {
		if s := r.partyDates(&a.Parties[i]); s != "" {
			out = append(out, r.name(ds, a.Parties[i].Actor)+s)
		}
	}
	return out
}

// partyDates returns "(signed 2019-01-02, ratified 2019-05 (ratification),
// in force 2019-06, left 2020)" for a party's own dates, or "".
func (r *reader) partyDates(p *cooperation.Party) string {
	fw := &factWords[r.lang]
	t := &titleTemplates[r.lang]
	var parts []string
	add := func(f factID, d edtf.Date) {
		if !d.IsZero() {
			parts = append(parts, strings.Replace(fw[f], "{0}", d.String(), 1))
		}
	}
	add(fSigned, p.Signed)
	add(fRatified, p.Ratified)
	if p.Instrument != cooperation.InstrumentUnstated {
		parts = append(parts, word(instrumentWords[:], r.lang, int(p.Instrument), p.Instrument.String()))
	}
	add(fInForce, p.Joined)
	add(fLeft, p.Left)
	for _, rj := range p.Rejoined {
		add(fInForce, rj)
	}
	if len(parts) == 0 {
		return ""
	}
	return t[tMarksOpen] + strings.Join(parts, t[tMarksSep]) + t[tMarksClose]
}

// participant returns "Name (role, for State)", or the name alone for an
// attendee who represents nobody.
func (r *reader) participant(ds *cooperation.Dataset, p *cooperation.Participant) string {
	t := &titleTemplates[r.lang]
	s := r.name(ds, p.Actor)
	var notes []string
	if p.Role != cooperation.ParticipantRoleAttendee {
		notes = append(notes, word(participantRoleWords[:], r.lang, int(p.Role), p.Role.String()))
	}
	for _, id := range [...]cooperation.ID{p.For, p.OnBehalfOf} {
		if id != "" {
			notes = append(notes, strings.Replace(factWords[r.lang][fFor], "{0}", r.name(ds, id), 1))
		}
	}
	if len(notes) > 0 {
		s += t[tMarksOpen] + strings.Join(notes, t[tMarksSep]) + t[tMarksClose]
	}
	return s
}

// outcome returns "kind (By): summary", the summary as the data gives it,
// or the names of what it refers to when it has none.
func (r *reader) outcome(ds *cooperation.Dataset, o *cooperation.Outcome) string {
	t := &titleTemplates[r.lang]
	s := word(outcomeWords[:], r.lang, int(o.Kind), o.Kind.String())
	if o.By != "" {
		s += t[tMarksOpen] + r.name(ds, o.By) + t[tMarksClose]
	}
	text := o.Summary
	if text == "" && len(o.Refs) > 0 {
		ns := make([]string, len(o.Refs))
		for i, id := range o.Refs {
			ns[i] = r.name(ds, id)
		}
		text = strings.Join(ns, t[tMarksSep])
	}
	if text != "" {
		s += factWords[r.lang][fLabelSep] + text
	}
	return s
}

// Details is the "details" field of an entry in [WriteJSON]: the typed
// facts of the entry (see [WriteText]) as the data holds them, with names
// and figures written for the reader beside the IDs and the exact values.
// Empty fields are left out.
type Details struct {
	Venue        *NamedRef             `json:"venue,omitempty"`
	Online       bool                  `json:"online,omitempty"`
	Hosts        []NamedRef            `json:"hosts,omitempty"`
	Organisers   []NamedRef            `json:"organisers,omitempty"`
	CoChairs     []NamedRef            `json:"co_chairs,omitempty"`
	Participants []ParticipantRef      `json:"participants,omitempty"`
	Attendance   *QuantityText         `json:"attendance,omitempty"`
	Outcomes     []cooperation.Outcome `json:"outcomes,omitempty"`
	Amounts      []AmountFigure        `json:"amounts,omitempty"`
	Target       *TargetFigure         `json:"target,omitempty"`
	Value        *QuantityText         `json:"value,omitempty"` // a figure entry's value
	Parties      []cooperation.Party   `json:"parties,omitempty"`
	Claims       []cooperation.Claim   `json:"claims,omitempty"`
	// Lines are the details as WriteText shows them, in the reader's
	// language.
	Lines []string `json:"lines,omitempty"`
}

// NamedRef is an entity's ID with its name for the reader.
type NamedRef struct {
	ID   cooperation.ID `json:"id"`
	Name string         `json:"name"`
}

// ParticipantRef is a participant of an event with its name for the
// reader.
type ParticipantRef struct {
	cooperation.Participant
	Name string `json:"name"`
}

// QuantityText is an exact quantity with its text for the reader ("more
// than 200 persons", "hơn 200 persons").
type QuantityText struct {
	quantity.Quantity
	Text string `json:"text"`
}

// AmountFigure is an amount as the data holds it, with its text for the
// reader ("CN¥20,900,000,000 (US$3,300,000,000)").
type AmountFigure struct {
	cooperation.Amount
	Text string `json:"text"`
}

// TargetFigure is a target as the data holds it, with its text for the
// reader.
type TargetFigure struct {
	cooperation.Target
	Text string `json:"text"`
}

// details returns the Details of an entry, nil when it has none.
func (r *reader) details(ds *cooperation.Dataset, e *cooperation.Entry, lines []string, first bool) *Details {
	d := &Details{Lines: lines}
	ref := func(id cooperation.ID) NamedRef { return NamedRef{ID: id, Name: r.name(ds, id)} }
	refs := func(ids []cooperation.ID) []NamedRef {
		var out []NamedRef
		for _, id := range ids {
			out = append(out, ref(id))
		}
		return out
	}
	fig := func(q quantity.Quantity) *QuantityText { return &QuantityText{q, string(r.appendQuantity(nil, q))} }
	amounts := func(as []cooperation.Amount) {
		for _, a := range as {
			d.Amounts = append(d.Amounts, AmountFigure{a, string(r.appendAmount(nil, a.Quantity, a.Equivalents))})
		}
	}
	switch e.Kind {
	case cooperation.EntryEvent:
		if ev, ok := ds.Event(e.Subject); ok {
			if ev.Venue != "" {
				v := ref(ev.Venue)
				d.Venue = &v
			}
			d.Online, d.Hosts, d.Organisers, d.CoChairs = ev.Online, refs(ev.Hosts), refs(ev.Organisers), refs(ev.CoChairs)
			for _, p := range ev.Participants {
				d.Participants = append(d.Participants, ParticipantRef{p, r.name(ds, p.Actor)})
			}
			if !ev.Attendance.IsZero() {
				d.Attendance = fig(ev.Attendance)
			}
			d.Outcomes = ev.Outcomes
			if e.Disputed {
				d.Claims = ev.Claims
			}
		}
	case cooperation.EntryAdopted, cooperation.EntrySigned, cooperation.EntryInForce, cooperation.EntryAnnounced, cooperation.EntryPeriodStart,
		cooperation.EntryEnded, cooperation.EntryPeriodEnd, cooperation.EntryStage, cooperation.EntryDeadline:
		if a, ok := ds.Agreement(e.Subject); ok {
			if first {
				amounts(a.Amounts)
				for _, p := range a.Parties {
					if r.partyDates(&p) != "" {
						d.Parties = append(d.Parties, p)
					}
				}
			}
			if e.Disputed {
				d.Claims = a.Claims
			}
		} else if in, ok := ds.Initiative(e.Subject); ok {
			if first {
				amounts(in.Amounts)
			}
			if e.Disputed {
				d.Claims = in.Claims
			}
		}
	case cooperation.EntryJoined, cooperation.EntryLeft:
		if a, ok := ds.Agreement(e.Object); ok {
			if i := slices.IndexFunc(a.Parties, func(p cooperation.Party) bool { return p.Actor == e.Subject }); i >= 0 {
				d.Parties = []cooperation.Party{a.Parties[i]}
			}
			if e.Disputed {
				d.Claims = a.Claims
			}
		}
	}
	switch e.Kind {
	case cooperation.EntryTarget:
		if tg, ok := findTarget(ds, e); ok {
			d.Target = &TargetFigure{*tg, string(r.appendTarget(nil, tg))}
		}
		if in, ok := ds.Initiative(e.Subject); ok && first {
			amounts(in.Amounts)
		} else if a, ok := ds.Agreement(e.Subject); ok && first {
			amounts(a.Amounts)
		}
	case cooperation.EntryFigure:
		if f, ok := ds.Figure(e.Subject); ok {
			d.Value = fig(f.Value)
			if e.Disputed {
				d.Claims = f.Claims
			}
		}
	}
	if d.Venue == nil && !d.Online && d.Hosts == nil && d.Organisers == nil && d.CoChairs == nil && d.Participants == nil &&
		d.Attendance == nil && d.Outcomes == nil && d.Amounts == nil && d.Target == nil && d.Value == nil && d.Parties == nil &&
		d.Claims == nil && d.Lines == nil {
		return nil
	}
	return d
}

// checkIDs returns an *IDError for the first ID of d that is not valid;
// a nil d has none.
func (d *Details) checkIDs() error {
	if d == nil {
		return nil
	}
	var err error
	check := func(field string, ids ...cooperation.ID) {
		for _, id := range ids {
			if err != nil || id == "" || id.Valid() {
				continue
			}
			_, perr := cooperation.ParseID(string(id))
			err = &IDError{Format: "JSON", Field: "details." + field, ID: id, Err: perr}
		}
	}
	refs := func(field string, rs []NamedRef) {
		for _, r := range rs {
			check(field, r.ID)
		}
	}
	if d.Venue != nil {
		check("venue", d.Venue.ID)
	}
	refs("hosts", d.Hosts)
	refs("organisers", d.Organisers)
	refs("co_chairs", d.CoChairs)
	for _, p := range d.Participants {
		check("participants", p.Actor, p.For, p.OnBehalfOf)
		check("participants.sources", p.Sources...)
	}
	for _, o := range d.Outcomes {
		check("outcomes.refs", o.Refs...)
		check("outcomes", o.By, o.DeliveredBy)
		check("outcomes.sources", o.Sources...)
	}
	for _, a := range d.Amounts {
		check("amounts.sources", a.Sources...)
	}
	if d.Target != nil {
		check("target.subject", d.Target.Subject)
		check("target.sources", d.Target.Sources...)
	}
	for _, p := range d.Parties {
		check("parties", p.Actor)
	}
	for _, c := range d.Claims {
		check("claims.sources", c.Sources...)
	}
	return err
}
