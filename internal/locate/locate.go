package locate

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"reportcheck/internal/amount"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

// anchor is a cell that names a table: its title or its form code.
type anchor struct {
	form     string // canonical form, from a title
	code     string // printed form code, from 公开NN表
	row, col int
	isCode   bool
	text     string
}

// maxScanCols bounds how far right a table is looked for; real tables are
// at most ~20 columns wide, so a stray cell at XFD does not cost a full scan.
const maxScanCols = 64

// clusterOf is a title and its form code standing within a few rows.
type clusterOf struct {
	sheet       *workbook.Sheet
	top         int
	title, code *anchor
	bottom      int
	numbered    bool // the sheet prints 行次 or 栏次
}

// Find recognises every public table in the book. The templates are tried
// in order of preference; the one the draft's titles and form codes agree
// with best is used (the first on a tie). Without templates the built-in
// ones are used.
func Find(book *workbook.Book, templates ...*template.Template) *Result {
	if len(templates) == 0 {
		templates = template.Builtin()
	}
	res := &Result{}
	titles := titleIndex(templates)
	var clusters []*clusterOf
	for _, sh := range book.Sheets {
		clusters = append(clusters, findAnchors(sh, titles)...)
	}
	res.Template = chooseTemplate(clusters, templates)
	if len(templates) > 1 && len(clusters) > 0 {
		res.Notes = append(res.Notes, Note{Kind: "template", Message: "按“" + res.Template.Name + "”模板识别各表"})
	}
	for _, cl := range clusters {
		form, code := "", ""
		if cl.code != nil {
			code = cl.code.code
		}
		switch {
		case cl.title != nil:
			form = cl.title.form
			if code != "" {
				if f := res.Template.FormByCode(code); f == nil || f.Key != form {
					res.Notes = append(res.Notes, Note{Kind: "code_title_mismatch", Form: form, Sheet: cl.sheet.Name,
						Cell: workbook.CellName(cl.code.row, cl.code.col),
						Message: fmt.Sprintf("表号“公开%s表”与表名“%s”在“%s”模板中不对应，按表名识别为%s", code,
							strings.TrimSpace(cl.title.text), res.Template.Name, template.StandardName(form))})
				}
			}
		case code != "":
			f := res.Template.FormByCode(code)
			if f == nil {
				res.Notes = append(res.Notes, Note{Kind: "unknown_code", Sheet: cl.sheet.Name, Cell: workbook.CellName(cl.code.row, cl.code.col),
					Message: fmt.Sprintf("表号“公开%s表”旁没有可识别的表名，且“%s”模板中没有此表号，未识别", code, res.Template.Name)})
				continue
			}
			form = f.Key
		}
		t := &Table{Form: form, Code: code, Sheet: cl.sheet.Name, Top: cl.top, Bottom: cl.bottom, Left: 1,
			Spec: res.Template.Form(form)}
		if cl.title != nil {
			t.Title = strings.TrimSpace(cl.title.text)
			if year, ok := yearIn(template.Squash(t.Title)); ok {
				t.Year = year
			}
		}
		if cl.code != nil {
			t.FormCell = workbook.CellName(cl.code.row, cl.code.col)
		} else if cl.title != nil {
			t.FormCell = workbook.CellName(cl.title.row, cl.title.col)
		}
		parseTable(cl.sheet, t, res)
		res.Tables = append(res.Tables, t)
	}
	res.Tables = dropDuplicates(res)
	resolveUnknownClasses(res)
	readDeptYear(book, res)
	return res
}

// titleVariant is one accepted title, squashed.
type titleVariant struct{ form, text string }

func titleIndex(templates []*template.Template) []titleVariant {
	seen := map[string]bool{}
	var out []titleVariant
	for _, tp := range templates {
		for _, f := range tp.Forms {
			for _, title := range f.Titles {
				s := template.Squash(title)
				if !seen[f.Key+s] {
					seen[f.Key+s] = true
					out = append(out, titleVariant{f.Key, s})
				}
			}
		}
	}
	// The longest title first: 财政拨款收入支出决算总表 before 收入支出决算总表.
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].text) > len(out[j].text) })
	return out
}

// tableWords end a prefix that is part of a table's name, not a department
// or a year: "一般公共预算财政拨款基本" + "支出决算表" is no 支出决算表.
var tableWords = []string{"基本", "项目", "明细", "财政拨款", "预算", "基金", "经营", "资本", "收入", "支出", "经费", "三公",
	"一般公共", "政府性", "国有", "和", "及", "与", "的", "总", "分", "类", "款", "功能", "经济", "部门", "单位"}

