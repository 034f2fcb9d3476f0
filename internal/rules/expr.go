package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// The rule notation extends the one printed in the tables' own notes:
//
//	01表 27行 = (1+2+3+4+5+6+7+8)行        a row identity
//	02表 1栏各行 = (2+3+4+5+6+7)栏各行      holds on every row
//	04表 59行各栏 = (33+34+…+58)行各栏      holds in every column
//	01表 27行 = 02表 合计1栏                 a cross-table equality
//	01表 [类] = 03表 [类]1栏                 for every 功能分类 类 (01 rows 31–56)
//	05表 [*]各栏 ≤ 03表 [*]各栏              for every code and column
//	06表 人员经费合计 = {人员经费}            the profile's code list
//	06表 [30212] ≤ 09表 8栏                   a part not above its whole
//
// A term names a table (sticky until another is named), then rows (N行,
// (a+b-c)行, 合计, [code], 各行, [类], [*], a label) and columns (N栏,
// (a+b)栏, 各栏). Broken notation fails when the catalogue loads.

// op compares the two sides.
type op string

const (
	opEq op = "="
	opLE op = "≤"
)

type rowSel struct {
	sign  int
	line  int
	code  string
	label string
}

type colSel struct {
	sign int
	num  int
}

// ref is one term: a set of rows × a set of columns in one table.
type ref struct {
	sign     int
	form     string
	rows     []rowSel
	cols     []colSel
	eachRow  bool
	eachCol  bool
	class    bool   // [类]
	anyCode  bool   // [*]
	codeList string // {人员经费} / {公用经费}
}

type expr struct {
	lhs, rhs []ref
	op       op
	lhsText  string
	rhsText  string
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

var tokenRe = regexp.MustCompile(`^(?:` +
	`(?P<table>\d\d)表` +
	`|(?P<group>\((?:[0-9+\-…]|\.\.)+\))(?P<gunit>行|栏)` +
	`|(?P<num>\d+)(?P<nunit>行|栏)` +
	`|(?P<code>\[(?:\d+|类|\*)\])` +
	`|(?P<list>\{[^}]+\})` +
	`|(?P<word>各行|各栏|合计|人员经费合计|公用经费合计)` +
	`|(?P<sign>[+\-])` +
	`|(?P<op>=|≤)` +
	`)`)

func parseExpr(s string) (*expr, error) {
	e := &expr{}
	in := strings.TrimSpace(s)
	var side *[]ref
	side = &e.lhs
	form := ""
	var cur *ref
	sign := 1
	flush := func() {
		if cur != nil {
			*side = append(*side, *cur)
			cur = nil
		}
	}
	start := func() {
		if cur == nil {
			cur = &ref{sign: sign, form: form}
			sign = 1
		}
	}
	for in != "" {
		in = strings.TrimLeft(in, " ")
		if in == "" {
			break
		}
		m := tokenRe.FindStringSubmatch(in)
		if m == nil {
			return nil, fmt.Errorf("cannot read %q", in)
		}
		g := func(name string) string { return m[tokenRe.SubexpIndex(name)] }
		in = in[len(m[0]):]
		switch {
		case g("table") != "":
			flush()
			form = g("table")
		case g("group") != "":
			start()
			items, err := expandGroup(g("group"))
			if err != nil {
				return nil, err
			}
			for _, it := range items {
				if g("gunit") == "行" {
					cur.rows = append(cur.rows, rowSel{sign: it.sign, line: it.n})
				} else {
					cur.cols = append(cur.cols, colSel{sign: it.sign, num: it.n})
				}
			}
		case g("num") != "":
			start()
			n, _ := strconv.Atoi(g("num"))
			if g("nunit") == "行" {
				cur.rows = append(cur.rows, rowSel{sign: 1, line: n})
			} else {
				cur.cols = append(cur.cols, colSel{sign: 1, num: n})
			}
		case g("code") != "":
			start()
			switch c := strings.Trim(g("code"), "[]"); c {
			case "类":
				cur.class = true
			case "*":
				cur.anyCode = true
			default:
				cur.rows = append(cur.rows, rowSel{sign: 1, code: c})
			}
		case g("list") != "":
			start()
			cur.codeList = strings.Trim(g("list"), "{}")
		case g("word") != "":
			start()
			switch w := g("word"); w {
			case "各行":
				cur.eachRow = true
			case "各栏":
				cur.eachCol = true
			default:
				cur.rows = append(cur.rows, rowSel{sign: 1, label: w})
			}
		case g("sign") != "":
			flush()
			if g("sign") == "-" {
				sign = -1
			}
		case g("op") != "":
			flush()
			if side == &e.rhs {
				return nil, fmt.Errorf("two comparison signs in %q", s)
			}
			e.op = op(g("op"))
			side = &e.rhs
			form = e.lhs[0].form
		}
	}
	flush()
	if e.op == "" || len(e.lhs) == 0 || len(e.rhs) == 0 {
		return nil, fmt.Errorf("%q is not an identity (a = b or a ≤ b)", s)
	}
	for _, side := range [][]ref{e.lhs, e.rhs} {
		for _, r := range side {
			if r.form == "" {
				return nil, fmt.Errorf("%q: a term names no table", s)
			}
		}
	}
	i := strings.IndexAny(s, "=≤")
	e.lhsText = strings.TrimSpace(s[:i])
	e.rhsText = strings.TrimSpace(strings.TrimLeft(s[i:], "=≤"))
	return e, nil
}

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
			if prevN < 0 || n <= prevN {
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
