// Package drafts is the draft store's model, apart from the browser: the
// record a checked file is kept as, how a record of any layout ever stored
// is read (or found damaged), what a save, a rename or a 审核说明 makes of
// it, the diff of two checks, and the Chinese messages storage failures are
// told in. It imports no syscall/js: wasm/ reads and writes the records in
// IndexedDB and calls these functions inside its transactions, and every
// rule here is tested natively.
//
// A stored record (IndexedDB store "drafts", keyed by the draft's ID) is
// one of two layouts:
//
//   - current: a JS object {meta, report}. meta is the JSON of Meta, a few
//     hundred bytes to a few KB; report is the report's JSON exactly as the
//     check produced it, kept as a JS string the Go side never decodes to
//     save, list or diff (in wasm encoding/json scans about 40 MB/s and a
//     seed report is 76 KB).
//   - legacy (before the report was held apart): one JSON string, the
//     draft's fields with the report inline under "report" and no "keys".
//     It is read as it is and rewritten in the current layout when next
//     saved; nothing in it is dropped but the report a new check replaces.
package drafts

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"

	"reportcheck/internal/report"
)

// Draft is one saved draft as the page sees it. The report travels beside
// it, not inside.
type Draft struct {
	ID           string            `json:"id"`
	Name         string            `json:"name"`
	File         string            `json:"file"`
	Department   string            `json:"department"`
	Year         string            `json:"year"`
	Profile      string            `json:"profile"`
	Created      string            `json:"created"`
	Updated      string            `json:"updated"`
	Counts       [3]int            `json:"counts"` // 错误, 提示, 信息
	Explanations map[string]string `json:"explanations"`
	Changes      *Changes          `json:"changes,omitempty"`
	Size         int               `json:"size"`
	// Damaged marks a record that cannot be read: it is listed (so it can be
	// exported and deleted) instead of stalling the list.
	Damaged bool `json:"damaged,omitempty"`
}

// Meta is a record's meta: the draft and the keys of its last check's
// findings, which the next check is compared with. Its JSON is what is
// stored; the field order and names must not change (records written by
// earlier builds are read with this type, and theirs with it).
type Meta struct {
	Draft
	Keys []string `json:"keys"`
}

// Changes compares a new check with the previous one of the same draft.
type Changes struct {
	Fixed []string `json:"fixed"` // finding keys no longer reported (已修正)
	New   []string `json:"new"`   // finding keys not reported before (新出现)
	Since string   `json:"since"` // when the previous check was saved
}

// Key identifies "the same draft": the same department and year when the
// tables say them, else the same file name. It is the record's IndexedDB
// key, so it must stay what earlier builds computed.
func Key(file, dept, year string) string {
	k := "file:" + file
	if dept != "" && year != "" {
		k = "dept:" + dept + "|" + year
	}
	sum := sha256.Sum256([]byte(k))
	return hex.EncodeToString(sum[:8])
}

// FindingKey names a finding across checks of a draft. It is the one
// definition: 审核说明 are stored under it, the diff compares it, and the
// page reads it from each finding's "key" (ReportJSON) rather than
// computing its own. Stored notes are keyed by it, so its form must not
// change.
func FindingKey(rule, sheet, cell string) string { return rule + "|" + sheet + "|" + cell }

// Summary is what saving a draft needs of a report. The check returns it
// beside the report's JSON, so a save decodes a few KB, not the 76 KB
// report, and reads nothing property by property from JavaScript.
type Summary struct {
	Profile    string   `json:"profile"`
	Department string   `json:"department"`
	Year       string   `json:"year"`
	Counts     [3]int   `json:"counts"` // 错误, 提示, 信息
	Keys       []string `json:"keys"`   // FindingKey of each finding
}

// Summarize is the summary of a report the check just produced.
func Summarize(rep *report.Report) Summary {
	s := Summary{Profile: rep.Profile, Department: rep.Department, Year: rep.Year, Keys: make([]string, len(rep.Findings))}
	s.Counts[0], s.Counts[1], s.Counts[2] = rep.Counts()
	for i, f := range rep.Findings {
		s.Keys[i] = FindingKey(f.Rule, f.Sheet, f.Cell)
	}
	return s
}

// ParseSummary decodes the summary the check returned beside a report.
func ParseSummary(b []byte) (Summary, error) {
	var s Summary
	err := json.Unmarshal(b, &s)
	return s, err
}

// reportSummary decodes only what a summary needs of a report's JSON.
type reportSummary struct {
	Profile    string           `json:"profile"`
	Department string           `json:"department"`
	Year       string           `json:"year"`
	Findings   []findingSummary `json:"findings"`
}

type findingSummary struct {
	Rule     string          `json:"rule"`
	Severity report.Severity `json:"severity"`
	Sheet    string          `json:"sheet"`
	Cell     string          `json:"cell"`
}

// SummaryOfReport decodes a summary from a report's JSON: for a legacy
// record's inline report, and a save given no summary.
func SummaryOfReport(b []byte) (Summary, error) {
	var r reportSummary
	if err := json.Unmarshal(b, &r); err != nil {
		return Summary{}, err
	}
	s := Summary{Profile: r.Profile, Department: r.Department, Year: r.Year, Keys: make([]string, len(r.Findings))}
	for i, f := range r.Findings {
		switch f.Severity {
		case report.Error:
			s.Counts[0]++
		case report.Warning:
			s.Counts[1]++
		default:
			s.Counts[2]++
		}
		s.Keys[i] = FindingKey(f.Rule, f.Sheet, f.Cell)
	}
	return s, nil
}

// Diff lists the findings fixed and new since the previous check; a key
// reported twice counts once. Both lists are sorted and never nil (the
// page reads their lengths).
func Diff(old, cur []string, since string) *Changes {
	was, is := map[string]bool{}, map[string]bool{}
	for _, k := range old {
		was[k] = true
	}
	for _, k := range cur {
		is[k] = true
	}
	c := &Changes{Fixed: []string{}, New: []string{}, Since: since}
	for k := range was {
		if !is[k] {
			c.Fixed = append(c.Fixed, k)
		}
	}
	for k := range is {
		if !was[k] {
			c.New = append(c.New, k)
		}
	}
	sort.Strings(c.Fixed)
	sort.Strings(c.New)
	return c
}
