// This file is not upstream: reportcheck patch 12 (PATCHES.md).

package excelize

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on first use. Upstream's
// package variables of type *regexp.Regexp are compiled in the package's
// init, and a sync.OnceValue in a package variable would be made there too,
// keeping its function and so the compiler; a lazyRegexp is plain data (its
// pattern), so the linker keeps regexp's compiler and matcher only when a
// reachable function calls get.
type lazyRegexp struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
}

// get compiles the pattern the first time and returns it.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pattern) })
	return l.re
}
