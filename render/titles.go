package render

import (
	"strings"
	"sync"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
	"github.com/coopframe/cooperation/statename"
	"golang.org/x/text/language"
)

// Timeline titles are built from templates, one set per language, with
// numbered slots: "{0} joins {1}". The slots hold names (chosen for the
// reader by [names.Chooser.Display]) or text from the data (a post's title, a
// commitment), which stays in the language the data gives it.
//
// This is a small template filler rather than x/text/message: titles are
// written for every row of a timeline, and message.Printer allocates on
// every call, while filling a template appends to the row's buffer. The
// choice of language goes through x/text's matcher.

type tmplID uint8

const (
	tEvent tmplID = iota
	tEventPart
	tSigned
	tInForce
	tEnds
	tAnnounced
	tAnnouncedBy
	tAdopted
	tBegins
	tSuperseded
	tStage
	tJoins
	tBecomesRole
	tLeaves
	tPartyJoins
	tPartyLeaves
	tPostTaken
	tPostLeft
	tFounded
	tDissolved
	tDeadline
	tTarget
	tTargetFor
	tFigure
	// The marks after a title: words joined inside brackets,
	// " (planned, year inferred)".
	tMarksOpen
	tMarksSep
	tMarksClose
	tPlanned
	tInferred
	tDisputed
	// A target's text: its metric, its scope (text from the data) and
	// its value ("{0}, {1}: {2}"); a figure's metric and value.
	tTargetValue
	tTargetScope
	tTargetScopeValue
	tMetricValue
	numTemplates
)

// titleLangs are the languages titles are written in; English is the
// fallback.
var titleLangs = []language.Tag{language.English, language.Vietnamese, language.SimplifiedChinese, language.TraditionalChinese,
	language.Indonesian, language.Malay, language.Thai}

var titleMatcher = sync.OnceValue(func() language.Matcher { return language.NewMatcher(titleLangs) })

