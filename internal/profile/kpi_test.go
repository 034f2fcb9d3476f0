package profile

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestBuiltinKPI(t *testing.T) {
	h, c := Hubei().KPI, Central().KPI
	if err := h.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if !h.ExecutionWeight.Equal(decimal.NewFromInt(20)) || !h.IndicatorPoints.Equal(decimal.NewFromInt(80)) {
		t.Errorf("hubei: %s/%s", h.ExecutionWeight, h.IndicatorPoints)
	}
	if !c.ExecutionWeight.Equal(decimal.NewFromInt(10)) || !c.IndicatorPoints.Equal(decimal.NewFromInt(90)) || len(c.GroupPoints) != 3 {
		t.Errorf("central: %s/%s %v", c.ExecutionWeight, c.IndicatorPoints, c.GroupPoints)
	}
	if !h.Deviation().Equal(decimal.RequireFromString("1.5")) || !(KPI{}).Deviation().Equal(DefaultDeviationRatio) {
		t.Error("deviation ratio default")
	}
	if m := (KPI{}).Level2Map(); len(m["产出"]) == 0 {
		t.Error("standard level2 map empty")
	}
}

func TestKPIValidate(t *testing.T) {
	bad := map[string]func(k *KPI){
		"weights do not add to 100": func(k *KPI) { k.IndicatorPoints = decimal.NewFromInt(70) },
		"negative weight":           func(k *KPI) { k.ExecutionWeight = decimal.NewFromInt(-20); k.IndicatorPoints = decimal.NewFromInt(120) },
		"reverse":                   func(k *KPI) { k.Reverse = "square" },
		"bands":                     func(k *KPI) { k.Bands.Partial = decimal.RequireFromString("0.9") },
		"places":                    func(k *KPI) { k.ScorePlaces = 9 },
		"cap":                       func(k *KPI) { k.ExecutionCap = decimal.NewFromInt(-1) },
		"deviation":                 func(k *KPI) { k.DeviationRatio = decimal.RequireFromString("0.5") },
		"groups":                    func(k *KPI) { k.GroupPoints = map[string]decimal.Decimal{"产出指标": decimal.NewFromInt(85)} },
		"level2":                    func(k *KPI) { k.Level2 = map[string][]string{"产出": nil} },
	}
	for name, f := range bad {
		k := Hubei().KPI
		f(&k)
		err := k.Validate()
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if !strings.ContainsFunc(err.Error(), func(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }) {
			t.Errorf("%s: error not in Chinese: %v", name, err)
		}
	}
}

// TestKPIJSON: profiles round-trip through JSON with stable field names, and
// a profile file written before deviation_ratio/level2 existed still loads.
func TestKPIJSON(t *testing.T) {
	for _, p := range Builtin() {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, field := range []string{`"execution_weight"`, `"indicator_points"`, `"execution_cap"`, `"reverse"`, `"bands"`, `"score_places"`, `"rate_places"`} {
			if !strings.Contains(string(b), field) {
				t.Errorf("%s: JSON lacks %s", p.ID, field)
			}
		}
		q, err := Parse(b)
		if err != nil {
			t.Fatalf("%s: %v", p.ID, err)
		}
		if !q.KPI.ExecutionWeight.Equal(p.KPI.ExecutionWeight) || !q.KPI.Deviation().Equal(p.KPI.Deviation()) {
			t.Errorf("%s: round trip changed KPI settings", p.ID)
		}
	}
	old := `{"id":"old","name":"旧配置","version":1,"personnel_codes":["301","303"],"public_codes":["302"],
"kpi":{"execution_weight":"20","indicator_points":"80","execution_cap":"1","reverse":"linear","bands":{"achieved":"0.8","partial":"0.6"},"score_places":2,"rate_places":2}}`
	p, err := Parse([]byte(old))
	if err != nil {
		t.Fatal(err)
	}
	if !p.KPI.Deviation().Equal(DefaultDeviationRatio) || p.KPI.Reverse != "linear" {
		t.Errorf("old profile: %+v", p.KPI)
	}
}
