package drafts

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"reportcheck/internal/catalog"
	"reportcheck/internal/report"
)

// summaryOf is a check's summary with the given finding keys and what a
// check records of the file and the rules (hash, profile, rules that ran).
func summaryOf(hash, profileHash string, rules []string, keys ...string) Summary {
	return Summary{Profile: "hubei", ProfileName: "湖北/武汉", Department: "江岸区科经局本级", Year: "2023", Template: "hubei-2023",
		Counts: [3]int{len(keys), 0, 0}, Keys: keys, SHA256: hash, ProfileHash: profileHash, RulesVersion: "r1", Rules: rules}
}

var allRules = []string{"K0003", "S0002", "T0101"}

// checks saves files in turn as checks of one draft, each at its own time.
func checks(t *testing.T, keep int, files ...Summary) (*Meta, []Saved) {
	t.Helper()
	var m *Meta
	var out []Saved
	for i, s := range files {
		saved := Save(m, "d", Check{File: "第" + string(rune('1'+i)) + "稿.xlsx", Size: 100 + i, Summary: s, Now: "2025-03-0" + string(rune('1'+i)) + "T00:00:00Z", Keep: keep})
		// What is stored is what is read back.
		b, err := EncodeMeta(saved.Meta)
		if err != nil {
			t.Fatal(err)
		}
		if m, err = DecodeMeta(b); err != nil {
			t.Fatal(err)
		}
		out = append(out, saved)
	}
	return m, out
}

func TestVersioned(t *testing.T) {
	for _, c := range []struct {
		name    string
		meta    Meta
		renamed bool
		next    int
		n       int
	}{
		{"a record of before versions, named by its file", Meta{Draft: Draft{ID: "d", Name: "a.xlsx", File: "a.xlsx", Updated: "t1", Profile: "hubei", Size: 7}}, false, 2, 1},
		{"a record of before versions, named otherwise: the name is kept as the user's", Meta{Draft: Draft{ID: "d", Name: "科技局 2023", File: "a.xlsx"}}, true, 2, 1},
		{"a record with no name", Meta{Draft: Draft{ID: "d", File: "a.xlsx"}}, false, 2, 1},
		{"versioned: as stored", Meta{Draft: Draft{ID: "d", Name: "b.xlsx", File: "b.xlsx", Versions: []Version{{ID: "d-v1", N: 1}, {ID: "d-v3", N: 3}}}, Next: 4}, false, 4, 2},
		{"versioned with Next lost: past the highest number", Meta{Draft: Draft{ID: "d", Versions: []Version{{ID: "d-v5", N: 5}}}}, false, 6, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := c.meta
			m := Versioned(&in)
			if m.Renamed != c.renamed || m.Next != c.next || len(m.Versions) != c.n || m.RuleSets == nil {
				t.Errorf("Versioned = %+v", m)
			}
			if in.Versions == nil && m.Versions[0] != (Version{ID: "d-v1", N: 1, File: in.File, Size: in.Size, Checked: in.Updated,
				Profile: in.Profile, Blob: "d", Migrated: true}) {
				t.Errorf("version 1 = %+v", m.Versions[0])
			}
			if !reflect.DeepEqual(in, c.meta) {
				t.Error("the stored meta was changed")
			}
		})
	}
	m := Versioned(&Meta{Draft: Draft{ID: "d", Versions: []Version{{ID: "d-v1", N: 1}, {ID: "d-v2", N: 2}}}})
	for id, want := range map[string]string{"": "d-v2", "d-v1": "d-v1", "d-v9": ""} {
		got := m.Find(id)
		if (got == nil && want != "") || (got != nil && got.ID != want) {
			t.Errorf("Find(%q) = %+v", id, got)
		}
	}
	if (&Meta{}).Find("") != nil {
		t.Error("a meta with no versions has a latest")
	}
}

