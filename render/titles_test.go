package render_test

import (
	"testing"

	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/render"
)

// TestTitleLanguages checks the title templates of every language the
// package has, and the English ones for a reader of another (Khmer).
func TestTitleLanguages(t *testing.T) {
	ds, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	entries := ds.Timeline(cooperation.TimelineOptions{AsOf: catalog.AsOf})
	find := func(kind cooperation.EntryKind, subject cooperation.ID) *cooperation.Entry {
		for i := range entries {
			if entries[i].Kind == kind && entries[i].Subject == subject {
				return &entries[i]
			}
		}
		t.Fatalf("no %s entry for %s", kind, subject)
		return nil
	}
	joined := find(cooperation.EntryJoined, "cn") // China becomes a dialogue partner of ASEAN
	signed := find(cooperation.EntrySigned, "cmec-mou-2018")
	tests := []struct {
		lang         string
		joined, sign string
	}{
		{"en", "China becomes dialogue partner of Association of Southeast Asian Nations", "Memorandum of understanding on the China-Myanmar Economic Corridor signed"},
		{"vi", "Trung Quốc trở thành đối tác đối thoại của Hiệp hội các quốc gia Đông Nam Á", "Ký Memorandum of understanding on the China-Myanmar Economic Corridor"},
		{"zh-Hans", "中国成为Association of Southeast Asian Nations的对话伙伴", "签署中华人民共和国政府与缅甸联邦共和国政府关于共建中缅经济走廊的谅解备忘录"},
		{"zh-Hant", "中國成為Association of Southeast Asian Nations的對話夥伴", "簽署中华人民共和国政府与缅甸联邦共和国政府关于共建中缅经济走廊的谅解备忘录"}, // the Simplified name, which the Chooser prefers to English for a reader of Traditional
		{"id", "Tiongkok menjadi mitra wicara Perhimpunan Bangsa-bangsa Asia Tenggara", "Memorandum of understanding on the China-Myanmar Economic Corridor ditandatangani"},
		{"ms", "China menjadi rakan dialog Association of Southeast Asian Nations", "Memorandum of understanding on the China-Myanmar Economic Corridor ditandatangani"},
		{"th", "จีน เป็น คู่เจรจา ของ อาเซียน", "ลงนาม Memorandum of understanding on the China-Myanmar Economic Corridor"},
		{"km", "ចិន becomes dialogue partner of Association of Southeast Asian Nations", "Memorandum of understanding on the China-Myanmar Economic Corridor signed"},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			tag := language.MustParse(tc.lang)
			if got := render.Title(ds, joined, tag); got != tc.joined {
				t.Errorf("joined: %q, want %q", got, tc.joined)
			}
			if got := render.Title(ds, signed, tag); got != tc.sign {
				t.Errorf("signed: %q, want %q", got, tc.sign)
			}
		})
	}
}
