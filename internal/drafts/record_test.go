package drafts

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// The record types of the builds before this package, verbatim (wasm/
// drafts.go up to the move): a record they wrote must read the same here,
// and one written here must read the same there (a tab of the previous
// build may still be open during an update).
type (
	prevStoredDraft struct {
		Draft
		Keys []string `json:"keys"`
	}
	// prevFirstDraft is the first layout (42fe21c): the report inline.
	prevFirstDraft struct {
		ID           string            `json:"id"`
		Name         string            `json:"name"`
		File         string            `json:"file"`
		Department   string            `json:"department"`
		Year         string            `json:"year"`
		Profile      string            `json:"profile"`
		Created      string            `json:"created"`
		Updated      string            `json:"updated"`
		Counts       [3]int            `json:"counts"`
		Report       json.RawMessage   `json:"report"`
		Explanations map[string]string `json:"explanations"`
		Changes      *Changes          `json:"changes,omitempty"`
		Size         int               `json:"size"`
	}
)

func sampleMeta() *Meta {
	return &Meta{Draft: Draft{ID: "e85ce31b204b2543", Name: "科技厅 2024", File: "seed.xlsx", Department: "湖北省科学技术厅", Year: "2024",
		Profile: "hubei", Created: "2025-01-01T08:00:00Z", Updated: "2025-01-02T08:00:00Z", Counts: [3]int{2, 73, 1},
		Explanations: map[string]string{"S0002|02 收入决算表|B38": "已与财务核对<无误>"},
		Changes:      &Changes{Fixed: []string{}, New: []string{"R0003|01|B7"}, Since: "2025-01-01T08:00:00Z"}, Size: 12345},
		Keys: []string{"R0003|01|B7", "S0002|02 收入决算表|B38"}}
}

func TestMetaIsByteCompatibleWithThePreviousBuild(t *testing.T) {
	m := sampleMeta()
	ours, err := EncodeMeta(m)
	if err != nil {
		t.Fatal(err)
	}
	theirs, _ := json.Marshal(&prevStoredDraft{Draft: m.Draft, Keys: m.Keys})
	if string(ours) != string(theirs) {
		t.Fatalf("stored meta changed:\n ours   %s\n theirs %s", ours, theirs)
	}
	const golden = `{"id":"e85ce31b204b2543","name":"科技厅 2024","file":"seed.xlsx","department":"湖北省科学技术厅","year":"2024","profile":"hubei",` +
		`"created":"2025-01-01T08:00:00Z","updated":"2025-01-02T08:00:00Z","counts":[2,73,1],"explanations":{"S0002|02 收入决算表|B38":"已与财务核对\u003c无误\u003e"},` +
		`"changes":{"fixed":[],"new":["R0003|01|B7"],"since":"2025-01-01T08:00:00Z"},"size":12345,"keys":["R0003|01|B7","S0002|02 收入决算表|B38"]}`
	if string(ours) != golden {
		t.Errorf("stored meta:\n got  %s\n want %s", ours, golden)
	}
	back, err := DecodeMeta(ours)
	if err != nil || !reflect.DeepEqual(back, m) {
		t.Errorf("DecodeMeta(EncodeMeta(m)) = %+v, %v", back, err)
	}
}

func TestDecodeMeta(t *testing.T) {
	for _, c := range []struct {
		name, in string
		damaged  bool
		check    func(*Meta) bool
	}{
		{"keys null (a legacy record rewritten when its report could not be read)", `{"id":"a","keys":null}`, false, func(m *Meta) bool { return m.ID == "a" && m.Keys == nil }},
		{"explanations null", `{"id":"a","explanations":null}`, false, func(m *Meta) bool { return m.Explanations == nil }},
		{"unknown fields of a later build are ignored", `{"id":"a","later":{"x":1}}`, false, func(m *Meta) bool { return m.ID == "a" }},
		{"damaged flag is read back as written", `{"id":"a","damaged":true}`, false, func(m *Meta) bool { return m.Damaged }},
		{"null reads as an empty meta (listed as damaged: no ID)", `null`, false, func(m *Meta) bool { return m.ID == "" }},
		{"empty", ``, true, nil},
		{"truncated", `{"id":"a"`, true, nil},
		{"a number", `42`, true, nil},
		{"an array", `[]`, true, nil},
		{"explanations of the wrong type", `{"id":"a","explanations":["x"]}`, true, nil},
		{"counts of the wrong length type", `{"id":"a","counts":"1,2,3"}`, true, nil},
		{"keys of the wrong type", `{"id":"a","keys":"x"}`, true, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := DecodeMeta([]byte(c.in))
			if c.damaged {
				if err != ErrDamaged || m != nil {
					t.Errorf("got %+v, %v; want ErrDamaged", m, err)
				}
				return
			}
			if err != nil || !c.check(m) {
				t.Errorf("got %+v, %v", m, err)
			}
		})
	}
}