func TestSaveKeepsEveryVersion(t *testing.T) {
	// Three files of one department: a finding fixed, one new, one still.
	m, saved := checks(t, 0,
		summaryOf("h1", "p1", allRules, "K0003|附件|G89", "K0003|附件|G120"),
		summaryOf("h2", "p1", allRules, "K0003|附件|G89", "T0101|01|C9"),
		summaryOf("h3", "p1", allRules, "K0003|附件|G89"))
	if len(m.Versions) != 3 || m.Next != 4 {
		t.Fatalf("versions %+v", m.Versions)
	}
	for i, v := range m.Versions {
		wantReport := VersionID("d", i+1) + ".report"
		if i == 2 {
			wantReport = "" // the latest's report is the record's
		}
		if v.N != i+1 || v.ID != VersionID("d", i+1) || v.Blob != v.ID || v.Report != wantReport || v.SHA256 != "h"+string(rune('1'+i)) {
			t.Errorf("version %d = %+v", i+1, v)
		}
	}
	// Each save moved the previous latest's report out of the record.
	if saved[0].Report != "" || saved[1].Report != "d-v1.report" || saved[2].Report != "d-v2.report" {
		t.Errorf("report moves %q %q %q", saved[0].Report, saved[1].Report, saved[2].Report)
	}
	// The list names the latest file, with its counts and time.
	if m.Name != "第3稿.xlsx" || m.File != "第3稿.xlsx" || m.Size != 102 || m.Counts != [3]int{1, 0, 0} || m.Updated != "2025-03-03T00:00:00Z" ||
		m.Created != "2025-03-01T00:00:00Z" || m.Template != "hubei-2023" {
		t.Errorf("draft %+v", m.Draft)
	}
	if !reflect.DeepEqual(m.Changes, &Changes{Fixed: []string{"T0101|01|C9"}, New: []string{}, Still: []string{"K0003|附件|G89"},
		Since: "2025-03-02T00:00:00Z", From: "d-v2", FromN: 2}) {
		t.Errorf("changes %+v", m.Changes)
	}
	// One rule list, shared by every version.
	if len(m.RuleSets) != 1 || !reflect.DeepEqual(m.RulesOf(m.Find("d-v1")), allRules) {
		t.Errorf("rule sets %v", m.RuleSets)
	}
	if m.RulesOf(nil) != nil || m.RulesOf(&Version{}) != nil {
		t.Error("rules of no version")
	}
}

func TestSaveNameFollowsTheLatestFileUnlessRenamed(t *testing.T) {
	m, _ := checks(t, 0, summaryOf("h1", "p1", nil))
	m, err := Rename(m, "  江岸区科经局 2023 终稿 ")
	if err != nil || !m.Renamed {
		t.Fatal(m, err)
	}
	m = Save(m, "d", Check{File: "新.xlsx", Summary: summaryOf("h2", "p1", nil), Now: "2025-04-01T00:00:00Z"}).Meta
	if m.Name != "江岸区科经局 2023 终稿" || m.File != "新.xlsx" {
		t.Errorf("name %q file %q", m.Name, m.File)
	}
}

