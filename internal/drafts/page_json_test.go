package drafts

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"reportcheck/internal/report"
)

// marshalled is what appendPageReport must give: json.Marshal's pageReport.
func marshalled(t testing.TB, rep *report.Report) []byte {
	t.Helper()
	p := pageReport{Report: rep}
	if rep.Findings != nil {
		p.Findings = make([]pageFinding, len(rep.Findings))
		for i, f := range rep.Findings {
			p.Findings[i] = pageFinding{Finding: f, Key: KeyOf(f)}
		}
	}
	b, err := json.Marshal(&p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sameAsMarshal(t *testing.T, name string, rep *report.Report) {
	t.Helper()
	want := marshalled(t, rep)
	got := appendPageReport(nil, rep)
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Errorf("%s: differs from json.Marshal at byte %d:\n got  …%s\n want …%s", name, i, clip(got[i:]), clip(want[i:]))
	}
}

func clip(b []byte) string {
	if len(b) > 80 {
		b = b[:80]
	}
	return string(b)
}

// fill sets every field of v (a pointer to a struct), recursively: strings
// to s, numbers to n, bools true, slices to one element, pointers to a
// value. A field added to a report type is then set too, and the encoder
// fails the comparison until it writes that field.
func fill(v reflect.Value, s string, n int64) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fill(v.Elem(), s, n)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), s, n)
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fill(v.Index(0), s, n)
		fill(v.Index(1), s+"2", n+1)
	case reflect.String:
		v.SetString(s)
	case reflect.Int, reflect.Int32, reflect.Int64:
		v.SetInt(n)
	case reflect.Bool:
		v.SetBool(true)
	default:
		panic("fill: field of kind " + v.Kind().String() + ": teach fill and appendPageReport about it")
	}
}

func TestPageJSONMatchesMarshal(t *testing.T) {
	sameAsMarshal(t, "empty report", &report.Report{})
	sameAsMarshal(t, "empty lists", &report.Report{Tables: []report.Table{}, Findings: []report.Finding{}, KPI: []report.KPITable{}, Missing: []string{}, Recognition: []report.Note{}})
	for _, s := range []string{"公开01表 <b>&</b> \"引号\" \\ \n\t\r\b\f\x01\x1f\x7f", "\u2028\u2029 \ufeff \uffff 𝔸 é", "bad \xff\xe4\xb8 utf-8 \xed\xa0\x80", "一般公共服务支出"} {
		rep := &report.Report{}
		fill(reflect.ValueOf(rep), s, 7)
		sameAsMarshal(t, "every field "+s, rep)
		// Every field its zero value, inside lists that are not empty.
		zero := &report.Report{Findings: make([]report.Finding, 2), Tables: make([]report.Table, 1), KPI: []report.KPITable{{Indicators: make([]report.KPIIndicator, 1)}}, Recognition: make([]report.Note, 1)}
		sameAsMarshal(t, "zero fields", zero)
	}
}

func FuzzPageJSON(f *testing.F) {
	f.Add("公开01表", "<a>&\"\\\n", int64(3))
	f.Add("\xff\u2028", "", int64(0))
	f.Fuzz(func(t *testing.T, a, b string, n int64) {
		rep := &report.Report{}
		fill(reflect.ValueOf(rep), a, n)
		rep.Findings[1].Message, rep.KPI[0].Indicators[1].Name, rep.Findings[0].Consequence = b, b, n%2 == 0
		sameAsMarshal(t, "fuzz", rep)
	})
}

func BenchmarkPageJSON(b *testing.B) {
	rep := &report.Report{}
	fill(reflect.ValueOf(rep), "一般公共服务支出 3311.20", 7)
	b.Run("appendPageReport", func(b *testing.B) {
		for b.Loop() {
			appendPageReport(nil, rep)
		}
	})
	b.Run("json.Marshal", func(b *testing.B) {
		for b.Loop() {
			marshalled(b, rep)
		}
	})
}
