package drafts

import (
	"strconv"
	"unicode/utf8"

	"reportcheck/internal/report"
)

// appendPageReport appends what json.Marshal gives for the pageReport of
// rep, byte for byte: the same fields in the same order (the embedded
// report's, then the findings, each with its key last), the same omitted
// empties, the same string escapes. A check's report is 70 KB of JSON, and
// encoding/json's reflection made it a twentieth of a check in wasm; the
// differential tests (page_json_test.go) hold this to json.Marshal, and a
// field added to a report type fails them until it is written here too.
func appendPageReport(b []byte, rep *report.Report) []byte {
	b = append(b, `{"file":`...)
	b = appendString(b, rep.File)
	if rep.Error != nil {
		b = append(b, `,"error":`...)
		b = appendFileError(b, rep.Error)
	}
	b = appendOmitEmpty(b, "profile", rep.Profile)
	b = appendOmitEmpty(b, "profile_name", rep.ProfileName)
	b = appendOmitEmpty(b, "department", rep.Department)
	b = appendOmitEmpty(b, "year", rep.Year)
	b = append(b, `,"tables":`...)
	if rep.Tables == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range rep.Tables {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendTable(b, &rep.Tables[i])
		}
		b = append(b, ']')
	}
	if len(rep.Missing) > 0 {
		b = append(b, `,"missing":`...)
		b = appendStrings(b, rep.Missing)
	}
	b = appendOmitEmpty(b, "template", rep.Template)
	if len(rep.Recognition) > 0 {
		b = append(b, `,"recognition":[`...)
		for i := range rep.Recognition {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendNote(b, &rep.Recognition[i])
		}
		b = append(b, ']')
	}
	b = append(b, `,"kpi":`...)
	if rep.KPI == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range rep.KPI {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendKPITable(b, &rep.KPI[i])
		}
		b = append(b, ']')
	}
	b = appendOmitEmpty(b, "document", rep.Document)
	if rep.DocumentError != nil {
		b = append(b, `,"document_error":`...)
		b = appendFileError(b, rep.DocumentError)
	}
	b = append(b, `,"findings":`...)
	if rep.Findings == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range rep.Findings {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendFinding(b, &rep.Findings[i], KeyOf(rep.Findings[i]))
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendFileError(b []byte, e *report.FileError) []byte {
	b = append(b, `{"code":`...)
	b = appendString(b, e.Code)
	b = append(b, `,"message":`...)
	b = appendString(b, e.Message)
	return append(b, '}')
}

func appendTable(b []byte, t *report.Table) []byte {
	b = append(b, `{"form":`...)
	b = appendString(b, t.Form)
	b = append(b, `,"sheet":`...)
	b = appendString(b, t.Sheet)
	b = append(b, `,"range":`...)
	b = appendString(b, t.Range)
	b = append(b, `,"unit":`...)
	b = appendString(b, t.Unit)
	b = appendOmitEmpty(b, "title", t.Title)
	b = appendOmitEmpty(b, "code", t.Code)
	b = appendOmitEmpty(b, "frozen", t.Frozen)
	return append(b, '}')
}

func appendNote(b []byte, n *report.Note) []byte {
	b = append(b, `{"kind":`...)
	b = appendString(b, n.Kind)
	b = appendOmitEmpty(b, "form", n.Form)
	b = appendOmitEmpty(b, "sheet", n.Sheet)
	b = appendOmitEmpty(b, "cell", n.Cell)
	b = append(b, `,"message":`...)
	b = appendString(b, n.Message)
	return append(b, '}')
}

func appendKPITable(b []byte, k *report.KPITable) []byte {
	b = append(b, `{"sheet":`...)
	b = appendString(b, k.Sheet)
	b = appendOmitEmpty(b, "range", k.Range)
	b = append(b, `,"kind":`...)
	b = appendString(b, k.Kind)
	b = append(b, `,"name":`...)
	b = appendString(b, k.Name)
	b = append(b, `,"printed_total":`...)
	b = appendString(b, k.PrintedTotal)
	b = append(b, `,"recomputed_total":`...)
	b = appendString(b, k.RecomputedTotal)
	b = appendOmitEmpty(b, "total_cell", k.TotalCell)
	b = append(b, `,"execution_score":`...)
	b = appendString(b, k.ExecutionScore)
	b = appendOmitEmpty(b, "printed_execution_score", k.PrintedExecution)
	b = appendOmitEmpty(b, "budget", k.Budget)
	b = appendOmitEmpty(b, "executed", k.Executed)
	b = appendOmitEmpty(b, "rate", k.Rate)
	b = append(b, `,"indicator_count":`...)
	b = strconv.AppendInt(b, int64(k.IndicatorCount), 10)
	b = append(b, `,"indicators":`...)
	if k.Indicators == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range k.Indicators {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendIndicator(b, &k.Indicators[i])
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendIndicator(b []byte, x *report.KPIIndicator) []byte {
	b = append(b, `{"cell":`...)
	b = appendString(b, x.Cell)
	b = appendOmitEmpty(b, "level1", x.Level1)
	b = appendOmitEmpty(b, "level2", x.Level2)
	b = append(b, `,"name":`...)
	b = appendString(b, x.Name)
	b = append(b, `,"target":`...)
	b = appendString(b, x.Target)
	b = append(b, `,"actual":`...)
	b = appendString(b, x.Actual)
	b = appendOmitEmpty(b, "weight", x.Weight)
	b = append(b, `,"printed":`...)
	b = appendString(b, x.Printed)
	b = appendOmitEmpty(b, "recomputed", x.Recomputed)
	b = appendOmitEmpty(b, "kind", x.Kind)
	b = appendOmitEmpty(b, "note", x.Note)
	return append(b, '}')
}

func appendFinding(b []byte, f *report.Finding, key string) []byte {
	b = append(b, `{"rule":`...)
	b = appendString(b, f.Rule)
	b = append(b, `,"severity":`...)
	b = appendString(b, string(f.Severity))
	b = append(b, `,"sheet":`...)
	b = appendString(b, f.Sheet)
	b = append(b, `,"cell":`...)
	b = appendString(b, f.Cell)
	b = append(b, `,"cells":`...)
	if f.Cells == nil {
		b = append(b, "null"...)
	} else {
		b = appendStrings(b, f.Cells)
	}
	b = append(b, `,"message":`...)
	b = appendString(b, f.Message)
	b = append(b, `,"expected":`...)
	b = appendString(b, f.Expected)
	b = append(b, `,"actual":`...)
	b = appendString(b, f.Actual)
	b = append(b, `,"diff":`...)
	b = appendString(b, f.Diff)
	b = appendOmitEmpty(b, "title", f.Title)
	b = appendOmitEmpty(b, "form", f.Form)
	b = appendOmitEmpty(b, "cause", f.Cause)
	if f.Consequence {
		b = append(b, `,"consequence":true`...)
	}
	b = appendOmitEmpty(b, "tolerance", f.Tolerance)
	b = appendOmitEmpty(b, "of", f.Of)
	b = appendOmitEmpty(b, "file", f.File)
	if f.Para != 0 {
		b = append(b, `,"para":`...)
		b = strconv.AppendInt(b, int64(f.Para), 10)
	}
	b = appendOmitEmpty(b, "quote", f.Quote)
	b = append(b, `,"key":`...)
	b = appendString(b, key)
	return append(b, '}')
}

// appendOmitEmpty writes ,"name":"s" unless s is empty (omitempty).
func appendOmitEmpty(b []byte, name, s string) []byte {
	if s == "" {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return appendString(b, s)
}

func appendStrings(b []byte, list []string) []byte {
	b = append(b, '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// appendString is encoding/json's string encoding with HTML escaping, as
// json.Marshal does it (Go's encode.go, appendString): ", \ and control
// characters escaped, <, > and & as \u003c \u003e \u0026, U+2028 and
// U+2029 escaped, invalid UTF-8 as \ufffd. Chinese text, three-byte
// characters other than those two, is copied without decoding.
func appendString(dst []byte, src string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(src); {
		b := src[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&' {
				i++
				continue
			}
			dst = append(dst, src[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		// A valid three-byte character that is not U+2028/U+2029 (those
		// start E2): lead E1, E3–EC, EE or EF (not E0 or ED, whose second
		// byte is restricted) and two continuation bytes.
		if i+2 < len(src) && b >= 0xE1 && b <= 0xEF && b != 0xE2 && b != 0xED && src[i+1]&0xC0 == 0x80 && src[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		c, size := utf8.DecodeRuneInString(src[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, src[start:]...)
	return append(dst, '"')
}
