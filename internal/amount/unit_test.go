package amount

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestParseUnit(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		want Unit
	}{
		{"金额单位 with full-width colon", "金额单位：万元", WanYuan},
		{"单位 with ASCII colon", "单位:元", Yuan},
		{"no colon", "单位万元", WanYuan},
		{"spaces anywhere", "金额单位 ： 万 元", WanYuan},
		{"text after the unit", "金额单位：元（保留两位小数）", Yuan},
		{"several colons", "单位::万元", WanYuan},
		{"亿元 is not mistaken for 元", "金额单位：亿元", UnitUnknown},
		{"千元 is not mistaken for 元", "单位：千元", UnitUnknown},
		{"no 单位 at all", "万元", UnitUnknown},
		{"a department name is not a unit", "单位名称：某某局", UnitUnknown},
		{"empty", "", UnitUnknown},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ParseUnit(c.in); got != c.want {
				t.Errorf("ParseUnit(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestParseUnitNeedsTheWordUnit: a bare bracketed "（万元）" is not a unit
// label (it may be a column header's note); "单位" must be there.
func TestParseUnitNeedsTheWordUnit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Unit
	}{{"（万元）", UnitUnknown}, {"(元)", UnitUnknown}, {"（单位：万元）", WanYuan}, {"金额单位： 元", Yuan}} {
		if got := ParseUnit(c.in); got != c.want {
			t.Errorf("ParseUnit(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestUnitString(t *testing.T) {
	for u, want := range map[Unit]string{Yuan: "元", WanYuan: "万元", UnitUnknown: "", Unit(9): ""} {
		if got := u.String(); got != want {
			t.Errorf("Unit(%d).String() = %q, want %q", u, got, want)
		}
	}
}

// TestToWan: every rule compares in 万元; 元 converts exactly (a shift of four
// places, no rounding), 万元 and an unknown unit are taken as 万元.
func TestToWan(t *testing.T) {
	for _, c := range []struct {
		name string
		unit Unit
		in   string
		want string
	}{
		{"元 to 万元 shifts four places", Yuan, "12345.67", "1.234567"},
		{"元 to 万元 keeps every digit", Yuan, "1", "0.0001"},
		{"a large 元 amount", Yuan, "3131200000.01", "313120.000001"},
		{"negative 元", Yuan, "-50000", "-5"},
		{"万元 unchanged", WanYuan, "6050.66", "6050.66"},
		{"unknown unit read as 万元", UnitUnknown, "6050.66", "6050.66"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := c.unit.ToWan(decimal.RequireFromString(c.in))
			if !got.Equal(decimal.RequireFromString(c.want)) {
				t.Errorf("%v.ToWan(%s) = %s, want %s", c.unit, c.in, got, c.want)
			}
		})
	}
}

// TestToWanRoundTrip: converting 元 to 万元 and back loses nothing, so a 元
// table and a 万元 table holding the same money compare equal.
func TestToWanRoundTrip(t *testing.T) {
	for _, s := range []string{"0.01", "1", "123456789.99", "-7.5"} {
		d := decimal.RequireFromString(s)
		if back := Yuan.ToWan(d).Mul(decimal.NewFromInt(10000)); !back.Equal(d) {
			t.Errorf("%s 元 → %s 万元 → %s 元", s, Yuan.ToWan(d), back)
		}
	}
}

func TestShownPlacesInWan(t *testing.T) {
	for _, c := range []struct {
		unit   Unit
		places int32
		want   int32
	}{
		{Yuan, 2, 6}, {Yuan, 0, 4}, {WanYuan, 2, 2}, {WanYuan, 0, 0}, {UnitUnknown, 2, 2},
	} {
		if got := c.unit.ShownPlacesInWan(c.places); got != c.want {
			t.Errorf("%q.ShownPlacesInWan(%d) = %d, want %d", c.unit, c.places, got, c.want)
		}
	}
}
