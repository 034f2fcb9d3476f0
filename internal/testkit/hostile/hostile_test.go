package hostile

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

// TestZipBombIsAValidZip: the bomb is a real, well-formed zip whose sheet
// really inflates to what it declares (checked on a small one).
func TestZipBombIsAValidZip(t *testing.T) {
	data := ZipBomb(8 << 20)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet1.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		n, err := io.Copy(io.Discard, rc)
		if err != nil || uint64(n) != f.UncompressedSize64 || n < 8<<20-2<<20 {
			t.Fatalf("inflated %d of %d: %v", n, f.UncompressedSize64, err)
		}
		if ratio := f.UncompressedSize64 / f.CompressedSize64; ratio < 100 {
			t.Errorf("ratio %d, want a bomb", ratio)
		}
		return
	}
	t.Fatal("no sheet")
}

func TestBombStaysSmall(t *testing.T) {
	if n := len(ZipBomb(1500 << 20)); n > 4<<20 {
		t.Errorf("a 1.5 GB bomb takes %d bytes", n)
	}
}
