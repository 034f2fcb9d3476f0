package rules

import (
	"strings"
	"testing"
)

// TestNotationIsCheckedAgainstTheSchema: a rule naming a table, row, column,
// group, code list, 行次 or 栏次 that does not exist fails when it is loaded.
func TestNotationIsCheckedAgainstTheSchema(t *testing.T) {
	for _, bad := range []string{
		"99表 [合计] = [合计]",
		"01表 999行 = 1行",
		"02表 9栏各行 = 1栏各行",
		"06表 [人员经费合计] = {人员}",
		"01表 [本年收入] = Σ[收入各项]",
		"02表 <本年收入合计>各行 = Σ<来源>各行",
		"02表 <本年收入>各行 = <财政拨款收入>各行",
		"06表 [3021] ≤ 09表 <决算因公出国>",
		"[合计] = [合计]",
		"01表 [本年收入合计] = = [收入总计]",
		"01表 [本年收入合计]",
	} {
		if _, err := parseExpr(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
	for _, good := range []string{
		"01表 27行 = (1+2+3+4+5+6+7+8)行",
		"04表 59行各栏 = (33+34+…+58)行各栏",
		"09表 1栏 = (2+3+6)栏",
	} {
		if _, err := parseExpr(good); err != nil {
			t.Errorf("%q: %v", good, err)
		}
	}
}

// TestEveryRuleIsDocumented: each rule has a Chinese title and explanation,
// and every identity reads back its canonical keys.
func TestEveryRuleIsDocumented(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Catalogue {
		if seen[r.ID] {
			t.Errorf("duplicate %s", r.ID)
		}
		seen[r.ID] = true
		if r.Title == "" || r.Doc == "" {
			t.Errorf("%s lacks a title or doc", r.ID)
		}
		if r.kind == kindIdentity && (r.parsed == nil || !strings.Contains(r.Expr, "表")) {
			t.Errorf("%s: identity not parsed", r.ID)
		}
	}
}
