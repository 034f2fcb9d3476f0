package rules

import (
	"fmt"
	"strings"

	"reportcheck/internal/locate"
)

// Messages name rows and columns the way the clerk's draft prints them: by
// name, with the 行次/栏次 in brackets where the draft prints them.

// operandText describes one operand: its table (when not the rule's own),
// its row and its column.
func operandText(o operand, home *locate.Table, showRow bool) string {
	var parts []string
	if o.table != home {
		parts = append(parts, o.table.Label())
	}
	if showRow && o.row != nil {
		parts = append(parts, rowText(o.row))
	}
	if o.col != nil && len(o.table.Columns) > 1 && (o.row == nil || len(o.row.Cells) > 1) {
		parts = append(parts, colText(o.col))
	}
	return strings.Join(parts, " ")
}

func rowText(r *locate.Row) string {
	name := r.Key
	switch {
	case r.Code != "":
		name = strings.TrimSpace(r.Code + " " + r.Name)
	case name == "":
		name = r.Name
	}
	if r.Line > 0 {
		return fmt.Sprintf("%s（%d行）", name, r.Line)
	}
	return name
}

func colText(c *locate.Column) string {
	if c.Number > 0 {
		return fmt.Sprintf("%s（%d栏）", c.Key, c.Number)
	}
	return c.Key
}

// sideText writes one side of an identity: its operands joined by + and −.
// Rows bound by a quantifier are named in the message's place already.
func sideText(ops []operand, home *locate.Table, bound bool) string {
	var b strings.Builder
	n := 0
	for i, o := range ops {
		if o.row == nil && o.byKey {
			continue // a row the draft does not print reads as zero
		}
		s := operandText(o, home, !bound)
		if o.group != "" {
			if i > 0 && ops[i-1].group == o.group {
				continue
			}
			s = groupText(ops[i:], home)
		}
		if s == "" {
			continue
		}
		switch {
		case n == 0 && o.sign < 0:
			b.WriteString("−")
		case n > 0 && o.sign < 0:
			b.WriteString(" − ")
		case n > 0:
			b.WriteString(" + ")
		}
		b.WriteString(s)
		n++
		if n == 8 && len(ops) > 9 {
			fmt.Fprintf(&b, " 等 %d 项", len(ops))
			break
		}
	}
	return b.String()
}

// groupText names a Σ group by its name, with the 行次/栏次 of its members
// where the draft prints them: 收入来源（2–7栏）.
func groupText(ops []operand, home *locate.Table) string {
	name := ops[0].group
	var nums []int
	unit := "栏"
	for _, o := range ops {
		if o.group != name {
			break
		}
		switch {
		case o.row != nil && o.row.Line > 0 && o.col == nil:
			nums, unit = append(nums, o.row.Line), "行"
		case o.col != nil && o.col.Number > 0 && name != "各类支出" && !strings.HasSuffix(name, "各项"):
			nums = append(nums, o.col.Number)
		case o.row != nil && o.row.Line > 0:
			nums, unit = append(nums, o.row.Line), "行"
		default:
			nums = nil
		}
		if nums == nil {
			break
		}
	}
	prefix := ""
	if ops[0].table != home {
		prefix = ops[0].table.Label() + " "
	}
	if len(nums) == 0 {
		return prefix + name
	}
	contiguous := true
	for i := 1; i < len(nums); i++ {
		contiguous = contiguous && nums[i] == nums[i-1]+1
	}
	if contiguous && len(nums) > 2 {
		return fmt.Sprintf("%s%s（%d–%d%s）", prefix, name, nums[0], nums[len(nums)-1], unit)
	}
	parts := make([]string, len(nums))
	for i, n := range nums {
		parts[i] = fmt.Sprint(n)
	}
	return fmt.Sprintf("%s%s（%s%s）", prefix, name, strings.Join(parts, "+"), unit)
}

// hierarchyTexts writes 上级 = Σ下级 for one column.
func hierarchyTexts(lhs, rhs []operand, b binding) (string, string) {
	p := lhs[0]
	col := ""
	if p.col != nil && len(p.table.Columns) > 1 {
		col = colText(p.col)
	} else if p.col != nil {
		col = p.col.Key
	}
	level := "下级科目"
	switch {
	case p.row.Key == "合计":
		level = "各类"
	case len(p.row.Code) == 3:
		level = "其下各款"
	case len(p.row.Code) == 5:
		level = "其下各项"
	}
	var kids []string
	for _, o := range rhs {
		kids = append(kids, o.row.Code)
	}
	return col, level + "（" + clipList(kids, 6) + "）"
}

func clipList(items []string, n int) string {
	if len(items) > n {
		return strings.Join(items[:n], "、") + fmt.Sprintf(" 等 %d 项", len(items))
	}
	return strings.Join(items, "、")
}
