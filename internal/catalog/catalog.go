// Package catalog describes rules: stable IDs, severities, Chinese titles and
// explanations. The one registry of every rule is built explicitly from the
// lists the rule packages give (table rules from package rules, KPI rules
// from package kpi; see check.Registry), so the CLI, the page, the docs and
// profile validation read one source.
//
// IDs are never reused: a retired rule stays listed with Retired set.
package catalog

import (
	"fmt"
	"sort"

	"reportcheck/internal/report"
)

// Rule describes one check. A K rule's entry embeds it beside its check
// (kpi.Rule), so the registry and the evaluator read one entry.
type Rule struct {
	ID       string          // stable, e.g. "T0101", "K0003"
	Severity report.Severity // default severity; a profile may override it
	Title    string          // Chinese, short
	Doc      string          // Chinese explanation for the clerk
	Expr     string          // the identity in the canonical notation, when it has one
	Alias    string          // the same in the 行次/栏次 notation of the tables' notes
	Form     string          // "01".."09", "X" for cross-table, "kpi", "" for workbook-level
	Retired  string          // why the rule no longer runs; "" while it runs. IDs are never reused
}

// Registry is every rule of the engine, built once from the lists the rule
// packages give (check.Registry); it is never filled as a side effect.
type Registry struct {
	all  []Rule
	byID map[string]Rule
}

// New builds a registry. A duplicate ID, a missing title or an invalid
// severity is a programming error, reported so that a broken catalogue
// never ships.
func New(groups ...[]Rule) (*Registry, error) {
	reg := &Registry{byID: map[string]Rule{}}
	for _, g := range groups {
		for _, r := range g {
			if r.ID == "" || r.Title == "" {
				return nil, fmt.Errorf("catalog: rule %q lacks an ID or title", r.ID)
			}
			if _, dup := reg.byID[r.ID]; dup {
				return nil, fmt.Errorf("catalog: duplicate rule ID %s", r.ID)
			}
			switch r.Severity {
			case report.Error, report.Warning, report.Info:
			default:
				return nil, fmt.Errorf("catalog: rule %s has no valid severity", r.ID)
			}
			reg.byID[r.ID] = r
			reg.all = append(reg.all, r)
		}
	}
	sort.Slice(reg.all, func(i, j int) bool { return reg.all[i].ID < reg.all[j].ID })
	return reg, nil
}

// Lookup finds a rule by ID.
func (reg *Registry) Lookup(id string) (Rule, bool) {
	r, ok := reg.byID[id]
	return r, ok
}

// All returns every rule, sorted by ID.
func (reg *Registry) All() []Rule { return append([]Rule(nil), reg.all...) }
