package amount

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Unit is the money unit a table declares (金额单位).
type Unit uint8

const (
	UnitUnknown Unit = iota
	Yuan             // 元
	WanYuan          // 万元
)

func (u Unit) String() string {
	switch u {
	case Yuan:
		return "元"
	case WanYuan:
		return "万元"
	default:
		return ""
	}
}

var tenThousand = decimal.NewFromInt(10000)

// ToWan converts an amount in unit u to 万元, the unit every rule compares in.
// Conversion from 元 is exact (a shift of four decimal places).
func (u Unit) ToWan(d decimal.Decimal) decimal.Decimal {
	if u == Yuan {
		return d.Div(tenThousand)
	}
	return d
}

// ShownPlacesInWan is how many decimals of 万元 a value with places decimals
// in unit u carries, so that tolerance follows the printed precision.
func (u Unit) ShownPlacesInWan(places int32) int32 {
	if u == Yuan {
		return places + 4
	}
	return places
}

// ParseUnit reads a unit label such as "金额单位：万元" or "单位：元". It needs
// the word 单位: a bare "（万元）" may be a column header's note and is not
// taken as the table's unit.
func ParseUnit(s string) Unit {
	s = strings.ReplaceAll(s, " ", "")
	i := strings.Index(s, "单位")
	if i < 0 {
		return UnitUnknown
	}
	rest := strings.TrimLeft(s[i+len("单位"):], ":：")
	switch {
	case strings.HasPrefix(rest, "万元"):
		return WanYuan
	case strings.HasPrefix(rest, "元"):
		return Yuan
	}
	return UnitUnknown
}
