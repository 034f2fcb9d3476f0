// Not upstream: see PATCHES.md, change 13.

package excelize

import "strings"

// notForCells reports a part that opening with Options.CellsOnly leaves in
// the zip, uninflated: the styles, the theme, the calculation chain,
// pictures, printer settings, embedded objects, custom XML and the document
// properties. A reader of cell values never needs them, and a real draft's
// styles and pictures can be larger than all of its sheets. Its size still
// counts towards UnzipSizeLimit.
func notForCells(name string) bool {
	n := strings.ToLower(name)
	switch n {
	case "xl/styles.xml", "xl/calcchain.xml":
		return true
	}
	for _, prefix := range []string{"xl/theme/", "xl/media/", "xl/printersettings/", "xl/embeddings/", "docprops/", "customxml/"} {
		if strings.HasPrefix(n, prefix) {
			return true
		}
	}
	return false
}

// SheetPaths (not upstream: PATCHES.md, change 14) maps each sheet's name
// to the part excelize reads it from, as worked out when the file was
// opened (getSheetMap): a reader of the raw parts reads the very part
// excelize would. A sheet whose part is missing is not in the map.
func (f *File) SheetPaths() map[string]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make(map[string]string, len(f.sheetMap))
	for name, path := range f.sheetMap {
		out[name] = path
	}
	return out
}
