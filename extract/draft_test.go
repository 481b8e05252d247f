package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/coopframe/cooperation"
	"github.com/coopframe/cooperation/extract"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// article is a report written for the tests in the style of the seeds.
const article = `Cambodia, Laos eye closer digital cooperation

PHNOM PENH, Nov. 4 (Xinhua) -- The Cambodia-Laos Digital Connectivity Forum was held here on Monday, with more than 300 participants.

Cambodian Minister of Post and Telecommunications Chea Vandeth said trade in digital services reached 1.2 billion U.S. dollars last year, up 14.5 percent from 2022.

Lao Deputy Minister of Technology and Communications Somxay Vongsa said Laos aims to connect all districts by 2027.`

func TestDraft(t *testing.T) {
	ds := base(t)
	r, err := extract.Extract(extract.Article{Text: article, Language: language.English, Published: pub("2024-11-05")}, ds)
	if err != nil {
		t.Fatal(err)
	}
	checkResult(t, article, r)
	d, err := r.Draft(extract.DraftOptions{Source: cooperation.Source{Publisher: "Xinhua News Agency"}})
	if err != nil {
		t.Fatal(err)
	}
	src := d.Sources[len(d.Sources)-1]
	if !strings.HasPrefix(src.Note, extract.MachineExtracted) || src.Published.String() != "2024-11-05" || src.Language != language.English {
		t.Errorf("source = %+v, want the article, marked machine-extracted", src)
	}
	// The draft's own entities: each cites the article and is marked.
	var own []string
	for _, a := range d.Actors {
		if cites(a.Sources, src.ID) {
			own = append(own, "actor "+string(a.ID)+" "+postsOf(a))
			mustMark(t, a.Note)
		}
	}
	for _, e := range d.Events {
		if cites(e.Sources, src.ID) {
			own = append(own, "event "+e.Kind.String()+" "+e.Date.String()+" "+e.Names[0].Text+" attendance "+e.Attendance.String())
			mustMark(t, e.Note)
		}
	}
	for _, f := range d.Figures {
		if cites(f.Sources, src.ID) {
			own = append(own, "figure "+string(f.Subject)+" "+f.Metric+" "+f.Period.String()+" "+f.Value.String()+" change "+f.Change.String()+" versus "+f.Versus.String())
			mustMark(t, f.Note)
		}
	}
	want := []string{
		"actor somxay-vongsa ",
		"event forum 2024-11-04 Cambodia-Laos Digital Connectivity Forum attendance more than 300 persons",
		"figure  amount 2023 1200000000 USD change 14.5% versus 2022",
	}
	if diff := cmp.Diff(want, own); diff != "" {
		t.Errorf("draft entities (-want +got):\n%s", diff)
	}
	// Validation of the layer: what a reviewer completes.
	var problems []string
	for _, p := range d.Validate(cooperation.ValidateOptions{}) {
		problems = append(problems, string(p.Rule)+" "+p.Path)
	}
	wantProblems := []string{
		"required figures[0].subject", // "Cambodian Minister ... said trade ...": whose trade the text leaves to the reader
	}
	if diff := cmp.Diff(wantProblems, problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func cites(ids []cooperation.ID, id cooperation.ID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func postsOf(a cooperation.Actor) string {
	var s []string
	for _, p := range a.Posts {
		s = append(s, p.Title+" @"+string(p.Org))
	}
	return strings.Join(s, ", ")
}

func mustMark(t *testing.T, note string) {
	t.Helper()
	if !strings.HasPrefix(note, extract.MachineExtracted+": bytes ") || !strings.Contains(note, "confidence ") {
		t.Errorf("note %q does not mark the entity machine-extracted with offsets and confidence", note)
	}
}

// TestDraftEquivalents checks that an amount stated in two currencies
// becomes one figure with its equivalent typed, not in its note.
func TestDraftEquivalents(t *testing.T) {
	text := "NANNING, Sept. 14 (Xinhua) -- Guangxi's e-commerce trade volume was 20.9 billion yuan (3.3 billion U.S. dollars) in 2014."
	r, err := extract.Extract(extract.Article{Text: text, Language: language.English, Published: pub("2015-09-15")}, base(t))
	if err != nil {
		t.Fatal(err)
	}
	d, err := r.Draft(extract.DraftOptions{Source: cooperation.Source{Publisher: "Xinhua News Agency"}})
	if err != nil {
		t.Fatal(err)
	}
	var src cooperation.ID // the article's, among the catalog's
	for _, s := range d.Sources {
		if s.Extractor != "" {
			src = s.ID
		}
	}
	if src == "" {
		t.Fatal("the draft's source does not say it was machine-extracted")
	}
	var got []string
	for _, f := range d.Figures {
		if slices.Contains(f.Sources, src) {
			got = append(got, f.Value.String())
			for _, q := range f.Equivalents {
				got = append(got, q.String())
			}
		}
	}
	if diff := cmp.Diff([]string{"20900000000 CNY", "3300000000 USD"}, got); diff != "" {
		t.Errorf("the figure and its equivalents (-want +got):\n%s", diff)
	}
}
