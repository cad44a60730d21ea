package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// Formats that Write accepts.
const (
	FormatText     = "text"
	FormatJSON     = "json"
	FormatSARIF    = "sarif"
	FormatJUnit    = "junit"
	FormatGitHub   = "github"
	FormatMarkdown = "markdown"
)

// Formats lists every format Write accepts, in the order help texts show them.
func Formats() []string {
	return []string{FormatText, FormatJSON, FormatSARIF, FormatJUnit, FormatGitHub, FormatMarkdown}
}

// Options tune a report.
type Options struct {
	// Color turns on ANSI colours in the text format. The caller decides
	// (terminal, NO_COLOR, --no-color); the JSON format ignores it.
	Color bool
	// Threshold is the failing severity (CRITICAL, HIGH, MEDIUM or LOW):
	// findings below it are still shown but marked as not failing. Empty
	// means LOW, so that every finding fails.
	Threshold string
	// Rules is the catalogue the result was evaluated with. The text format
	// uses it for the number of rules checked and to fill a missing title.
	Rules []eval.Rule
	// Version is the preflight version the SARIF format names as the
	// tool's; empty leaves it out.
	Version string
	// Quiet keeps the text format to the findings and errors: no summary,
	// no inconclusive results, no warnings, nothing at all on a clean scan.
	Quiet bool
	// Fixes are the automatic fixes of findings as byte replacements, by
	// finding fingerprint, for the formats that carry fixes (SARIF). The
	// caller computes them with package fix.
	Fixes map[string][]FixEdit
}

// FixEdit replaces the source between Start and End (End exclusive) of
// File by Text; Start = End is an insertion.
type FixEdit struct {
	File       string
	Start, End graph.Pos
	Text       string
}

// Write writes the report of one scan to w in format (one of
// Formats()). g supplies the file contents for source snippets, the counts
// of files and resources, and the diagnostics; res the findings. Either may
// be nil, which reads as empty. Write does not modify g or res.
func Write(w io.Writer, format string, g *graph.Graph, res *eval.Result, opts Options) error {
	if g == nil {
		g = &graph.Graph{}
	}
	if res == nil {
		res = &eval.Result{}
	}
	opts.Threshold = strings.ToUpper(opts.Threshold)
	if opts.Threshold == "" {
		opts.Threshold = "LOW"
	}
	if SeverityRank(opts.Threshold) == 0 {
		return fmt.Errorf("write report: unknown severity %q (want %s)", opts.Threshold, strings.Join(eval.Severities, ", "))
	}
	switch format {
	case FormatText:
		return writeText(w, g, res, opts)
	case FormatJSON:
		return writeJSON(w, g, res)
	case FormatSARIF:
		return writeSARIF(w, g, res, opts)
	case FormatJUnit:
		return writeJUnit(w, g, res, opts)
	case FormatGitHub:
		return writeGitHub(w, g, res, opts)
	case FormatMarkdown:
		return writeMarkdown(w, g, res, opts)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats(), ", "))
}

// SeverityRank orders severities: CRITICAL is 4, HIGH 3, MEDIUM 2, LOW 1.
// Case does not matter. Anything else is 0, below every real severity.
func SeverityRank(severity string) int {
	s := strings.ToUpper(severity)
	for i, known := range eval.Severities {
		if s == known {
			return len(eval.Severities) - i
		}
	}
	return 0
}

// AtOrAbove reports whether severity is at or above threshold, that is,
// whether a finding of that severity fails a run with that threshold. An
// unrecognised severity is below every threshold.
func AtOrAbove(severity, threshold string) bool {
	r := SeverityRank(severity)
	return r > 0 && r >= SeverityRank(threshold)
}

// Failing returns the number of active findings in res at or above
// threshold. Inconclusive results never count here; the CLI decides
// separately whether they fail the run.
func Failing(res *eval.Result, threshold string) int {
	if res == nil {
		return 0
	}
	n := 0
	for _, f := range res.Findings {
		if AtOrAbove(f.Severity, threshold) {
			n++
		}
	}
	return n
}

// sortedFindings returns a sorted copy of fs: by file, line, column, rule id,
// resource, then attribute. eval already sorts, but the report must be
// deterministic whatever produced its input.
func sortedFindings(fs []eval.Finding) []eval.Finding {
	out := slices.Clone(fs)
	slices.SortStableFunc(out, func(a, b eval.Finding) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(startLine(a), startLine(b)),
			cmp.Compare(a.Range.Start.Column, b.Range.Start.Column),
			cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(a.Resource, b.Resource),
			cmp.Compare(a.Attribute, b.Attribute),
		)
	})
	return out
}