// firstLayoutRecord is a record of the earlier layout as the first build
// wrote it (mutate varies it): a JSON string of the draft, its report inline.
func firstLayoutRecord(t *testing.T, mutate func(*prevFirstDraft)) []byte {
	t.Helper()
	rep, _ := json.Marshal(sample())
	d := prevFirstDraft{ID: "e85ce31b204b2543", Name: "科技厅", File: "seed.xlsx", Department: "湖北省科学技术厅", Year: "2024", Profile: "hubei",
		Created: "2024-12-01T00:00:00Z", Updated: "2024-12-02T00:00:00Z", Counts: [3]int{1, 2, 1}, Report: rep,
		Explanations: map[string]string{"S0002|02 收入决算表|B38": "旧版本写下的说明"}, Size: 99}
	if mutate != nil {
		mutate(&d)
	}
	b, err := json.Marshal(&d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeLegacy(t *testing.T) {
	allKeys := Summarize(sample()).Keys
	for _, c := range []struct {
		name   string
		mutate func(*prevFirstDraft)
		raw    string // used instead of a built record when set
		keys   []string
		report bool // the inline report comes back
	}{
		{name: "as the first build wrote it", keys: allKeys, report: true},
		{name: "with the changes of a second check", mutate: func(d *prevFirstDraft) {
			d.Changes = &Changes{Fixed: []string{"x"}, New: []string{}, Since: "2024-12-01T00:00:00Z"}
		}, keys: allKeys, report: true},
		{name: "explanations null", mutate: func(d *prevFirstDraft) { d.Explanations = nil }, keys: allKeys, report: true},
		{name: "a report with no findings", mutate: func(d *prevFirstDraft) { d.Report = json.RawMessage(`{"file":"x","findings":[]}`) }, keys: []string{}, report: true},
		{name: "a report whose findings cannot be read: no keys, every finding new next time", mutate: func(d *prevFirstDraft) {
			d.Report = json.RawMessage(`{"findings":"x"}`)
		}, keys: nil, report: true},
		{name: "report null", mutate: func(d *prevFirstDraft) { d.Report = nil }, keys: []string{}, report: true},
		{name: "no report field at all", raw: `{"id":"a","name":"n","explanations":{"k":"v"}}`, keys: nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := []byte(c.raw)
			if c.raw == "" {
				in = firstLayoutRecord(t, c.mutate)
			}
			m, rep, err := DecodeLegacy(in)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(m.Keys, c.keys) {
				t.Errorf("keys = %q, want %q", m.Keys, c.keys)
			}
			if c.report != (len(rep) > 0) {
				t.Errorf("report = %.40s", rep)
			}
			// Every draft field is kept: decoded with the first build's type, the
			// meta re-encoded reads the same.
			var want prevFirstDraft
			_ = json.Unmarshal(in, &want)
			if m.ID != want.ID || m.Name != want.Name || m.Created != want.Created || m.Updated != want.Updated ||
				m.Counts != want.Counts || m.Size != want.Size || !reflect.DeepEqual(m.Explanations, want.Explanations) ||
				!reflect.DeepEqual(m.Changes, want.Changes) {
				t.Errorf("meta = %+v, record %+v", m, want)
			}
		})
	}
	for _, bad := range []string{``, `"a string"`, `42`, `[]`, `{"id":`, `{"id":"a","explanations":"x"}`} {
		if m, rep, err := DecodeLegacy([]byte(bad)); err != ErrDamaged || m != nil || rep != nil {
			t.Errorf("DecodeLegacy(%q) = %v, %s, %v; want ErrDamaged", bad, m, rep, err)
		}
	}
}

func TestListing(t *testing.T) {
	meta, _ := EncodeMeta(sampleMeta())
	for _, c := range []struct {
		name   string
		in     []byte
		legacy bool
		ok     bool
	}{
		{"current", meta, false, true},
		{"current without an ID", []byte(`{"name":"x"}`), false, false},
		{"current null", []byte(`null`), false, false},
		{"current not JSON", []byte(`{`), false, false},
		{"current of the wrong type", []byte(`{"id":"a","counts":{}}`), false, false},
		{"legacy", firstLayoutRecord(t, nil), true, true},
		{"legacy with changes and no explanations", firstLayoutRecord(t, func(d *prevFirstDraft) {
			d.Changes, d.Explanations = &Changes{Fixed: []string{}, New: []string{}}, nil
		}), true, true},
		{"legacy without an ID", firstLayoutRecord(t, func(d *prevFirstDraft) { d.ID = "" }), true, false},
		{"legacy with no report to open", []byte(`{"id":"a"}`), true, false},
		{"legacy with report null", firstLayoutRecord(t, func(d *prevFirstDraft) { d.Report = nil }), true, false},
		{"legacy with a report that is not an object", []byte(`{"id":"a","report":"x"}`), true, false},
		{"legacy not JSON", []byte(`{"id":"a","report":{`), true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var d Draft
			var ok bool
			if c.legacy {
				d, ok = ListLegacy(c.in)
			} else {
				d, ok = ListMeta(c.in)
			}
			if ok != c.ok {
				t.Fatalf("ok = %v, want %v (%+v)", ok, c.ok, d)
			}
			if ok && (d.ID != "e85ce31b204b2543" || d.Damaged) {
				t.Errorf("listed %+v", d)
			}
			if !ok && !reflect.DeepEqual(d, Draft{}) {
				t.Errorf("a damaged record gave %+v", d)
			}
		})
	}
	if got := DamagedEntry("k"); !reflect.DeepEqual(got, Draft{ID: "k", Name: "k", Damaged: true}) {
		t.Errorf("DamagedEntry = %+v", got)
	}
	// The page knows a damaged entry by its flag.
	if b, _ := json.Marshal(DamagedEntry("k")); !strings.Contains(string(b), `"damaged":true`) {
		t.Errorf("damaged entry JSON: %s", b)
	}
	if b, _ := json.Marshal(sampleMeta().Draft); strings.Contains(string(b), "damaged") {
		t.Errorf("a sound draft says damaged: %s", b)
	}
}

