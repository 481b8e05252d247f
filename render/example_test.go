package render_test

import (
	"fmt"
	"os"

	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/catalog"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/render"
)

// WriteText prints a timeline as an aligned table, with names and titles
// for the reader: here what Vietnam and Cambodia did together in 2022, for
// a reader of Vietnamese.
func ExampleWriteText() {
	ds, _ := catalog.Default()
	entries := ds.Timeline(cooperation.TimelineOptions{
		AsOf:   catalog.AsOf,
		Filter: cooperation.Filter{Dyad: [2]cooperation.ID{"vn", "kh"}, Period: edtf.MustParse("2022")},
	})
	render.WriteText(os.Stdout, ds, entries, render.Options{Languages: []language.Tag{language.Vietnamese}})
	// Output:
	// DATE         KIND        WHAT
	// 2022         period-end  Kế hoạch hành động hợp tác kinh tế CLMV giai đoạn 2021-2022 kết thúc
	// 2022?-11     event       Chuyến thăm chính thức Campuchia của Thủ tướng Phạm Minh Chính (năm suy luận)
	// 2022?-11-08  event       Vietnam-Cambodia ministers' working session on post, telecommunications and digital transformation (thuộc Chuyến thăm chính thức Campuchia của Thủ tướng Phạm Minh Chính) (năm suy luận)
	// 2022?-11-08  adopted     Thông qua Vietnam-Cambodia ministers' understanding on post, telecommunications and digital transformation cooperation (năm suy luận)
}

// Title describes one entry in the reader's language: here the start of the
// Belt and Road Initiative, named in Chinese for readers of Chinese (the
// data has no name in the other languages but English).
func ExampleTitle() {
	ds, _ := catalog.Default()
	for _, e := range ds.Timeline(cooperation.TimelineOptions{}) {
		if e.Kind != cooperation.EntryPeriodStart || e.Subject != "bri" {
			continue
		}
		for _, tag := range []string{"en", "vi", "zh-Hans", "zh-Hant", "id", "th"} {
			fmt.Printf("%s: %s\n", tag, render.Title(ds, &e, language.MustParse(tag)))
		}
	}
	// Output:
	// en: Belt and Road begins
	// vi: Belt and Road bắt đầu
	// zh-Hans: 一带一路开始
	// zh-Hant: 一带一路開始
	// id: Belt and Road dimulai
	// th: Belt and Road เริ่มต้น
}

// StringWidth counts terminal columns: two for a Chinese character, none
// for a combining mark (ភ្នំពេញ has seven code points; its coeng and its
// sign AM are combining marks).
func ExampleStringWidth() {
	for _, s := range []string{"ASEAN", "东盟", "Nguyễn", "ភ្នំពេញ"} {
		fmt.Printf("%s: %d bytes, %d columns\n", s, len(s), render.StringWidth(s))
	}
	// Output:
	// ASEAN: 5 bytes, 5 columns
	// 东盟: 6 bytes, 4 columns
	// Nguyễn: 8 bytes, 6 columns
	// ភ្នំពេញ: 21 bytes, 5 columns
}

// With Details, each entry's typed facts follow it, a line each, in the
// reader's language: here the Nanning information center's amount, with
// the equivalent its source states, grouped and with the currency
// symbols as Vietnamese and Chinese write them (Vietnamese after the
// number, with a no-break space, U+00A0, as CLDR has it). The purpose of the money
// and the unit "projects" are text from the data, written as it is.
func ExampleWriteText_details() {
	ds, _ := catalog.Default()
	entries := ds.Timeline(cooperation.TimelineOptions{
		AsOf:   catalog.AsOf,
		Filter: cooperation.Filter{Involving: []cooperation.ID{"nanning-information-center"}},
	})
	for _, tag := range []language.Tag{language.Vietnamese, language.SimplifiedChinese} {
		render.WriteText(os.Stdout, ds, entries, render.Options{Languages: []language.Tag{tag}, Details: true})
	}
	// Output:
	// DATE                   KIND   WHAT
	// 2015-09-13/2015-09-14  stage  Nanning information center (34 projects): được lên kế hoạch
	//                                 số tiền: total value of the 34 projects: 20.900.000.000 CN¥ (3.300.000.000 US$)
	//                                 số lượng: 34 projects
	// DATE                   KIND   WHAT
	// 2015-09-13/2015-09-14  stage  中国-东盟信息港南宁核心基地：规划中
	//                                 金额：total value of the 34 projects：￥20,900,000,000（US$3,300,000,000）
	//                                 数量：34 projects
}
