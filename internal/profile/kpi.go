package profile

import (
	"errors"

	"github.com/shopspring/decimal"
)

// KPI holds how 绩效自评表 are scored in a region (domain.md §3).
type KPI struct {
	// ExecutionWeight is the points of 预算执行 (20 in Hubei, 10 centrally).
	ExecutionWeight decimal.Decimal `json:"execution_weight"`
	// IndicatorPoints is the points of all indicators together (80 / 90).
	IndicatorPoints decimal.Decimal `json:"indicator_points"`
	// GroupPoints optionally fixes the points per 一级指标 (产出 50, 效益 30, 满意度 10).
	GroupPoints map[string]decimal.Decimal `json:"group_points,omitempty"`
	// ExecutionCap caps the execution rate (1 = 100 %); zero means no cap.
	ExecutionCap decimal.Decimal `json:"execution_cap"`
	// Reverse is how a missed reverse indicator scores: "ratio" (w × A/B) or "linear".
	Reverse string `json:"reverse"`
	// Bands for qualitative indicators, as fractions of the weight.
	Bands Bands `json:"bands"`
	// ScorePlaces and RatePlaces are the decimals scores and rates are rounded to.
	ScorePlaces int32 `json:"score_places"`
	RatePlaces  int32 `json:"rate_places"`
	// DeviationRatio is how far above its target an actual may go before a
	// 偏差原因 is expected (1.5 = 150 %); zero means the default 1.5.
	DeviationRatio decimal.Decimal `json:"deviation_ratio,omitzero"`
	// Level2 lists, per 一级指标, the 二级指标 that belong under it (keys and
	// values are the heading stems: "产出" → "数量", "质量", …); empty means
	// the standard framework.
	Level2 map[string][]string `json:"level2,omitempty"`
}

// DefaultDeviationRatio is the 偏差 threshold when a profile sets none.
var DefaultDeviationRatio = decimal.RequireFromString("1.5")

// Deviation returns the 偏差 threshold in force.
func (k KPI) Deviation() decimal.Decimal {
	if k.DeviationRatio.IsZero() {
		return DefaultDeviationRatio
	}
	return k.DeviationRatio
}

// StandardLevel2 is the framework of 一级/二级 indicators of the 2020
// template (财预〔2020〕10号), with 成本 also accepted under 产出 as older
// Hubei templates print it.
func StandardLevel2() map[string][]string {
	return map[string][]string{
		"产出":  {"数量", "质量", "时效", "成本"},
		"效益":  {"经济效益", "社会效益", "生态效益", "可持续影响"},
		"满意度": {"满意度"},
		"成本":  {"经济成本", "社会成本", "生态环境成本", "生态成本", "成本"},
	}
}

// Level2Map returns the 一级/二级 framework in force.
func (k KPI) Level2Map() map[string][]string {
	if len(k.Level2) == 0 {
		return StandardLevel2()
	}
	return k.Level2
}

// Bands are the lower bounds of the qualitative grades as fractions of w.
type Bands struct {
	Achieved decimal.Decimal `json:"achieved"` // 达成: [Achieved·w, w]
	Partial  decimal.Decimal `json:"partial"`  // 部分达成: [Partial·w, Achieved·w)
}

func hubeiKPI() KPI {
	return KPI{
		ExecutionWeight: decimal.NewFromInt(20),
		IndicatorPoints: decimal.NewFromInt(80),
		ExecutionCap:    decimal.NewFromInt(1),
		Reverse:         "ratio",
		Bands:           Bands{Achieved: decimal.RequireFromString("0.8"), Partial: decimal.RequireFromString("0.6")},
		ScorePlaces:     2,
		RatePlaces:      2,
		DeviationRatio:  decimal.RequireFromString("1.5"),
	}
}

func centralKPI() KPI {
	k := hubeiKPI()
	k.ExecutionWeight = decimal.NewFromInt(10)
	k.IndicatorPoints = decimal.NewFromInt(90)
	k.GroupPoints = map[string]decimal.Decimal{
		"产出指标":  decimal.NewFromInt(50),
		"效益指标":  decimal.NewFromInt(30),
		"满意度指标": decimal.NewFromInt(10),
	}
	return k
}

// Validate checks the KPI settings; errors are Chinese.
func (k KPI) Validate() error {
	hundred := decimal.NewFromInt(100)
	switch {
	case k.ExecutionWeight.IsNegative() || k.IndicatorPoints.IsNegative():
		return errors.New("绩效分值不能为负数")
	case !k.ExecutionWeight.Add(k.IndicatorPoints).Equal(hundred):
		return errors.New("预算执行分值与指标分值之和应为 100")
	case k.Reverse != "ratio" && k.Reverse != "linear":
		return errors.New("反向指标计分方式（reverse）应为 ratio 或 linear")
	case k.Bands.Partial.IsNegative() || k.Bands.Partial.GreaterThan(k.Bands.Achieved) || k.Bands.Achieved.GreaterThan(decimal.NewFromInt(1)):
		return errors.New("定性指标档次应满足 0 ≤ 部分达成 ≤ 达成 ≤ 1")
	case k.ScorePlaces < 0 || k.ScorePlaces > 4 || k.RatePlaces < 0 || k.RatePlaces > 4:
		return errors.New("得分、执行率的小数位数应在 0–4 之间")
	case k.ExecutionCap.IsNegative():
		return errors.New("执行率上限（execution_cap）不能为负数")
	case !k.DeviationRatio.IsZero() && k.DeviationRatio.LessThan(decimal.NewFromInt(1)):
		return errors.New("偏差提示倍数（deviation_ratio）应不小于 1")
	}
	sum := decimal.Zero
	for name, pts := range k.GroupPoints {
		if pts.IsNegative() {
			return errors.New("一级指标分值（group_points）" + name + " 不能为负数")
		}
		sum = sum.Add(pts)
	}
	if len(k.GroupPoints) > 0 && sum.GreaterThan(k.IndicatorPoints) {
		return errors.New("一级指标分值（group_points）之和不能超过指标分值")
	}
	for l1, l2s := range k.Level2 {
		if l1 == "" || len(l2s) == 0 {
			return errors.New("二级指标归属（level2）的一级指标名称和二级指标列表不能为空")
		}
	}
	return nil
}
