package report

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestSeverity(t *testing.T) {
	for _, c := range []struct {
		sev     Severity
		chinese string
		rank    int
	}{
		{Error, "错误", 0},
		{Warning, "提示", 1},
		{Info, "信息", 2},
		{Severity(""), "信息", 2},
		{Severity("fatal"), "信息", 2},
	} {
		if got := c.sev.Chinese(); got != c.chinese {
			t.Errorf("%q.Chinese() = %q, want %q", c.sev, got, c.chinese)
		}
		if got := c.sev.Rank(); got != c.rank {
			t.Errorf("%q.Rank() = %d, want %d", c.sev, got, c.rank)
		}
	}
	sevs := []Severity{Info, Warning, Error, Warning}
	slices.SortFunc(sevs, func(a, b Severity) int { return a.Rank() - b.Rank() })
	if !slices.Equal(sevs, []Severity{Error, Warning, Warning, Info}) {
		t.Errorf("sorted by rank: %v", sevs)
	}
}

// TestExitCode is the CLI contract of the README: 0 no 错误 finding, 1 at
// least one, 2 a file that could not be checked or held no table.
func TestExitCode(t *testing.T) {
	tables := []Table{{Form: "02", Sheet: "Sheet2", Range: "A1:I47", Unit: "万元"}}
	for _, c := range []struct {
		name                 string
		r                    Report
		errors, warns, infos int
		exit                 int
	}{
		{"clean draft", Report{Tables: tables}, 0, 0, 0, 0},
		{"only 提示 and 信息 pass", Report{Tables: tables, Findings: []Finding{{Severity: Warning}, {Severity: Info}, {Severity: Warning}}}, 0, 2, 1, 0},
		{"one 错误 fails", Report{Tables: tables, Findings: []Finding{{Severity: Warning}, {Severity: Error}}}, 1, 1, 0, 1},
		{"a severity nobody knows counts as 信息", Report{Tables: tables, Findings: []Finding{{Severity: "odd"}}}, 0, 0, 1, 0},
		{"unreadable file", Report{Error: &FileError{Code: "legacy_xls", Message: "旧版 Excel"}}, 0, 0, 0, 2},
		{"unreadable wins over findings", Report{Tables: tables, Error: &FileError{Code: "bad_xml"}, Findings: []Finding{{Severity: Error}}}, 1, 0, 0, 2},
		{"no table recognised", Report{Findings: []Finding{{Severity: Warning}}}, 0, 1, 0, 2},
		{"a narrative alone, clean", Report{File: "a.docx", Document: "a.docx"}, 0, 0, 0, 0},
		{"a narrative alone with a 错误", Report{File: "a.docx", Document: "a.docx", Findings: []Finding{{Severity: Error}}}, 1, 0, 0, 1},
		{"a narrative that could not be read", Report{Tables: tables, Document: "a.doc", DocumentError: &FileError{Code: "legacy_doc"}}, 0, 0, 0, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			e, w, i := c.r.Counts()
			if e != c.errors || w != c.warns || i != c.infos {
				t.Errorf("Counts() = %d, %d, %d; want %d, %d, %d", e, w, i, c.errors, c.warns, c.infos)
			}
			if got := c.r.ExitCode(); got != c.exit {
				t.Errorf("ExitCode() = %d, want %d", got, c.exit)
			}
		})
	}
}

// readmeExample is the JSON report of the README ("JSON report (public interface)").
const readmeExample = `{
  "file": "草稿.xlsx",
  "error": {"code": "legacy_xls", "message": "这是旧版 Excel 97-2003（.xls）文件……"},
  "profile": "hubei", "profile_name": "湖北/武汉",
  "department": "江岸区科经局本级", "year": "2023",
  "tables": [{"form": "02", "sheet": "Sheet2", "range": "A1:I47", "unit": "万元", "title": "2023 年度收入决算表", "code": "02"}],
  "missing": ["08"],
  "template": "hubei-2023",
  "findings": [{
    "rule": "T0201", "severity": "error", "sheet": "Sheet2", "cell": "C17", "cells": ["D17", "E17"],
    "message": "公开02表 2069999 其他科学技术支出：本年收入合计（1栏） 应等于 收入来源（2–7栏） 之和 3,131.20，实为 3,311.20，差 180.00（万元）",
    "expected": "3131.20", "actual": "3311.20", "diff": "180.00",
    "title": "本年收入合计等于各项收入之和", "form": "02",
    "cause": "Sheet2!C17"
  }],
  "recognition": [{"kind": "template", "message": "按“湖北 2023（公开01–09表，带行次、栏次）”模板识别各表"}],
  "kpi": [{"sheet": "…", "kind": "project", "name": "科技管理工作经费", "printed_total": "98", "recomputed_total": "92",
           "execution_score": "20", "indicator_count": 15, "indicators": [{"cell": "G12", "name": "…", "printed": "6", "recomputed": "…"}]}]
}`