func TestSortNewest(t *testing.T) {
	list := []Draft{
		DamagedEntry("z"),
		{ID: "b", Updated: "2025-01-01T00:00:00Z"},
		{ID: "c", Updated: "2025-03-01T00:00:00Z"},
		DamagedEntry("y"),
		{ID: "a", Updated: "2025-01-01T00:00:00Z"},
	}
	SortNewest(list)
	var ids []string
	for _, d := range list {
		ids = append(ids, d.ID)
	}
	if got := strings.Join(ids, ","); got != "c,a,b,y,z" {
		t.Errorf("order %s", got)
	}
}

func TestSave(t *testing.T) {
	sum := Summarize(sample())
	const at = "2025-02-01T00:00:00Z"
	t.Run("a new draft", func(t *testing.T) {
		got := Save(nil, "id1", Check{File: "seed.xlsx", Size: 10, Summary: sum, Now: at})
		v := Version{ID: "id1-v1", N: 1, File: "seed.xlsx", Size: 10, Checked: at, Profile: "hubei", ProfileName: "湖北", Counts: sum.Counts, Blob: "id1-v1"}
		want := &Meta{Keys: sum.Keys, Draft: Draft{ID: "id1", Name: "seed.xlsx", File: "seed.xlsx", Department: sum.Department,
			Year: sum.Year, Profile: sum.Profile, Created: at, Updated: at, Counts: sum.Counts, Explanations: map[string]string{}, Size: 10,
			Versions: []Version{v}}, RuleSets: map[string][]string{}, Next: 2}
		if !reflect.DeepEqual(got.Meta, want) {
			t.Errorf("Save = %+v\nwant %+v", got.Meta, want)
		}
		if got.Report != "" || got.Drop != nil || !reflect.DeepEqual(*got.Version, v) {
			t.Errorf("writes %+v", got)
		}
		if b, _ := EncodeMeta(got.Meta); !strings.Contains(string(b), `"explanations":{}`) || strings.Contains(string(b), "changes") {
			t.Errorf("stored %s", b)
		}
	})
	t.Run("over a draft of before versions: name, creation and notes kept, version 1 kept, compared", func(t *testing.T) {
		prev := sampleMeta()
		prev.Keys = []string{"R0003|01 收入支出决算总表|B7", "gone|x|A1"}
		got := Save(prev, prev.ID, Check{File: "renamed-file.xlsx", Size: 20, Summary: sum, Now: at})
		m := got.Meta
		if m.Name != "科技厅 2024" || !m.Renamed || m.Created != "2025-01-01T08:00:00Z" || m.Updated != at || m.File != "renamed-file.xlsx" || m.Size != 20 {
			t.Errorf("meta %+v", m.Draft)
		}
		if !reflect.DeepEqual(m.Explanations, sampleMeta().Explanations) {
			t.Errorf("notes %v", m.Explanations)
		}
		want := &Changes{Fixed: []string{"gone|x|A1"}, New: []string{"R0001|02 收入决算表|C5", "S0002|02 收入决算表|B38"},
			Still: []string{"R0003|01 收入支出决算总表|B7"}, Since: "2025-01-02T08:00:00Z", From: prev.ID + "-v1", FromN: 1}
		if !reflect.DeepEqual(m.Changes, want) {
			t.Errorf("changes %+v, want %+v", m.Changes, want)
		}
		if !reflect.DeepEqual(m.Keys, sum.Keys) || m.Counts != sum.Counts {
			t.Errorf("keys %q counts %v", m.Keys, m.Counts)
		}
		// Version 1 is the stored file, its bytes where the earlier build
		// kept them, its report moved out of the record.
		v1 := Version{ID: prev.ID + "-v1", N: 1, File: "seed.xlsx", Size: 12345, Checked: "2025-01-02T08:00:00Z", Profile: "hubei",
			Counts: [3]int{2, 73, 1}, Blob: prev.ID, Report: prev.ID + "-v1.report", Migrated: true}
		if len(m.Versions) != 2 || !reflect.DeepEqual(m.Versions[0], v1) || m.Versions[1].ID != prev.ID+"-v2" || m.Versions[1].Blob != prev.ID+"-v2" {
			t.Errorf("versions %+v", m.Versions)
		}
		if got.Report != prev.ID+"-v1.report" || got.Version.N != 2 || m.Next != 3 {
			t.Errorf("writes %+v", got)
		}
		if prev.Versions != nil {
			t.Error("the stored meta was changed")
		}
	})
	t.Run("over a draft with no notes field", func(t *testing.T) {
		prev := sampleMeta()
		prev.Explanations = nil
		if m := Save(prev, prev.ID, Check{File: "f", Size: 1, Summary: sum, Now: at}).Meta; m.Explanations == nil || len(m.Explanations) != 0 {
			t.Errorf("notes %v", m.Explanations)
		}
	})
}

