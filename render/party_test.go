package render_test

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	cooperation "github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/render"
)

// partiesDataset has a treaty whose parties have periods of their own
// (Laos acceded in 2020, withdrew in 2021 and rejoined in 2022 for good;
// Thailand was a party from the treaty's entry into force to 2023 and
// again for 2024), an agreement whose entry into force is claimed
// otherwise, and a meeting whose venue is.
func partiesDataset(t *testing.T) *cooperation.Dataset {
	t.Helper()
	en := func(s string) names.Names { return names.Names{{Text: s, Lang: language.English}} }
	d := edtf.MustParse
	ds := &cooperation.Dataset{
		Actors: []cooperation.Actor{
			{ID: "kh", Kind: cooperation.ActorState, Names: en("Cambodia")},
			{ID: "la", Kind: cooperation.ActorState, Names: en("Laos")},
			{ID: "phnom-penh", Kind: cooperation.ActorCity, Names: en("Phnom Penh")},
			{ID: "th", Kind: cooperation.ActorState, Names: en("Thailand")},
			{ID: "vn", Kind: cooperation.ActorState, Names: en("Vietnam")},
		},
		Events: []cooperation.Event{{ID: "meeting", Kind: cooperation.EventMeeting, Names: en("Ministers' meeting"),
			Date: d("2021-04-01"), Venue: "phnom-penh", Participants: []cooperation.Participant{{Actor: "kh"}, {Actor: "vn"}},
			Claims: []cooperation.Claim{{Field: "venue", Value: "", Sources: []cooperation.ID{"r2"}}}, Sources: []cooperation.ID{"r1"}}},
		Agreements: []cooperation.Agreement{
			{ID: "bi", Kind: cooperation.AgreementAgreement, Names: en("Bilateral agreement"),
				Parties: []cooperation.Party{{Actor: "kh"}, {Actor: "vn"}},
				Signed:  d("2019-02-01"), InForce: d("2019-05-01"),
				Claims: []cooperation.Claim{{Field: "in_force", Value: "2020-01-01", Sources: []cooperation.ID{"r2"}}}},
			{ID: "mt", Kind: cooperation.AgreementTreaty, Names: en("Mekong Treaty"),
				Parties: []cooperation.Party{
					{Actor: "kh"},
					{Actor: "la", Role: cooperation.PartyRoleAcceding, Joined: d("2020-03-01"), Left: d("2021-06-30"), Rejoined: []edtf.Date{d("2022-07-01/..")}},
					{Actor: "th", Left: d("2023-03-01"), Rejoined: []edtf.Date{d("2024-01-01/2024-12-31")}},
				},
				Signed: d("2018-05-10"), InForce: d("2019-01-01")},
		},
	}
	ds.Build()
	return ds
}

func findEntry(t *testing.T, entries []cooperation.Entry, kind cooperation.EntryKind, subject cooperation.ID) *cooperation.Entry {
	t.Helper()
	for i := range entries {
		if entries[i].Kind == kind && entries[i].Subject == subject {
			return &entries[i]
		}
	}
	t.Fatalf("no %s entry for %s", kind, subject)
	return nil
}

// TestPartyTitles checks the titles of a party joining and leaving an
// agreement, and the disputed mark, in every title language.
func TestPartyTitles(t *testing.T) {
	ds := partiesDataset(t)
	entries := ds.Timeline(cooperation.TimelineOptions{})
	joined := findEntry(t, entries, cooperation.EntryJoined, "la")
	left := findEntry(t, entries, cooperation.EntryLeft, "la")
	tests := []struct {
		lang, joined, left, disputed string
	}{
		{"en", "Laos becomes a party to Mekong Treaty", "Laos withdraws from Mekong Treaty", "Bilateral agreement enters into force (disputed)"},
		{"vi", "Laos trở thành bên tham gia Mekong Treaty", "Laos rút khỏi Mekong Treaty", "Bilateral agreement có hiệu lực (còn tranh cãi)"},
		{"zh-Hans", "Laos成为Mekong Treaty的缔约方", "Laos退出Mekong Treaty", "Bilateral agreement生效（有争议）"},
		{"zh-Hant", "Laos成為Mekong Treaty的締約方", "Laos退出Mekong Treaty", "Bilateral agreement生效（有爭議）"},
		{"id", "Laos menjadi pihak pada Mekong Treaty", "Laos menarik diri dari Mekong Treaty", "Bilateral agreement mulai berlaku (dipersengketakan)"},
		{"ms", "Laos menjadi pihak kepada Mekong Treaty", "Laos menarik diri daripada Mekong Treaty", "Bilateral agreement berkuat kuasa (dipertikaikan)"},
		{"th", "Laos เข้าเป็นภาคี Mekong Treaty", "Laos ถอนตัวจาก Mekong Treaty", "Bilateral agreement มีผลบังคับใช้ (เป็นที่โต้แย้ง)"},
	}
	inForce := findEntry(t, entries, cooperation.EntryInForce, "bi")
	if !inForce.Disputed {
		t.Fatal("the in-force entry of bi is not disputed")
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			tag := language.MustParse(tc.lang)
			if got := render.Title(ds, joined, tag); got != tc.joined {
				t.Errorf("joined: %q, want %q", got, tc.joined)
			}
			if got := render.Title(ds, left, tag); got != tc.left {
				t.Errorf("left: %q, want %q", got, tc.left)
			}
			var buf bytes.Buffer
			if err := render.WriteText(&buf, ds, []cooperation.Entry{*inForce}, render.Options{Languages: []language.Tag{tag}}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), tc.disputed) {
				t.Errorf("WriteText:\n%s\nlacks %q", buf.String(), tc.disputed)
			}
		})
	}
}

