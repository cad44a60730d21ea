package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// maxSnippetLines bounds the source shown under a finding: enough for a
// nested block, short enough that a list of findings stays readable.
const maxSnippetLines = 6

// ANSI SGR codes used by the text format.
const (
	sgrBold    = "1"
	sgrDim     = "2"
	sgrRed     = "1;31"
	sgrMagenta = "1;35"
	sgrYellow  = "33"
	sgrCyan    = "36"
)

// textWriter writes the text report. It remembers the first write error so
// that the formatting code can stay linear; Write returns it at the end.
type textWriter struct {
	w     *bufio.Writer
	color bool
	g     *graph.Graph
	err   error
}

func (t *textWriter) printf(format string, args ...any) {
	if t.err != nil {
		return
	}
	_, t.err = fmt.Fprintf(t.w, format, args...)
}

// paint wraps s in an ANSI colour when colour is on.
func (t *textWriter) paint(sgr, s string) string {
	if !t.color || s == "" {
		return s
	}
	return "\x1b[" + sgr + "m" + s + "\x1b[0m"
}

func (t *textWriter) severity(sev string) string {
	code := map[string]string{"CRITICAL": sgrMagenta, "HIGH": sgrRed, "MEDIUM": sgrYellow, "LOW": sgrCyan}[sev]
	if code == "" {
		code = sgrBold
	}
	return t.paint(code, clean(sev))
}

func writeText(w io.Writer, g *graph.Graph, res *eval.Result, opts Options) error {
	t := &textWriter{w: bufio.NewWriter(w), color: opts.Color, g: g}
	titles := map[string]string{}
	for _, r := range opts.Rules {
		titles[r.ID] = r.Title
	}
	s := summarize(g, res, opts.Threshold)

	findings := sortedFindings(res.Findings)
	for i, f := range findings {
		if i == 0 || f.File != findings[i-1].File {
			if i > 0 {
				t.printf("\n")
			}
			t.printf("%s\n", t.paint(sgrBold, "── "+clean(displayFile(f.File))))
		}
		t.printf("\n")
		t.finding(f, titles, opts.Threshold)
	}
	if opts.Quiet {
		t.diagnostics("Errors", s.Errors)
		return t.flush()
	}
	if len(findings) == 0 {
		t.printf("No findings.\n")
	}

	if inc := sortedFindings(res.Inconclusive); len(inc) > 0 {
		t.printf("\n%s\n", t.paint(sgrBold, fmt.Sprintf("Inconclusive (%d): these results depend on values unknown before deploy", len(inc))))
		for _, f := range inc {
			t.printf("  %s: %s %s: %s\n", clean(location(f)), t.severity(f.Severity), t.paint(sgrBold, clean(f.RuleID)), clean(title(f, titles)))
			t.printf("    resource: %s\n", clean(f.Resource))
			if f.Attribute != "" {
				t.printf("    attribute: %s\n", clean(f.Attribute))
			}
			t.printf("    cause: %s\n", clean(f.Cause))
		}
	}

	t.diagnostics("Errors", s.Errors)
	t.diagnostics("Warnings", s.Warnings)
	t.summary(s, len(opts.Rules))
	return t.flush()
}

func (t *textWriter) flush() error {
	if t.err != nil {
		return fmt.Errorf("write text report: %w", t.err)
	}
	if err := t.w.Flush(); err != nil {
		return fmt.Errorf("write text report: %w", err)
	}
	return nil
}

func (t *textWriter) finding(f eval.Finding, titles map[string]string, threshold string) {
	below := ""
	if !AtOrAbove(f.Severity, threshold) {
		below = " " + t.paint(sgrDim, "(below threshold)")
	}
	t.printf("%s: %s %s: %s%s\n", clean(location(f)), t.severity(f.Severity), t.paint(sgrBold, clean(f.RuleID)), clean(title(f, titles)), below)
	t.printf("  resource: %s\n", clean(f.Resource))
	if f.Message != "" {
		t.printf("  %s\n", clean(f.Message))
	}
	if f.Origin != "" {
		t.printf("  value from %s\n", clean(f.Origin))
	}
	if f.Fix.Available && f.Fix.Description != "" {
		t.printf("  fix: %s\n", clean(f.Fix.Description))
	}
	t.snippet(f)
}

