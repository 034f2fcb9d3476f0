package drafts

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"reportcheck/internal/report"
)

// findingsOf decodes a report's findings as generic objects.
func findingsOf(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	var r struct {
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	return r.Findings
}

// withoutKeys is a report's JSON as a generic value, the findings' keys
// dropped: what it must equal is the report's plain JSON.
func withoutKeys(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if fs, ok := v["findings"].([]any); ok {
		for _, f := range fs {
			delete(f.(map[string]any), "key")
		}
	}
	return v
}

func TestReportJSONCarriesEachFindingsKey(t *testing.T) {
	rep := sample()
	b := ReportJSON(rep)
	fs := findingsOf(t, b)
	if len(fs) != len(rep.Findings) {
		t.Fatalf("%d findings, want %d", len(fs), len(rep.Findings))
	}
	for i, f := range rep.Findings {
		if fs[i]["key"] != FindingKey(f.Rule, f.Sheet, f.Cell) {
			t.Errorf("finding %d key = %v", i, fs[i]["key"])
		}
	}
	// Nothing else differs from the report's own JSON.
	plain, _ := json.Marshal(rep)
	if got, want := withoutKeys(t, b), withoutKeys(t, plain); !reflect.DeepEqual(got, want) {
		t.Errorf("report changed:\n got  %v\n want %v", got, want)
	}
	// It still reads as a report (annotate decodes what the page sends back).
	var back report.Report
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(&back, rep) {
		t.Errorf("round trip: %v\n got  %+v\n want %+v", err, back, rep)
	}
	// Stored as is, it needs no keys added when opened.
	if again, err := WithKeys(b); err != nil || !bytes.Equal(again, b) {
		t.Errorf("WithKeys of a keyed report: %v", err)
	}
}

func TestReportJSONOfAFailedCheck(t *testing.T) {
	rep := &report.Report{File: "x.xlsx", Error: &report.FileError{Code: "not_xlsx", Message: "不是 xlsx 文件"}}
	b := ReportJSON(rep)
	plain, _ := json.Marshal(rep)
	if !reflect.DeepEqual(withoutKeys(t, b), withoutKeys(t, plain)) {
		t.Errorf("got %s\nwant %s", b, plain)
	}
	rep.Findings = []report.Finding{}
	if b := ReportJSON(rep); !bytes.Contains(b, []byte(`"findings":[]`)) {
		t.Errorf("empty findings: %s", b)
	}
}

func TestWithKeys(t *testing.T) {
	rep := sample()
	plain, _ := json.Marshal(rep) // as builds before the key stored it
	got, err := WithKeys(plain)
	if err != nil {
		t.Fatal(err)
	}
	keyed := ReportJSON(rep)
	if !reflect.DeepEqual(findingsOf(t, got), findingsOf(t, keyed)) {
		t.Errorf("findings:\n got  %s\n want %s", got, keyed)
	}
	if !reflect.DeepEqual(withoutKeys(t, got), withoutKeys(t, plain)) {
		t.Errorf("something else changed: %s", got)
	}

	// Fields this build does not know, of an earlier or later build, stay.
	odd := []byte(`{"file":"a.xlsx","extra":{"x":[1,2]},"findings":[{"rule":"S1","sheet":"表","cell":"A1","note":"<b>"},{"rule":"S2","sheet":"","cell":"","key":"kept|as|is"}]}`)
	got, err = WithKeys(odd)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	_ = json.Unmarshal(got, &v)
	fs := v["findings"].([]any)
	if v["extra"] == nil || fs[0].(map[string]any)["note"] != "<b>" || fs[0].(map[string]any)["key"] != "S1|表|A1" || fs[1].(map[string]any)["key"] != "kept|as|is" {
		t.Errorf("got %s", got)
	}

	for _, c := range []struct {
		name string
		in   string
		same bool // returned as is
	}{
		{"no findings field", `{"file":"a"}`, true},
		{"findings null", `{"findings":null}`, true},
		{"findings empty", ` {"findings":[]}`, true},
		{"every finding keyed", `{"findings":[{"rule":"a","key":"x"}]}`, true},
	} {
		got, err := WithKeys([]byte(c.in))
		if err != nil || c.same != (string(got) == c.in) {
			t.Errorf("%s: %s, %v", c.name, got, err)
		}
	}
	for _, bad := range []string{``, `null`, `"report"`, `[]`, `42`, `{`, `{"findings":"x"}`, `{"findings":[1]}`, `{"findings":[null]}`, `{"findings":[{"rule":1}]}`} {
		if got, err := WithKeys([]byte(bad)); err != ErrDamaged || got != nil {
			t.Errorf("WithKeys(%q) = %s, %v; want ErrDamaged", bad, got, err)
		}
	}
}
