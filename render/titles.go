package render

import (
	"sync"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/names"
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
}

// newReader returns the reader of langs, English when there are none.
func newReader(langs []language.Tag) *reader {
	if len(langs) == 0 {
		langs = []language.Tag{language.English}
	}
	r := &reader{names: names.NewChooser(langs...)}
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
	name := func(b []byte, id cooperation.ID) []byte {
		n, _ := r.names.Display(ds.Names(id))
		if n.Text == "" {
			return append(b, id...)
		}
		return append(b, n.Text...)
	}
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
		if e.Object != "" && e.Object != e.Subject {
			t, slots[2].id = tTargetFor, e.Object
		}
	case cooperation.EntryFigure:
		t, slots[0].id, slots[1].text = tFigure, e.Object, e.Detail
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
