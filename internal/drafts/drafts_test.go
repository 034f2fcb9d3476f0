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
		// Without a template TemplateKey is Key: nothing to tell apart.
		if got := TemplateKey(c.file, c.dept, c.year, ""); got != c.want {
			t.Errorf("TemplateKey(%q, %q, %q, \"\") = %s, want %s", c.file, c.dept, c.year, got, c.want)
		}
	}
	// A department's year in another template is another draft; the file
	// name does not matter, and without a year the file name keys it.
	k := TemplateKey("a.xlsx", "湖北省科学技术厅", "2024", "ministry-2024")
	if k == Key("a.xlsx", "湖北省科学技术厅", "2024") || k != TemplateKey("b.xlsx", "湖北省科学技术厅", "2024", "ministry-2024") ||
		k == TemplateKey("a.xlsx", "湖北省科学技术厅", "2024", "hubei-2023") || len(k) != 16 {
		t.Errorf("TemplateKey = %s", k)
	}
	if TemplateKey("a.xlsx", "湖北省科学技术厅", "", "hubei-2023") != Key("a.xlsx", "", "") {
		t.Error("no year: the file keys the draft")
	}
	for _, c := range []struct {
		stored, checked string
		owns            bool
	}{
		{"hubei-2023", "hubei-2023", true},
		{"hubei-2023", "ministry-2024", false},
		{"", "ministry-2024", true}, // a record of an earlier build: its template was not kept
		{"hubei-2023", "", true},    // no table recognised
	} {
		if got := Owns(&Meta{Draft: Draft{Template: c.stored}}, c.checked); got != c.owns {
			t.Errorf("Owns(%q, %q) = %v", c.stored, c.checked, got)
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
	want := Summary{Profile: "hubei", ProfileName: "湖北", Department: "湖北省科学技术厅", Year: "2024", Counts: [3]int{1, 2, 1},
		Keys: []string{"R0003|01 收入支出决算总表|B7", "S0002|02 收入决算表|B38", "R0001|02 收入决算表|C5", "S0002|02 收入决算表|B38"}}
	if got := Summarize(rep); !reflect.DeepEqual(got, want) {
		t.Errorf("Summarize = %+v, want %+v", got, want)
	}
	// From the report's JSON as the page gets it, and as earlier builds stored it.
	withKeys := ReportJSON(rep)
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
	all := []string{"R0001", "R0003", "S0002", "T0101"}
	for _, c := range []struct {
		name                                   string
		old, cur                               []string
		oldRules, curRules                     []string
		fixed, appeared, still, gone, addition []string
	}{
		{name: "first check after none", cur: []string{"b", "a"}, fixed: []string{}, appeared: []string{"a", "b"}},
		{name: "all fixed", old: []string{"a", "b"}, fixed: []string{"a", "b"}, appeared: []string{}},
		{name: "unchanged", old: []string{"a", "b"}, cur: []string{"b", "a"}, fixed: []string{}, appeared: []string{}, still: []string{"a", "b"}},
		{name: "some of each, sorted", old: []string{"c", "a", "x"}, cur: []string{"x", "d", "b"}, fixed: []string{"a", "c"}, appeared: []string{"b", "d"}, still: []string{"x"}},
		{name: "repeated keys count once", old: []string{"a", "a", "b"}, cur: []string{"b", "b", "c", "c"}, fixed: []string{"a"}, appeared: []string{"c"}, still: []string{"b"}},
		{name: "nothing either side", fixed: []string{}, appeared: []string{}},
		{name: "a rule disabled by the later profile is not a fix",
			old: []string{"S0002|02|B38", "R0003|01|B7"}, cur: []string{}, oldRules: all, curRules: []string{"R0001", "R0003", "T0101"},
			fixed: []string{"R0003|01|B7"}, appeared: []string{}, gone: []string{"S0002|02|B38"}},
		{name: "a rule the earlier rule set did not have is not a regression",
			old: []string{"R0003|01|B7"}, cur: []string{"R0003|01|B7", "T0101|01|C9", "S0002|02|B38"}, oldRules: []string{"R0001", "R0003", "S0002"}, curRules: all,
			fixed: []string{}, appeared: []string{"S0002|02|B38"}, still: []string{"R0003|01|B7"}, addition: []string{"T0101|01|C9"}},
		{name: "unknown rules on either side: plain fixed and new",
			old: []string{"S0002|02|B38"}, cur: []string{"T0101|01|C9"}, oldRules: nil, curRules: []string{"R0001"},
			fixed: []string{}, appeared: []string{"T0101|01|C9"}, gone: []string{"S0002|02|B38"}},
		{name: "both unknown", old: []string{"S0002|02|B38"}, cur: []string{"T0101|01|C9"},
			fixed: []string{"S0002|02|B38"}, appeared: []string{"T0101|01|C9"}},
		{name: "a key without a rule separator is its own rule", old: []string{"W0001"}, cur: nil, oldRules: []string{"W0001"}, curRules: []string{},
			fixed: []string{}, appeared: []string{}, gone: []string{"W0001"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Diff(Side{Keys: c.old, Rules: c.oldRules}, Side{Keys: c.cur, Rules: c.curRules}, "2025-01-01T00:00:00Z")
			want := &Changes{Fixed: c.fixed, New: c.appeared, Still: c.still, Unchecked: c.gone, Added: c.addition, Since: "2025-01-01T00:00:00Z"}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Diff = %+v, want %+v", got, want)
			}
			// The page reads the lengths of fixed and new: never null.
			b, _ := json.Marshal(got)
			if strings.Contains(string(b), "null") {
				t.Errorf("JSON has null: %s", b)
			}
		})
	}
	// With the versions: what they were compared with, and whether the profile or rule set changed.
	a := &Version{ID: "d-v1", N: 1, Profile: "hubei", ProfileHash: "p1", RulesVersion: "r1"}
	for _, c := range []struct {
		name             string
		b                Version
		profile, ruleset bool
	}{
		{"the same", Version{Profile: "hubei", ProfileHash: "p1", RulesVersion: "r1"}, false, false},
		{"another profile", Version{Profile: "central", ProfileHash: "p2", RulesVersion: "r1"}, true, false},
		{"the profile's settings edited", Version{Profile: "hubei", ProfileHash: "p2", RulesVersion: "r1"}, true, false},
		{"another rule set", Version{Profile: "hubei", ProfileHash: "p1", RulesVersion: "r2"}, false, true},
		{"not recorded (a version made from an old record)", Version{Profile: "hubei"}, false, false},
	} {
		got := Diff(Side{Version: a}, Side{Version: &c.b}, "")
		if got.From != "d-v1" || got.FromN != 1 || got.ProfileChanged != c.profile || got.RulesChanged != c.ruleset {
			t.Errorf("%s: %+v", c.name, got)
		}
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
	for _, e := range []error{ErrNoDB, ErrQuota, ErrNoteQuota, ErrBlocked, ErrNotFound, ErrDamaged, ErrDamagedKept, ErrBadSummary, ErrNoteTooLong, ErrBadName, ErrNoFinding,
		ErrNoVersion, ErrLastVersion, ErrBytesDropped, ErrBytesMissing, ErrVersionLost} {
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
