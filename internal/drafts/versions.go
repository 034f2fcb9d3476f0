package drafts

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"
	"strconv"
	"strings"

	"reportcheck/internal/catalog"
)

// Version is one file checked for a draft. Checking a department's draft
// again adds a version instead of overwriting the last one, so an earlier
// file can be opened, compared with a later one and exported as it was.
type Version struct {
	// ID is "<draft ID>-v<N>": the key of the version's bytes in store
	// "files" and, on the page, the key of its preview (data-version-id).
	ID string `json:"id"`
	N  int    `json:"n"`
	// File, Size and SHA256 (hex; empty for a version made from a record of
	// before versions, which did not keep it) describe the bytes checked.
	File   string `json:"file"`
	Size   int    `json:"size"`
	SHA256 string `json:"sha256,omitempty"`
	// Checked is when the check was saved (RFC 3339, UTC).
	Checked string `json:"checked"`
	// How it was checked: the profile (its ID, name and a fingerprint of
	// its settings), the engine's rule set (RulesVersion), the rules that
	// ran (a key into Meta.RuleSets; "" when not recorded) and the template
	// the tables were read with.
	Profile      string `json:"profile"`
	ProfileName  string `json:"profile_name,omitempty"`
	ProfileHash  string `json:"profile_hash,omitempty"`
	RulesVersion string `json:"rules_version,omitempty"`
	RuleSet      string `json:"rule_set,omitempty"`
	Template     string `json:"template,omitempty"`
	Counts       [3]int `json:"counts"` // 错误, 提示, 信息
	// Blob is the key of the bytes in store "files"; "" once they were
	// dropped to keep storage bounded (Dropped says when): the report stays
	// and can be read and compared, the cells cannot be previewed.
	Blob    string `json:"blob,omitempty"`
	Dropped string `json:"dropped,omitempty"`
	// Report is the key of the report's JSON in store "files"; "" for the
	// latest version, whose report is the record's own.
	Report string `json:"report,omitempty"`
	// Migrated: made from a record saved before drafts kept versions.
	Migrated bool `json:"migrated,omitempty"`
	// Document is the narrative (情况说明) checked with the workbook, ""
	// when none was: its file name (or PastedName for pasted text), size
	// and SHA-256, and the key of its bytes (or text) in store "files",
	// kept and dropped with the workbook's (DocumentBlob; "" once dropped).
	Document       string `json:"document,omitempty"`
	DocumentSize   int    `json:"document_size,omitempty"`
	DocumentSHA256 string `json:"document_sha256,omitempty"`
	DocumentBlob   string `json:"document_blob,omitempty"`
	DocumentPasted bool   `json:"document_pasted,omitempty"`
	// Coverage says what the check could not compare (see Coverage).
	Coverage string `json:"coverage,omitempty"`
}

// PastedName is the name a narrative pasted as text goes by.
const PastedName = "粘贴的情况说明"

// DocumentKey is where the narrative checked with a version is kept in
// store "files".
func DocumentKey(version string) string { return version + ".doc" }

// VersionID is the ID of version n of a draft.
func VersionID(draft string, n int) string { return draft + "-v" + strconv.Itoa(n) }

// ReportKey is where the report of a version that is no longer the latest
// is kept in store "files".
func ReportKey(version string) string { return version + ".report" }

// FilesPrefix is the start of every key a draft's versions use in store
// "files": deleting a draft deletes them all by this prefix, including any
// a deleted record no longer names.
func FilesPrefix(draft string) string { return draft + "-v" }

// DefaultKeep and MaxKeep bound how many versions' bytes a draft keeps
// (KeepVersions); reports are always kept.
const (
	DefaultKeep = 10
	MaxKeep     = 100
)

// KeepVersions is how many of the newest versions keep their bytes for a
// setting of n: DefaultKeep when n is not set (≤ 0), at most MaxKeep.
func KeepVersions(n int) int {
	if n <= 0 {
		return DefaultKeep
	}
	return min(n, MaxKeep)
}

