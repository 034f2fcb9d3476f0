package check

import "reportcheck/internal/kpi"

// kpiCheck scores the 绩效自评表; a variable so the façade's own tests could
// isolate the table rules if they needed to.
var kpiCheck = kpi.Check