var titleTemplates = [...][numTemplates]string{
	{ // en
		tEvent: "{0}", tEventPart: "{0} (part of {1})", tSigned: "{0} signed", tInForce: "{0} enters into force",
		tEnds: "{0} ends", tAnnounced: "{0} announced", tAnnouncedBy: "{0} announced by {1}", tAdopted: "{0} adopted",
		tBegins: "{0} begins", tSuperseded: "{0} superseded by {1}", tStage: "{0}: {1}", tJoins: "{0} joins {1}",
		tBecomesRole: "{0} becomes {2} of {1}", tLeaves: "{0} leaves {1}", tPostTaken: "{0} becomes {1}",
		tPostLeft: "{0} leaves the post of {1}", tFounded: "{0} founded", tDissolved: "{0} dissolved",
		tDeadline: "{1} commits to {2} ({0})", tTarget: "target of {0}: {1}", tTargetFor: "target of {0} for {2}: {1}",
		tFigure: "{0}, {1}", tPartyJoins: "{0} becomes a party to {1}", tPartyLeaves: "{0} withdraws from {1}",
		tMarksOpen: " (", tMarksSep: ", ", tMarksClose: ")", tPlanned: "planned", tInferred: "year inferred", tDisputed: "disputed",
		tTargetValue: "{0}: {2}", tTargetScope: "{0}, {1}", tTargetScopeValue: "{0}, {1}: {2}", tMetricValue: "{0}: {1}",
	},
	{ // vi
		tEvent: "{0}", tEventPart: "{0} (thuộc {1})", tSigned: "Ký {0}", tInForce: "{0} có hiệu lực",
		tEnds: "{0} kết thúc", tAnnounced: "Công bố {0}", tAnnouncedBy: "{1} công bố {0}", tAdopted: "Thông qua {0}",
		tBegins: "{0} bắt đầu", tSuperseded: "{0} được thay thế bởi {1}", tStage: "{0}: {1}", tJoins: "{0} gia nhập {1}",
		tBecomesRole: "{0} trở thành {2} của {1}", tLeaves: "{0} rời {1}", tPostTaken: "{0} nhậm chức {1}",
		tPostLeft: "{0} thôi giữ chức {1}", tFounded: "Thành lập {0}", tDissolved: "Giải thể {0}",
		tDeadline: "{1} cam kết: {2} ({0})", tTarget: "Mục tiêu của {0}: {1}", tTargetFor: "Mục tiêu của {0} cho {2}: {1}",
		tFigure: "{0}, {1}", tPartyJoins: "{0} trở thành bên tham gia {1}", tPartyLeaves: "{0} rút khỏi {1}",
		tMarksOpen: " (", tMarksSep: ", ", tMarksClose: ")", tPlanned: "kế hoạch", tInferred: "năm suy luận", tDisputed: "còn tranh cãi",
		tTargetValue: "{0}: {2}", tTargetScope: "{0}, {1}", tTargetScopeValue: "{0}, {1}: {2}", tMetricValue: "{0}: {1}",
	},
	{ // zh-Hans
		tEvent: "{0}", tEventPart: "{0}（{1}的一部分）", tSigned: "签署{0}", tInForce: "{0}生效",
		tEnds: "{0}结束", tAnnounced: "宣布{0}", tAnnouncedBy: "{1}宣布{0}", tAdopted: "通过{0}",
		tBegins: "{0}开始", tSuperseded: "{0}由{1}取代", tStage: "{0}：{1}", tJoins: "{0}加入{1}",
		tBecomesRole: "{0}成为{1}的{2}", tLeaves: "{0}退出{1}", tPostTaken: "{0}就任{1}",
		tPostLeft: "{0}卸任{1}", tFounded: "{0}成立", tDissolved: "{0}解散",
		tDeadline: "{1}承诺：{2}（{0}）", tTarget: "{0}的目标：{1}", tTargetFor: "{0}针对{2}的目标：{1}",
		tFigure: "{0}，{1}", tPartyJoins: "{0}成为{1}的缔约方", tPartyLeaves: "{0}退出{1}",
		tMarksOpen: "（", tMarksSep: "，", tMarksClose: "）", tPlanned: "计划", tInferred: "年份为推断", tDisputed: "有争议",
		tTargetValue: "{0}：{2}", tTargetScope: "{0}（{1}）", tTargetScopeValue: "{0}（{1}）：{2}", tMetricValue: "{0}：{1}",
	},
	{ // zh-Hant
		tEvent: "{0}", tEventPart: "{0}（{1}的一部分）", tSigned: "簽署{0}", tInForce: "{0}生效",
		tEnds: "{0}結束", tAnnounced: "宣布{0}", tAnnouncedBy: "{1}宣布{0}", tAdopted: "通過{0}",
		tBegins: "{0}開始", tSuperseded: "{0}由{1}取代", tStage: "{0}：{1}", tJoins: "{0}加入{1}",
		tBecomesRole: "{0}成為{1}的{2}", tLeaves: "{0}退出{1}", tPostTaken: "{0}就任{1}",
		tPostLeft: "{0}卸任{1}", tFounded: "{0}成立", tDissolved: "{0}解散",
		tDeadline: "{1}承諾：{2}（{0}）", tTarget: "{0}的目標：{1}", tTargetFor: "{0}針對{2}的目標：{1}",
		tFigure: "{0}，{1}", tPartyJoins: "{0}成為{1}的締約方", tPartyLeaves: "{0}退出{1}",
		tMarksOpen: "（", tMarksSep: "，", tMarksClose: "）", tPlanned: "計劃", tInferred: "年份為推斷", tDisputed: "有爭議",
		tTargetValue: "{0}：{2}", tTargetScope: "{0}（{1}）", tTargetScopeValue: "{0}（{1}）：{2}", tMetricValue: "{0}：{1}",
	},
	{ // id
		tEvent: "{0}", tEventPart: "{0} (bagian dari {1})", tSigned: "{0} ditandatangani", tInForce: "{0} mulai berlaku",
		tEnds: "{0} berakhir", tAnnounced: "{0} diumumkan", tAnnouncedBy: "{0} diumumkan oleh {1}", tAdopted: "{0} disahkan",
		tBegins: "{0} dimulai", tSuperseded: "{0} digantikan oleh {1}", tStage: "{0}: {1}", tJoins: "{0} bergabung dengan {1}",
		tBecomesRole: "{0} menjadi {2} {1}", tLeaves: "{0} keluar dari {1}", tPostTaken: "{0} menjabat sebagai {1}",
		tPostLeft: "{0} meninggalkan jabatan {1}", tFounded: "{0} didirikan", tDissolved: "{0} dibubarkan",
		tDeadline: "{1} berkomitmen: {2} ({0})", tTarget: "target {0}: {1}", tTargetFor: "target {0} untuk {2}: {1}",
		tFigure: "{0}, {1}", tPartyJoins: "{0} menjadi pihak pada {1}", tPartyLeaves: "{0} menarik diri dari {1}",
		tMarksOpen: " (", tMarksSep: ", ", tMarksClose: ")", tPlanned: "rencana", tInferred: "tahun disimpulkan", tDisputed: "dipersengketakan",
		tTargetValue: "{0}: {2}", tTargetScope: "{0}, {1}", tTargetScopeValue: "{0}, {1}: {2}", tMetricValue: "{0}: {1}",
	},
	{ // ms
		tEvent: "{0}", tEventPart: "{0} (sebahagian daripada {1})", tSigned: "{0} ditandatangani", tInForce: "{0} berkuat kuasa",
		tEnds: "{0} berakhir", tAnnounced: "{0} diumumkan", tAnnouncedBy: "{0} diumumkan oleh {1}", tAdopted: "{0} diterima pakai",
		tBegins: "{0} bermula", tSuperseded: "{0} digantikan oleh {1}", tStage: "{0}: {1}", tJoins: "{0} menyertai {1}",
		tBecomesRole: "{0} menjadi {2} {1}", tLeaves: "{0} meninggalkan {1}", tPostTaken: "{0} memegang jawatan {1}",
		tPostLeft: "{0} meletakkan jawatan {1}", tFounded: "{0} ditubuhkan", tDissolved: "{0} dibubarkan",
		tDeadline: "{1} komited: {2} ({0})", tTarget: "sasaran {0}: {1}", tTargetFor: "sasaran {0} untuk {2}: {1}",
		tFigure: "{0}, {1}", tPartyJoins: "{0} menjadi pihak kepada {1}", tPartyLeaves: "{0} menarik diri daripada {1}",
		tMarksOpen: " (", tMarksSep: ", ", tMarksClose: ")", tPlanned: "dirancang", tInferred: "tahun disimpulkan", tDisputed: "dipertikaikan",
		tTargetValue: "{0}: {2}", tTargetScope: "{0}, {1}", tTargetScopeValue: "{0}, {1}: {2}", tMetricValue: "{0}: {1}",
	},
	{ // th
		tEvent: "{0}", tEventPart: "{0} (ส่วนหนึ่งของ {1})", tSigned: "ลงนาม {0}", tInForce: "{0} มีผลบังคับใช้",
		tEnds: "{0} สิ้นสุด", tAnnounced: "ประกาศ {0}", tAnnouncedBy: "{1} ประกาศ {0}", tAdopted: "รับรอง {0}",
		tBegins: "{0} เริ่มต้น", tSuperseded: "{0} ถูกแทนที่ด้วย {1}", tStage: "{0}: {1}", tJoins: "{0} เข้าร่วม {1}",
		tBecomesRole: "{0} เป็น {2} ของ {1}", tLeaves: "{0} ออกจาก {1}", tPostTaken: "{0} ดำรงตำแหน่ง {1}",
		tPostLeft: "{0} พ้นจากตำแหน่ง {1}", tFounded: "ก่อตั้ง {0}", tDissolved: "ยุบ {0}",
		tDeadline: "{1} ให้คำมั่น: {2} ({0})", tTarget: "เป้าหมายของ {0}: {1}", tTargetFor: "เป้าหมายของ {0} สำหรับ {2}: {1}",
		tFigure: "{0}, {1}", tPartyJoins: "{0} เข้าเป็นภาคี {1}", tPartyLeaves: "{0} ถอนตัวจาก {1}",
		tMarksOpen: " (", tMarksSep: ", ", tMarksClose: ")", tPlanned: "แผน", tInferred: "ปีที่อนุมาน", tDisputed: "เป็นที่โต้แย้ง",
		tTargetValue: "{0}: {2}", tTargetScope: "{0}, {1}", tTargetScopeValue: "{0}, {1}: {2}", tMetricValue: "{0}: {1}",
	},
}