// snippet prints the source lines of the finding with their numbers, like a
// compiler: the attribute's lines, or only the first line of the resource
// when the resource as a whole is at fault.
func (t *textWriter) snippet(f eval.Finding) {
	file, first, last := f.Range.Filename, f.Range.Start.Line, f.Range.End.Line
	if file == "" || first == 0 {
		file, first, last = f.File, f.StartLine, f.StartLine
	}
	if f.Attribute == "" || last < first {
		last = first
	}
	src, ok := t.g.Files[file]
	if !ok || first <= 0 {
		return
	}
	lines := bytes.Split(src, []byte("\n"))
	if first > len(lines) {
		return
	}
	last = min(last, len(lines))
	truncated := last-first+1 > maxSnippetLines
	if truncated {
		last = first + maxSnippetLines - 1
	}
	width := len(strconv.Itoa(last))
	t.printf("\n")
	for n := first; n <= last; n++ {
		line := strings.TrimRight(string(lines[n-1]), "\r")
		line = strings.ReplaceAll(line, "\t", "  ")
		t.printf("  %s %s\n", t.paint(sgrDim, fmt.Sprintf("%*d │", width, n)), clean(line))
	}
	if truncated {
		t.printf("  %s\n", t.paint(sgrDim, fmt.Sprintf("%*s ┆", width, "")))
	}
}

func (t *textWriter) diagnostics(heading string, ds []diag) {
	if len(ds) == 0 {
		return
	}
	t.printf("\n%s\n", t.paint(sgrBold, fmt.Sprintf("%s (%d)", heading, len(ds))))
	for _, d := range ds {
		t.printf("  %s\n", clean(d.String()))
	}
}

func (t *textWriter) summary(s summary, rules int) {
	t.printf("\n%s\n", t.paint(sgrBold, "Summary"))
	scanned := fmt.Sprintf("%s, %s", plural(s.Files, "file"), plural(s.Resources, "resource"))
	if rules > 0 {
		scanned += ", " + plural(rules, "rule")
	}
	t.printf("  scanned         %s\n", scanned)
	t.printf("  findings        %d (%d at or above %s", s.Findings, s.Failing, s.Threshold)
	if s.BelowThreshold > 0 {
		t.printf(", %d below", s.BelowThreshold)
	}
	t.printf(")\n")
	counts := func(keys []string, n map[string]int) string {
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s %d", clean(k), n[k])
		}
		return strings.Join(parts, ", ")
	}
	t.printf("  by severity     %s\n", counts(s.severities, s.BySeverity))
	t.printf("  by category     %s\n", counts(s.categories, s.ByCategory))
	t.printf("  inconclusive    %d\n", s.Inconclusive)
	if s.Suppressed > 0 {
		sources := slices.Sorted(maps.Keys(s.BySource))
		t.printf("  suppressed      %d (%s)\n", s.Suppressed, counts(sources, s.BySource))
	}
	t.printf("  errors          %d\n", len(s.Errors))
	t.printf("  warnings        %d\n", len(s.Warnings))
}

// location is where a finding points: the attribute's precise range when
// eval resolved it, else the file and line eval reported.
func location(f eval.Finding) string {
	if l := f.Range.String(); l != "" {
		return l
	}
	if f.StartLine > 0 {
		return fmt.Sprintf("%s:%d", displayFile(f.File), f.StartLine)
	}
	return displayFile(f.File)
}

func displayFile(name string) string {
	if name == "" {
		return "(no file)"
	}
	return name
}

func title(f eval.Finding, titles map[string]string) string {
	if f.Title != "" {
		return f.Title
	}
	return titles[f.RuleID]
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// clean replaces control characters with U+FFFD. Messages, snippets and
// file names come from the scanned files, which must not be able to move the
// cursor or recolour the user's terminal.
func clean(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return unicode.ReplacementChar
		}
		return r
	}, s)
}

func isControl(r rune) bool {
	return r != '\t' && unicode.IsControl(r)
}
