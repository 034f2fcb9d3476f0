package narrative

import (
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/locate"
	"reportcheck/internal/template"
)

// cand is one table reading of a quantity: a cell, or the sum of a few.
// Its names are made only for a message: most readings agree.
type cand struct {
	val    decimal.Decimal // in 万元
	places int32           // decimals the table shows, in 万元
	cells  []*locate.Cell  // the cell, or the cells a sum adds
	t      *locate.Table
	r      *locate.Row
	col    string
	name   string   // a name given (a sum, a 绩效自评表 figure)
	ref    string   // a 绩效自评表 cell, Sheet!A1
	refs2  []string // 绩效自评表 cells a sum adds
}

// label names the reading for the clerk: 公开05表“合计”行“基本支出”栏.
func (c cand) label() string {
	if c.name != "" || c.t == nil {
		return c.name
	}
	return c.t.Label() + rowLabel(c.r) + colLabel(c.t, c.col)
}

// refs are the cells of the reading, Sheet!A1.
func (c cand) refs() []string {
	if c.ref != "" {
		return []string{c.ref}
	}
	if c.refs2 != nil {
		return c.refs2
	}
	out := make([]string, 0, len(c.cells))
	for _, cl := range c.cells {
		out = append(out, cl.Sheet+"!"+cl.Ref)
	}
	return out
}

// index answers the narrative's questions about the recognised tables.
type index struct {
	res *locate.Result
	// names of 功能分类 codes from every code table (and the 类 rows of
	// 01/04), normalised: a narrative may print a name as any table does.
	names map[string][]string // code → names
	kids  map[string][]string // code → the codes one level under it ("" → 类)
}

func newIndex(res *locate.Result) *index {
	ix := &index{res: res, names: map[string][]string{}, kids: map[string][]string{}}
	if res == nil {
		return ix
	}
	for _, t := range res.Tables {
		for _, r := range t.Rows {
			if r.Code == "" || t.Form == "06" || t.Form == "09" {
				continue
			}
			if (t.Form == "01" || t.Form == "04") && !r.Class {
				continue
			}
			n := nameKey(r.Name)
			if n == "" {
				continue
			}
			seen := false
			for _, x := range ix.names[r.Code] {
				seen = seen || x == n
			}
			if !seen {
				if len(ix.names[r.Code]) == 0 && len(r.Code) >= 3 && len(r.Code) <= 7 {
					parent := ""
					if len(r.Code) > 3 {
						parent = r.Code[:len(r.Code)-2]
					}
					ix.kids[parent] = append(ix.kids[parent], r.Code)
				}
				ix.names[r.Code] = append(ix.names[r.Code], n)
			}
		}
	}
	return ix
}