// stageWords and roleWords name stages and membership roles in each title
// language, in the order of the Stage and MembershipRole constants.
var stageWords = [...][]string{
	{"", "proposed", "planned", "under construction", "in progress", "completed", "suspended", "cancelled"},
	{"", "được đề xuất", "được lên kế hoạch", "đang xây dựng", "đang triển khai", "đã hoàn thành", "tạm dừng", "bị hủy bỏ"},
	{"", "提议", "规划中", "在建", "实施中", "已完成", "暂停", "取消"},
	{"", "提議", "規劃中", "在建", "實施中", "已完成", "暫停", "取消"},
	{"", "diusulkan", "direncanakan", "sedang dibangun", "sedang berjalan", "selesai", "ditangguhkan", "dibatalkan"},
	{"", "dicadangkan", "dirancang", "dalam pembinaan", "sedang dilaksanakan", "siap", "digantung", "dibatalkan"},
	{"", "เสนอ", "วางแผน", "กำลังก่อสร้าง", "กำลังดำเนินการ", "เสร็จสมบูรณ์", "ระงับ", "ยกเลิก"},
}

var roleWords = [...][]string{
	{"member", "associate member", "observer", "dialogue partner", "full dialogue partner", "coordinator", "chair"},
	{"thành viên", "thành viên liên kết", "quan sát viên", "đối tác đối thoại", "đối tác đối thoại đầy đủ", "điều phối viên", "chủ tịch"},
	{"成员", "联系成员", "观察员", "对话伙伴", "全面对话伙伴", "协调国", "主席"},
	{"成員", "聯繫成員", "觀察員", "對話夥伴", "全面對話夥伴", "協調國", "主席"},
	{"anggota", "anggota asosiasi", "pengamat", "mitra wicara", "mitra wicara penuh", "koordinator", "ketua"},
	{"anggota", "anggota bersekutu", "pemerhati", "rakan dialog", "rakan dialog penuh", "penyelaras", "pengerusi"},
	{"สมาชิก", "สมาชิกสมทบ", "ผู้สังเกตการณ์", "คู่เจรจา", "คู่เจรจาเต็มรูปแบบ", "ผู้ประสานงาน", "ประธาน"},
}

