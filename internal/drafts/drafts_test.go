package drafts

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"reportcheck/internal/report"
)

// sample is a small report with one finding of each severity and one
// finding reported twice (a 提示 on two rules' paths can share a cell).
func sample() *report.Report {
	return &report.Report{
		File: "seed.xlsx", Profile: "hubei", ProfileName: "湖北", Department: "湖北省科学技术厅", Year: "2024",
		Tables: []report.Table{{Form: "01", Sheet: "01 收入支出决算总表", Range: "A1:F40", Unit: "万元"}},
		Findings: []report.Finding{
			{Rule: "R0003", Severity: report.Error, Sheet: "01 收入支出决算总表", Cell: "B7", Cells: []string{"B8"}, Message: "合计不等", Expected: "1.00", Actual: "2.00", Diff: "1.00"},
			{Rule: "S0002", Severity: report.Warning, Sheet: "02 收入决算表", Cell: "B38", Message: "提示"},
			{Rule: "R0001", Severity: report.Info, Sheet: "02 收入决算表", Cell: "C5", Message: "尾差", Tolerance: "0.005"},
			{Rule: "S0002", Severity: report.Warning, Sheet: "02 收入决算表", Cell: "B38", Message: "又一条"},
		},
		KPI: []report.KPITable{},
	}
}

func TestKeyIsWhatEarlierBuildsStoredUnder(t *testing.T) {
	// The expected IDs are sha256 computed outside Go: a record is found by
	// its ID, so a change here would orphan every stored draft.
	for _, c := range []struct{ file, dept, year, want string }{
		{"seed.xlsx", "", "", "062481fe54c34492"},
		{"seed.xlsx", "湖北省科学技术厅", "", "062481fe54c34492"}, // no year: by file
		{"seed.xlsx", "", "2024", "062481fe54c34492"},
		{"other.xlsx", "湖北省科学技术厅", "2024", "e85ce31b204b2543"}, // by department and year, whatever the file
		{"", "", "", "430473329df5ca20"},
	} {
		if got := Key(c.file, c.dept, c.year); got != c.want {
			t.Errorf("Key(%q, %q, %q) = %s, want %s", c.file, c.dept, c.year, got, c.want)
		}
	}
}

func TestFindingKeyIsTheStoredForm(t *testing.T) {
	if got := FindingKey("S0002", "02 收入决算表", "B38"); got != "S0002|02 收入决算表|B38" {
		t.Errorf("FindingKey = %q", got)
	}
	if got := FindingKey("W0001", "", ""); got != "W0001||" {
		t.Errorf("workbook-level FindingKey = %q", got)
	}
}

func TestSummaries(t *testing.T) {
	rep := sample()
	want := Summary{Profile: "hubei", Department: "湖北省科学技术厅", Year: "2024", Counts: [3]int{1, 2, 1},
		Keys: []string{"R0003|01 收入支出决算总表|B7", "S0002|02 收入决算表|B38", "R0001|02 收入决算表|C5", "S0002|02 收入决算表|B38"}}
	if got := Summarize(rep); !reflect.DeepEqual(got, want) {
		t.Errorf("Summarize = %+v, want %+v", got, want)
	}
	// From the report's JSON as the page gets it, and as earlier builds stored it.
	withKeys, _ := ReportJSON(rep)
	plain, _ := json.Marshal(rep)
	for name, b := range map[string][]byte{"with keys": withKeys, "plain": plain} {
		got, err := SummaryOfReport(b)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("SummaryOfReport(%s) = %+v, %v; want %+v", name, got, err, want)
		}
	}
	// Through the worker and back.
	b, _ := json.Marshal(want)
	if got, err := ParseSummary(b); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ParseSummary = %+v, %v", got, err)
	}
	for _, bad := range []string{"", "{", `{"counts":"x"}`, "[1]"} {
		if _, err := ParseSummary([]byte(bad)); err == nil {
			t.Errorf("ParseSummary(%q) accepted", bad)
		}
		if _, err := SummaryOfReport([]byte(bad)); err == nil && bad != `{"counts":"x"}` {
			t.Errorf("SummaryOfReport(%q) accepted", bad)
		}
	}
	if _, err := SummaryOfReport([]byte(`{"findings":[{"rule":1}]}`)); err == nil {
		t.Error("a finding with a numeric rule was accepted")
	}
	if s, err := SummaryOfReport([]byte(`{}`)); err != nil || len(s.Keys) != 0 || s.Counts != [3]int{} {
		t.Errorf("empty report: %+v, %v", s, err)
	}
}

func TestDiff(t *testing.T) {
	for _, c := range []struct {
		name            string
		old, cur        []string
		fixed, appeared []string
	}{
		{"first check after none", nil, []string{"b", "a"}, []string{}, []string{"a", "b"}},
		{"all fixed", []string{"a", "b"}, nil, []string{"a", "b"}, []string{}},
		{"unchanged", []string{"a", "b"}, []string{"b", "a"}, []string{}, []string{}},
		{"some of each, sorted", []string{"c", "a", "x"}, []string{"x", "d", "b"}, []string{"a", "c"}, []string{"b", "d"}},
		{"repeated keys count once", []string{"a", "a", "b"}, []string{"b", "b", "c", "c"}, []string{"a"}, []string{"c"}},
		{"nothing either side", nil, nil, []string{}, []string{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Diff(c.old, c.cur, "2025-01-01T00:00:00Z")
			want := &Changes{Fixed: c.fixed, New: c.appeared, Since: "2025-01-01T00:00:00Z"}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Diff = %+v, want %+v", got, want)
			}
			// The page reads the lengths: never null.
			b, _ := json.Marshal(got)
			if strings.Contains(string(b), "null") {
				t.Errorf("JSON has null: %s", b)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want error
	}{
		{"QuotaExceededError: the quota has been exceeded", ErrQuota},
		{"AbortError: QuotaExceeded", ErrQuota},
		{"open blocked", ErrBlocked},
		{"Blocked by another connection", ErrBlocked},
		{"VersionError: the requested version is less than the existing version", ErrBlocked},
		{"indexedDB is not defined", ErrNoDB},
		{"InvalidStateError: the database connection is closing", ErrNoDB},
		{"SecurityError: access denied", ErrNoDB},
		{"UnknownError: internal error opening backing store", ErrNoDB},
	} {
		if got := Classify(c.msg); got != c.want {
			t.Errorf("Classify(%q) = %v, want %v", c.msg, got, c.want)
		}
	}
	got := Classify("ConstraintError: key already exists")
	if got.Error() != "草稿保存失败：ConstraintError: key already exists" {
		t.Errorf("other failures keep the browser's words: %v", got)
	}
	// Every message a clerk sees from here is Chinese.
	for _, e := range []error{ErrNoDB, ErrQuota, ErrNoteQuota, ErrBlocked, ErrNotFound, ErrDamaged, ErrDamagedKept, ErrBadSummary, ErrNoteTooLong, ErrBadName, ErrNoFinding} {
		if !strings.ContainsFunc(e.Error(), func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("message not for the clerk: %v", e)
		}
	}
}

func TestNoteError(t *testing.T) {
	if got := NoteError(ErrQuota); got != ErrNoteQuota {
		t.Errorf("a full storage for a note: %v", got)
	}
	wrapped := errors.Join(errors.New("put"), ErrQuota)
	if got := NoteError(wrapped); got != ErrNoteQuota {
		t.Errorf("wrapped quota: %v", got)
	}
	if got := NoteError(ErrNotFound); got != ErrNotFound {
		t.Errorf("other errors pass: %v", got)
	}
	if NoteError(nil) != nil {
		t.Error("no error made one")
	}
}
