package check

import (
	"reflect"
	"testing"

	"reportcheck/internal/profile"
	"reportcheck/internal/testkit/gridbook"
)

// A draft as WPS or Excel export it — hundreds of cell formats, every cell
// formatted, pictures on each sheet — reads as its plain twin: the same
// tables at the same cells, the same findings, the same 绩效自评表 scores.
func TestStyledDraftFindsWhatItsPlainTwinFinds(t *testing.T) {
	plain := benchWorkbook(t)
	styled, err := gridbook.Styled(plain)
	if err != nil {
		t.Fatal(err)
	}
	if len(styled) < 3*len(plain) {
		t.Fatalf("styled %d bytes against plain %d: not dressed", len(styled), len(plain))
	}
	a := Run("draft.xlsx", plain, profile.Default(), Options{})
	b := Run("draft.xlsx", styled, profile.Default(), Options{})
	if a.Error != nil || b.Error != nil {
		t.Fatalf("errors: plain %+v, styled %+v", a.Error, b.Error)
	}
	if len(a.Findings) == 0 {
		t.Fatal("the seed gave no findings")
	}
	if !reflect.DeepEqual(a.Tables, b.Tables) {
		t.Errorf("tables differ:\nplain  %+v\nstyled %+v", a.Tables, b.Tables)
	}
	if !reflect.DeepEqual(a.Findings, b.Findings) {
		t.Errorf("findings differ: plain %d, styled %d", len(a.Findings), len(b.Findings))
	}
	if !reflect.DeepEqual(a.KPI, b.KPI) {
		t.Errorf("绩效自评表 scores differ")
	}
}

// BenchmarkCheckStyled is BenchmarkCheck on the styled twin: what cell
// formats and pictures add to a check (little: their parts are not read).
func BenchmarkCheckStyled(b *testing.B) {
	data, err := gridbook.Styled(benchWorkbook(b))
	if err != nil {
		b.Fatal(err)
	}
	benchmarkRun(b, "styled.xlsx", data)
}