// reader is what the writers need of a reader: a name chooser over the
// reader's languages, and the index into titleLangs of the language titles
// are written in, the best match of the reader's languages, else English.
type reader struct {
	names *names.Chooser
	lang  int
	prefs []language.Tag
	// The caches below keep x/text's answers for the table: a Matcher
	// and a message.Printer allocate on every call.
	prefM   language.Matcher
	prefIdx map[language.Tag]int
	cldr    map[cooperation.ID]cldrName
	symbols map[quantity.Unit]string
	seen    map[cooperation.ID]bool // the subjects met (firstOf)
	noVenue bool                    // facts leave out venue and online (WriteICS has LOCATION)
}

type cldrName struct {
	text string
	idx  int // the index of its language in prefs
	ok   bool
}

// newReader returns the reader of langs, English when there are none.
func newReader(langs []language.Tag) *reader {
	if len(langs) == 0 {
		langs = []language.Tag{language.English}
	}
	r := &reader{names: names.NewChooser(langs...), prefs: langs, prefM: language.NewMatcher(langs)}
	if _, i, conf := titleMatcher().Match(langs...); conf != language.No {
		r.lang = i
	}
	return r
}

// slot is one value of a template: a name to look up, or text.
type slot struct {
	id   cooperation.ID
	text string
}

