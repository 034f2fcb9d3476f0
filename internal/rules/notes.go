package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"reportcheck/internal/report"
)

// standardNotes are the identities the ministry's template prints in each
// table's note, in canonical form (see canonNote).
var standardNotes = map[string][]string{
	"01": {"27行=(1+2+3+4+5+6+7+8)行", "30行=(27+28+29)行", "57行=(31+32+…+56)行", "60行=(57+58+59)行"},
	"02": {"1栏各行=(2+3+4+5+6+7)栏各行"},
	"03": {"1栏各行=(2+3+4+5+6)栏各行"},
	"04": {"27行=(1+2+3)行", "28行=(29+30+31)行", "32行=(27+28)行", "59行=(33+34+…+58)行", "64行=(59+60)行"},
	"05": {"1栏各行=(2+3)栏各行"},
	"07": {"6栏各行=(1+2-3)栏各行", "3栏各行=(4+5)栏各行"},
	"08": {"1栏各行=(2+3)栏各行"},
	"09": {"1栏=(2+3+6)栏", "3栏=(4+5)栏", "7栏=(8+9+12)栏", "9栏=(10+11)栏"},
}

var noteIdentityRe = regexp.MustCompile(`\d+(?:行|栏)(?:各行)?=\([0-9+\-…]+\)(?:行|栏)(?:各行)?`)

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
		std, ok := standardNotes[t.Form]
		if !ok || t.Note == "" {
			continue
		}
		text := canonNote(t.Note)
		// A note may open the bracket with "(" or forget it: "30行=(27+28+29)行" is
		// often typed "30行=(27+28+29）行"; canonNote already folded those.
		got := noteIdentityRe.FindAllString(text, -1)
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
		msg := fmt.Sprintf("公开%s表表注中的勾稽关系与标准格式不同", t.Form)
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
