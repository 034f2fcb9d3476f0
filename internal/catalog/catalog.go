// Package catalog is the one list of rules: stable IDs, severities, Chinese
// titles and explanations. Table rules (package rules) and KPI rules (package
// kpi) register here, so the CLI, the page and the docs read one source.
//
// IDs are never reused: a retired rule stays listed with Retired set.
package catalog

import (
	"fmt"
	"sort"
	"sync"

	"reportcheck/internal/report"
)

// Rule describes one check.
type Rule struct {
	ID       string          // stable, e.g. "T0101", "K0003"
	Severity report.Severity // default severity; a profile may override it
	Title    string          // Chinese, short
	Doc      string          // Chinese explanation for the clerk
	Expr     string          // the identity in the canonical notation, when it has one
	Alias    string          // the same in the 行次/栏次 notation of the tables' notes
	Form     string          // "01".."09", "X" for cross-table, "kpi", "" for workbook-level
	Retired  bool
}

var (
	mu    sync.RWMutex
	rules = map[string]Rule{}
)

// Register adds rules; a duplicate ID is a programming error and panics at
// start-up, so a broken catalogue never ships.
func Register(rs ...Rule) {
	mu.Lock()
	defer mu.Unlock()
	for _, r := range rs {
		if r.ID == "" || r.Title == "" {
			panic(fmt.Sprintf("catalog: rule %q lacks an ID or title", r.ID))
		}
		if _, dup := rules[r.ID]; dup {
			panic("catalog: duplicate rule ID " + r.ID)
		}
		switch r.Severity {
		case report.Error, report.Warning, report.Info:
		default:
			panic("catalog: rule " + r.ID + " has no valid severity")
		}
		rules[r.ID] = r
	}
}

// Lookup finds a rule by ID.
func Lookup(id string) (Rule, bool) {
	mu.RLock()
	defer mu.RUnlock()
	r, ok := rules[id]
	return r, ok
}

// All returns every registered rule, sorted by ID.
func All() []Rule {
	mu.RLock()
	defer mu.RUnlock()
	out := make([]Rule, 0, len(rules))
	for _, r := range rules {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
