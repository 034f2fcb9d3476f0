package drafts

import (
	"bytes"
	"encoding/json"

	"reportcheck/internal/report"
)

// pageReport is a report as the page gets it: each finding carries its key,
// so the page never computes one (the notes and the diff are keyed by
// FindingKey, and a second definition in JavaScript could drift from it).
// The outer Findings shadows the embedded report's; every other field is
// the report's own.
type pageReport struct {
	*report.Report
	Findings []pageFinding `json:"findings"`
}

type pageFinding struct {
	report.Finding
	Key string `json:"key"`
}

// ReportJSON is the JSON of rep as the page gets it: the report's own, each
// finding with its "key". It is also what a draft stores, and it decodes as
// a report.Report (the key is an added field).
func ReportJSON(rep *report.Report) []byte {
	return appendPageReport(make([]byte, 0, 96<<10), rep)
}

// keyProbe reads of a stored report only what WithKeys needs.
type keyProbe struct {
	Findings []struct {
		findingRef
		Key *string `json:"key"`
	} `json:"findings"`
}

// WithKeys is a stored report's JSON as the page gets it: reports saved
// before findings carried their key are given one (when the draft is
// opened; the record itself is not rewritten). A report whose findings all
// have a key is returned as it is, b itself. A report that is not a JSON
// object with a list of findings is damaged.
func WithKeys(b []byte) ([]byte, error) {
	var probe keyProbe
	if !isObject(b) || json.Unmarshal(b, &probe) != nil {
		return nil, ErrDamaged
	}
	missing := false
	for _, f := range probe.Findings {
		missing = missing || f.Key == nil
	}
	if !missing {
		return b, nil
	}
	// Rebuilt field by field, so nothing of the report is lost, whatever
	// build wrote it.
	var top map[string]json.RawMessage
	var findings []map[string]json.RawMessage
	if json.Unmarshal(b, &top) != nil || json.Unmarshal(top["findings"], &findings) != nil {
		return nil, ErrDamaged
	}
	for i, f := range findings {
		if f == nil {
			return nil, ErrDamaged
		}
		if _, ok := f["key"]; !ok {
			p := probe.Findings[i]
			f["key"], _ = json.Marshal(p.key())
		}
	}
	var err error
	if top["findings"], err = json.Marshal(findings); err != nil {
		return nil, ErrDamaged
	}
	return json.Marshal(top)
}

func isObject(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}