// TestJSONMatchesReadme: every field the README documents is a field of
// Report (decoding refuses unknown ones), and encoding gives the same
// object back: the names are the public interface.
func TestJSONMatchesReadme(t *testing.T) {
	dec := json.NewDecoder(strings.NewReader(readmeExample))
	dec.DisallowUnknownFields()
	var r Report
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("README example does not fit Report: %v", err)
	}
	f := r.Findings[0]
	if f.Expected != "3131.20" || f.Actual != "3311.20" || f.Diff != "180.00" || f.Severity != Error || f.Cause != "Sheet2!C17" {
		t.Errorf("finding read as %+v", f)
	}
	if r.Tables[0].Unit != "万元" || r.Tables[0].Code != "02" || r.KPI[0].IndicatorCount != 15 || r.Error.Code != "legacy_xls" {
		t.Errorf("report read as %+v", r)
	}
	out, err := json.Marshal(&r)
	if err != nil {
		t.Fatal(err)
	}
	var want, got any
	if err := json.Unmarshal([]byte(readmeExample), &want); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	// The README abbreviates (an indicator's target and actual are left
	// out); everything it shows must come back as shown.
	if path, ok := subset(want, got, "report"); !ok {
		t.Errorf("encoding changed %s:\n%s", path, out)
	}
}

// subset reports whether every object key of want is in got with a value
// that is itself a subset; lists must have the same length.
func subset(want, got any, path string) (string, bool) {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return path, false
		}
		for k, v := range w {
			if p, ok := subset(v, g[k], path+"."+k); !ok {
				return p, false
			}
		}
		return "", true
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return path, false
		}
		for i := range w {
			if p, ok := subset(w[i], g[i], path+"[]"); !ok {
				return p, false
			}
		}
		return "", true
	default:
		return path, want == got
	}
}

// TestJSONFieldPresence: the fields every reader relies on are always
// written (expected/actual/diff even when empty); the optional ones are
// left out when unset, so a 尾差's tolerance never shows on an error.
func TestJSONFieldPresence(t *testing.T) {
	r := Report{File: "a.xlsx", Tables: []Table{}, Findings: []Finding{{Rule: "S0014", Severity: Warning, Sheet: "Sheet1", Cell: "A2", Message: "未写明金额单位"}}, KPI: []KPITable{}}
	out, err := json.Marshal(&r)
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(out, &top); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"file", "tables", "findings", "kpi"} {
		if _, ok := top[k]; !ok {
			t.Errorf("report lacks %q: %s", k, out)
		}
	}
	for _, k := range []string{"error", "profile", "profile_name", "department", "year", "missing", "template", "recognition"} {
		if _, ok := top[k]; ok {
			t.Errorf("unset %q written: %s", k, out)
		}
	}
	if string(top["tables"]) != "[]" || string(top["kpi"]) != "[]" {
		t.Errorf("empty lists written as %s and %s, want []", top["tables"], top["kpi"])
	}
	var findings []map[string]json.RawMessage
	if err := json.Unmarshal(top["findings"], &findings); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"rule", "severity", "sheet", "cell", "cells", "message", "expected", "actual", "diff"} {
		if _, ok := findings[0][k]; !ok {
			t.Errorf("finding lacks %q", k)
		}
	}
	for _, k := range []string{"title", "form", "cause", "consequence", "tolerance", "of"} {
		if _, ok := findings[0][k]; ok {
			t.Errorf("unset finding field %q written", k)
		}
	}
}
