package gridbook

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"

	"github.com/xuri/excelize/v2"
)

// Styled dresses a workbook the way drafts exported from WPS or Excel come:
// hundreds of cell formats (fonts, borders, fills, number formats), every
// cell of the used area formatted, row heights, column widths and a
// picture on each sheet. What a clerk reads is unchanged, so a check must
// find exactly what it finds in the plain file — and a reader that parses
// styles pays for them (the benchmark's SheetJS does; the engine should not).
func Styled(data []byte) ([]byte, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fonts := []string{"宋体", "仿宋_GB2312", "黑体"}
	aligns := []string{"left", "center", "right"}
	numFmts := []int{0, 2, 4, 10, 49}
	styles := make([]int, 0, 300)
	for i := 0; i < 300; i++ {
		st, err := f.NewStyle(&excelize.Style{
			Font: &excelize.Font{Family: fonts[i%3], Size: float64(9 + i%6), Bold: i%7 == 0, Color: fmt.Sprintf("%06X", i*4099%0xFFFFFF)},
			Border: []excelize.Border{
				{Type: "left", Color: "000000", Style: 1 + i%3}, {Type: "right", Color: "000000", Style: 1},
				{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
			},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fmt.Sprintf("%06X", i*7919%0xFFFFFF)}},
			Alignment: &excelize.Alignment{Horizontal: aligns[i%3], Vertical: "center", WrapText: i%2 == 0},
			NumFmt:    numFmts[i%5],
		})
		if err != nil {
			return nil, err
		}
		styles = append(styles, st)
	}
	pic, err := picture()
	if err != nil {
		return nil, err
	}
	for si, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			return nil, err
		}
		for r := range rows {
			if err := f.SetRowHeight(sh, r+1, float64(18+r%5)); err != nil {
				return nil, err
			}
			for c := 1; c <= 12; c++ {
				cell, _ := excelize.CoordinatesToCellName(c, r+1)
				if err := f.SetCellStyle(sh, cell, cell, styles[(r*12+c+si)%len(styles)]); err != nil {
					return nil, err
				}
			}
		}
		if err := f.SetColWidth(sh, "A", "L", 16); err != nil {
			return nil, err
		}
		if err := f.AddPictureFromBytes(sh, "N2", &excelize.Picture{Extension: ".png", File: pic, Format: &excelize.GraphicOptions{AltText: "印章"}}); err != nil {
			return nil, err
		}
	}
	var out bytes.Buffer
	if err := f.Write(&out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// picture is a 400×300 PNG standing for a scanned seal or logo.
func picture() ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, 400, 300))
	for x := 0; x < 400; x++ {
		for y := 0; y < 300; y++ {
			img.Set(x, y, color.RGBA{uint8(x * y), uint8(x ^ y), uint8(x + y), 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
