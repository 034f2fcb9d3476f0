package workbook

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The regular expressions the byte loops in scan.go and model.go replace,
// kept here to hold the loops to them.
var (
	bstrEscapeRe     = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	formulaElementRe = regexp.MustCompile(`<([A-Za-z_][\w.-]*:)?f[\s/>]`)
)

var bstrSamples = []string{
	"", "_", "_x", "_x004", "_x0041", "_x0041_", "x0041_", "__x0041_", "_x0041__x0042_", "_x0041_x0042_",
	"_x005F_", "_x005f_x0041_", "_xD800_", "_xdfff_", "_xFFFF_", "_X0041_", "_x00G1_", "_x 041_", "_x00411_",
	"中_x4E2D_文", "_x中文_", "\xff_x0041_\xfe", "_x٠١٢٣_", "_x０１２３_", "___x0041___", "a_x000D__x000A_b",
}

func checkBstrEscapes(t *testing.T, s string) {
	t.Helper()
	want := bstrEscapeRe.FindAllStringIndex(s, -1)
	got := bstrEscapes(s)
	same := len(got) == len(want)
	for i := 0; same && i < len(got); i++ {
		same = got[i][0] == want[i][0] && got[i][1] == want[i][1]
	}
	if !same {
		t.Errorf("bstrEscapes(%q) = %v, regexp finds %v", s, got, want)
	}
}

func TestBstrEscapesMatchesRegexp(t *testing.T) {
	for _, s := range bstrSamples {
		checkBstrEscapes(t, s)
	}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		checkBstrEscapes(t, randomText(rng, []string{"_", "x", "X", "0", "4", "F", "f", "D", "g", "中", "\xff"}, 20))
	}
}

func FuzzBstrEscapesMatchesRegexp(f *testing.F) {
	for _, s := range bstrSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkBstrEscapes(t, s) })
}

var formulaSamples = []string{
	"", "<", "<f", "<f>", "<f/>", "<f ", "<f\t", "<f\n", "<f\f", "<f\r", "<f\v", "<fx>", "<ff>", "<F>",
	"<x:f>", "<x:f ", "<x:F>", "<:f>", "<1:f>", "<_:f>", "<_a.b-c9:f/>", "<a.b:c:f>", "<ab:f", "<ab:fx",
	"<f:f>", "<f:x>", "<f:", "<x:<f>", "<<f>", "< f>", "<x :f>", "<中:f>", "<a中:f>", "<x:f中", "<x:f\u00a0",
	`<c r="A1"><v>1</v></c>`, `<c r="A1"><f>SUM(A2)</f></c>`, `<c><x:f t="shared" si="0"/></c>`, "<\xfff>",
	"<row><c><is><t>f</t></is></c></row>", "<ns0:fo>", "<ns0:f>",
}

func checkFormulaElement(t *testing.T, s string) {
	t.Helper()
	if got, want := hasFormulaElement([]byte(s)), formulaElementRe.MatchString(s); got != want {
		t.Errorf("hasFormulaElement(%q) = %v, regexp says %v", s, got, want)
	}
}

func TestHasFormulaElementMatchesRegexp(t *testing.T) {
	for _, s := range formulaSamples {
		checkFormulaElement(t, s)
	}
	rng := rand.New(rand.NewSource(2))
	alphabet := []string{"<", "f", "F", "x", ":", "_", ".", "-", "1", " ", "\t", "\v", "/", ">", "中", "\xff"}
	for n := 0; n < 50000; n++ {
		checkFormulaElement(t, randomText(rng, alphabet, 12))
	}
}

func FuzzHasFormulaElementMatchesRegexp(f *testing.F) {
	for _, s := range formulaSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFormulaElement(t, s) })
}

// randomText joins up to pieces pieces drawn from alphabet.
func randomText(rng *rand.Rand, alphabet []string, pieces int) string {
	var b strings.Builder
	for k := rng.Intn(pieces + 1); k > 0; k-- {
		b.WriteString(alphabet[rng.Intn(len(alphabet))])
	}
	return b.String()
}