// matchTitle recognises a table title: the whole cell, once the department,
// the year, the ordinal and the form code are taken off, must be one of the
// titles. A sentence that mentions a table, or a title that merely ends
// like one, is not recognised.
func matchTitle(s string, titles []titleVariant) string {
	if utf8.RuneCountInString(s) > 60 || !strings.Contains(s, "决算") || strings.Contains(s, "自评") {
		return ""
	}
	s = stripFormCodes(s)
	s = strings.Trim(s, "()[]【】:")
	s = template.StripNumbering(s)
	for _, v := range titles {
		if !strings.HasSuffix(s, v.text) {
			continue
		}
		prefix := s[:len(s)-len(v.text)]
		if prefix == "" || strings.HasSuffix(prefix, "年度") || strings.HasSuffix(prefix, "年") {
			return v.form
		}
		bad := strings.ContainsAny(prefix, "，,。;；") || utf8.RuneCountInString(prefix) > 40
		for _, w := range tableWords {
			bad = bad || strings.HasSuffix(prefix, w)
		}
		if !bad {
			return v.form // a department's name without a year
		}
		return "" // a longer name that only ends like this title
	}
	return ""
}

// formCode reads a form code such as 公开01表.
func formCode(s string) string {
	if utf8.RuneCountInString(s) > 16 {
		return "" // a sentence that mentions 公开01表 is not the table's code cell
	}
	i, end := formCodeIndex(s)
	if i < 0 {
		return ""
	}
	return "0" + s[end-len("表")-1:end-len("表")]
}

// isKPITitle tells a 绩效自评表 title, which ends a stacked public table.
func isKPITitle(s string) bool {
	return utf8.RuneCountInString(s) <= 80 && strings.Contains(s, "自评表")
}

func findAnchors(sh *workbook.Sheet, titles []titleVariant) []*clusterOf {
	var anchors []anchor
	var stops []int // rows that end a table: KPI titles
	numbered := false
	for r, row := range sh.Rows {
		for c, v := range row {
			if c >= maxScanCols {
				break
			}
			if asciiOnly(v) {
				continue // amounts and codes: neither 次 nor 表
			}
			if !numbered && strings.Contains(v, "次") {
				if s := template.Squash(v); s == "行次" || s == "栏次" {
					numbered = true
				}
			}
			// Every title and form code contains 表; testing for it first keeps
			// a sheet of 200,000 numeric rows from being normalised cell by cell.
			if !strings.Contains(v, "表") {
				continue
			}
			s := template.Squash(v)
			if code := formCode(s); code != "" {
				anchors = append(anchors, anchor{code: code, row: r + 1, col: c + 1, isCode: true, text: v})
			}
			if f := matchTitle(s, titles); f != "" {
				anchors = append(anchors, anchor{form: f, row: r + 1, col: c + 1, text: v})
			} else if isKPITitle(s) {
				stops = append(stops, r+1)
			}
		}
	}
	if len(anchors) == 0 {
		return nil
	}
	sort.SliceStable(anchors, func(i, j int) bool { return anchors[i].row < anchors[j].row })
	var clusters []*clusterOf
	for i := range anchors {
		a := &anchors[i]
		var cur *clusterOf
		if n := len(clusters); n > 0 {
			last := clusters[n-1]
			if a.row-last.top <= 4 && ((a.isCode && last.code == nil) || (!a.isCode && last.title == nil)) {
				cur = last
			}
		}
		if cur == nil {
			cur = &clusterOf{sheet: sh, top: a.row, numbered: numbered}
			clusters = append(clusters, cur)
		}
		if a.isCode {
			cur.code = a
		} else {
			cur.title = a
		}
	}
	for i, cl := range clusters {
		cl.bottom = len(sh.Rows)
		if i+1 < len(clusters) {
			cl.bottom = clusters[i+1].top - 1
		}
		for _, s := range stops {
			if s > cl.top && s-1 < cl.bottom {
				cl.bottom = s - 1
			}
		}
	}
	return clusters
}

// chooseTemplate scores each template by how its form codes agree with the
// titles printed beside them, by the titles only it accepts, and by whether
// it prints 行次 and 栏次 as the draft does.
func chooseTemplate(clusters []*clusterOf, templates []*template.Template) *template.Template {
	best, bestScore := templates[0], -1<<31
	for _, tp := range templates {
		score := 0
		numbers := printsNumbers(tp)
		for _, cl := range clusters {
			if cl.numbered == numbers {
				score++
			}
			if cl.title != nil {
				if f := tp.Form(cl.title.form); f != nil {
					for _, title := range f.Titles {
						if strings.HasSuffix(template.Squash(cl.title.text), template.Squash(title)) {
							score++
							break
						}
					}
				}
			}
			if cl.code != nil && cl.title != nil {
				if f := tp.FormByCode(cl.code.code); f != nil && f.Key == cl.title.form {
					score += 3
				} else {
					score -= 3
				}
			}
		}
		if score > bestScore {
			best, bestScore = tp, score
		}
	}
	return best
}