// Versioned is the stored meta m with its versions: a record saved before
// drafts kept versions is read as version 1, its bytes where that build
// kept them (under the draft's ID) and its report the record's own, its
// name taken as the user's when it is not its file's (earlier builds kept
// the first file's name or the user's, and which cannot be told). m is not
// changed; nothing is written by reading.
func Versioned(m *Meta) *Meta {
	c := *m
	c.Versions = append([]Version(nil), m.Versions...)
	c.RuleSets = make(map[string][]string, len(m.RuleSets))
	for k, v := range m.RuleSets {
		c.RuleSets[k] = v
	}
	if len(c.Versions) == 0 {
		c.Renamed = c.Renamed || (c.Name != "" && c.Name != c.File)
		c.Versions = []Version{{ID: VersionID(c.ID, 1), N: 1, File: c.File, Size: c.Size, Checked: c.Updated,
			Profile: c.Profile, Template: c.Template, Counts: c.Counts, Blob: c.ID, Migrated: true}}
	}
	for _, v := range c.Versions {
		c.Next = max(c.Next, v.N+1)
	}
	return &c
}

// Find is the version of m with the given ID ("" is the latest), nil when
// there is none.
func (m *Meta) Find(id string) *Version {
	if len(m.Versions) == 0 {
		return nil
	}
	if id == "" {
		return &m.Versions[len(m.Versions)-1]
	}
	for i := range m.Versions {
		if m.Versions[i].ID == id {
			return &m.Versions[i]
		}
	}
	return nil
}

// RulesOf is the list of rules that ran for v, nil when not recorded.
func (m *Meta) RulesOf(v *Version) []string {
	if v == nil || v.RuleSet == "" {
		return nil
	}
	return m.RuleSets[v.RuleSet]
}

// Check is what a save knows besides the stored record: the file checked,
// the summary the check returned, the time, and how many versions' bytes
// to keep (KeepVersions).
type Check struct {
	File    string
	Size    int
	Summary Summary
	Now     string
	Keep    int
	// DocumentSize is the size of the narrative checked with the workbook
	// (Summary.Document names it), DocumentPasted says it was pasted text.
	DocumentSize   int
	DocumentPasted bool
}

// Saved is what a save writes besides the record's meta (Meta) and report
// (the check's): the new version's bytes under Version.Blob; the stored
// record's report (the previous latest version's) under Report when set;
// and it deletes Drop, the bytes of versions past the newest kept.
type Saved struct {
	Meta    *Meta
	Version *Version
	Report  string
	Drop    []string
}