// TestDisputedMarks checks the marks of entries that are several things
// at once, and that the other writers carry the mark: the CSV column, the
// calendar's description, a dashed SVG mark.
func TestDisputedMarks(t *testing.T) {
	ds := partiesDataset(t)
	entries := ds.Timeline(cooperation.TimelineOptions{AsOf: edtf.MustParse("2018")})
	var buf bytes.Buffer
	if err := render.WriteText(&buf, ds, entries, render.Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"2019-05-01  in-force  Bilateral agreement enters into force (planned, disputed)\n",
		"2019-02-01  signed    Bilateral agreement signed (planned)\n",
		"2021-04-01  event     Ministers' meeting (planned, disputed)\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("WriteText lacks %q:\n%s", want, buf.String())
		}
	}
	buf.Reset()
	if err := render.WriteText(&buf, ds, entries, render.Options{Languages: []language.Tag{language.SimplifiedChinese}}); err != nil {
		t.Fatal(err)
	}
	if want := "Bilateral agreement生效（计划，有争议）"; !strings.Contains(buf.String(), want) {
		t.Errorf("WriteText in Chinese lacks %q:\n%s", want, buf.String())
	}

	buf.Reset()
	if err := render.WriteCSV(&buf, ds, entries, render.Options{}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	disputed := map[string]string{}
	for _, r := range recs[1:] {
		disputed[r[col["kind"]]+" "+r[col["subject"]]] = r[col["disputed"]]
	}
	if diff := cmp.Diff(map[string]string{"signed bi": "false", "in-force bi": "true", "event meeting": "true"},
		map[string]string{"signed bi": disputed["signed bi"], "in-force bi": disputed["in-force bi"], "event meeting": disputed["event meeting"]}); diff != "" {
		t.Errorf("CSV disputed column (-want +got):\n%s", diff)
	}

	buf.Reset()
	if _, err := render.WriteICS(&buf, ds, entries, render.ICSOptions{Stamp: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	if want := "DESCRIPTION;LANGUAGE=en:planned\\, disputed\\nparticipants: Cambodia\\, Vietna\r\n m\\nclaimed otherwise: venue: none\\nsources: r1\r\n"; !strings.Contains(buf.String(), want) {
		t.Errorf("calendar lacks %q:\n%s", want, buf.String())
	}

	buf.Reset()
	if err := render.WriteSVG(&buf, ds, entries, render.SVGOptions{Lanes: []cooperation.ID{"bi"}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `stroke-dasharray="3,2"><title>2019-05-01 Bilateral agreement enters into force (planned, disputed)</title>`) {
		t.Errorf("the disputed bar is not dashed:\n%s", buf.String())
	}
}

// TestSVGPartyBars counts the bars on each lane: the lane of a party with
// periods of its own has one bar per period the treaty was in force for
// it; the treaty's own lane, and that of a party without dates of its
// own, have the treaty's bar.
func TestSVGPartyBars(t *testing.T) {
	ds := partiesDataset(t)
	entries := ds.Timeline(cooperation.TimelineOptions{})
	lanes := []cooperation.ID{"mt", "kh", "la", "th"}
	var buf bytes.Buffer
	if err := render.WriteSVG(&buf, ds, entries, render.SVGOptions{Lanes: lanes}); err != nil {
		t.Fatal(err)
	}
	// Lane i's marks are in the i-th <g class="lane">.
	bars := map[cooperation.ID][]string{}
	dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	var inBar cooperation.ID
	lane, inLane := -1, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			attr := map[string]string{}
			for _, a := range tok.Attr {
				attr[a.Name.Local] = a.Value
			}
			if tok.Name.Local == "g" && attr["class"] == "lane" {
				lane, inLane = lane+1, true
			}
			if tok.Name.Local != "rect" || attr["height"] != "10" || attr["rx"] != "3" || !inLane || lane >= len(lanes) {
				continue
			}
			inBar = lanes[lane]
		case xml.EndElement:
			if tok.Name.Local == "g" {
				inLane = false
			}
		case xml.CharData:
			if inBar != "" {
				bars[inBar] = append(bars[inBar], strings.Fields(string(tok))[0])
				inBar = ""
			}
		}
	}
	want := map[cooperation.ID][]string{
		"mt": {"2019-01-01"},
		"kh": {"2019-01-01", "2019-05-01"}, // the agreements' own bars: the treaty, and bi
		"la": {"2020-03-01/2021-06-30", "2022-07-01/.."},
		"th": {"2019-01-01/2023-03-01", "2024-01-01/2024-12-31"},
	}
	if diff := cmp.Diff(want, bars); diff != "" {
		t.Errorf("bars by lane, by the dates of their titles (-want +got):\n%s", diff)
	}
}
