package drafts

import (
	"reflect"
	"testing"

	"reportcheck/internal/report"
)

// withDocument is a summary of a check made with a narrative.
func withDocument(s Summary, name, hash string) Summary {
	s.Document, s.DocumentSHA256 = name, hash
	return s
}

// TestSaveKeepsTheNarrativeWithItsVersion: a version checked with a
// narrative records it and keeps its bytes beside the workbook's; a
// workbook checked again with another narrative, or without one, is a new
// version; the narrative's bytes are dropped and deleted with the
// workbook's.
func TestSaveKeepsTheNarrativeWithItsVersion(t *testing.T) {
	a := withDocument(summaryOf("h1", "p1", allRules), "情况说明.docx", "d1")
	var m *Meta
	saved := Save(m, "d", Check{File: "a.xlsx", Size: 10, Summary: a, Now: "t1", DocumentSize: 7})
	v := saved.Version
	if v.Document != "情况说明.docx" || v.DocumentSHA256 != "d1" || v.DocumentSize != 7 || v.DocumentBlob != DocumentKey(v.ID) || v.DocumentPasted {
		t.Fatalf("version %+v", v)
	}
	m = saved.Meta
	// The same workbook and narrative again: the version is replaced, its narrative kept.
	again := Save(m, "d", Check{File: "a.xlsx", Size: 10, Summary: a, Now: "t2", DocumentSize: 7})
	if len(again.Meta.Versions) != 1 || again.Version.DocumentBlob != DocumentKey(v.ID) {
		t.Fatalf("same check: %+v", again.Meta.Versions)
	}
	// Another narrative, then none, then pasted text: each a new version.
	m = again.Meta
	for i, s := range []Check{
		{File: "a.xlsx", Summary: withDocument(summaryOf("h1", "p1", allRules), "情况说明.docx", "d2"), DocumentSize: 8},
		{File: "a.xlsx", Summary: summaryOf("h1", "p1", allRules)},
		{File: "a.xlsx", Summary: withDocument(summaryOf("h1", "p1", allRules), PastedName, "d3"), DocumentSize: 3, DocumentPasted: true},
	} {
		s.Now = "t" + string(rune('3'+i))
		got := Save(m, "d", s)
		m = got.Meta
		if len(m.Versions) != i+2 {
			t.Fatalf("check %d: %d versions", i, len(m.Versions))
		}
		if (got.Version.DocumentBlob != "") != (s.Summary.Document != "") || got.Version.DocumentPasted != s.DocumentPasted {
			t.Errorf("check %d: %+v", i, got.Version)
		}
	}
	// Keeping one version's bytes drops the older narratives too.
	pruned := Save(m, "d", Check{File: "a.xlsx", Summary: summaryOf("h9", "p1", allRules), Now: "t9", Keep: 1})
	want := []string{"d-v4", DocumentKey("d-v4"), "d-v3", "d-v2", DocumentKey("d-v2"), "d-v1", DocumentKey("d-v1")}
	if !reflect.DeepEqual(pruned.Drop, want) {
		t.Errorf("dropped %q, want %q", pruned.Drop, want)
	}
	for _, v := range pruned.Meta.Versions[:4] {
		if v.DocumentBlob != "" {
			t.Errorf("%s keeps its narrative", v.ID)
		}
	}
	// Deleting a version deletes its narrative.
	del, err := DeleteVersion(m, "d-v1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(del.Drop, []string{"d-v1", ReportKey("d-v1"), DocumentKey("d-v1")}) {
		t.Errorf("delete drops %q", del.Drop)
	}
}

// TestKeyOfNarrativeFindings: findings of the narrative have no cell; their
// keys name the paragraph and the words, so two of one rule never share a
// note, and a table's finding keeps the key notes were stored under.
func TestKeyOfNarrativeFindings(t *testing.T) {
	a := report.Finding{Rule: "D0206", File: "a.docx", Para: 78, Quote: "增加(减少)"}
	b := report.Finding{Rule: "D0206", File: "a.docx", Para: 81, Quote: "增加(减少)"}
	if KeyOf(a) == KeyOf(b) || KeyOf(a) != "D0206|¶78|增加(减少)" {
		t.Errorf("keys %q %q", KeyOf(a), KeyOf(b))
	}
	c := report.Finding{Rule: "R0001", Sheet: "01", Cell: "C8"}
	if KeyOf(c) != FindingKey("R0001", "01", "C8") {
		t.Errorf("table key %q", KeyOf(c))
	}
	// The page's report and a summary of stored JSON give the same keys.
	rep := &report.Report{Findings: []report.Finding{a, b, c}}
	js := ReportJSON(rep)
	s, err := SummaryOfReport(js)
	if err != nil {
		t.Fatal(err)
	}
	items, err := ItemsOfReport(js)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range rep.Findings {
		if items[i].Para != f.Para {
			t.Errorf("finding %d: item paragraph %d, want %d", i, items[i].Para, f.Para)
		}
		if s.Keys[i] != KeyOf(f) || items[i].Key != KeyOf(f) || Summarize(rep).Keys[i] != KeyOf(f) {
			t.Errorf("finding %d: keys differ: %q %q", i, s.Keys[i], items[i].Key)
		}
	}
	// A stored report without keys is given the same ones.
	stripped := []byte(`{"findings":[{"rule":"D0206","file":"a.docx","para":78,"quote":"增加(减少)","sheet":"","cell":""}]}`)
	withKeys, err := WithKeys(stripped)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := ItemsOfReport(withKeys); got[0].Key != KeyOf(a) {
		t.Errorf("WithKeys gave %q", got[0].Key)
	}
}

// TestCoverage: a check that found no table, only 绩效自评表, or not all
// nine tables says so, and its draft carries it.
func TestCoverage(t *testing.T) {
	nine := []report.Table{{Form: "01"}, {Form: "02"}}
	for _, c := range []struct {
		rep  report.Report
		want string
	}{
		{report.Report{Tables: nine}, ""},
		{report.Report{Tables: nine, Missing: []string{"08"}}, "partial"},
		{report.Report{Tables: []report.Table{{Form: "kpi-project"}}, Missing: []string{"01"}}, "kpi"},
		{report.Report{Missing: []string{"01"}}, "none"},
		{report.Report{Error: &report.FileError{Code: "not_xlsx"}}, "none"},
	} {
		if got := Coverage(&c.rep); got != c.want {
			t.Errorf("%+v: %q, want %q", c.rep, got, c.want)
		}
		s := Summarize(&c.rep)
		if saved := Save(nil, "d", Check{File: "a.xlsx", Summary: s, Now: "t"}); saved.Meta.Coverage != c.want || saved.Version.Coverage != c.want {
			t.Errorf("saved %q %q, want %q", saved.Meta.Coverage, saved.Version.Coverage, c.want)
		}
	}
}