// Save is a check saved as the newest version of the draft id. prev is its
// stored meta (read in the same transaction as this write), nil for a new
// draft: its name (when the user gave one), creation time, every 审核说明
// typed so far and every version are kept, and Changes compares the check
// with the version before it. A check of the same bytes with the same
// profile and rule set as the latest version replaces that version's
// report instead of adding a copy of the file.
func Save(prev *Meta, id string, c Check) Saved {
	s := c.Summary
	var m *Meta
	var last *Version
	var lastKeys []string
	if prev != nil {
		m = Versioned(prev)
		l := *m.Find("")
		last, lastKeys = &l, prev.Keys
	} else {
		m = &Meta{Draft: Draft{Created: c.Now}, RuleSets: map[string][]string{}, Next: 1}
	}
	m.ID = id
	if m.Explanations == nil {
		m.Explanations = map[string]string{}
	}
	v := Version{File: c.File, Size: c.Size, SHA256: s.SHA256, Checked: c.Now, Profile: s.Profile, ProfileName: s.ProfileName,
		ProfileHash: s.ProfileHash, RulesVersion: s.RulesVersion, Template: s.Template, Counts: s.Counts,
		Document: s.Document, DocumentSize: c.DocumentSize, DocumentSHA256: s.DocumentSHA256, DocumentPasted: c.DocumentPasted,
		Coverage: s.Coverage}
	if s.Rules != nil {
		rules := append([]string{}, s.Rules...)
		sort.Strings(rules)
		v.RuleSet = RuleSetKey(rules)
		m.RuleSets[v.RuleSet] = rules
	}
	out := Saved{}
	if last != nil && sameCheck(last, &v) {
		v.N, v.ID, v.Blob = last.N, last.ID, last.Blob
		if v.Blob == "" {
			v.Blob = v.ID
		}
		if v.Document != "" {
			v.DocumentBlob = DocumentKey(v.ID)
		}
		m.Versions[len(m.Versions)-1] = v
	} else {
		if last != nil {
			// The record's report becomes this version's own entry.
			out.Report = ReportKey(last.ID)
			m.Versions[len(m.Versions)-1].Report = out.Report
		}
		v.N = m.Next
		v.ID = VersionID(id, v.N)
		v.Blob = v.ID
		if v.Document != "" {
			v.DocumentBlob = DocumentKey(v.ID)
		}
		m.Next++
		m.Versions = append(m.Versions, v)
	}
	if last != nil {
		m.Changes = Diff(Side{Version: last, Keys: lastKeys, Rules: m.RulesOf(last)}, Side{Version: &v, Keys: s.Keys, Rules: m.RulesOf(&v)}, last.Checked)
	}
	m.Keys = s.Keys
	m.Department, m.Year = s.Department, s.Year
	m.setLatest()
	out.Drop = m.prune(KeepVersions(c.Keep), c.Now)
	m.dropUnusedRuleSets()
	out.Meta, out.Version = m, m.Find("")
	return out
}

// sameCheck: the same bytes, checked with the same profile settings and
// rule set (all known) — a second check of an unchanged file.
func sameCheck(a, b *Version) bool {
	return a.SHA256 != "" && a.SHA256 == b.SHA256 && a.Profile == b.Profile && a.ProfileHash != "" &&
		a.ProfileHash == b.ProfileHash && a.RulesVersion != "" && a.RulesVersion == b.RulesVersion &&
		a.DocumentSHA256 == b.DocumentSHA256 && a.Document == b.Document
}

// setLatest makes the draft's fields those of its latest version: the list
// shows the latest file, its counts and when it was checked; the name
// follows the file unless the user gave one.
func (m *Meta) setLatest() {
	v := m.Find("")
	m.File, m.Size, m.Profile, m.Counts, m.Template, m.Updated = v.File, v.Size, v.Profile, v.Counts, v.Template, v.Checked
	m.Coverage = v.Coverage
	if !m.Renamed {
		m.Name = v.File
	}
}

// prune drops the bytes of every version but the newest keep that still
// have them, and gives their keys in store "files".
func (m *Meta) prune(keep int, now string) []string {
	var drop []string
	kept := 0
	for i := len(m.Versions) - 1; i >= 0; i-- {
		v := &m.Versions[i]
		if v.Blob == "" {
			continue
		}
		if kept < keep {
			kept++
			continue
		}
		drop = append(drop, v.Blob)
		if v.DocumentBlob != "" {
			drop = append(drop, v.DocumentBlob)
		}
		v.Blob, v.DocumentBlob, v.Dropped = "", "", now
	}
	return drop
}

func (m *Meta) dropUnusedRuleSets() {
	used := map[string]bool{}
	for _, v := range m.Versions {
		used[v.RuleSet] = true
	}
	for k := range m.RuleSets {
		if !used[k] {
			delete(m.RuleSets, k)
		}
	}
}

// Deleted is what deleting a version writes besides the record's meta: it
// deletes Drop from store "files"; and, when the latest version was
// deleted, the report kept under Promote becomes the record's (read it,
// give it to Promoted, store it in the record, delete its entry).
type Deleted struct {
	Meta    *Meta
	Drop    []string
	Promote string
}

