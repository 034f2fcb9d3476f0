// Package report holds what a check produces: findings, the tables it
// recognised, the recomputed KPI score sheet, and their renderings (JSON,
// Chinese text, annotated workbook).
//
// The JSON shape is a public interface (see README "JSON report"): fields may
// be added, never renamed or removed.
package report

// Severity follows the ministry software (domain.md §6).
type Severity string

const (
	Error   Severity = "error"   // 错误: an identity that must hold
	Warning Severity = "warning" // 提示: may stand with a written explanation
	Info    Severity = "info"    // 信息: e.g. a difference within display rounding
)

// Chinese is how the user reads a severity.
func (s Severity) Chinese() string {
	switch s {
	case Error:
		return "错误"
	case Warning:
		return "提示"
	default:
		return "信息"
	}
}

// Rank orders severities, most serious first.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	default:
		return 2
	}
}

// Finding is one problem at one place.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Sheet    string   `json:"sheet"`           // sheet name as in the workbook
	Cell     string   `json:"cell"`            // A1 of the cell to fix or the total that fails
	Cells    []string `json:"cells"`           // related cells (same sheet unless written "Sheet!A1")
	Message  string   `json:"message"`         // Chinese, for the clerk
	Expected string   `json:"expected"`        // exact decimal, "" when not a number comparison
	Actual   string   `json:"actual"`          // exact decimal or the text found
	Diff     string   `json:"diff"`            // actual − expected
	Title    string   `json:"title,omitempty"` // the rule's Chinese title
	Form     string   `json:"form,omitempty"`  // "01".."09", "kpi" or "" for workbook-level
	// Cause groups the consequences of one underlying mistake: findings that
	// share a Cause are one problem, the first of them the likely cause.
	Cause string `json:"cause,omitempty"`
	// Consequence marks a finding that follows from another one (its Cause).
	Consequence bool `json:"consequence,omitempty"`
	// Tolerance is set on a 尾差 (R0001): the bound the difference lies
	// within, ½ unit of the last shown digit per amount (domain.md §4).
	Tolerance string `json:"tolerance,omitempty"`
	// Of names the identity a 尾差 (R0001) was found on.
	Of string `json:"of,omitempty"`
	// File, Para and Quote place a finding in a narrative document (情况说明):
	// the document's name, the paragraph's 1-based position among the body
	// paragraphs outside tables, and the exact text of the claim.
	File  string `json:"file,omitempty"`
	Para  int    `json:"para,omitempty"`
	Quote string `json:"quote,omitempty"`
}

// Table is a recognised table and where it stands.
type Table struct {
	Form  string `json:"form"`  // "01".."09", "kpi-dept", "kpi-project"
	Sheet string `json:"sheet"` // sheet name
	Range string `json:"range"` // A1:F40
	Unit  string `json:"unit"`  // 万元 / 元 / ""
	Title string `json:"title,omitempty"`
	Code  string `json:"code,omitempty"` // the printed 公开NN表 number, when the draft prints one
	// Frozen is where Excel's 冻结窗格 would go: the first data row and the
	// first amount column ("C7"); the rows above it (titles, column heads,
	// 栏次) and the columns left of it (codes, names, 行次) are what a
	// reader keeps in view. "" when the table has no data row or no amount
	// column.
	Frozen string `json:"frozen,omitempty"`
}

// Note is one remark of the 识别说明.
type Note struct {
	Kind    string `json:"kind"`
	Form    string `json:"form,omitempty"`
	Sheet   string `json:"sheet,omitempty"`
	Cell    string `json:"cell,omitempty"`
	Message string `json:"message"`
}

// FileError is set when the file could not be checked at all.
type FileError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// KPIIndicator is one indicator row of a 绩效自评表, printed against recomputed.
type KPIIndicator struct {
	Cell       string `json:"cell"` // the 得分 cell
	Level1     string `json:"level1,omitempty"`
	Level2     string `json:"level2,omitempty"`
	Name       string `json:"name"`
	Target     string `json:"target"`
	Actual     string `json:"actual"`
	Weight     string `json:"weight,omitempty"`
	Printed    string `json:"printed"`
	Recomputed string `json:"recomputed,omitempty"` // "" when undecidable
	Kind       string `json:"kind,omitempty"`       // positive, reverse, event, qualitative, undecidable
	Note       string `json:"note,omitempty"`
}

// KPITable is the recomputed score sheet of one 绩效自评表.
type KPITable struct {
	Sheet           string `json:"sheet"`
	Range           string `json:"range,omitempty"`
	Kind            string `json:"kind"` // "dept" (部门整体) or "project"
	Name            string `json:"name"`
	PrintedTotal    string `json:"printed_total"`
	RecomputedTotal string `json:"recomputed_total"`
	TotalCell       string `json:"total_cell,omitempty"`
	ExecutionScore  string `json:"execution_score"`
	// PrintedExecution is the 执行得分 as printed (ExecutionScore is recomputed).
	PrintedExecution string         `json:"printed_execution_score,omitempty"`
	Budget           string         `json:"budget,omitempty"`
	Executed         string         `json:"executed,omitempty"`
	Rate             string         `json:"rate,omitempty"`
	IndicatorCount   int            `json:"indicator_count"`
	Indicators       []KPIIndicator `json:"indicators"`
}

// Report is the result of checking one file.
type Report struct {
	File        string     `json:"file"`
	Error       *FileError `json:"error,omitempty"`
	Profile     string     `json:"profile,omitempty"`      // profile ID
	ProfileName string     `json:"profile_name,omitempty"` // its Chinese name
	Department  string     `json:"department,omitempty"`
	Year        string     `json:"year,omitempty"`
	Tables      []Table    `json:"tables"`
	Missing     []string   `json:"missing,omitempty"` // forms not found, e.g. ["07","08"]
	// Template is the ID of the template the tables were read with.
	Template string    `json:"template,omitempty"`
	Findings []Finding `json:"findings"`
	// Recognition says how the workbook was read (识别说明): the template, a
	// column found by position, a row name not in the template. These are
	// not problems of the draft and are not counted as findings.
	Recognition []Note     `json:"recognition,omitempty"`
	KPI         []KPITable `json:"kpi"`
	// Document is the narrative (情况说明, .docx) checked with the workbook,
	// or alone (then File names it too); its findings carry File, Para and
	// Quote. DocumentError says why it could not be read.
	Document      string     `json:"document,omitempty"`
	DocumentError *FileError `json:"document_error,omitempty"`
}

// Counts returns how many findings of each severity the report holds.
func (r *Report) Counts() (errors, warnings, infos int) {
	for _, f := range r.Findings {
		switch f.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		default:
			infos++
		}
	}
	return
}

// ExitCode is the CLI contract: 0 no error finding, 1 some, 2 a file that
// could not be checked — unreadable (the workbook or its narrative), or a
// workbook with no table recognised in it.
func (r *Report) ExitCode() int {
	// A narrative checked alone has no table of its own: it was checked
	// when it could be read.
	docAlone := r.Document != "" && r.Document == r.File && r.DocumentError == nil
	if r.Error != nil || r.DocumentError != nil || (len(r.Tables) == 0 && !docAlone) {
		return 2
	}
	if e, _, _ := r.Counts(); e > 0 {
		return 1
	}
	return 0
}
