package locate

import (
	"regexp"
	"strings"

	"reportcheck/internal/amount"
)

// formTitles maps the distinctive part of each table's title to its form
// code. Order matters: the more specific titles come first, since 收入支出决算总表
// is also the tail of 财政拨款收入支出决算总表.
var formTitles = []struct {
	form, title string
}{
	{"06", "基本支出决算明细表"},
	{"09", "三公经费支出决算表"},
	{"07", "政府性基金预算财政拨款收入支出决算表"},
	{"08", "国有资本经营预算财政拨款支出决算表"},
	{"05", "一般公共预算财政拨款支出决算表"},
	{"04", "财政拨款收入支出决算总表"},
	{"01", "收入支出决算总表"},
	{"02", "收入决算表"},
	{"03", "支出决算表"},
}

// FormTitle is the standard title of a form, for messages.
func FormTitle(form string) string {
	switch form {
	case "01":
		return "收入支出决算总表"
	case "02":
		return "收入决算表"
	case "03":
		return "支出决算表"
	case "04":
		return "财政拨款收入支出决算总表"
	case "05":
		return "一般公共预算财政拨款支出决算表"
	case "06":
		return "一般公共预算财政拨款基本支出决算明细表"
	case "07":
		return "政府性基金预算财政拨款收入支出决算表"
	case "08":
		return "国有资本经营预算财政拨款支出决算表"
	case "09":
		return "财政拨款“三公”经费支出决算表"
	}
	return ""
}

// Forms lists the nine public forms in order.
var Forms = []string{"01", "02", "03", "04", "05", "06", "07", "08", "09"}

var (
	formCodeRe = regexp.MustCompile(`公开0?([1-9])表`)
	yearRe     = regexp.MustCompile(`((?:19|20)\d\d)年`)
	codeRe     = regexp.MustCompile(`^\d{3}(?:\d{2}){0,2}$`)
	leadCodeRe = regexp.MustCompile(`^(\d{3}(?:\d{2}){0,2})\s*(\D.*)$`)
	intRe      = regexp.MustCompile(`^\d{1,3}$`)
)

// squash removes every kind of space and folds full-width digits and
// brackets, so that "公开 01 表", "行\n次" and "合 计" compare as written.
func squash(s string) string {
	unchanged := true
	for _, r := range s {
		if amount.FoldWidth(r) != r || amount.IsSpace(r) || r == '“' || r == '”' || r == '"' || r == '「' || r == '」' {
			unchanged = false
			break
		}
	}
	if unchanged {
		return s // most labels: no allocation
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = amount.FoldWidth(r)
		switch {
		case amount.IsSpace(r):
		case r == '“' || r == '”' || r == '"' || r == '「' || r == '」':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// formFromTitle recognises a table title; it ignores long narrative text
// that merely mentions a table.
func formFromTitle(s string) string {
	if len([]rune(s)) > 60 || !strings.Contains(s, "决算") || strings.Contains(s, "自评") {
		return ""
	}
	for _, ft := range formTitles {
		i := strings.LastIndex(s, ft.title)
		if i < 0 {
			continue
		}
		// A title ends its cell, but for an optional form code: text after it
		// means a sentence that mentions the table, not the table itself.
		rest := strings.Trim(formCodeRe.ReplaceAllString(s[i+len(ft.title):], ""), "()[]【】")
		if rest == "" {
			return ft.form
		}
	}
	return ""
}

// formFromCode recognises a form code such as 公开01表.
func formFromCode(s string) string {
	if len([]rune(s)) > 16 {
		return "" // a sentence that mentions 公开01表 is not the table's code cell
	}
	m := formCodeRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return "0" + m[1]
}

// isKPITitle tells a 绩效自评表 title, which ends a stacked public table.
func isKPITitle(s string) bool {
	return len([]rune(s)) <= 80 && strings.Contains(s, "自评表")
}

// ClassCodes are the 功能分类 类 codes in the order of the expense rows of
// 01 (行31–56) and 04 (行33–58), with their names.
var ClassCodes = []struct{ Code, Name string }{
	{"201", "一般公共服务支出"}, {"202", "外交支出"}, {"203", "国防支出"}, {"204", "公共安全支出"},
	{"205", "教育支出"}, {"206", "科学技术支出"}, {"207", "文化旅游体育与传媒支出"}, {"208", "社会保障和就业支出"},
	{"210", "卫生健康支出"}, {"211", "节能环保支出"}, {"212", "城乡社区支出"}, {"213", "农林水支出"},
	{"214", "交通运输支出"}, {"215", "资源勘探工业信息等支出"}, {"216", "商业服务业等支出"}, {"217", "金融支出"},
	{"219", "援助其他地区支出"}, {"220", "自然资源海洋气象等支出"}, {"221", "住房保障支出"}, {"222", "粮油物资储备支出"},
	{"223", "国有资本经营预算支出"}, {"224", "灾害防治及应急管理支出"}, {"229", "其他支出"}, {"231", "债务还本支出"},
	{"232", "债务付息支出"}, {"234", "抗疫特别国债安排的支出"},
}

// classFirstLine is the 行次 of the first expense class row.
var classFirstLine = map[string]int{"01": 31, "04": 33}

// classForLine maps an expense 行次 of 01/04 to its 类 code.
func classForLine(form string, line int) string {
	first, ok := classFirstLine[form]
	if !ok {
		return ""
	}
	i := line - first
	if i < 0 || i >= len(ClassCodes) {
		return ""
	}
	return ClassCodes[i].Code
}

// classForName finds the 类 code whose name the label carries ("六、科学技术支出").
func classForName(label string) string {
	s := squash(label)
	best, bestLen := "", 0
	for _, c := range ClassCodes {
		if strings.HasSuffix(s, c.Name) && len(c.Name) > bestLen {
			best, bestLen = c.Code, len(c.Name)
		}
	}
	return best
}