// DeleteVersion removes one version of the stored draft prev (read in the
// same transaction as the write). The draft's only version is not deleted
// (ErrLastVersion): that would delete the draft and its notes, which the
// draft's own 删除 does, after asking.
func DeleteVersion(prev *Meta, id string) (Deleted, error) {
	if prev == nil {
		return Deleted{}, ErrNotFound
	}
	m := Versioned(prev)
	v := m.Find(id)
	if v == nil || id == "" {
		return Deleted{}, ErrNoVersion
	}
	if len(m.Versions) == 1 {
		return Deleted{}, ErrLastVersion
	}
	out := Deleted{Meta: m}
	for _, k := range []string{v.Blob, v.Report, v.DocumentBlob} {
		if k != "" {
			out.Drop = append(out.Drop, k)
		}
	}
	latest := v == m.Find("")
	i := v.N
	m.Versions = deleteWhere(m.Versions, func(x Version) bool { return x.N == i })
	if latest {
		nl := m.Find("")
		out.Promote, nl.Report = nl.Report, ""
		m.setLatest()
	}
	// Changes compared the latest with a version that may be gone or no
	// longer the one before it; the page compares on demand.
	m.Changes = nil
	m.dropUnusedRuleSets()
	return out, nil
}

func deleteWhere(vs []Version, drop func(Version) bool) []Version {
	out := vs[:0]
	for _, v := range vs {
		if !drop(v) {
			out = append(out, v)
		}
	}
	return out
}

// Promoted records that report (its JSON) is now the record's: the latest
// version's finding keys, which the next check is compared with. A report
// whose findings cannot be read leaves no keys (every finding of the next
// check is then new), as a legacy record does.
func Promoted(m *Meta, report []byte) {
	m.Keys = nil
	if s, err := SummaryOfReport(report); err == nil {
		m.Keys = s.Keys
	}
}

