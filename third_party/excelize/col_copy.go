// This file is not upstream: see PATCHES.md (change 7).

package excelize

// copyCol is a deep copy of a column definition, as deepcopy.Copy made it
// upstream: every field is a value but Width, whose float is copied too.
// go-deepcopy looks methods up by reflection, which makes the linker keep
// every exported method of every reachable type; writing a workbook reaches
// this function, so the plain copy keeps that out of the wasm.
func copyCol(col xlsxCol) xlsxCol {
	c := col
	if col.Width != nil {
		w := *col.Width
		c.Width = &w
	}
	return c
}