func printsNumbers(tp *template.Template) bool {
	for _, f := range tp.Forms {
		for _, c := range f.Columns {
			if c.Number > 0 {
				return true
			}
		}
	}
	return false
}

// dropDuplicates keeps one table per form: the one with the most amounts (a
// table of contents that lists the titles is not the table).
func dropDuplicates(res *Result) []*Table {
	best := map[string]*Table{}
	weight := func(t *Table) int {
		n := 0
		for _, r := range t.Rows {
			for _, c := range r.Cells {
				if c.Value.Kind == amount.Number {
					n++
				}
			}
			n++
		}
		return n
	}
	for _, t := range res.Tables {
		if b, ok := best[t.Form]; !ok || weight(t) > weight(b) {
			best[t.Form] = t
		}
	}
	var out []*Table
	for _, t := range res.Tables {
		if best[t.Form] == t {
			out = append(out, t)
			continue
		}
		keep := best[t.Form]
		res.Notes = append(res.Notes, Note{Kind: "duplicate_table", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
			Message: fmt.Sprintf("%s 处又有一张%s，已按 %s!%s 处的表核对", t.Sheet+"!"+t.FormCell, template.StandardName(t.Form), keep.Sheet, keep.FormCell)})
	}
	// Problems of the dropped tables are not the draft's.
	kept := map[string]bool{}
	for _, t := range out {
		kept[t.Sheet+"/"+t.Form] = true
	}
	problems := res.Problems[:0]
	for _, p := range res.Problems {
		if p.Form == "" || kept[p.Sheet+"/"+p.Form] {
			problems = append(problems, p)
		}
	}
	res.Problems = problems
	return out
}

// resolveUnknownClasses names the 01/04 expense rows whose 类 the built-in
// list lacks (a new year's class) by the code the code tables give the same
// name, so cross-table rules still pair them; a row still unknown is kept,
// summed, and noted.
func resolveUnknownClasses(res *Result) {
	byName := map[string]string{}
	for _, form := range []string{"02", "03", "05", "07", "08"} {
		if t := res.Table(form); t != nil {
			for _, r := range t.Rows {
				if len(r.Code) == 3 && r.Name != "" {
					byName[template.Norm(r.Name)] = r.Code
				}
			}
		}
	}
	for _, t := range res.Tables {
		for _, r := range t.Rows {
			if !r.Class || r.Code != "" {
				continue
			}
			if code, ok := byName[template.Norm(r.Name)]; ok {
				r.Code = code
				res.Notes = append(res.Notes, Note{Kind: "unknown_class_row", Form: t.Form, Sheet: t.Sheet, Cell: r.NameCell,
					Message: fmt.Sprintf("%s的“%s”不在模板的功能分类类级科目中，已按其他表中同名科目识别为 %s 并参与合计", t.Label(), r.Name, code)})
				continue
			}
			res.Notes = append(res.Notes, Note{Kind: "unknown_class_row", Form: t.Form, Sheet: t.Sheet, Cell: r.NameCell,
				Message: fmt.Sprintf("%s的“%s”不在模板的功能分类类级科目中，已读入并计入本年支出合计，但无法与其他表按科目核对", t.Label(), r.Name)})
		}
	}
}

// readDeptYear fills the department and year from the tables, a cover
// title (上海市普陀区财政局2024年度部门决算) or a unit line.
func readDeptYear(book *workbook.Book, res *Result) {
	for _, t := range res.Tables {
		if res.Dept == "" && t.Dept != "" {
			res.Dept = t.Dept
		}
		if res.Year == "" && t.Year != "" {
			res.Year = t.Year
		}
	}
	if res.Dept != "" && res.Year != "" {
		return
	}
	for _, sh := range book.Sheets {
		for r := 0; r < len(sh.Rows) && r < 12; r++ {
			for c, v := range sh.Rows[r] {
				if c >= 8 || v == "" {
					continue
				}
				s := template.Squash(v)
				if utf8.RuneCountInString(s) > 60 {
					continue
				}
				if head, year, ok := coverParts(s); ok {
					dept := strings.TrimSpace(head)
					if i := strings.Index(dept, "部分"); i >= 0 && strings.HasPrefix(dept, "第") {
						dept = dept[i+len("部分"):]
					}
					if res.Dept == "" && dept != "" {
						res.Dept = dept
					}
					if res.Year == "" {
						res.Year = year
					}
				}
			}
		}
	}
}

// asciiOnly reports whether s holds no byte beyond ASCII: no Chinese word
// can be in it. Most cells of a table are amounts, and this loop is
// cheaper than one search for a word.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
