// Package drafts is the draft store's model, apart from the browser: the
// record a checked file is kept as, how a record of any layout ever stored
// is read (or found damaged), what a save, a rename or a 审核说明 makes of
// it, the versions a draft keeps and their comparison, and the Chinese
// messages storage failures are told in. It imports nothing of the
// browser: wasm/ reads and writes the records in IndexedDB and calls these
// functions inside its transactions, and every rule here is tested natively.
//
// A draft is one department's year in one template (Key, TemplateKey); it
// holds every file checked for it as a Version (versions.go). Its record
// (IndexedDB store "drafts", keyed by the draft's ID) is one of three
// layouts:
//
//   - versioned (this build): a JS object {meta, report}. meta is the JSON
//     of Meta: the draft, the finding keys of its latest version, and its
//     versions' metadata (file, size, SHA-256, time, profile, rule set,
//     counts, where their bytes and report are kept). report is the latest
//     version's report JSON exactly as the check produced it, kept as a JS
//     string the Go side never decodes to save, list or note (in wasm
//     encoding/json scans about 40 MB/s and a seed report is 76 KB). Each
//     version's bytes are in store "files" under the version's ID
//     ("<draft>-v<n>"); the report of every version but the latest under
//     "<draft>-v<n>.report" (the latest's is the record's own).
//   - current before versions: the same object, its meta without versions;
//     its bytes in "files" under the draft's ID. It is read as version 1
//     (Versioned), bytes left where they are, and gains versions when next
//     checked.
//   - legacy (before the report was held apart): one JSON string, the
//     draft's fields with the report inline under "report" and no "keys".
//     It is read as it is, as version 1, and rewritten in the current layout
//     when next saved; nothing in it is dropped.
//
// A note or a rename writes the meta only; neither migrates the layout.
package drafts

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"
	"strconv"
	"strings"

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
	// Template is the template the latest version was read with: a draft is
	// one department's year in one template (see Owns).
	Template string `json:"template,omitempty"`
	// Coverage is the latest version's (see Coverage).
	Coverage string `json:"coverage,omitempty"`
	// Renamed: the user named the draft (or, for a record of before
	// versions, its name is not its file's): its name is kept; otherwise it
	// follows the latest file.
	Renamed bool `json:"renamed,omitempty"`
	// Versions are the files checked for the draft, oldest first; the last
	// is the latest, whose report the record holds.
	Versions []Version `json:"versions,omitempty"`
	// Damaged marks a record that cannot be read: it is listed (so it can be
	// exported and deleted) instead of stalling the list.
	Damaged bool `json:"damaged,omitempty"`
}

// Meta is a record's meta: the draft and the keys of its last check's
// findings, which the next check is compared with. Its JSON is what is
// stored; the field order and names must not change (records written by
// earlier builds are read with this type, and theirs with it; fields added
// since are omitted when empty, so a record of before versions encodes as
// it did).
type Meta struct {
	Draft
	Keys []string `json:"keys"`
	// RuleSets are the rules that ran for the versions, by the key each
	// version names (Version.RuleSet): usually one list of ~90 IDs shared by
	// every version, so the meta stays small while a comparison can tell a
	// rule that did not run from a finding that was fixed.
	RuleSets map[string][]string `json:"rule_sets,omitempty"`
	// Next is the number the next version gets: numbers are never reused,
	// so a version ID names one file for good.
	Next int `json:"next,omitempty"`
}

