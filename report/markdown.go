package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// rulesDocPath is where rule ids link to. It is relative so that the link
// works in a PR comment or job summary of the repository that vendors the
// docs, and in the preflight repository itself.
const rulesDocPath = "docs/rules.md"

func writeMarkdown(w io.Writer, g *graph.Graph, res *eval.Result, opts Options) error {
	s := summarize(g, res, opts.Threshold)
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("## preflight: %s, %d inconclusive\n\n", plural(s.Findings, "finding"), s.Inconclusive)
	p("%d at or above %s (failing), %d below; %s in %s checked", s.Failing, s.Threshold, s.BelowThreshold,
		plural(s.Resources, "resource"), plural(s.Files, "file"))
	if n := len(rulesRan(opts.Rules, res)); n > 0 {
		p(" against %s", plural(n, "rule"))
	}
	p(".\n")
	if s.Suppressed > 0 {
		// Suppressed findings are not listed: a pull-request comment is
		// for what needs attention. The count shows that some exist.
		p("\n%s suppressed in the source, not shown.\n", plural(s.Suppressed, "finding"))
	}
	if len(s.Errors) > 0 {
		p("\n**%s: some files were not scanned.**\n", plural(len(s.Errors), "error"))
	}

	if s.Findings > 0 {
		// Category × severity, only the rows with findings: the table is
		// for a glance, the list below has the detail.
		p("\n| Responsibility |")
		for _, sev := range s.severities {
			p(" %s |", mdCell(sev))
		}
		p(" Total |\n|---|")
		for range s.severities {
			p("---:|")
		}
		p("---:|\n")
		count := map[[2]string]int{}
		for _, f := range res.Findings {
			count[[2]string{f.Category, f.Severity}]++
		}
		for _, c := range s.categories {
			if s.ByCategory[c] == 0 {
				continue
			}
			p("| %s |", mdCell(c))
			for _, sev := range s.severities {
				p(" %d |", count[[2]string{c, sev}])
			}
			p(" %d |\n", s.ByCategory[c])
		}
		p("| **Total** |")
		for _, sev := range s.severities {
			p(" %d |", s.BySeverity[sev])
		}
		p(" %d |\n", s.Findings)

		p("\n### Findings\n\n")
		mdFindings(p, sortedFindings(res.Findings), false)
	}

	if s.Inconclusive > 0 {
		p("\n<details>\n<summary>%d inconclusive (values unknown before deploy)</summary>\n\n", s.Inconclusive)
		mdFindings(p, sortedFindings(res.Inconclusive), true)
		p("\n</details>\n")
	}

	for _, lv := range []struct {
		title string
		ds    []diag
	}{{"Errors", s.Errors}, {"Warnings", s.Warnings}} {
		if len(lv.ds) == 0 {
			continue
		}
		p("\n### %s\n\n", lv.title)
		for _, d := range lv.ds {
			if loc := d.location(); loc != "" {
				p("- `%s`: %s\n", mdCode(loc), mdText(d.Message))
			} else {
				p("- %s\n", mdText(d.Message))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write markdown report: %w", err)
	}
	return nil
}

func mdFindings(p func(string, ...any), fs []eval.Finding, inconclusive bool) {
	last := "Message"
	if inconclusive {
		last = "Why unknown"
	}
	p("| Severity | Rule | Title | Location | Resource | %s |\n|---|---|---|---|---|---|\n", last)
	for _, f := range fs {
		msg := f.Message
		if f.Origin != "" {
			msg += " (value from " + f.Origin + ")"
		}
		if inconclusive {
			msg += ". " + f.Cause
		}
		p("| %s | [%s](%s#%s) | %s | `%s` | `%s` | %s |\n",
			mdCell(f.Severity), mdCell(f.RuleID), rulesDocPath, ruleAnchor(f.RuleID), mdCell(f.Title),
			mdCode(findingPlace(f)), mdCode(f.Resource), mdCell(msg))
	}
}

// mdText escapes the characters that would turn text into markup or HTML.
func mdText(s string) string {
	return strings.NewReplacer(
		"\\", "\\\\", "`", "\\`", "*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]",
		"<", "&lt;", ">", "&gt;", "\r", " ", "\n", " ",
	).Replace(s)
}

// mdCell is mdText that also keeps a table cell a cell.
func mdCell(s string) string {
	return strings.ReplaceAll(mdText(s), "|", "\\|")
}

// mdCode is text inside a table's code span: backticks cannot be escaped
// there, so they become quotes; pipes still end the cell otherwise.
func mdCode(s string) string {
	return strings.NewReplacer("`", "'", "|", "\\|", "\r", " ", "\n", " ").Replace(s)
}