// appendTemplate appends template t with its slots filled.
func appendTemplate(b []byte, t string, slots []slot, name func([]byte, cooperation.ID) []byte) []byte {
	for i := 0; i < len(t); i++ {
		if t[i] == '{' && i+2 < len(t) && t[i+2] == '}' && t[i+1] >= '0' && t[i+1] <= '9' {
			if n := int(t[i+1] - '0'); n < len(slots) {
				if slots[n].id != "" {
					b = name(b, slots[n].id)
				} else {
					b = append(b, slots[n].text...)
				}
			}
			i += 2
			continue
		}
		b = append(b, t[i])
	}
	return b
}

// Title returns a one-line description of the entry in the reader's
// language ("Memorandum ... signed", "Ký ...", "签署..."): English,
// Vietnamese, Chinese in simplified or traditional characters, Indonesian,
// Malay or Thai; English for other readers. Entities are named in the
// reader's languages; text from the data (a post's title, a commitment)
// stays as the data gives it, and the result is not escaped for any
// format: it can hold control and bidi formatting characters from the
// data (see the package doc, "Text from the data").
//
// It builds a name chooser per call; the writers build one per table.
func Title(ds *cooperation.Dataset, e *cooperation.Entry, langs ...language.Tag) string {
	return string(newReader(langs).appendTitle(nil, ds, e))
}

// appendTitle appends the entry's title, in the reader's language (see
// titles.go), to b. It writes the pieces straight into b, so rendering
// many entries allocates only as b grows.
func (r *reader) appendTitle(b []byte, ds *cooperation.Dataset, e *cooperation.Entry) []byte {
	lang := r.lang
	name := func(b []byte, id cooperation.ID) []byte { return append(b, r.name(ds, id)...) }
	var slots [3]slot
	slots[0].id = e.Subject
	t := tEvent
	switch e.Kind {
	case cooperation.EntryEvent:
		if e.Object != "" {
			t, slots[1].id = tEventPart, e.Object
		}
	case cooperation.EntrySigned:
		t = tSigned
	case cooperation.EntryInForce:
		t = tInForce
	case cooperation.EntryEnded, cooperation.EntryPeriodEnd:
		t = tEnds
	case cooperation.EntryAnnounced:
		t = tAnnounced
		if e.Object != "" {
			t, slots[1].id = tAnnouncedBy, e.Object
		}
	case cooperation.EntryAdopted:
		t = tAdopted
	case cooperation.EntryPeriodStart:
		t = tBegins
	case cooperation.EntrySuperseded:
		t, slots[1].id = tSuperseded, e.Object
	case cooperation.EntryStage:
		t, slots[1].text = tStage, stageWord(lang, e.Detail)
	case cooperation.EntryJoined:
		t, slots[1].id = tJoins, e.Object
		switch {
		case ds.Kind(e.Object) == cooperation.EntityAgreement: // a party's own entry into force
			t = tPartyJoins
		case e.Detail != cooperation.MembershipRoleMember.String():
			t, slots[2].text = tBecomesRole, roleWord(lang, e.Detail)
		}
	case cooperation.EntryLeft:
		t, slots[1].id = tLeaves, e.Object
		if ds.Kind(e.Object) == cooperation.EntityAgreement {
			t = tPartyLeaves
		}
	case cooperation.EntryPostTaken:
		t, slots[1].text = tPostTaken, e.Detail
	case cooperation.EntryPostLeft:
		t, slots[1].text = tPostLeft, e.Detail
	case cooperation.EntryFounded:
		t = tFounded
	case cooperation.EntryDissolved:
		t = tDissolved
	case cooperation.EntryDeadline:
		t, slots[1].id, slots[2].text = tDeadline, e.Object, e.Detail
	case cooperation.EntryTarget:
		t, slots[1].text = tTarget, e.Detail
		if tg, ok := findTarget(ds, e); ok {
			slots[1].text = string(r.appendTarget(nil, tg))
		}
		if e.Object != "" && e.Object != e.Subject {
			t, slots[2].id = tTargetFor, e.Object
		}
	case cooperation.EntryFigure:
		t, slots[0].id, slots[1].text = tFigure, e.Object, e.Detail
		if f, ok := ds.Figure(e.Subject); ok {
			slots[1].text = string(appendTemplate(nil, titleTemplates[lang][tMetricValue],
				[]slot{{text: f.Metric}, {text: string(r.appendAmount(nil, f.Value, f.Equivalents))}}, nil))
		}
	}
	return appendTemplate(b, titleTemplates[lang][t], slots[:], name)
}

