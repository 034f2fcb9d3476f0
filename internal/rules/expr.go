package rules

import (
	"fmt"
	"strconv"
	"strings"

	"reportcheck/internal/template"
)

// The rule notation names rows and columns by their canonical keys (package
// template), so one rule serves every template:
//
//	01表 [本年收入合计] = Σ[收入各项]          a row identity (Σ: a group of rows)
//	02表 <本年收入合计>各行 = Σ<收入来源>各行   holds on every row (Σ: a group of columns)
//	04表 [本年支出合计]各栏 = Σ[类]各栏         holds in every column; Σ[类]: every 类 row
//	01表 [本年收入合计] = 02表 [合计]<本年收入合计>   a cross-table equality
//	03表 [类]<本年支出合计> = 01表 [类]         for every 功能分类 类
//	05表 [*]各栏 ≤ 03表 [*]各栏                 for every code and column
//	06表 [人员经费合计] = {人员经费}            the profile's code list
//	06表 [30212] ≤ 09表 <决算因公出国>          a part not above its whole
//
// [key] is a row, <key> a column; a template that prints 行次 and 栏次 may
// also be addressed in its own notation (27行, (1+2+3)行, 1栏), as its notes
// are. A term names a table (sticky until another is named). Keys, groups
// and tables are checked against the schema when a rule is loaded.

// op compares the two sides.
type op string

const (
	opEq op = "="
	opLE op = "≤"
)

type rowSel struct {
	sign int
	line int    // 行次 alias
	code string // [2010101]
	key  string // [本年收入合计]
}

type colSel struct {
	sign int
	num  int    // 栏次 alias
	key  string // <本年收入合计>
}

// ref is one term: a set of rows × a set of columns in one table.
type ref struct {
	sign       int
	form       string
	rows       []rowSel
	cols       []colSel
	eachRow    bool
	eachCol    bool
	class      bool   // [类]: bound to each 类 in turn
	anyCode    bool   // [*]: bound to each code in turn
	sumClasses bool   // Σ[类]: every 类 row at once
	codeList   string // {人员经费} / {公用经费}
	rowGroup   string // the Σ[group] the rows came from, for messages
	colGroup   string
}

type expr struct {
	lhs, rhs []ref
	op       op
}

func (e *expr) home() string { return e.lhs[0].form }

func (e *expr) quantified() (eachRow, eachCol, class, anyCode bool) {
	for _, side := range [][]ref{e.lhs, e.rhs} {
		for _, r := range side {
			eachRow = eachRow || r.eachRow
			eachCol = eachCol || r.eachCol
			class = class || r.class
			anyCode = anyCode || r.anyCode
		}
	}
	return
}

var codeListNames = map[string]bool{"人员经费": true, "公用经费": true}

func parseExpr(s string) (*expr, error) {
	e := &expr{}
	in := strings.TrimSpace(s)
	side := &e.lhs
	form := ""
	var cur *ref
	sign := 1
	flush := func() {
		if cur != nil {
			*side = append(*side, *cur)
			cur = nil
		}
	}
	start := func() error {
		if form == "" {
			return fmt.Errorf("%q: a term names no table", s)
		}
		if cur == nil {
			cur = &ref{sign: sign, form: form}
			sign = 1
		}
		return nil
	}
	for in != "" {
		in = strings.TrimLeft(in, " ")
		if in == "" {
			break
		}
		tk, ok := readToken(in)
		if !ok {
			return nil, fmt.Errorf("cannot read %q", in)
		}
		in = in[len(tk.text):]
		switch {
		case tk.table != "":
			flush()
			form = tk.table
			if template.Schema(form) == nil {
				return nil, fmt.Errorf("%q: there is no table %s表", s, form)
			}
		case tk.row != "":
			if err := start(); err != nil {
				return nil, err
			}
			if err := addRow(cur, tk.row, tk.rsigma != ""); err != nil {
				return nil, fmt.Errorf("%q: %v", s, err)
			}
		case tk.col != "":
			if err := start(); err != nil {
				return nil, err
			}
			if err := addCol(cur, tk.col, tk.csigma != ""); err != nil {
				return nil, fmt.Errorf("%q: %v", s, err)
			}
		case tk.group != "":
			if err := start(); err != nil {
				return nil, err
			}
			items, err := expandGroup(tk.group)
			if err != nil {
				return nil, err
			}
			for _, it := range items {
				if err := aliasExists(form, it.n, tk.gunit); err != nil {
					return nil, fmt.Errorf("%q: %v", s, err)
				}
				if tk.gunit == "行" {
					cur.rows = append(cur.rows, rowSel{sign: it.sign, line: it.n})
				} else {
					cur.cols = append(cur.cols, colSel{sign: it.sign, num: it.n})
				}
			}
		case tk.num != "":
			if err := start(); err != nil {
				return nil, err
			}
			n, _ := strconv.Atoi(tk.num)
			if err := aliasExists(form, n, tk.nunit); err != nil {
				return nil, fmt.Errorf("%q: %v", s, err)
			}
			if tk.nunit == "行" {
				cur.rows = append(cur.rows, rowSel{sign: 1, line: n})
			} else {
				cur.cols = append(cur.cols, colSel{sign: 1, num: n})
			}
		case tk.list != "":
			if err := start(); err != nil {
				return nil, err
			}
			cur.codeList = strings.Trim(tk.list, "{}")
			if !codeListNames[cur.codeList] {
				return nil, fmt.Errorf("%q: no code list {%s} (known: {人员经费}, {公用经费})", s, cur.codeList)
			}
		case tk.word != "":
			if err := start(); err != nil {
				return nil, err
			}
			if tk.word == "各行" {
				cur.eachRow = true
			} else {
				cur.eachCol = true
			}
		case tk.sign != "":
			flush()
			if tk.sign == "-" {
				sign = -1
			}
		case tk.op != "":
			flush()
			if side == &e.rhs {
				return nil, fmt.Errorf("two comparison signs in %q", s)
			}
			if len(e.lhs) == 0 {
				return nil, fmt.Errorf("%q: nothing left of %s", s, tk.op)
			}
			e.op = op(tk.op)
			side = &e.rhs
			form = e.lhs[0].form
		}
	}
	flush()
	if e.op == "" || len(e.lhs) == 0 || len(e.rhs) == 0 {
		return nil, fmt.Errorf("%q is not an identity (a = b or a ≤ b)", s)
	}
	return e, nil
}