func TestSaveOfTheSameFileReplacesTheLatest(t *testing.T) {
	for _, c := range []struct {
		name     string
		a, b     Summary
		versions int
	}{
		{"the same bytes, profile and rules", summaryOf("h1", "p1", allRules, "K0003|附件|G89"), summaryOf("h1", "p1", allRules), 1},
		{"edited bytes", summaryOf("h1", "p1", allRules), summaryOf("h2", "p1", allRules), 2},
		{"the stored copy under another profile", summaryOf("h1", "p1", allRules), summaryOf("h1", "p2", allRules), 2},
		{"no hash recorded", summaryOf("", "p1", allRules), summaryOf("", "p1", allRules), 2},
		{"no profile fingerprint recorded", summaryOf("h1", "", allRules), summaryOf("h1", "", allRules), 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, saved := checks(t, 0, c.a, c.b)
			if len(m.Versions) != c.versions {
				t.Fatalf("versions %+v", m.Versions)
			}
			last := m.Find("")
			if last.Checked != "2025-03-02T00:00:00Z" || last.File != "第2稿.xlsx" || last.Report != "" || last.Blob != last.ID || saved[1].Version.ID != last.ID {
				t.Errorf("latest %+v", last)
			}
			if c.versions == 1 && (saved[1].Report != "" || m.Changes.Fixed[0] != "K0003|附件|G89" || m.Next != 2) {
				t.Errorf("replaced: %+v %+v", saved[1], m.Changes)
			}
		})
	}
	// A version made from an old record keeps its bytes' place when checked
	// again unchanged (nothing to compare the hash with: a new version).
	prev := &Meta{Draft: Draft{ID: "d", File: "a.xlsx", Name: "a.xlsx"}}
	if s := Save(prev, "d", Check{File: "a.xlsx", Summary: summaryOf("h1", "p1", nil), Now: "t"}); len(s.Meta.Versions) != 2 || s.Meta.Versions[0].Blob != "d" {
		t.Errorf("%+v", s.Meta.Versions)
	}
}

