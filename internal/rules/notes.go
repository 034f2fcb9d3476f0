package rules

import (
	"fmt"
	"sort"
	"strings"

	"reportcheck/internal/report"
)

// noteReplacer is built once: a Replacer is costly to make and safe to share.
var noteReplacer = strings.NewReplacer("＝", "=", "（", "(", "）", ")", "＋", "+", "－", "-", "—", "-", " ", "", "\u3000", "", "\n", "",
	"……", "…", "...", "…", "。", "", "．", "")

// canonNote folds the many ways drafts type a note: full-width signs and
// brackets, spaces, "..." or "…" or "……".
func canonNote(s string) string {
	s = noteReplacer.Replace(s)
	var b strings.Builder
	for _, r := range s {
		if r >= '０' && r <= '９' {
			r = '0' + (r - '０')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// notes compares each table's printed identities with the standard (N0001).
func (ev *evaluator) notes(add func(string, report.Finding)) {
	for _, t := range ev.res.Tables {
		if t.Spec == nil || len(t.Spec.Notes) == 0 || t.Note == "" {
			continue
		}
		std := make([]string, len(t.Spec.Notes))
		for i, n := range t.Spec.Notes {
			std[i] = canonNote(n)
		}
		text := canonNote(t.Note)
		// A note may open the bracket with "(" or forget it: "30行=(27+28+29)行" is
		// often typed "30行=(27+28+29）行"; canonNote already folded those.
		got := noteIdentities(text)
		if len(got) == 0 {
			continue // the note states no identities at all: nothing to compare
		}
		want := map[string]bool{}
		for _, s := range std {
			want[s] = true
		}
		have := map[string]bool{}
		var extra []string
		for _, g := range got {
			have[g] = true
			if !want[g] {
				extra = append(extra, g)
			}
		}
		var lack []string
		for _, s := range std {
			if !have[s] {
				lack = append(lack, s)
			}
		}
		if len(extra) == 0 && len(lack) == 0 {
			continue
		}
		sort.Strings(extra)
		msg := fmt.Sprintf("%s表注中的勾稽关系与标准格式不同", t.Label())
		if len(extra) > 0 {
			msg += "：表注写有“" + strings.Join(extra, "；") + "”"
		}
		if len(lack) > 0 {
			msg += "；标准为“" + strings.Join(lack, "；") + "”"
		}
		add("N0001", report.Finding{Form: t.Form, Sheet: t.Sheet, Cell: t.NoteCell, Actual: strings.Join(got, "；"),
			Expected: strings.Join(std, "；"), Severity: report.Warning, Message: msg})
	}
}