func addRow(cur *ref, body string, sigma bool) error {
	schema := template.Schema(cur.form)
	switch {
	case body == "类" && sigma:
		cur.sumClasses = true
	case body == "类":
		cur.class = true
	case body == "*":
		cur.anyCode = true
	case allDigits(body):
		if !codeLike(body) {
			return fmt.Errorf("[%s] is no classification code (3, 5 or 7 digits)", body)
		}
		cur.rows = append(cur.rows, rowSel{sign: 1, code: body})
	case sigma:
		keys, ok := schema.RowGroups[body]
		if !ok {
			return fmt.Errorf("%s表 has no row group Σ[%s]", cur.form, body)
		}
		for _, k := range keys {
			cur.rows = append(cur.rows, rowSel{sign: 1, key: k})
		}
		cur.rowGroup = body
	default:
		if !schema.HasRow(body) {
			return fmt.Errorf("%s表 has no row [%s]", cur.form, body)
		}
		cur.rows = append(cur.rows, rowSel{sign: 1, key: body})
	}
	return nil
}

func addCol(cur *ref, body string, sigma bool) error {
	schema := template.Schema(cur.form)
	if sigma {
		keys, ok := schema.ColumnGroups[body]
		if !ok {
			return fmt.Errorf("%s表 has no column group Σ<%s>", cur.form, body)
		}
		for _, k := range keys {
			cur.cols = append(cur.cols, colSel{sign: 1, key: k})
		}
		cur.colGroup = body
		return nil
	}
	if !schema.HasColumn(body) {
		return fmt.Errorf("%s表 has no column <%s>", cur.form, body)
	}
	cur.cols = append(cur.cols, colSel{sign: 1, key: body})
	return nil
}

// aliasExists checks a 行次 or 栏次 against the templates that print them.
// Rows of 01/04 between the named ones (功能分类 类, blank income lines) have
// 行次 too: a line up to the table's last named one is accepted.
func aliasExists(form string, n int, unit string) error {
	for _, tp := range template.Builtin() {
		f := tp.Form(form)
		if f == nil {
			continue
		}
		if unit == "栏" {
			for _, c := range f.Columns {
				if c.Number == n {
					return nil
				}
			}
			continue
		}
		last := 0
		for _, r := range f.Rows {
			last = max(last, r.Line)
		}
		if n >= 1 && n <= last {
			return nil
		}
	}
	return fmt.Errorf("%s表 prints no %d%s in any built-in template", form, n, unit)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func codeLike(s string) bool { return len(s) == 3 || len(s) == 5 || len(s) == 7 }

type groupItem struct{ sign, n int }

// expandGroup reads "(1+2+3)", "(1+2-3)" and "(31+32+…+56)".
func expandGroup(g string) ([]groupItem, error) {
	body := strings.Trim(g, "()")
	body = strings.ReplaceAll(body, "..", "…")
	var out []groupItem
	sign := 1
	num := ""
	prevN := -1
	pendingRange := false
	emit := func() error {
		if num == "" {
			return nil
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			return err
		}
		if pendingRange {
			if prevN < 0 || n <= prevN || n-prevN > 200 {
				return fmt.Errorf("bad range in %q", g)
			}
			for k := prevN + 1; k < n; k++ {
				out = append(out, groupItem{sign, k})
			}
			pendingRange = false
		}
		out = append(out, groupItem{sign, n})
		prevN, num = n, ""
		return nil
	}
	for _, r := range body {
		switch {
		case r >= '0' && r <= '9':
			num += string(r)
		case r == '+' || r == '-':
			if err := emit(); err != nil {
				return nil, err
			}
			sign = 1
			if r == '-' {
				sign = -1
			}
		case r == '…':
			if err := emit(); err != nil {
				return nil, err
			}
			pendingRange = true
		default:
			return nil, fmt.Errorf("bad character %q in %q", r, g)
		}
	}
	if err := emit(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty group %q", g)
	}
	return out, nil
}
