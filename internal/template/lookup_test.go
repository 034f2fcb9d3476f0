package template

import (
	"slices"
	"testing"
)

func TestByID(t *testing.T) {
	for _, id := range []string{"hubei-2023", "ministry-2024"} {
		if tp := ByID(id); tp == nil || tp.ID != id {
			t.Errorf("ByID(%q) = %v", id, tp)
		}
	}
	for _, id := range []string{"", "hubei", "HUBEI-2023"} {
		if tp := ByID(id); tp != nil {
			t.Errorf("ByID(%q) = %s, want nil", id, tp.ID)
		}
	}
}

// TestFormByCode: 公开07表 is 政府性基金 in 湖北 but 三公 in the ministry
// style; a table without a printed code is never found by the empty code.
func TestFormByCode(t *testing.T) {
	for _, c := range []struct {
		name, template, code, want string
	}{
		{"湖北 公开07表 is 政府性基金", "hubei-2023", "07", "07"},
		{"湖北 公开09表 is 三公", "hubei-2023", "09", "09"},
		{"ministry 07 is 三公", "ministry-2024", "07", "09"},
		{"ministry 08 is 政府性基金", "ministry-2024", "08", "07"},
		{"ministry 09 is 国有资本经营", "ministry-2024", "09", "08"},
		{"no table has code 10", "hubei-2023", "10", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := ByID(c.template).FormByCode(c.code)
			if got := ""; f != nil {
				got = f.Key
				if got != c.want {
					t.Errorf("FormByCode(%q).Key = %q, want %q", c.code, got, c.want)
				}
			} else if c.want != "" {
				t.Errorf("FormByCode(%q) = nil, want %q", c.code, c.want)
			}
		})
	}
	noCodes := minimal()
	if f := noCodes.FormByCode(""); f != nil {
		t.Errorf("empty code found table %s", f.Key)
	}
}

func TestFormAndColumnLookup(t *testing.T) {
	tp := Hubei2023()
	f := tp.Form("03")
	if f == nil || f.Key != "03" {
		t.Fatalf("Form(03) = %v", f)
	}
	if tp.Form("10") != nil || tp.Form("") != nil {
		t.Error("Form found a table outside 01–09")
	}
	c := f.Column("基本支出")
	if c == nil || !slices.Contains(c.ColumnNames(), "基本支出小计") {
		t.Fatalf("Column(基本支出) = %+v", c)
	}
	if f.Column("收入决算数") != nil {
		t.Error("03 has no 收入决算数 column")
	}
	// A column or row without printed names is named by its key.
	if got := (Column{Key: "上缴上级支出"}).ColumnNames(); !slices.Equal(got, []string{"上缴上级支出"}) {
		t.Errorf("ColumnNames of a bare column = %v", got)
	}
	if got := (Row{Key: "事业收入"}).RowNames(); !slices.Equal(got, []string{"事业收入"}) {
		t.Errorf("RowNames of a bare row = %v", got)
	}
	if got := (Row{Key: "收入总计", Names: []string{"总计", "收入总计"}}).RowNames(); !slices.Equal(got, []string{"总计", "收入总计"}) {
		t.Errorf("RowNames = %v", got)
	}
}

func TestSchema(t *testing.T) {
	for _, c := range []struct {
		key   string
		name  string
		shape Shape
	}{
		{"01", "收入支出决算总表", ShapeSides},
		{"03", "支出决算表", ShapeCodes},
		{"04", "财政拨款收入支出决算总表", ShapeSides},
		{"06", "一般公共预算财政拨款基本支出决算表", ShapeBlocks},
		{"09", "财政拨款“三公”经费支出决算表", ShapeSingle},
	} {
		s := Schema(c.key)
		if s == nil || s.Name != c.name || s.Shape != c.shape {
			t.Errorf("Schema(%s) = %+v, want %s shape %d", c.key, s, c.name, c.shape)
		}
		if got := StandardName(c.key); got != c.name {
			t.Errorf("StandardName(%s) = %q, want %q", c.key, got, c.name)
		}
	}
	if Schema("10") != nil || StandardName("10") != "" || StandardName("") != "" {
		t.Error("a table outside 01–09 has a schema")
	}
	if s := Schema("06"); !s.HasRow(RowPersonnel) || !s.HasRow(RowPublic) || s.HasRow(RowTotal) || !s.HasColumn("决算数") {
		t.Errorf("06 rows %v columns %v", s.Rows, s.Columns)
	}
	// Every named group a rule sums over is made of keys the table has.
	for _, k := range FormKeys {
		s := Schema(k)
		for g, keys := range s.RowGroups {
			for _, r := range keys {
				if !s.HasRow(r) {
					t.Errorf("%s row group %s: %s is not a row", k, g, r)
				}
			}
		}
		for g, keys := range s.ColumnGroups {
			for _, c := range keys {
				if !s.HasColumn(c) {
					t.Errorf("%s column group %s: %s is not a column", k, g, c)
				}
			}
		}
	}
}

// TestBuiltinColumnNumbers: 湖北 prints 栏次 1, 2, … on its column tables; the
// ministry style prints none.
func TestBuiltinColumnNumbers(t *testing.T) {
	numbers := func(f *Form) []int {
		var ns []int
		for _, c := range f.Columns {
			ns = append(ns, c.Number)
		}
		return ns
	}
	for _, k := range []string{"02", "03", "05", "07", "08"} {
		h := numbers(Hubei2023().Form(k))
		for i, n := range h {
			if n != i+1 {
				t.Errorf("hubei-2023 %s 栏次 %v, want 1…%d", k, h, len(h))
				break
			}
		}
		for _, n := range numbers(Ministry2024().Form(k)) {
			if n != 0 {
				t.Errorf("ministry-2024 %s prints 栏次 %v", k, numbers(Ministry2024().Form(k)))
				break
			}
		}
	}
}

// TestBuiltinTemplatesIndependent: building one template must not change
// another. Builtin() builds 湖北 then the ministry style; the 湖北 template it
// returns (and ByID, and every profile's template list) must keep its 栏次.
func TestBuiltinTemplatesIndependent(t *testing.T) {
	h := ByID("hubei-2023")
	for _, k := range []string{"03", "05", "07"} {
		for i, c := range h.Form(k).Columns {
			if c.Number != i+1 {
				t.Errorf("ByID(hubei-2023) %s column %s 栏次 %d, want %d", k, c.Key, c.Number, i+1)
			}
		}
	}
	m := Ministry2024()
	Hubei2023()
	for _, c := range m.Form("03").Columns {
		if c.Number != 0 {
			t.Errorf("building 湖北 gave the ministry template's 03 column %s 栏次 %d", c.Key, c.Number)
		}
	}
}
