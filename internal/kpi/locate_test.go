package kpi

import (
	"strings"
	"testing"

	"reportcheck/internal/locate"
	"reportcheck/internal/profile"
	"reportcheck/internal/testkit/gridbook"
)

// sheet05 is a 公开05表 that agrees with the seed's 绩效自评表.
const sheet05 = `== 05
2023年度一般公共预算财政拨款支出决算表
				公开05表
部门：江岸区科经局				金额单位：万元
科目编码	科目名称	小计	基本支出	项目支出
栏次		1	2	3
合计		6050.66	1190.74	4859.92
206	科学技术支出	6050.66	1190.74	4859.92
注：1栏各行=（2+3）栏各行。
`

// TestWithLocate: the cross checks work on tables found by package locate,
// in the same workbook as the 绩效自评表, and the 05表 is not taken for one.
func TestWithLocate(t *testing.T) {
	seed, err := readFile("testdata/seed.kpi")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		text string
		want []want
	}{
		{"agrees", seed, nil},
		{"project amount breaks the link", mut(seed, "B 2|2|100%|20", "B 2|2.5|125%|20"), []want{{"K0020", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kpiBook := render(parseFixture(t, tc.text), layouts[0])
			book := gridbook.Parse(sheet05)
			book.Sheets = append(book.Sheets, kpiBook.Sheets...)
			found := locate.Find(book)
			if found.Table("05") == nil {
				t.Fatalf("locate found no 05: %+v", found.Problems)
			}
			fs, _, rec := Check(book, found, profile.Hubei())
			if len(rec) != 12 {
				t.Errorf("recognised %d 绩效自评表, want 12", len(rec))
			}
			var cross = fs[:0:0]
			for _, f := range fs {
				if f.Rule >= RuleProjects05 && f.Rule <= RuleProjectsDept {
					cross = append(cross, f)
				}
			}
			checkWant(t, tc.name, book, cross, tc.want)
			for _, f := range cross {
				if !strings.Contains(f.Message, "公开05表") {
					t.Errorf("message does not name the table: %s", f.Message)
				}
			}
		})
	}
}