// startLine is the line a finding points at: the attribute's own line when
// eval resolved its range, else the line eval reported.
func startLine(f eval.Finding) int {
	if f.Range.Start.Line > 0 {
		return f.Range.Start.Line
	}
	return f.StartLine
}

// diag is a graph diagnostic reduced to what a report shows.
type diag struct {
	File    string
	Line    int
	Column  int
	Message string
}

// location formats the diagnostic's place as "file:line", or just the file,
// or nothing when it has no place.
func (d diag) location() string {
	switch {
	case d.File == "":
		return ""
	case d.Line == 0:
		return d.File
	}
	return fmt.Sprintf("%s:%d", d.File, d.Line)
}

// String formats the diagnostic as "file:line: message".
func (d diag) String() string {
	if loc := d.location(); loc != "" {
		return loc + ": " + d.Message
	}
	return d.Message
}

// diagnostics returns the diagnostics of severity sev, sorted and without
// duplicates: a module called twice reports the same warning twice, and a
// user needs to read it once.
func diagnostics(ds graph.Diagnostics, sev graph.Severity) []diag {
	var out []diag
	for _, d := range ds {
		if d.Severity != sev {
			continue
		}
		x := diag{Message: d.Summary}
		if d.Detail != "" {
			x.Message += "; " + d.Detail
		}
		if d.Range != nil {
			x.File, x.Line, x.Column = d.Range.Filename, d.Range.Start.Line, d.Range.Start.Column
		}
		out = append(out, x)
	}
	slices.SortFunc(out, func(a, b diag) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return slices.Compact(out)
}

// DiagnosticLines formats the diagnostics of severity sev as
// "file:line: Summary; Detail" lines, sorted and without duplicates, the
// same lines the text report lists under Errors and Warnings.
func DiagnosticLines(ds graph.Diagnostics, sev graph.Severity) []string {
	var out []string
	for _, d := range diagnostics(ds, sev) {
		out = append(out, d.String())
	}
	return out
}

// summary is the count of everything a report shows, shared by the formats
// so that they can never disagree.
type summary struct {
	Files, Resources        int
	Findings, Inconclusive  int
	Suppressed              int
	BySource                map[string]int // suppressed findings by Suppression.Source
	BySeverity, ByCategory  map[string]int
	Errors, Warnings        []diag
	Failing, BelowThreshold int
	Threshold               string
	categories, severities  []string // the keys of ByCategory and BySeverity, in display order
}

func summarize(g *graph.Graph, res *eval.Result, threshold string) summary {
	s := summary{
		Files:        len(g.Files),
		Resources:    len(g.Resources),
		Findings:     len(res.Findings),
		Inconclusive: len(res.Inconclusive),
		BySeverity:   map[string]int{},
		ByCategory:   map[string]int{},
		Suppressed:   len(res.Suppressed),
		BySource:     map[string]int{},
		// Diagnostics about suppressions (missing reasons, expired dates)
		// are reported with those about the input.
		Errors:     diagnostics(allDiagnostics(g, res), graph.Error),
		Warnings:   diagnostics(allDiagnostics(g, res), graph.Warning),
		Threshold:  threshold,
		severities: slices.Clone(eval.Severities),
		categories: slices.Clone(eval.Categories),
	}
	// Every known severity and category is present, zero or not, so that a
	// consumer can index the maps without checking for absence.
	for _, sev := range eval.Severities {
		s.BySeverity[sev] = 0
	}
	for _, c := range eval.Categories {
		s.ByCategory[c] = 0
	}
	for _, f := range res.Suppressed {
		if f.Suppression != nil {
			s.BySource[f.Suppression.Source]++
		}
	}
	for _, f := range res.Findings {
		if _, ok := s.BySeverity[f.Severity]; !ok {
			s.severities = append(s.severities, f.Severity)
		}
		s.BySeverity[f.Severity]++
		if _, ok := s.ByCategory[f.Category]; !ok {
			s.categories = append(s.categories, f.Category)
		}
		s.ByCategory[f.Category]++
		if AtOrAbove(f.Severity, threshold) {
			s.Failing++
		} else {
			s.BelowThreshold++
		}
	}
	// Severities and categories outside the known lists (a user rule's own)
	// follow the known ones in name order, whatever order findings came in.
	slices.Sort(s.severities[len(eval.Severities):])
	slices.Sort(s.categories[len(eval.Categories):])
	return s
}

// allDiagnostics are the graph's diagnostics followed by the result's.
func allDiagnostics(g *graph.Graph, res *eval.Result) graph.Diagnostics {
	if len(res.Diagnostics) == 0 {
		return g.Diagnostics
	}
	return append(slices.Clip(g.Diagnostics), res.Diagnostics...)
}
