// Package template describes the printed forms of the nine public tables as
// data: for each table its title variants, the form code a region prints (if
// any), its rows by canonical key with the printed names and 行次, and its
// columns by canonical key with the header texts and 栏次.
//
// The canonical keys (schema.go) are the vocabulary the rules are written in;
// a template maps one region's (or one year's) printed text onto them. Two
// templates are built in (builtin.go): 湖北 2023, with 公开NN表 codes, 行次 and
// 栏次, and the ministry style of 2024, with none of them. A district describes
// its own in JSON inside a rule profile; Validate checks it against the schema.
package template

import (
	"errors"
	"fmt"
	"strings"
)

// Template is one printed form of the nine tables.
type Template struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Forms []Form `json:"forms"`
	// Classes adds 功能分类 类 names to the built-in list (a new year's class).
	Classes []Class `json:"classes,omitempty"`
}

// Form is one table of a template.
type Form struct {
	// Key is the canonical table key, "01".."09" in domain.md's numbering
	// (三公 is 09 whatever a region prints).
	Key string `json:"key"`
	// Code is the number printed in 公开NN表 by this template, "" when it
	// prints none.
	Code string `json:"code,omitempty"`
	// Titles are the accepted titles, compared whole after the department,
	// year and numbering are taken off.
	Titles  []string `json:"titles"`
	Rows    []Row    `json:"rows,omitempty"`
	Columns []Column `json:"columns"`
	// Notes are the identities the table's note prints, in its own 行次/栏次
	// notation (N0001 compares a draft's note with them).
	Notes []string `json:"notes,omitempty"`
}

// Row is a named row of a table with named rows (01, 04).
type Row struct {
	Key   string   `json:"key"`
	Names []string `json:"names,omitempty"` // printed labels; the key itself when empty
	Line  int      `json:"line,omitempty"`  // 行次 where printed
	Side  int      `json:"side,omitempty"`  // 0 收入 (left), 1 支出 (right)
}

// Column is an amount column.
type Column struct {
	Key   string   `json:"key"`
	Names []string `json:"names,omitempty"` // header texts; the key itself when empty
	// With lists headers that must also stand in the column's header, each
	// entry a set of alternatives separated by "|" (预算数|年初预算数).
	With   []string `json:"with,omitempty"`
	Number int      `json:"number,omitempty"` // 栏次 where printed
	Side   int      `json:"side,omitempty"`
}

// Class is a 功能分类 类.
type Class struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Form returns the template's form with a canonical key, or nil.
func (t *Template) Form(key string) *Form {
	for i := range t.Forms {
		if t.Forms[i].Key == key {
			return &t.Forms[i]
		}
	}
	return nil
}

// FormByCode returns the form a printed 公开NN表 code names in this template.
func (t *Template) FormByCode(code string) *Form {
	for i := range t.Forms {
		if t.Forms[i].Code == code && code != "" {
			return &t.Forms[i]
		}
	}
	return nil
}

// RowNames are the labels that name a row: its Names, or its key.
func (r Row) RowNames() []string {
	if len(r.Names) == 0 {
		return []string{r.Key}
	}
	return r.Names
}

// ColumnNames are the headers that name a column: its Names, or its key.
func (c Column) ColumnNames() []string {
	if len(c.Names) == 0 {
		return []string{c.Key}
	}
	return c.Names
}

// Column returns a form's column by key, or nil.
func (f *Form) Column(key string) *Column {
	for i := range f.Columns {
		if f.Columns[i].Key == key {
			return &f.Columns[i]
		}
	}
	return nil
}

// ValidID tells whether id can name a template or a profile: 1 to 40 bytes,
// ASCII lower-case letters, digits, '_' and '-', not starting with '_' or
// '-' (the regular expression `^[a-z0-9][a-z0-9_-]{0,39}$`).
func ValidID(id string) bool {
	if len(id) == 0 || len(id) > 40 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || i > 0 && (c == '_' || c == '-')) {
			return false
		}
	}
	return true
}