// A legacy record, checked again, is rewritten in the current layout with
// its notes, name and creation time, and compared with its inline report.
func TestLegacyMigratesOnSave(t *testing.T) {
	rep := sample()
	old := firstLayoutRecord(t, func(d *prevFirstDraft) {
		r := *rep
		r.Findings = r.Findings[:2] // the next check reports C5 as new
		d.Report, _ = json.Marshal(&r)
	})
	prev, _, err := DecodeLegacy(old)
	if err != nil {
		t.Fatal(err)
	}
	saved := Save(prev, prev.ID, Check{File: "seed.xlsx", Size: 99, Summary: Summarize(rep), Now: "2025-02-01T00:00:00Z"})
	b, _ := EncodeMeta(saved.Meta)
	back, err := DecodeMeta(b)
	if err != nil {
		t.Fatal(err)
	}
	if back.Explanations["S0002|02 收入决算表|B38"] != "旧版本写下的说明" || back.Name != "科技厅" || back.Created != "2024-12-01T00:00:00Z" {
		t.Errorf("lost on migration: %+v", back.Draft)
	}
	if !reflect.DeepEqual(back.Changes, &Changes{Fixed: []string{}, New: []string{"R0001|02 收入决算表|C5"}, Since: "2024-12-02T00:00:00Z",
		Still: []string{"R0003|01 收入支出决算总表|B7", "S0002|02 收入决算表|B38"}, From: prev.ID + "-v1", FromN: 1}) {
		t.Errorf("changes %+v", back.Changes)
	}
	if len(back.Keys) != 4 || len(back.Versions) != 2 || !back.Versions[0].Migrated || back.Versions[0].Report != saved.Report {
		t.Errorf("keys %q versions %+v", back.Keys, back.Versions)
	}
	// A tab of the previous build reads the rewritten meta the same.
	var theirs prevStoredDraft
	if err := json.Unmarshal(b, &theirs); err != nil || !reflect.DeepEqual(theirs.Draft, back.Draft) || !reflect.DeepEqual(theirs.Keys, back.Keys) {
		t.Errorf("previous build reads %+v, %v", theirs, err)
	}
}