func TestSavePrunesOldBytes(t *testing.T) {
	files := []Summary{summaryOf("h1", "p1", nil), summaryOf("h2", "p1", nil), summaryOf("h3", "p1", nil), summaryOf("h4", "p1", nil)}
	for _, c := range []struct {
		name string
		keep int
		kept []bool // per version, oldest first
		drop []string
	}{
		{"the default keeps ten", 0, []bool{true, true, true, true}, nil},
		{"keep two", 2, []bool{false, false, true, true}, []string{"d-v2"}},
		{"keep one", 1, []bool{false, false, false, true}, []string{"d-v3"}},
		{"keep more than there are", 50, []bool{true, true, true, true}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, saved := checks(t, c.keep, files...)
			for i, v := range m.Versions {
				if (v.Blob != "") != c.kept[i] || (v.Dropped != "") == c.kept[i] {
					t.Errorf("version %d: %+v", i+1, v)
				}
			}
			// Each save dropped what fell past the bound (the last save: drop).
			if !reflect.DeepEqual(saved[3].Drop, c.drop) {
				t.Errorf("drop %q, want %q", saved[3].Drop, c.drop)
			}
			// Reports are kept, every one.
			for _, v := range m.Versions[:3] {
				if v.Report == "" {
					t.Errorf("report of %s dropped", v.ID)
				}
			}
		})
	}
	for n, want := range map[int]int{-1: 10, 0: 10, 1: 1, 10: 10, 100: 100, 1000: 100} {
		if got := KeepVersions(n); got != want {
			t.Errorf("KeepVersions(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestNotesStayWithTheDraftAcrossVersions(t *testing.T) {
	const k = "S0002|02 收入决算表|B38"
	m, _ := checks(t, 0, summaryOf("h1", "p1", nil, k))
	m, err := Explain(m, k, "已核实")
	if err != nil {
		t.Fatal(err)
	}
	m = Save(m, "d", Check{File: "b.xlsx", Summary: summaryOf("h2", "p1", nil), Now: "t2"}).Meta
	d, err := DeleteVersion(m, "d-v1")
	if err != nil || d.Meta.Explanations[k] != "已核实" {
		t.Errorf("notes %v, %v", d.Meta, err)
	}
}

func TestDeleteVersion(t *testing.T) {
	stored := func() *Meta {
		m, _ := checks(t, 2, summaryOf("h1", "p1", []string{"K0003"}, "K0003|附件|G89"), summaryOf("h2", "p1", allRules, "T0101|01|C9"),
			summaryOf("h3", "p1", allRules, "S0002|02|B38"))
		return m
	}
	for _, c := range []struct {
		name     string
		meta     func() *Meta
		id       string
		err      error
		left     []string
		drop     []string
		promote  string
		file     string
		ruleSets int
	}{
		{name: "the oldest, its bytes already dropped", meta: stored, id: "d-v1", left: []string{"d-v2", "d-v3"}, drop: []string{"d-v1.report"}, file: "第3稿.xlsx", ruleSets: 1},
		{name: "one in the middle", meta: stored, id: "d-v2", left: []string{"d-v1", "d-v3"}, drop: []string{"d-v2", "d-v2.report"}, file: "第3稿.xlsx", ruleSets: 2},
		{name: "the latest: the one before becomes the record's", meta: stored, id: "d-v3", left: []string{"d-v1", "d-v2"}, drop: []string{"d-v3"},
			promote: "d-v2.report", file: "第2稿.xlsx", ruleSets: 2},
		{name: "version 1 of an old record: the bytes under the draft's ID", meta: func() *Meta {
			m := Save(&Meta{Draft: Draft{ID: "d", File: "旧.xlsx", Name: "旧.xlsx"}}, "d", Check{File: "新.xlsx", Summary: summaryOf("h", "p", nil), Now: "t"}).Meta
			return m
		}, id: "d-v1", left: []string{"d-v2"}, drop: []string{"d", "d-v1.report"}, file: "新.xlsx"},
		{name: "the only version", meta: func() *Meta { m, _ := checks(t, 0, summaryOf("h1", "p1", nil)); return m }, id: "d-v1", err: ErrLastVersion},
		{name: "the only version of an old record", meta: func() *Meta { return &Meta{Draft: Draft{ID: "d"}} }, id: "d-v1", err: ErrLastVersion},
		{name: "a version deleted meanwhile", meta: stored, id: "d-v9", err: ErrNoVersion},
		{name: "no version named", meta: stored, id: "", err: ErrNoVersion},
		{name: "a draft deleted meanwhile", meta: func() *Meta { return nil }, id: "d-v1", err: ErrNotFound},
	} {
		t.Run(c.name, func(t *testing.T) {
			prev := c.meta()
			d, err := DeleteVersion(prev, c.id)
			if err != c.err {
				t.Fatalf("err = %v, want %v", err, c.err)
			}
			if err != nil {
				return
			}
			var left []string
			for _, v := range d.Meta.Versions {
				left = append(left, v.ID)
			}
			if !reflect.DeepEqual(left, c.left) || !reflect.DeepEqual(d.Drop, c.drop) || d.Promote != c.promote {
				t.Errorf("left %q drop %q promote %q", left, d.Drop, d.Promote)
			}
			latest := d.Meta.Find("")
			if latest.Report != "" || d.Meta.File != c.file || d.Meta.Name != c.file || d.Meta.Updated != latest.Checked || d.Meta.Changes != nil {
				t.Errorf("draft %+v", d.Meta.Draft)
			}
			if len(d.Meta.RuleSets) != c.ruleSets {
				t.Errorf("rule sets %v", d.Meta.RuleSets)
			}
			// Numbers are not reused.
			if s := Save(d.Meta, "d", Check{File: "x", Summary: summaryOf("hx", "p1", nil), Now: "t9"}); s.Version.N != prev.Next {
				t.Errorf("next version is %d, want %d", s.Version.N, prev.Next)
			}
		})
	}
	m := &Meta{Keys: []string{"x"}}
	rep := ReportJSON(sample())
	Promoted(m, rep)
	if !reflect.DeepEqual(m.Keys, Summarize(sample()).Keys) {
		t.Errorf("keys %q", m.Keys)
	}
	Promoted(m, []byte("not a report"))
	if m.Keys != nil {
		t.Errorf("keys of an unreadable report %q", m.Keys)
	}
}

// reportWith is a report's JSON whose findings are at the given
// rule|sheet|cell keys, each with an actual value.
func reportWith(t *testing.T, withKeys bool, findings ...[2]string) []byte {
	t.Helper()
	rep := &report.Report{File: "x.xlsx", Findings: []report.Finding{}}
	for _, f := range findings {
		p := strings.Split(f[0], "|")
		rep.Findings = append(rep.Findings, report.Finding{Rule: p[0], Severity: report.Error, Sheet: p[1], Cell: p[2], Message: "消息 " + f[0], Actual: f[1], Title: "标题"})
	}
	var b []byte
	var err error
	if withKeys {
		b = ReportJSON(rep)
	} else {
		b, err = json.Marshal(rep)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCompare(t *testing.T) {
	m, _ := checks(t, 0,
		summaryOf("h1", "p1", []string{"K0003", "T0101"}),
		summaryOf("h2", "p2", allRules))
	v1, v2 := m.Find("d-v1"), m.Find("d-v2")
	// v1 (an earlier build's report: no keys) and v2.
	r1 := reportWith(t, false, [2]string{"K0003|附件|G89", "98"}, [2]string{"K0003|附件|G120", "99"}, [2]string{"T0101|01|C9", "5"})
	r2 := reportWith(t, true, [2]string{"K0003|附件|G89", "95"}, [2]string{"T0101|01|D9", "1"}, [2]string{"S0002|02|B38", ""}, [2]string{"S0002|02|B38", ""})
	keys := func(items []Item) []string {
		out := []string{}
		for _, it := range items {
			out = append(out, it.Key)
		}
		return out
	}
	for _, order := range []string{"earlier first", "later first"} {
		t.Run(order, func(t *testing.T) {
			var c *Comparison
			var err error
			if order == "earlier first" {
				c, err = Compare(m, v1, v2, r1, r2)
			} else {
				c, err = Compare(m, v2, v1, r2, r1)
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.From.ID != "d-v1" || c.To.ID != "d-v2" || !c.RulesKnown || !c.ProfileChanged || c.RulesChanged {
				t.Errorf("comparison %+v", c)
			}
			for name, got := range map[string][]string{"fixed": keys(c.Fixed), "new": keys(c.New), "still": keys(c.Still), "unchecked": keys(c.Unchecked), "added": keys(c.Added)} {
				want := map[string][]string{
					"fixed": {"K0003|附件|G120", "T0101|01|C9"}, "new": {"T0101|01|D9"}, "still": {"K0003|附件|G89"},
					"unchecked": {}, "added": {"S0002|02|B38"}, // S0002 did not run for version 1
				}[name]
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %q, want %q", name, got, want)
				}
			}
			if s := c.Still[0]; s.Actual != "95" || s.Was != "98" || s.Message == "" || s.Rule != "K0003" || s.Severity != "error" || s.Title != "标题" {
				t.Errorf("still %+v", s)
			}
			if f := c.Fixed[0]; f.Actual != "99" || f.Sheet != "附件" || f.Cell != "G120" {
				t.Errorf("fixed %+v", f)
			}
			// The page reads every list: never null.
			if b, _ := json.Marshal(c); strings.Contains(string(b), "null") {
				t.Errorf("JSON has null: %s", b)
			}
		})
	}
	if _, err := Compare(m, v1, v2, []byte("x"), r2); err != ErrDamaged {
		t.Errorf("damaged earlier report: %v", err)
	}
	if _, err := Compare(m, v1, v2, r1, []byte(`{"findings":1}`)); err != ErrDamaged {
		t.Errorf("damaged later report: %v", err)
	}
	// A version of an old record recorded no rules: nothing is blamed on rules.
	old := Versioned(&Meta{Draft: Draft{ID: "o"}})
	o1 := old.Find("")
	o2 := &Version{ID: "o-v2", N: 2}
	c, err := Compare(old, o1, o2, r1, r2)
	if err != nil || c.RulesKnown || len(c.Added) != 0 || len(c.New) != 2 {
		t.Errorf("unknown rules: %+v, %v", c, err)
	}
}

func TestItemsOfReport(t *testing.T) {
	for _, withKeys := range []bool{true, false} {
		items, err := ItemsOfReport(reportWith(t, withKeys, [2]string{"K0003|附件|G89", "98"}))
		if err != nil || len(items) != 1 || items[0].Key != "K0003|附件|G89" || items[0].Actual != "98" {
			t.Errorf("keys %v: %+v, %v", withKeys, items, err)
		}
	}
	// A stored key is the finding's key, even of another form.
	if items, _ := ItemsOfReport([]byte(`{"findings":[{"key":"k","rule":"R"}]}`)); items[0].Key != "k" {
		t.Errorf("%+v", items)
	}
	for _, bad := range []string{"", "[]", "null", `{"findings":"x"}`, "{"} {
		if _, err := ItemsOfReport([]byte(bad)); err != ErrDamaged {
			t.Errorf("ItemsOfReport(%q) = %v", bad, err)
		}
	}
}

func TestRulesVersion(t *testing.T) {
	base := []catalog.Rule{{ID: "T0101", Severity: report.Error, Expr: "a = b"}, {ID: "S0002", Severity: report.Warning}}
	v := RulesVersion(base)
	if len(v) != 16 || v != RulesVersion([]catalog.Rule{base[1], base[0]}) {
		t.Errorf("RulesVersion = %q (the order must not matter)", v)
	}
	// What a check depends on changes it; titles and docs do not.
	for name, edit := range map[string]func(r *catalog.Rule){
		"severity":   func(r *catalog.Rule) { r.Severity = report.Warning },
		"expression": func(r *catalog.Rule) { r.Expr = "a = b + c" },
		"retired":    func(r *catalog.Rule) { r.Retired = "不再使用" },
		"ID":         func(r *catalog.Rule) { r.ID = "T0102" },
	} {
		rules := append([]catalog.Rule(nil), base...)
		edit(&rules[0])
		if RulesVersion(rules) == v {
			t.Errorf("a changed %s kept the version", name)
		}
	}
	rules := append([]catalog.Rule(nil), base...)
	rules[0].Title, rules[0].Doc = "新标题", "新说明"
	if RulesVersion(rules) != v {
		t.Error("a title changed the version")
	}
	if RulesVersion(append(rules, catalog.Rule{ID: "K0001", Severity: report.Error})) == v {
		t.Error("a new rule kept the version")
	}
	all := append(base, catalog.Rule{ID: "R0009", Severity: report.Error, Retired: "已停用"})
	got := ActiveRules(all, func(id string) bool { return id != "S0002" })
	if !reflect.DeepEqual(got, []string{"T0101"}) {
		t.Errorf("ActiveRules = %q", got)
	}
	if got := ActiveRules(nil, func(string) bool { return true }); got == nil || len(got) != 0 {
		t.Errorf("no rules: %#v (an empty list is known, nil is unknown)", got)
	}
	if RuleSetKey([]string{"a", "b"}) == RuleSetKey([]string{"a"}) || len(HashBytes([]byte("x"))) != 64 || Fingerprint(nil) == "" {
		t.Error("fingerprints")
	}
	if HashBytes([]byte("abc")) != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Error("HashBytes is not SHA-256")
	}
}

func TestVersionKeys(t *testing.T) {
	if VersionID("e85ce31b204b2543", 12) != "e85ce31b204b2543-v12" || ReportKey("d-v2") != "d-v2.report" || !strings.HasPrefix(ReportKey(VersionID("d", 3)), FilesPrefix("d")) {
		t.Error("version keys")
	}
	// Every key a draft's versions use starts with its prefix, and no other
	// draft's (IDs are 16 hex digits).
	if strings.HasPrefix(VersionID("e85ce31b204b2543", 1), FilesPrefix("e85ce31b204b254")) {
		t.Error("a shorter ID's prefix matches")
	}
}