// Changes compares a new check with the previous version of the same
// draft, by finding key. A finding whose rule did not run on one side (the
// engine had no such rule, it was retired, or that side's profile disabled
// it) is neither fixed nor new: it is Unchecked or Added.
type Changes struct {
	Fixed []string `json:"fixed"` // reported before, not now, its rule still running (已修正)
	New   []string `json:"new"`   // reported now, not before, its rule running then too (新出现)
	Since string   `json:"since"` // when the previous check was saved
	// Still are reported on both sides (仍存在).
	Still []string `json:"still,omitempty"`
	// Unchecked were reported before and are not now because their rule no
	// longer runs (rule set or profile): not a fix.
	Unchecked []string `json:"unchecked,omitempty"`
	// Added are reported now because their rule runs now and did not
	// before: not a regression of the draft.
	Added []string `json:"added,omitempty"`
	// From is the version compared with, FromN its number.
	From  string `json:"from,omitempty"`
	FromN int    `json:"from_n,omitempty"`
	// ProfileChanged and RulesChanged: the two sides were checked with
	// another profile (or another revision of it) or another engine rule
	// set, so differences may come from them and not from the file.
	ProfileChanged bool `json:"profile_changed,omitempty"`
	RulesChanged   bool `json:"rules_changed,omitempty"`
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

// TemplateKey is the ID of the draft for a department's year read with
// another template than the one the draft under Key holds (see Owns): a
// draft is one department's year in one template. The first template seen
// keeps Key, so the records of earlier builds are still found. Without a
// department, year or template it is Key.
func TemplateKey(file, dept, year, template string) string {
	if dept == "" || year == "" || template == "" {
		return Key(file, dept, year)
	}
	sum := sha256.Sum256([]byte("dept:" + dept + "|" + year + "|template:" + template))
	return hex.EncodeToString(sum[:8])
}

// Owns says whether the stored draft m takes a check read with template:
// the same template, or either unknown (a record of an earlier build, a
// file in which no table was recognised).
func Owns(m *Meta, template string) bool {
	return m.Template == "" || template == "" || m.Template == template
}

// FindingKey names a finding across checks of a draft. It is the one
// definition: 审核说明 are stored under it, the diff compares it, and the
// page reads it from each finding's "key" (ReportJSON) rather than
// computing its own. Stored notes are keyed by it, so its form must not
// change.
func FindingKey(rule, sheet, cell string) string { return rule + "|" + sheet + "|" + cell }

// KeyOf is the key of a finding: FindingKey for a table's; for a finding
// in the narrative (情况说明), which has no cell, its rule, paragraph and
// quoted words ("D0203|¶64|19."), so two findings of one rule in one
// document never share a note.
func KeyOf(f report.Finding) string {
	return findingRef{Rule: f.Rule, Sheet: f.Sheet, Cell: f.Cell, Para: f.Para, Quote: f.Quote}.key()
}

// findingRef is what a key is made of, as the decoders of stored reports
// read it.
type findingRef struct {
	Rule  string `json:"rule"`
	Sheet string `json:"sheet"`
	Cell  string `json:"cell"`
	Para  int    `json:"para"`
	Quote string `json:"quote"`
}

func (r findingRef) key() string {
	if r.Para > 0 && r.Sheet == "" && r.Cell == "" {
		return r.Rule + "|¶" + strconv.Itoa(r.Para) + "|" + r.Quote
	}
	return FindingKey(r.Rule, r.Sheet, r.Cell)
}

// Summary is what saving a draft needs of a report. The check returns it
// beside the report's JSON, so a save decodes a few KB, not the 76 KB
// report, and reads nothing property by property from JavaScript.
type Summary struct {
	Profile    string   `json:"profile"`
	Department string   `json:"department"`
	Year       string   `json:"year"`
	Counts     [3]int   `json:"counts"` // 错误, 提示, 信息
	Keys       []string `json:"keys"`   // FindingKey of each finding
	// The rest is known to the check, not to a report: what the version
	// records of the file and of how it was checked. Each is empty when
	// unknown (a save given only a report).
	Template     string   `json:"template,omitempty"`
	ProfileName  string   `json:"profile_name,omitempty"`
	ProfileHash  string   `json:"profile_hash,omitempty"`  // Fingerprint of the profile's JSON
	SHA256       string   `json:"sha256,omitempty"`        // of the file's bytes, hex
	RulesVersion string   `json:"rules_version,omitempty"` // RulesVersion of the engine's registry
	Rules        []string `json:"rules,omitempty"`         // IDs of the rules that ran (ActiveRules)
	// Document names the narrative (情况说明) checked with the workbook,
	// DocumentSHA256 hashes its bytes (or the pasted text); both empty
	// when none was, or when it could not be read.
	Document       string `json:"document,omitempty"`
	DocumentSHA256 string `json:"document_sha256,omitempty"`
	// Coverage says what the check could not compare (Coverage).
	Coverage string `json:"coverage,omitempty"`
}

// Coverage of a check: "" when the nine tables were found; "partial" when
// some are missing; "kpi" when only 绩效自评表 were; "none" when no table
// was. A draft's list entry says so rather than 「错误 0」.
func Coverage(rep *report.Report) string {
	nine, kpi := 0, 0
	for _, t := range rep.Tables {
		if strings.HasPrefix(t.Form, "kpi") {
			kpi++
		} else {
			nine++
		}
	}
	switch {
	case rep.Error != nil || nine == 0 && kpi == 0:
		return "none"
	case nine == 0:
		return "kpi"
	case len(rep.Missing) > 0:
		return "partial"
	}
	return ""
}

// Summarize is the summary of a report the check just produced.
func Summarize(rep *report.Report) Summary {
	s := Summary{Profile: rep.Profile, Department: rep.Department, Year: rep.Year, Keys: make([]string, len(rep.Findings)),
		Template: rep.Template, ProfileName: rep.ProfileName, Coverage: Coverage(rep)}
	s.Counts[0], s.Counts[1], s.Counts[2] = rep.Counts()
	for i, f := range rep.Findings {
		s.Keys[i] = KeyOf(f)
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
	Profile     string           `json:"profile"`
	ProfileName string           `json:"profile_name"`
	Department  string           `json:"department"`
	Year        string           `json:"year"`
	Template    string           `json:"template"`
	Findings    []findingSummary `json:"findings"`
}

type findingSummary struct {
	findingRef
	Severity report.Severity `json:"severity"`
}

// SummaryOfReport decodes a summary from a report's JSON: for a legacy
// record's inline report, and a save given no summary.
func SummaryOfReport(b []byte) (Summary, error) {
	var r reportSummary
	if err := json.Unmarshal(b, &r); err != nil {
		return Summary{}, err
	}
	s := Summary{Profile: r.Profile, Department: r.Department, Year: r.Year, Keys: make([]string, len(r.Findings)),
		Template: r.Template, ProfileName: r.ProfileName}
	for i, f := range r.Findings {
		switch f.Severity {
		case report.Error:
			s.Counts[0]++
		case report.Warning:
			s.Counts[1]++
		default:
			s.Counts[2]++
		}
		s.Keys[i] = f.key()
	}
	return s, nil
}

// Side is one version as a comparison sees it: its finding keys and the
// IDs of the rules that ran (nil when unknown: a version made from a record
// of before versions, whose rules were not recorded).
type Side struct {
	Version *Version
	Keys    []string
	Rules   []string
}

// Diff compares two versions of a draft by finding key: fixed, new and
// still reported, and, told apart from those, findings that come or go
// because their rule ran on one side only (Unchecked, Added). When a side's
// rules are unknown, every rule is taken to have run there: a finding
// cannot be blamed on a rule change nobody recorded. A key reported twice
// counts once. Fixed and New are sorted and never nil (the page reads their
// lengths); the rest are sorted, nil when empty. since is when from was
// checked.
func Diff(from, to Side, since string) *Changes {
	was, is := set(from.Keys), set(to.Keys)
	ranBefore, runsNow := ruleSet(from.Rules), ruleSet(to.Rules)
	c := &Changes{Fixed: []string{}, New: []string{}, Since: since}
	for k := range was {
		switch {
		case is[k]:
			c.Still = append(c.Still, k)
		case runsNow != nil && !runsNow[RuleOf(k)]:
			c.Unchecked = append(c.Unchecked, k)
		default:
			c.Fixed = append(c.Fixed, k)
		}
	}
	for k := range is {
		switch {
		case was[k]:
		case ranBefore != nil && !ranBefore[RuleOf(k)]:
			c.Added = append(c.Added, k)
		default:
			c.New = append(c.New, k)
		}
	}
	for _, l := range [][]string{c.Fixed, c.New, c.Still, c.Unchecked, c.Added} {
		sort.Strings(l)
	}
	if f, t := from.Version, to.Version; f != nil && t != nil {
		c.From, c.FromN = f.ID, f.N
		c.ProfileChanged = f.Profile != t.Profile || (f.ProfileHash != "" && t.ProfileHash != "" && f.ProfileHash != t.ProfileHash)
		c.RulesChanged = f.RulesVersion != "" && t.RulesVersion != "" && f.RulesVersion != t.RulesVersion
	}
	return c
}

// RuleOf is the rule ID of a finding key (FindingKey).
func RuleOf(key string) string {
	if i := strings.IndexByte(key, '|'); i >= 0 {
		return key[:i]
	}
	return key
}

func set(keys []string) map[string]bool {
	m := make(map[string]bool, len(keys))
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// ruleSet is nil for unknown rules (nil), a set otherwise.
func ruleSet(ids []string) map[string]bool {
	if ids == nil {
		return nil
	}
	return set(ids)
}
