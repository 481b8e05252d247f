package render_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/render"
	"github.com/coopframe/cooperation/subdivision"
)

// TestCLDRNames checks that a state and a province the data names only
// in English are named in the reader's language from CLDR, without
// CLDR's bracketed variant, in the script the reader's tag resolves to,
// and that a name the data has in the reader's language wins.
func TestCLDRNames(t *testing.T) {
	en := func(s string) names.Names { return names.Names{{Text: s, Lang: language.English}} }
	ds := &cooperation.Dataset{
		Actors: []cooperation.Actor{
			{ID: "mm", Kind: cooperation.ActorState, Names: en("Myanmar"), Country: cooperation.MustParseCountry("MM")},
			{ID: "mm-04", Kind: cooperation.ActorSubdivision, Names: en("Mandalay Region"), Subdivision: subdivision.MustParse("MM-04")},
			{ID: "vn", Kind: cooperation.ActorState, Country: cooperation.MustParseCountry("VN"),
				Names: names.Names{{Text: "Viet Nam", Lang: language.English}, {Text: "Việt Nam (data)", Lang: language.Vietnamese}}},
			{ID: "g", Kind: cooperation.ActorGrouping, Names: en("Group")},
		},
	}
	ds.Build()
	entry := func(id cooperation.ID) *cooperation.Entry {
		return &cooperation.Entry{Kind: cooperation.EntryFounded, Subject: id, Date: edtf.MustParse("2020")}
	}
	tests := []struct {
		lang             string
		mm, mm04, vn, gp string
	}{
		{"en", "Myanmar founded", "Mandalay Region founded", "Viet Nam founded", "Group founded"},
		{"vi", "Thành lập Myanmar", "Thành lập Vùng Mandalay", "Thành lập Việt Nam (data)", "Thành lập Group"},
		{"zh-Hans", "缅甸成立", "曼德勒省成立", "越南成立", "Group成立"},
		{"zh-Hant", "緬甸成立", "Mandalay Region成立", "越南成立", "Group成立"},
		{"zh-MY", "緬甸成立", "Mandalay Region成立", "越南成立", "Group成立"}, // x/text: zh-MY is zh-Hant-MY
		{"zh-TH", "緬甸成立", "Mandalay Region成立", "越南成立", "Group成立"},
		{"zh-Hans-MY", "缅甸成立", "曼德勒省成立", "越南成立", "Group成立"},
		{"th", "ก่อตั้ง เมียนมาร์", "ก่อตั้ง เขตมัณฑะเลย์", "ก่อตั้ง เวียดนาม", "ก่อตั้ง Group"},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			tag := language.MustParse(tc.lang)
			got := []string{render.Title(ds, entry("mm"), tag), render.Title(ds, entry("mm-04"), tag), render.Title(ds, entry("vn"), tag), render.Title(ds, entry("g"), tag)}
			if diff := cmp.Diff([]string{tc.mm, tc.mm04, tc.vn, tc.gp}, got); diff != "" {
				t.Errorf("titles (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDetails checks the detail lines of a multilateral treaty whose
// parties have dates of their own, and of a disputed meeting, in three
// languages.
func TestDetails(t *testing.T) {
	ds := partiesDataset(t)
	entries := ds.Timeline(cooperation.TimelineOptions{AsOf: edtf.MustParse("2026")})
	tests := []struct {
		lang string
		want []string
	}{
		{"en", []string{
			"  parties: Laos (in force 2020-03-01, left 2021-06-30, in force 2022-07-01/..), Thailand (left 2023-03-01, in force 2024-01-01/2024-12-31)\n",
			"2020-03-01  joined    Laos becomes a party to Mekong Treaty\n" +
				"                        parties: Laos (in force 2020-03-01, left 2021-06-30, in force 2022-07-01/..)\n",
			"  venue: Phnom Penh\n                        participants: Cambodia, Vietnam\n                        claimed otherwise: venue: none\n",
			"  claimed otherwise: in_force: 2020-01-01\n",
		}},
		{"vi", []string{
			"  các bên: Laos (có hiệu lực 2020-03-01, rút khỏi 2021-06-30, có hiệu lực 2022-07-01/..), Thailand (rút khỏi 2023-03-01, có hiệu lực 2024-01-01/2024-12-31)\n",
			"  địa điểm: Phnom Penh\n                        thành phần tham dự: Cambodia, Vietnam\n                        nguồn khác ghi: venue: không có\n",
		}},
		{"zh-Hans", []string{
			"  缔约方：Laos（2020-03-01生效，2021-06-30退出，2022-07-01/..生效），Thailand（2023-03-01退出，2024-01-01/2024-12-31生效）\n",
			"  地点：Phnom Penh\n                        参与者：Cambodia，Vietnam\n                        其他来源称：venue：无\n",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render.WriteText(&buf, ds, entries, render.Options{Languages: []language.Tag{language.MustParse(tc.lang)}, Details: true}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("text lacks %q:\n%s", w, buf.String())
				}
			}
		})
	}
}

// TestHostileDetails puts each hostile text of hostileNames in the
// details (a venue's name, an outcome's summary, a claimed value) and
// checks that every format keeps its rules on them: the escapes of the
// package doc in text, CSV, Markdown and iCalendar, the text itself in
// JSON, and no raw control or bidi formatting character anywhere.
func TestHostileDetails(t *testing.T) {
	for _, tc := range hostileNames {
		t.Run(tc.name, func(t *testing.T) {
			ds := &cooperation.Dataset{
				Actors: []cooperation.Actor{{ID: "v", Kind: cooperation.ActorVenue, Names: names.Names{{Text: tc.text}}}},
				Events: []cooperation.Event{{ID: "e", Kind: cooperation.EventMeeting, Names: names.Names{{Text: "Meeting"}},
					Date: edtf.MustParse("2021-09-10"), Venue: "v",
					Outcomes: []cooperation.Outcome{{Kind: cooperation.OutcomeStatement, Summary: tc.text}},
					Claims:   []cooperation.Claim{{Field: "venue", Value: tc.text, Sources: []cooperation.ID{"s"}}}}},
			}
			ds.Build()
			entries := ds.Timeline(cooperation.TimelineOptions{})
			want := []string{"venue: " + tc.text, "outcome: statement: " + tc.text, "claimed otherwise: venue: " + tc.text}

			var buf bytes.Buffer
			if err := render.WriteText(&buf, ds, entries, render.Options{Details: true}); err != nil {
				t.Fatal(err)
			}
			if raw := rawControl(buf.Bytes(), "\n"); raw != "" {
				t.Errorf("text holds a %s:\n%q", raw, buf.Bytes())
			}
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			if len(lines) != 2+len(want) {
				t.Fatalf("%d lines: %q", len(lines), buf.Bytes())
			}
			for i, w := range want {
				if got := strings.TrimLeft(lines[2+i], " "); got != strings.TrimLeft(visible(w), " ") {
					t.Errorf("text line %d = %q, want %q", i, got, visible(w))
				}
			}

			buf.Reset()
			if err := render.WriteCSV(&buf, ds, entries, render.Options{}); err != nil {
				t.Fatal(err)
			}
			if raw := rawControl(buf.Bytes(), "\r\n"); raw != "" {
				t.Errorf("CSV holds a %s:\n%q", raw, buf.Bytes())
			}
			recs, err := csv.NewReader(&buf).ReadAll()
			if err != nil || len(recs) != 2 {
				t.Fatalf("%d records, %v", len(recs), err)
			}
			if got, w := recs[1][12], visible(strings.Join(want, "; ")); got != w {
				t.Errorf("CSV details %q, want %q", got, w)
			}

			buf.Reset()
			if _, err := render.WriteICS(&buf, ds, entries, render.ICSOptions{Stamp: time.Unix(0, 0)}); utf8.ValidString(tc.text) && err != nil {
				t.Fatal(err)
			}
			if utf8.ValidString(tc.text) {
				checkICS(t, buf.String())
				if raw := rawControl(buf.Bytes(), "\r\n"); raw != "" {
					t.Errorf("calendar holds a %s:\n%q", raw, buf.Bytes())
				}
			}

			buf.Reset()
			if err := render.WriteMarkdown(&buf, ds, entries, render.Options{Details: true}); err != nil {
				t.Fatal(err)
			}
			if raw := rawControl(buf.Bytes(), "\n"); raw != "" {
				t.Errorf("Markdown holds a %s:\n%q", raw, buf.Bytes())
			}

			buf.Reset()
			err = render.WriteJSON(&buf, ds, entries, render.Options{})
			if raw := rawControl(buf.Bytes(), "\n"); raw != "" {
				t.Errorf("JSON holds a %s:\n%q", raw, buf.Bytes())
			}
			var back []struct{ Details render.Details }
			if jerr := json.Unmarshal(buf.Bytes(), &back); jerr != nil || len(back) != 1 {
				t.Fatalf("%d entries, %v", len(back), jerr)
			}
			if utf8.ValidString(tc.text) {
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want, back[0].Details.Lines); diff != "" {
					t.Errorf("JSON lines (-want +got):\n%s", diff)
				}
				if back[0].Details.Venue == nil || back[0].Details.Venue.Name != tc.text {
					t.Errorf("JSON venue %+v", back[0].Details.Venue)
				}
			}
		})
	}
}
