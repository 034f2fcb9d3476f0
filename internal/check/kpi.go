package check

import (
	"reportcheck/internal/locate"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/workbook"
)

// kpiCheck is replaced by the KPI engine once it lands.
var kpiCheck = func(*workbook.Book, *locate.Result, *profile.Profile) ([]report.Finding, []report.KPITable, []report.Table) {
	return nil, nil, nil
}