// RulesVersion is a fingerprint of the engine's rule set: every rule's ID,
// severity, expression and whether it is retired. Two checks with the same
// fingerprint ran the same rules the same way (up to the profile).
func RulesVersion(rules []catalog.Rule) string {
	sorted := append([]catalog.Rule(nil), rules...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	var b strings.Builder
	for _, r := range sorted {
		b.WriteString(r.ID + "\x00" + string(r.Severity) + "\x00" + r.Expr + "\x00" + strconv.FormatBool(r.Retired != "") + "\n")
	}
	return Fingerprint([]byte(b.String()))
}

// ActiveRules are the IDs of the rules that run under a profile (enabled
// says which it disables), sorted: the rules a version was checked with.
func ActiveRules(rules []catalog.Rule, enabled func(id string) bool) []string {
	out := []string{}
	for _, r := range rules {
		if r.Retired == "" && enabled(r.ID) {
			out = append(out, r.ID)
		}
	}
	sort.Strings(out)
	return out
}

// RuleSetKey names a sorted list of rule IDs in Meta.RuleSets.
func RuleSetKey(ids []string) string { return Fingerprint([]byte(strings.Join(ids, "\n"))) }

// Fingerprint is a short SHA-256 (16 hex digits) of b: for telling
// settings apart, not for security.
func Fingerprint(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// HashBytes is the SHA-256 of a file, in hex: what a version records of
// the bytes it was checked from.
func HashBytes(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Item is a finding as a comparison lists it.
type Item struct {
	Key      string `json:"key"`
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Title    string `json:"title,omitempty"`
	Sheet    string `json:"sheet"`
	Cell     string `json:"cell"`
	// Para is the paragraph of a finding in the narrative (情况说明).
	Para    int    `json:"para,omitempty"`
	Message string `json:"message"`
	Actual  string `json:"actual,omitempty"`
	// Was is, for a finding still reported, its actual value in the earlier
	// version when it differs.
	Was string `json:"was,omitempty"`
}

// Comparison is two versions of a draft compared, the earlier From, the
// later To, as lists of findings (Changes' lists, each finding as the
// version that reports it says it; still-reported ones as To says them).
type Comparison struct {
	From      Version `json:"from"`
	To        Version `json:"to"`
	Fixed     []Item  `json:"fixed"`
	New       []Item  `json:"new"`
	Still     []Item  `json:"still"`
	Unchecked []Item  `json:"unchecked"`
	Added     []Item  `json:"added"`
	// RulesKnown: both versions recorded the rules that ran, so findings
	// of rules that ran on one side only are told apart; when false they
	// may be among Fixed and New.
	RulesKnown     bool `json:"rules_known"`
	ProfileChanged bool `json:"profile_changed"`
	RulesChanged   bool `json:"rules_changed"`
}

// reportItems decodes what a comparison lists of a report's findings.
type reportItems struct {
	Findings []struct {
		findingRef
		Key      *string `json:"key"`
		Severity string  `json:"severity"`
		Title    string  `json:"title"`
		Message  string  `json:"message"`
		Actual   string  `json:"actual"`
	} `json:"findings"`
}

// ItemsOfReport reads the findings of a stored report (of any build: a
// finding without its key is given one). A report that cannot be read is
// damaged.
func ItemsOfReport(b []byte) ([]Item, error) {
	var r reportItems
	if !isObject(b) || json.Unmarshal(b, &r) != nil {
		return nil, ErrDamaged
	}
	out := make([]Item, len(r.Findings))
	for i, f := range r.Findings {
		key := f.key()
		if f.Key != nil {
			key = *f.Key
		}
		out[i] = Item{Key: key, Rule: f.Rule, Severity: f.Severity, Title: f.Title, Sheet: f.Sheet, Cell: f.Cell, Para: f.Para, Message: f.Message, Actual: f.Actual}
	}
	return out, nil
}

// Compare compares two versions of the draft m given their reports' JSON,
// in either order: the earlier is From. Every list is sorted by key and
// never nil.
func Compare(m *Meta, a, b *Version, aReport, bReport []byte) (*Comparison, error) {
	if a.N > b.N {
		a, b, aReport, bReport = b, a, bReport, aReport
	}
	from, err := ItemsOfReport(aReport)
	if err != nil {
		return nil, err
	}
	to, err := ItemsOfReport(bReport)
	if err != nil {
		return nil, err
	}
	fromRules, toRules := m.RulesOf(a), m.RulesOf(b)
	ch := Diff(Side{Version: a, Keys: keysOf(from), Rules: fromRules}, Side{Version: b, Keys: keysOf(to), Rules: toRules}, a.Checked)
	was, is := byKey(from), byKey(to)
	c := &Comparison{From: *a, To: *b, Fixed: pick(ch.Fixed, was), New: pick(ch.New, is), Still: pick(ch.Still, is),
		Unchecked: pick(ch.Unchecked, was), Added: pick(ch.Added, is),
		RulesKnown: fromRules != nil && toRules != nil, ProfileChanged: ch.ProfileChanged, RulesChanged: ch.RulesChanged}
	for i, it := range c.Still {
		if before := was[it.Key].Actual; before != it.Actual {
			c.Still[i].Was = before
		}
	}
	return c, nil
}

// pick lists the findings of keys, as in says them (never nil: the page
// reads every list).
func pick(keys []string, in map[string]Item) []Item {
	out := make([]Item, 0, len(keys))
	for _, k := range keys {
		out = append(out, in[k])
	}
	return out
}

func keysOf(items []Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Key
	}
	return out
}

// byKey maps each key to its first finding (a key can be reported twice).
func byKey(items []Item) map[string]Item {
	m := make(map[string]Item, len(items))
	for _, it := range items {
		if _, ok := m[it.Key]; !ok {
			m[it.Key] = it
		}
	}
	return m
}
