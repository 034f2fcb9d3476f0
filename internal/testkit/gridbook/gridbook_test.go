package gridbook

import (
	"reflect"
	"testing"

	"reportcheck/internal/workbook"
)

func TestRoundTrip(t *testing.T) {
	text := "# comment\n== 表一\n标题\n科目编码\t金额\n201\t3131.20\n\t６,０５０.６６\n== Sheet2\nx\n\n"
	book := Parse(text)
	if len(book.Sheets) != 2 || book.Sheets[0].Name != "表一" || len(book.Sheets[1].Rows) != 1 {
		t.Fatalf("parsed %+v", book.Sheets)
	}
	data, err := XLSX(book)
	if err != nil {
		t.Fatal(err)
	}
	back, err := workbook.Open(data, workbook.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range book.Sheets {
		if !reflect.DeepEqual(back.Sheets[i].Rows, book.Sheets[i].Rows) {
			t.Errorf("sheet %d: got %q, want %q", i, back.Sheets[i].Rows, book.Sheets[i].Rows)
		}
	}
}
