package profile

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"reportcheck/internal/template"
)

// ownTemplate is a district template that passes template validation.
func ownTemplate(id string) *template.Template {
	t := &template.Template{ID: id, Name: "普陀区 2025"}
	for _, k := range template.FormKeys {
		s := template.Schema(k)
		t.Forms = append(t.Forms, template.Form{Key: k, Titles: []string{s.Name}, Columns: []template.Column{{Key: s.Columns[0]}}})
	}
	return t
}

func TestBuiltinProfilesAreValid(t *testing.T) {
	for _, p := range Builtin() {
		if err := p.Validate(); err != nil {
			t.Errorf("%s: %v", p.ID, err)
		}
	}
	if d := Default(); d.ID != "hubei" || d.Template != "hubei-2023" {
		t.Errorf("Default() = %s (%s), want hubei with hubei-2023", d.ID, d.Template)
	}
	if Builtin()[0].ID != Default().ID {
		t.Error("the first built-in profile is not the default")
	}
}

// TestProfileValidateMessages: each mistake in an imported profile is
// refused with a Chinese message naming the field at fault.
func TestProfileValidateMessages(t *testing.T) {
	for _, c := range []struct {
		name    string
		mistake func(p *Profile)
		want    string
	}{
		{"id with capitals", func(p *Profile) { p.ID = "Putuo" }, "编号（id）只能由小写字母、数字、-、_ 组成，长度 1–40"},
		{"id with Chinese", func(p *Profile) { p.ID = "普陀" }, "编号（id）"},
		{"id starting with a dash", func(p *Profile) { p.ID = "-putuo" }, "编号（id）"},
		{"blank name", func(p *Profile) { p.Name = " \t" }, "名称（name）不能为空"},
		{"no personnel codes", func(p *Profile) { p.PersonnelCodes = nil }, "人员经费、公用经费的经济分类科目（personnel_codes / public_codes）不能为空"},
		{"no public codes", func(p *Profile) { p.PublicCodes = []string{} }, "（personnel_codes / public_codes）不能为空"},
		{"款 code instead of 类", func(p *Profile) { p.PersonnelCodes = []string{"301", "30101"} }, `经济分类类级科目编码 "30101" 应为 3 位数字`},
		{"full-width code", func(p *Profile) { p.PublicCodes = []string{"３０２"} }, `"３０２" 应为 3 位数字`},
		{"unknown severity", func(p *Profile) { p.Severity = map[string]string{"T0301": "fatal"} },
			`规则 T0301 的级别 "fatal" 无效（应为 error / warning / info）`},
		{"Chinese severity", func(p *Profile) { p.Severity = map[string]string{"R0001": "提示"} }, `规则 R0001 的级别 "提示" 无效`},
		{"nil template", func(p *Profile) { p.OwnTemplates = []*template.Template{nil} }, "模板（templates）中有空项"},
		{"own template shadows a built-in one", func(p *Profile) { p.OwnTemplates = []*template.Template{ownTemplate("hubei-2023")} },
			`模板编号 "hubei-2023" 与已有模板重复`},
		{"two own templates with one id", func(p *Profile) {
			p.OwnTemplates = []*template.Template{ownTemplate("putuo-2025"), ownTemplate("putuo-2025")}
		}, `模板编号 "putuo-2025" 与已有模板重复`},
		{"own template invalid", func(p *Profile) {
			tp := ownTemplate("putuo-2025")
			tp.Forms = tp.Forms[:8]
			p.OwnTemplates = []*template.Template{tp}
		}, "模板“普陀区 2025”有误：缺少 09"},
		{"preferred template unknown", func(p *Profile) { p.Template = "putuo-2025" },
			`首选模板 "putuo-2025" 不存在（可用：内置 hubei-2023、ministry-2024，或本配置 templates 中的模板）`},
		{"KPI weights", func(p *Profile) { p.KPI.IndicatorPoints = decimal.NewFromInt(70) }, "预算执行分值与指标分值之和应为 100"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := Hubei()
			p.ID, p.Name = "putuo", "普陀区"
			c.mistake(p)
			err := p.Validate()
			if err == nil {
				t.Fatal("accepted")
			}
			if !strings.HasPrefix(err.Error(), "规则配置有误：") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q, want 规则配置有误：…%s…", err, c.want)
			}
		})
	}
}