// appendMarks appends the entry's notes in the reader's language:
// " (planned, year inferred, disputed)", each only when it applies.
func (r *reader) appendMarks(b []byte, e *cooperation.Entry) []byte {
	t := &titleTemplates[r.lang]
	n := 0
	for _, m := range [...]struct {
		on bool
		t  tmplID
	}{{e.Planned, tPlanned}, {e.Inferred, tInferred}, {e.Disputed, tDisputed}} {
		if !m.on {
			continue
		}
		if n == 0 {
			b = append(b, t[tMarksOpen]...)
		} else {
			b = append(b, t[tMarksSep]...)
		}
		b = append(b, t[m.t]...)
		n++
	}
	if n > 0 {
		b = append(b, t[tMarksClose]...)
	}
	return b
}

// stageWord and roleWord translate a stage or membership role named as
// in JSON (an entry's Detail); an unknown name stays as it is.
func stageWord(lang int, name string) string {
	var v cooperation.Stage
	if v.UnmarshalText([]byte(name)) != nil || int(v) >= len(stageWords[lang]) {
		return name
	}
	return stageWords[lang][v]
}

func roleWord(lang int, name string) string {
	var v cooperation.MembershipRole
	if v.UnmarshalText([]byte(name)) != nil || int(v) >= len(roleWords[lang]) {
		return name
	}
	return roleWords[lang][v]
}

// name returns the name of id for the reader: the dataset's name chosen
// by [names.Chooser.Display], unless it is in none of the reader's
// languages, or in a less preferred one than CLDR has for a state or a
// subdivision: then CLDR's (see [reader.cldrName]). An entity without a
// name is shown by its ID.
func (r *reader) name(ds *cooperation.Dataset, id cooperation.ID) string {
	n, conf := r.names.Display(ds.Names(id))
	idx := len(r.prefs)
	if conf != language.No {
		idx = r.prefIndex(n.Lang)
	}
	if idx > 0 {
		if c := r.cldrName(ds, id); c.ok && c.idx < idx {
			return c.text
		}
	}
	if n.Text == "" {
		return string(id)
	}
	return n.Text
}

// prefIndex returns the index into the reader's languages of a name's
// language tag, when it matches one of them with High confidence or
// better, else len(prefs): a name in Simplified Chinese is not in the
// language of a reader of Traditional Chinese.
func (r *reader) prefIndex(tag language.Tag) int {
	if i, ok := r.prefIdx[tag]; ok {
		return i
	}
	_, i, conf := r.prefM.Match(tag)
	if conf < language.High {
		i = len(r.prefs)
	}
	if r.prefIdx == nil {
		r.prefIdx = map[language.Tag]int{}
	}
	r.prefIdx[tag] = i
	return i
}

