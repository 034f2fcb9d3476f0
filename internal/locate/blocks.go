package locate

import (
	"fmt"
	"strings"

	"reportcheck/internal/amount"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

// block is one 经济分类 column group of 06: code (or 类 and 款), name, amount.
type block struct {
	code, kuan, amt int
}

// parseBlocks reads 06: its 经济分类 blocks stand side by side (three in 湖北,
// two pairs in the ministry style, or one); each 科目编码 column starts a block
// whose amount is the next 决算数 column to its right. 人员经费合计 and
// 公用经费合计 may stand anywhere below.
func parseBlocks(g *grid, t *Table, width, dataBottom int, res *Result) {
	var codeCols, amtCols []int
	kuanOf := map[int]int{}
	headerBottom := 0
	isCode := func(r, c int) bool {
		s := g.own(r, c)
		code, _, lead := splitLeadCode(s)
		return isClassCode(s) && len(s) <= 5 || lead && len(code) <= 5
	}
scan:
	for r := t.Top + 1; r <= dataBottom; r++ {
		if headerBottom > 0 {
			for _, c := range codeCols {
				if isCode(r, c) {
					break scan
				}
			}
		}
		for c := 1; c <= width; c++ {
			s := template.StripNumbering(g.own(r, c))
			switch {
			case s == "":
			case strings.Contains(s, "编码") && !containsInt(codeCols, c):
				codeCols = append(codeCols, c)
				headerBottom = r
			case s == "类" && template.StripNumbering(g.own(r, c+1)) == "款":
				if !containsInt(codeCols, c) {
					codeCols = append(codeCols, c)
				}
				kuanOf[c] = c + 1
				headerBottom = r
			default:
				if _, ok := matchColumn([]string{s}, t.Spec.Columns, -1); ok && !containsInt(amtCols, c) {
					amtCols = append(amtCols, c)
					headerBottom = r
				}
			}
		}
	}
	sortInts(codeCols)
	sortInts(amtCols)
	var blocks []block
	for i, cc := range codeCols {
		next := width + 1
		if i+1 < len(codeCols) {
			next = codeCols[i+1]
		}
		for _, ac := range amtCols {
			if ac > cc && ac < next {
				blocks = append(blocks, block{code: cc, kuan: kuanOf[cc], amt: ac})
				break
			}
		}
	}
	if len(blocks) == 0 {
		res.Notes = append(res.Notes, Note{Kind: "no_columns", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
			Message: fmt.Sprintf("%s未找到“科目编码”“决算数”表头，无法核对", t.Label())})
		return
	}
	t.Columns = []Column{{Key: "决算数", Col: blocks[0].amt, Header: "决算数"}}
	curLei := map[int]string{}
	for r := headerBottom + 1; r <= dataBottom; r++ {
		for _, b := range blocks {
			code, codeCell, name, nameCell := "", "", "", ""
			s := g.own(r, b.code)
			switch {
			case b.kuan > 0:
				lei, kuan := s, g.own(r, b.kuan)
				if allDigits(kuan) && len(kuan) == 1 {
					kuan = "0" + kuan
				}
				switch {
				case len(lei) == 3 && allDigits(lei) && kuan == "":
					curLei[b.code], code, codeCell = lei, lei, workbook.CellName(r, b.code)
				case allDigits(kuan) && len(kuan) == 2 && (len(lei) == 3 || curLei[b.code] != ""):
					if len(lei) == 3 {
						curLei[b.code] = lei
					}
					code, codeCell = curLei[b.code]+kuan, workbook.CellName(r, b.kuan)
				case allDigits(kuan) && len(kuan) == 5:
					code, codeCell = kuan, workbook.CellName(r, b.kuan)
				}
			case isClassCode(s) && len(s) <= 5:
				code, codeCell = s, workbook.CellName(r, b.code)
			case hasLeadCode(s):
				if lead, rest, ok := splitLeadCode(strings.TrimSpace(g.raw(r, b.code))); ok && len(lead) <= 5 {
					code, codeCell = lead, workbook.CellName(r, b.code)
					name, nameCell = template.Unwrap(rest), codeCell
				}
			}
			if code == "" {
				continue
			}
			from := b.code + 1
			if b.kuan > 0 {
				from = b.kuan + 1
			}
			for c := from; c < b.amt && name == ""; c++ {
				if raw := g.raw(r, c); raw != "" {
					name, nameCell = template.Unwrap(raw), workbook.CellName(r, c)
				}
			}
			row := &Row{Code: code, CodeCell: codeCell, Name: name, NameCell: nameCell, SheetRow: r, Cells: map[string]*Cell{}}
			row.Cells["决算数"] = newCell(g, t, r, b.amt, res)
			t.Rows = append(t.Rows, row)
		}
		// 人员经费合计 / 公用经费合计: the amount is the block's amount column,
		// or the next filled cell on the right.
		for c := 1; c <= width; c++ {
			s := template.Norm(g.own(r, c))
			key := ""
			switch {
			case strings.HasPrefix(s, template.RowPersonnel) || s == "人员经费":
				key = template.RowPersonnel
			case strings.HasPrefix(s, template.RowPublic) || s == "公用经费":
				key = template.RowPublic
			default:
				continue
			}
			if t.RowByKey(key) != nil {
				continue
			}
			row := &Row{Key: key, Name: key, SheetRow: r, NameCell: workbook.CellName(r, c), Cells: map[string]*Cell{}}
			at := 0
			for _, b := range blocks {
				if c >= b.code && c < b.amt {
					at = b.amt
				}
			}
			if at == 0 || g.raw(r, at) == "" {
				for c2 := c + 1; c2 <= width; c2++ {
					if g.covered(r, c2) || g.raw(r, c2) == "" {
						continue
					}
					if k := amount.Parse(g.raw(r, c2)).Kind; k == amount.Number || k == amount.Dash {
						at = c2
					}
					break
				}
			}
			if at == 0 {
				at = c + 1
			}
			row.Cells["决算数"] = newCell(g, t, r, at, res)
			t.Rows = append(t.Rows, row)
		}
	}
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