// nameKey normalises a 科目 name for matching: squashed, numbering and
// brackets' marks taken off.
func nameKey(s string) string {
	s = template.StripNumbering(template.Squash(s))
	if !strings.ContainsAny(s, "()、") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r != '(' && r != ')' && r != '、' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (ix *index) table(form string) *locate.Table {
	if ix.res == nil {
		return nil
	}
	return ix.res.Table(form)
}

// cellCand reads one cell. A blank or a dash reads as zero (the narrative
// writes 0 for nothing); a cell holding words (本单位无…) is no reading.
func cellCand(t *locate.Table, r *locate.Row, col string) (cand, bool) {
	if t == nil || r == nil {
		return cand{}, false
	}
	cl := r.Cells[col]
	if cl == nil {
		return cand{}, false
	}
	if !cl.Value.IsNumber() && !cl.Value.IsEmpty() {
		return cand{}, false
	}
	places := t.Unit.ShownPlacesInWan(2)
	if t.Unit.String() == "" {
		places = 2
	}
	return cand{val: cl.Wan, places: places, cells: []*locate.Cell{cl}, t: t, r: r, col: col}, true
}

func rowLabel(r *locate.Row) string {
	switch {
	case r.Key != "":
		return "“" + r.Key + "”行"
	case r.Code != "":
		return "“" + r.Code + " " + template.StripNumbering(template.Squash(r.Name)) + "”行"
	}
	return ""
}

func colLabel(t *locate.Table, col string) string {
	if len(t.Columns) <= 1 || t.Form == "01" {
		return ""
	}
	return "“" + col + "”栏"
}

// at reads a named row's column of a table.
func (ix *index) at(form, row, col string) (cand, bool) {
	t := ix.table(form)
	if t == nil {
		return cand{}, false
	}
	if form == "09" && len(t.Rows) > 0 {
		return cellCand(t, t.Rows[0], col)
	}
	return cellCand(t, t.RowByKey(row), col)
}

// code reads a code row's column of a code table, or of a 类 row of 01/04.
func (ix *index) code(form, code, col string) (cand, bool) {
	t := ix.table(form)
	if t == nil {
		return cand{}, false
	}
	for _, r := range t.Rows {
		if r.Code == code && (r.Class || (form != "01" && form != "04")) {
			return cellCand(t, r, col)
		}
	}
	return cand{}, false
}

// sum adds readings into one (财政拨款收入 = 01 rows 1–3).
func sum(label string, cs ...cand) (cand, bool) {
	var out cand
	for i, c := range cs {
		out.val = out.val.Add(c.val)
		out.cells = append(out.cells, c.cells...)
		if i == 0 || c.places > out.places {
			out.places = c.places
		}
	}
	out.name = label
	return out, len(cs) > 0
}

// scope is which money a sentence speaks of, from its own words or the
// headings above it.
type scope uint8

const (
	scopeAll  scope = iota // all money: 01, 02, 03
	scopeFin               // 财政拨款: 04
	scopeGen               // 一般公共预算财政拨款: 05, 06
	scopeFund              // 政府性基金: 07
	scopeSOE               // 国有资本经营: 08
)

func scopeOf(s string) (scope, bool) {
	switch {
	case amount.ContainsText(s, "一般公共预算"):
		return scopeGen, true
	case amount.ContainsText(s, "政府性基金"):
		return scopeFund, true
	case amount.ContainsText(s, "国有资本经营"):
		return scopeSOE, true
	case amount.ContainsText(s, "财政拨款") && !amount.ContainsText(s, "三公"):
		return scopeFin, true
	}
	return scopeAll, false
}

// functional resolves a 功能分类 path printed as 科学技术支出(类)科学技术
// 管理事务(款)行政运行(项) — or a 类 alone — to its code: by name at each
// level, under the level above; a name no table prints is accepted only
// when its parent has a single child there (名称简写). Unresolved: "".
func (ix *index) functional(path string) string {
	// Levels as printed: a name and its marker, the last name perhaps
	// without its marker (行政运行 after "(款)", the writer left it off).
	var names []string
	rest := path
	for _, m := range []string{"(类)", "(款)", "(项)"} {
		name, after, ok := strings.Cut(rest, m)
		if !ok {
			break
		}
		names = append(names, name)
		rest = after
	}
	if len(names) == 0 {
		return ""
	}
	switch {
	case rest == "" || rest == "支出" && len(names) > 1:
	case rest == "支出" || strings.HasPrefix(rest, "支出") && len(names) == 1:
		names[0] += "支出" // 一般公共服务(类)支出
	case len(names) < 3:
		names = append(names, rest) // a last level named without its marker
	default:
		return "" // words after (项): not a 科目 path
	}
	code := ""
	for i, name := range names {
		if code = ix.child(code, nameKey(name), 3+2*i); code == "" {
			return "" // a level no table prints: no guess
		}
	}
	return code
}

// child finds the code of length n under parent named name.
func (ix *index) child(parent, name string, n int) string {
	if name == "" {
		return ""
	}
	kids := 0
	only := ""
	for _, code := range ix.kids[parent] {
		if len(code) != n {
			continue
		}
		kids++
		only = code
		for _, x := range ix.names[code] {
			if x == name || n == 3 && (x == name+"支出" || x+"支出" == name) {
				return code
			}
		}
	}
	if kids == 1 && parent != "" {
		for _, x := range ix.names[only] {
			if similar(x, name) {
				return only
			}
		}
	}
	return ""
}

// similar accepts a shortened or lengthened name (巩固脱贫衔接乡村振兴 for
// 巩固脱贫攻坚成果衔接乡村振兴): most of the shorter one's characters
// appear in order in the longer one.
func similar(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(ra) < 2 {
		return false
	}
	j, hit := 0, 0
	for _, r := range ra {
		for j < len(rb) && rb[j] != r {
			j++
		}
		if j < len(rb) {
			hit++
			j++
		}
	}
	return hit*10 >= len(ra)*8
}