// TestProfileValidateAcceptsOwnTemplate: a district's own template, chosen
// as preferred, and severities in the three allowed words pass.
func TestProfileValidateAcceptsOwnTemplate(t *testing.T) {
	p := Central()
	p.ID, p.Name = "putuo", "普陀区"
	p.OwnTemplates = []*template.Template{ownTemplate("putuo-2025")}
	p.Template = "putuo-2025"
	p.Severity = map[string]string{"R0001": "info", "S0014": "error", "T0301": "warning"}
	p.Disabled = []string{"S0010"}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestProfileValidateListsEveryMistake: the user gets all mistakes at once.
func TestProfileValidateListsEveryMistake(t *testing.T) {
	p := &Profile{ID: "X", PersonnelCodes: []string{"301"}, PublicCodes: []string{"3020"}, KPI: Hubei().KPI}
	err := p.Validate()
	if err == nil {
		t.Fatal("accepted")
	}
	for _, want := range []string{"编号（id）", "名称（name）", `"3020"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if n := strings.Count(err.Error(), "；") + 1; n != 3 {
		t.Errorf("%d mistakes reported, want 3: %v", n, err)
	}
}

func TestParse(t *testing.T) {
	good, err := json.Marshal(Hubei())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data string
		want string // "" for accepted
	}{
		{"a built-in profile exported", string(good), ""},
		{"not JSON", "id=hubei", "配置文件不是有效的规则配置（JSON 格式错误）"},
		{"empty file", "", "配置文件不是有效的规则配置（JSON 格式错误）"},
		{"a field this version does not know", strings.Replace(string(good), `"id":`, `"colour":"red","id":`, 1),
			"配置文件不是有效的规则配置（JSON 格式错误）"},
		{"amount as a JSON number", strings.Replace(string(good), `"execution_weight":"20"`, `"execution_weight":20`, 1), ""},
		{"valid JSON, invalid profile", strings.Replace(string(good), `"name":"湖北/武汉"`, `"name":""`, 1), "名称（name）不能为空"},
		{"larger than 256 KB", `{"id":"big","name":"` + strings.Repeat("大", 90000) + `"}`, "配置文件过大（超过 256 KB），不是有效的规则配置。"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Parse([]byte(c.data))
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case c.want == "" && (p == nil || p.ID != "hubei"):
				t.Fatalf("read %+v", p)
			case c.want != "" && err == nil:
				t.Fatalf("accepted: %+v", p)
			case c.want != "" && !strings.Contains(err.Error(), c.want):
				t.Fatalf("error %q lacks %q", err, c.want)
			case c.want != "" && p != nil:
				t.Fatalf("refused profile returned %+v", p)
			}
		})
	}
}

// TestParseReadmeExample: the district profile of the README, with its own
// template preferred, imports; its own template is tried first and the
// built-in ones after it.
func TestParseReadmeExample(t *testing.T) {
	var forms []string
	for _, k := range template.FormKeys {
		s := template.Schema(k)
		forms = append(forms, `{"key":"`+k+`","titles":["`+s.Name+`"],"columns":[{"key":"`+s.Columns[0]+`"}]}`)
	}
	src := `{"id": "putuo", "name": "普陀区", "personnel_codes": ["301","303"], "public_codes": ["302","307","310","399"],
	  "kpi": {"execution_weight":"20","indicator_points":"80","execution_cap":"1","reverse":"ratio",
	          "bands":{"achieved":"0.8","partial":"0.6"},"score_places":2,"rate_places":2},
	  "disabled_rules": ["S0010"], "severity": {"R0001": "info"},
	  "template": "putuo-2025",
	  "templates": [{"id": "putuo-2025", "name": "普陀区 2025", "classes": [{"code": "235", "name": "新设类支出"}],
	    "forms": [` + strings.Join(forms, ",") + `]}]}`
	p, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, tp := range p.Templates() {
		ids = append(ids, tp.ID)
	}
	if strings.Join(ids, " ") != "putuo-2025 hubei-2023 ministry-2024" {
		t.Errorf("templates tried in order %v", ids)
	}
	if p.Enabled("S0010") || !p.Enabled("T0301") || p.Severity["R0001"] != "info" {
		t.Errorf("disabled %v severity %v", p.Disabled, p.Severity)
	}
}

// TestTemplatesPreferredFirst: the profile's preferred template is tried
// first, and every template, built-in or the district's own, is tried.
func TestTemplatesPreferredFirst(t *testing.T) {
	for _, c := range []struct {
		name      string
		preferred string
		own       []*template.Template
		first     string
		all       []string
	}{
		{"湖北 prefers its own form", "hubei-2023", nil, "hubei-2023", []string{"hubei-2023", "ministry-2024"}},
		{"central prefers the ministry style", "ministry-2024", nil, "ministry-2024", []string{"hubei-2023", "ministry-2024"}},
		{"no preference puts the district's template first", "", []*template.Template{ownTemplate("putuo-2025")},
			"putuo-2025", []string{"hubei-2023", "ministry-2024", "putuo-2025"}},
		{"no preference and no own template: 湖北 first", "", nil, "hubei-2023", []string{"hubei-2023", "ministry-2024"}},
		{"a built-in template preferred over the district's own", "ministry-2024", []*template.Template{ownTemplate("putuo-2025")},
			"ministry-2024", []string{"hubei-2023", "ministry-2024", "putuo-2025"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Profile{Template: c.preferred, OwnTemplates: c.own}
			var ids []string
			for _, tp := range p.Templates() {
				ids = append(ids, tp.ID)
			}
			if len(ids) == 0 || ids[0] != c.first {
				t.Fatalf("Templates() = %v, want %s first", ids, c.first)
			}
			slices.Sort(ids)
			if !slices.Equal(ids, c.all) {
				t.Errorf("Templates() tries %v, want %v", ids, c.all)
			}
		})
	}
	// Templates() must not reorder the profile's own list.
	p := &Profile{Template: "putuo-b", OwnTemplates: []*template.Template{ownTemplate("putuo-a"), ownTemplate("putuo-b")}}
	if got := p.Templates()[0].ID; got != "putuo-b" {
		t.Errorf("preferred own template tried after %s", got)
	}
	if p.OwnTemplates[0].ID != "putuo-a" {
		t.Error("Templates() reordered the profile's own templates")
	}
}

func TestByID(t *testing.T) {
	for _, id := range []string{"hubei", "central"} {
		p, ok := ByID(id)
		if !ok || p.ID != id {
			t.Errorf("ByID(%q) = %v %v", id, p, ok)
		}
	}
	if p, ok := ByID("putuo"); ok || p != nil {
		t.Errorf("ByID(putuo) = %v %v, want none", p, ok)
	}
	// Each call returns a fresh profile: changing one does not change the built-in.
	p, _ := ByID("hubei")
	p.Disabled = append(p.Disabled, "T0301")
	p.PublicCodes[0] = "999"
	if q, _ := ByID("hubei"); !q.Enabled("T0301") || q.PublicCodes[0] != "302" {
		t.Error("a change to one profile leaked into the built-in one")
	}
}

func TestEnabled(t *testing.T) {
	p := &Profile{Disabled: []string{"S0010", "R0001"}}
	for id, want := range map[string]bool{"S0010": false, "R0001": false, "T0301": true, "s0010": true, "": true} {
		if got := p.Enabled(id); got != want {
			t.Errorf("Enabled(%q) = %v, want %v", id, got, want)
		}
	}
	if !Hubei().Enabled("S0010") {
		t.Error("the built-in profile disables a rule")
	}
}

// TestLevel2Map: a profile's own 一级/二级 framework replaces the standard one.
func TestLevel2Map(t *testing.T) {
	own := KPI{Level2: map[string][]string{"产出": {"数量", "质量"}}}
	m := own.Level2Map()
	if len(m) != 1 || len(m["产出"]) != 2 || m["效益"] != nil {
		t.Errorf("own framework read as %v", m)
	}
	std := KPI{}.Level2Map()
	for _, l1 := range []string{"产出", "效益", "满意度", "成本"} {
		if len(std[l1]) == 0 {
			t.Errorf("standard framework lacks %s", l1)
		}
	}
	std["产出"] = nil
	if len(KPI{}.Level2Map()["产出"]) == 0 {
		t.Error("changing the returned framework changed the standard one")
	}
}