// isFormCode tells whether s is a form's code, 01 to 09 (`^0[1-9]$`).
func isFormCode(s string) bool {
	return len(s) == 2 && s[0] == '0' && '1' <= s[1] && s[1] <= '9'
}

// isClass3 tells whether s is a 类 code of the economic classification, 2
// and two ASCII digits (`^2\d\d$`).
func isClass3(s string) bool {
	return len(s) == 3 && s[0] == '2' && '0' <= s[1] && s[1] <= '9' && '0' <= s[2] && s[2] <= '9'
}

// Validate checks a template against the schema; errors are Chinese, for the
// district that wrote it.
func (t *Template) Validate() error {
	var errs []string
	add := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	if !ValidID(t.ID) {
		add("模板编号（id）只能由小写字母、数字、-、_ 组成，长度 1–40")
	}
	if strings.TrimSpace(t.Name) == "" {
		add("模板名称（name）不能为空")
	}
	seenForm, seenCode := map[string]bool{}, map[string]string{}
	for _, f := range t.Forms {
		s := Schema(f.Key)
		if s == nil {
			add("表 %q 不是九张公开表之一（应为 01–09）", f.Key)
			continue
		}
		if seenForm[f.Key] {
			add("表 %s 重复", f.Key)
		}
		seenForm[f.Key] = true
		if f.Code != "" {
			if !isFormCode(f.Code) {
				add("%s 的表号 %q 应为两位数字 01–09", s.Name, f.Code)
			} else if other, dup := seenCode[f.Code]; dup {
				add("表号 公开%s表 同时用于 %s 和 %s", f.Code, other, s.Name)
			}
			seenCode[f.Code] = s.Name
		}
		if len(f.Titles) == 0 {
			add("%s 没有表名（titles）", s.Name)
		}
		for _, title := range f.Titles {
			if !strings.Contains(Squash(title), "决算") {
				add("%s 的表名 %q 应含“决算”", s.Name, title)
			}
		}
		lines, keys := map[int]bool{}, map[string]bool{}
		for _, r := range f.Rows {
			if !s.HasRow(r.Key) {
				add("%s 没有名为“%s”的行（可用：%s）", s.Name, r.Key, strings.Join(s.Rows, "、"))
			}
			if keys[r.Key] {
				add("%s 的行“%s”重复", s.Name, r.Key)
			}
			keys[r.Key] = true
			if r.Line < 0 || r.Line > 999 || (r.Line > 0 && lines[r.Line]) {
				add("%s 的行“%s”行次 %d 无效或重复", s.Name, r.Key, r.Line)
			}
			lines[r.Line] = true
			if r.Side != 0 && r.Side != 1 {
				add("%s 的行“%s”的 side 应为 0（收入）或 1（支出）", s.Name, r.Key)
			}
		}
		nums, cols := map[int]bool{}, map[string]bool{}
		if len(f.Columns) == 0 {
			add("%s 没有金额栏（columns）", s.Name)
		}
		for _, c := range f.Columns {
			if !s.HasColumn(c.Key) {
				add("%s 没有名为“%s”的栏（可用：%s）", s.Name, c.Key, strings.Join(s.Columns, "、"))
			}
			if cols[c.Key] {
				add("%s 的栏“%s”重复", s.Name, c.Key)
			}
			cols[c.Key] = true
			if c.Number < 0 || c.Number > 99 || (c.Number > 0 && nums[c.Number]) {
				add("%s 的栏“%s”栏次 %d 无效或重复", s.Name, c.Key, c.Number)
			}
			nums[c.Number] = true
		}
	}
	for _, k := range FormKeys {
		if !seenForm[k] {
			add("缺少 %s（%s）的描述", k, Schema(k).Name)
		}
	}
	for _, c := range t.Classes {
		if !isClass3(c.Code) || strings.TrimSpace(c.Name) == "" {
			add("功能分类类级科目 %q %q 无效（编码应为 2 开头的 3 位数字，名称不能为空）", c.Code, c.Name)
		}
	}
	if len(errs) > 0 {
		return errors.New("模板“" + t.Name + "”有误：" + strings.Join(errs, "；"))
	}
	return nil
}
