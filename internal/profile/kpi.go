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
	}
	return nil
}