func TestExplain(t *testing.T) {
	const k = "S0002|02 收入决算表|B38"
	long := strings.Repeat("说", MaxNote)
	for _, c := range []struct {
		name      string
		notes     map[string]string
		key, text string
		want      map[string]string
		err       error
	}{
		{"a first note", map[string]string{}, k, "已核对", map[string]string{k: "已核对"}, nil},
		{"a note on a draft with no notes field", nil, k, "已核对", map[string]string{k: "已核对"}, nil},
		{"trimmed", map[string]string{}, k, "  已核对 \n", map[string]string{k: "已核对"}, nil},
		{"replaced", map[string]string{k: "旧", "other": "x"}, k, "新", map[string]string{k: "新", "other": "x"}, nil},
		{"emptied: removed", map[string]string{k: "旧", "other": "x"}, k, "", map[string]string{"other": "x"}, nil},
		{"blank: removed", map[string]string{k: "旧"}, k, " \t\n", map[string]string{}, nil},
		{"removing what is not there", nil, k, "", map[string]string{}, nil},
		{"2000 characters (6000 bytes) is the limit", map[string]string{}, k, long, map[string]string{k: long}, nil},
		{"2001 characters is refused, the note kept", map[string]string{k: "旧"}, k, long + "字", map[string]string{k: "旧"}, ErrNoteTooLong},
		{"2001 after trimming is refused", map[string]string{}, k, " " + long + "字 ", map[string]string{}, ErrNoteTooLong},
		{"no finding key", map[string]string{k: "旧"}, "", "x", map[string]string{k: "旧"}, ErrNoFinding},
	} {
		t.Run(c.name, func(t *testing.T) {
			prev := sampleMeta()
			prev.Explanations = c.notes
			m, err := Explain(prev, c.key, c.text)
			if err != c.err {
				t.Fatalf("err = %v, want %v", err, c.err)
			}
			if err != nil {
				if m != nil || !reflect.DeepEqual(prev.Explanations, c.notes) {
					t.Errorf("refused, yet %+v, %v", m, prev.Explanations)
				}
				if c.notes != nil && !reflect.DeepEqual(c.notes, c.want) {
					t.Errorf("notes %v", c.notes)
				}
				return
			}
			if !reflect.DeepEqual(m.Explanations, c.want) {
				t.Errorf("notes %v, want %v", m.Explanations, c.want)
			}
			// Nothing but the notes changes.
			o := sampleMeta()
			m.Explanations, o.Explanations = nil, nil
			if !reflect.DeepEqual(m, o) {
				t.Errorf("meta changed: %+v", m)
			}
		})
	}
	// The draft it was typed on is gone: the note makes no new draft.
	if m, err := Explain(nil, k, "x"); err != ErrNotFound || m != nil {
		t.Errorf("Explain(nil) = %v, %v", m, err)
	}
	if got, err := CleanNote(k, "  x "); got != "x" || err != nil {
		t.Errorf("CleanNote = %q, %v", got, err)
	}
}

func TestRename(t *testing.T) {
	for _, c := range []struct {
		in, want string
		err      error
	}{
		{"新名称", "新名称", nil},
		{"  两边有空格 ", "两边有空格", nil},
		{"", "", ErrBadName},
		{" \t", "", ErrBadName},
		{strings.Repeat("名", MaxName), strings.Repeat("名", MaxName), nil},
		{strings.Repeat("名", MaxName+1), "", ErrBadName},
	} {
		m, err := Rename(sampleMeta(), c.in)
		if err != c.err {
			t.Errorf("Rename(%q) err = %v, want %v", c.in, err, c.err)
			continue
		}
		if err == nil && (m.Name != c.want || m.File != "seed.xlsx") {
			t.Errorf("Rename(%q) = %+v", c.in, m.Draft)
		}
	}
	if m, err := Rename(nil, "x"); err != ErrNotFound || m != nil {
		t.Errorf("Rename(nil) = %v, %v", m, err)
	}
}
