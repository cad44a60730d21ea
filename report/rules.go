package report

import (
	"cmp"
	"path/filepath"
	"slices"
	"strings"

	"github.com/preflight-iac/preflight/eval"
)

// rulesRan returns the rules a machine format describes, sorted by id: the
// catalogue the scan ran with, plus a minimal rule for every id a finding
// names that the catalogue lacks, so that a result never points at a rule
// the report does not define.
func rulesRan(catalogue []eval.Rule, res *eval.Result) []eval.Rule {
	seen := map[string]bool{}
	var out []eval.Rule
	for _, r := range catalogue {
		if !seen[r.ID] {
			seen[r.ID] = true
			out = append(out, r)
		}
	}
	for _, fs := range [][]eval.Finding{res.Findings, res.Inconclusive, res.Suppressed} {
		for _, f := range fs {
			if !seen[f.RuleID] {
				seen[f.RuleID] = true
				out = append(out, eval.Rule{ID: f.RuleID, Title: f.Title, Severity: f.Severity, Category: f.Category})
			}
		}
	}
	// The catalogue may carry an empty title or severity (tests, a user
	// rule); the findings know them.
	for i := range out {
		for _, fs := range [][]eval.Finding{res.Findings, res.Inconclusive, res.Suppressed} {
			for _, f := range fs {
				if f.RuleID != out[i].ID {
					continue
				}
				out[i].Title = cmp.Or(out[i].Title, f.Title)
				out[i].Severity = cmp.Or(out[i].Severity, f.Severity)
				out[i].Category = cmp.Or(out[i].Category, f.Category)
			}
		}
	}
	slices.SortFunc(out, func(a, b eval.Rule) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// endLine is the last line of a finding's range: the attribute's when eval
// resolved it, else the resource's, never before the start line.
func endLine(f eval.Finding) int {
	e := f.EndLine
	if f.Range.Start.Line > 0 {
		e = f.Range.End.Line
	}
	return max(e, startLine(f))
}

// slashPath is a report path with forward slashes whatever the OS, as
// GitHub and SARIF consumers expect.
func slashPath(p string) string {
	return filepath.ToSlash(p)
}

// ruleAnchor is the fragment of a rule's section in docs/rules.md.
func ruleAnchor(id string) string {
	return strings.ToLower(id)
}
