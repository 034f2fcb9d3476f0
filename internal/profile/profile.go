// Package profile holds the settings that differ between regions: which rules
// run and how severe they are, the 公用经费 code list, and KPI scoring.
// A profile is data: it can be exported to JSON and imported elsewhere.
package profile

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"reportcheck/internal/template"
)

// Profile is one region's settings.
type Profile struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Version int    `json:"version"`
	// PersonnelCodes and PublicCodes are the 经济分类 类 codes whose sums make
	// 06 人员经费合计 and 公用经费合计.
	PersonnelCodes []string `json:"personnel_codes"`
	PublicCodes    []string `json:"public_codes"`
	// Disabled lists rule IDs that do not run under this profile.
	Disabled []string `json:"disabled_rules,omitempty"`
	// Severity overrides a rule's default severity ("error", "warning", "info").
	Severity map[string]string `json:"severity,omitempty"`
	KPI      KPI               `json:"kpi"`
	// Template is the ID of the template tried first (a built-in one or one
	// of Templates); every template is tried and the draft's titles and form
	// codes decide.
	Template string `json:"template,omitempty"`
	// Templates are a district's own templates (next year's class list, its
	// own form codes or titles), described as data.
	OwnTemplates []*template.Template `json:"templates,omitempty"`
}

// Templates lists the templates a draft is read with, the preferred first.
func (p *Profile) Templates() []*template.Template {
	all := append(append([]*template.Template{}, p.OwnTemplates...), template.Builtin()...)
	for i, t := range all {
		if t.ID == p.Template && i > 0 {
			all[0], all[i] = all[i], all[0]
			break
		}
	}
	return all
}

// Builtin returns the built-in profiles, the first being the default.
func Builtin() []*Profile {
	return []*Profile{Hubei(), Central()}
}

// ByID finds a built-in profile.
func ByID(id string) (*Profile, bool) {
	for _, p := range Builtin() {
		if p.ID == id {
			return p, true
		}
	}
	return nil, false
}

// Default is the profile used when none is chosen.
func Default() *Profile { return Hubei() }

// Hubei is the 湖北/武汉 profile of the seed report.
func Hubei() *Profile {
	return &Profile{
		ID: "hubei", Name: "湖北/武汉", Version: 1, Template: "hubei-2023",
		PersonnelCodes: []string{"301", "303"},
		PublicCodes:    []string{"302", "307", "310", "399"},
		KPI:            hubeiKPI(),
	}
}

// Central follows the central template (财预〔2020〕10号).
func Central() *Profile {
	return &Profile{
		ID: "central", Name: "中央/财预〔2020〕10号", Version: 1, Template: "ministry-2024",
		PersonnelCodes: []string{"301", "303"},
		PublicCodes:    []string{"302", "307", "310", "399"},
		KPI:            centralKPI(),
	}
}

// isClassCode tells whether s is a 类 code of the economic classification:
// three ASCII digits (`^[0-9]{3}$`).
func isClassCode(s string) bool {
	return len(s) == 3 && '0' <= s[0] && s[0] <= '9' && '0' <= s[1] && s[1] <= '9' && '0' <= s[2] && s[2] <= '9'
}

// maxProfileBytes bounds an imported profile file.
const maxProfileBytes = 256 << 10

// Parse reads and validates a profile file. Errors are Chinese, for the user.
func Parse(data []byte) (*Profile, error) {
	if len(data) > maxProfileBytes {
		return nil, errors.New("配置文件过大（超过 256 KB），不是有效的规则配置。")
	}
	var p Profile
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("配置文件不是有效的规则配置（JSON 格式错误）：%v", err)
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return &p, nil
}

// Validate checks a profile's fields; errors are Chinese.
func (p *Profile) Validate() error {
	var errs []string
	if !template.ValidID(p.ID) {
		errs = append(errs, "编号（id）只能由小写字母、数字、-、_ 组成，长度 1–40")
	}
	if strings.TrimSpace(p.Name) == "" {
		errs = append(errs, "名称（name）不能为空")
	}
	for _, group := range [][]string{p.PersonnelCodes, p.PublicCodes} {
		if len(group) == 0 {
			errs = append(errs, "人员经费、公用经费的经济分类科目（personnel_codes / public_codes）不能为空")
		}
		for _, c := range group {
			if !isClassCode(c) {
				errs = append(errs, fmt.Sprintf("经济分类类级科目编码 %q 应为 3 位数字", c))
			}
		}
	}
	for id, s := range p.Severity {
		if s != "error" && s != "warning" && s != "info" {
			errs = append(errs, fmt.Sprintf("规则 %s 的级别 %q 无效（应为 error / warning / info）", id, s))
		}
	}
	known := map[string]bool{}
	for _, t := range template.Builtin() {
		known[t.ID] = true
	}
	for _, t := range p.OwnTemplates {
		if t == nil {
			errs = append(errs, "模板（templates）中有空项")
			continue
		}
		if known[t.ID] {
			errs = append(errs, fmt.Sprintf("模板编号 %q 与已有模板重复", t.ID))
		}
		known[t.ID] = true
		if err := t.Validate(); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if p.Template != "" && !known[p.Template] {
		errs = append(errs, fmt.Sprintf("首选模板 %q 不存在（可用：内置 hubei-2023、ministry-2024，或本配置 templates 中的模板）", p.Template))
	}
	if err := p.KPI.Validate(); err != nil {
		errs = append(errs, err.Error())
	}
	if len(errs) > 0 {
		return errors.New("规则配置有误：" + strings.Join(errs, "；"))
	}
	return nil
}

// Enabled reports whether a rule runs under this profile.
func (p *Profile) Enabled(ruleID string) bool {
	for _, d := range p.Disabled {
		if d == ruleID {
			return false
		}
	}
	return true
}