// cldrName returns CLDR's name for a state (package statename, from
// x/text's display tables) or a subdivision (package subdivision) in the
// first of the reader's languages that has one.
//
// The script is the reader's: x/text resolves a tag without a script by
// its likely subtags, and gives zh-MY and zh-TH Traditional Chinese
// (zh-Hant-MY, zh-Hant-TH), as it gives the titles (titleMatcher picks
// zh-Hant for them) and state names (display.Regions(zh-MY) names
// Myanmar 緬甸, not 缅甸). A reader of Chinese in Malaysia or Thailand who
// wants Simplified characters asks for zh-Hans-MY. Package subdivision
// has no Traditional names (CLDR 41 has none), so a reader of zh-Hant
// gets the dataset's name of a province.
//
// CLDR gives some states a bracketed variant ("Myanmar (Burma)", "Myanmar
// (Miến Điện)"): the short form before the brackets is used, as
// [shortForm] cuts it; x/text's display has no way to ask for CLDR's
// "short" or "variant" alternatives.
func (r *reader) cldrName(ds *cooperation.Dataset, id cooperation.ID) cldrName {
	if c, ok := r.cldr[id]; ok {
		return c
	}
	var c cldrName
	if a, ok := ds.Actor(id); ok {
		for i, tag := range r.prefs {
			var s string
			switch {
			case a.Kind == cooperation.ActorState && !a.Country.IsZero():
				s, ok = statename.Name(a.Country.Region(), tag)
			case a.Kind == cooperation.ActorSubdivision && a.Subdivision.IsValid():
				s, ok = a.Subdivision.Name(tag)
			default:
				ok = false
			}
			if ok && s != "" {
				c = cldrName{text: shortForm(s), idx: i, ok: true}
				break
			}
			if a.Kind != cooperation.ActorState && a.Kind != cooperation.ActorSubdivision {
				break
			}
		}
	}
	if r.cldr == nil {
		r.cldr = map[cooperation.ID]cldrName{}
	}
	r.cldr[id] = c
	return c
}

// shortForm cuts a bracketed variant off the end of a CLDR name: "Myanmar
// (Burma)" is "Myanmar", "缅甸（缅甸联邦）" would be "缅甸". A name that is
// all brackets stays as it is.
func shortForm(s string) string {
	for _, br := range [...][2]string{{" (", ")"}, {"（", "）"}, {"(", ")"}} {
		if strings.HasSuffix(s, br[1]) {
			if i := strings.LastIndex(s, br[0]); i > 0 {
				return s[:i]
			}
		}
	}
	return s
}

// findTarget returns the target a target entry is about: the one of its
// agreement or initiative with the entry's deadline, subject and text.
func findTarget(ds *cooperation.Dataset, e *cooperation.Entry) (*cooperation.Target, bool) {
	var ts []cooperation.Target
	if in, ok := ds.Initiative(e.Subject); ok {
		ts = in.Targets
	} else if a, ok := ds.Agreement(e.Subject); ok {
		ts = a.Targets
	}
	for i := range ts {
		tg := &ts[i]
		if tg.Deadline == e.Date && tg.Subject == e.Object && targetText(tg) == e.Detail {
			return tg, true
		}
	}
	return nil, false
}

// targetText is the English text the timeline gives a target
// (Entry.Detail): "metric, scope: value".
func targetText(t *cooperation.Target) string {
	s := t.Metric
	if t.Scope != "" {
		s += ", " + t.Scope
	}
	if !t.Value.IsZero() {
		s += ": " + t.Value.String()
	}
	return s
}

// appendTarget appends a target's metric, scope and value in the reader's
// language; the metric and the scope are text from the data.
func (r *reader) appendTarget(b []byte, tg *cooperation.Target) []byte {
	t := tMetricValue
	slots := []slot{{text: tg.Metric}, {text: tg.Scope}, {}}
	switch {
	case tg.Scope != "" && !tg.Value.IsZero():
		t = tTargetScopeValue
	case tg.Scope != "":
		t = tTargetScope
	case !tg.Value.IsZero():
		t = tTargetValue
	default:
		return append(b, tg.Metric...)
	}
	if !tg.Value.IsZero() {
		slots[2].text = string(r.appendQuantity(nil, tg.Value))
	}
	return appendTemplate(b, titleTemplates[r.lang][t], slots, nil)
}
