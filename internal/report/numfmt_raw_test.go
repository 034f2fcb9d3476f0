//go:build excelize_rawvalues

package report

func init() { numberFormatsApplied = false }
