package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// JUnit XML as Jenkins, GitLab and Azure DevOps read it: a testsuite per
// rule, a testcase per result of that rule on one resource.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitMessage `xml:"failure"`
	Error     *junitMessage `xml:"error"`
	Skipped   *junitMessage `xml:"skipped"`
}

type junitMessage struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",chardata"`
}

func writeJUnit(w io.Writer, g *graph.Graph, res *eval.Result, opts Options) error {
	doc := junitSuites{Name: "preflight"}
	findings := sortedFindings(res.Findings)
	inconclusive := sortedFindings(res.Inconclusive)
	suppressed := sortedFindings(res.Suppressed)
	for _, r := range rulesRan(opts.Rules, res) {
		suite := junitSuite{Name: r.ID}
		for _, f := range findings {
			if f.RuleID != r.ID {
				continue
			}
			c := junitCaseOf(f)
			body := fmt.Sprintf("%s\n%s %s at %s", f.Message, f.Severity, f.RuleID, findingPlace(f))
			if f.Origin != "" {
				body += "\nvalue from " + f.Origin
			}
			c.Failure = &junitMessage{Message: f.Message, Type: f.Severity, Text: body}
			suite.Failures++
			suite.Cases = append(suite.Cases, c)
		}
		for _, f := range inconclusive {
			if f.RuleID != r.ID {
				continue
			}
			c := junitCaseOf(f)
			c.Skipped = &junitMessage{Message: "inconclusive: " + f.Cause, Text: f.Message + "\n" + f.Cause}
			suite.Skipped++
			suite.Cases = append(suite.Cases, c)
		}
		for _, f := range suppressed {
			if f.RuleID != r.ID || f.Suppression == nil {
				continue
			}
			c := junitCaseOf(f)
			why := fmt.Sprintf("suppressed (%s): %s", f.Suppression.Source, f.Suppression.Reason)
			c.Skipped = &junitMessage{Message: why, Text: f.Message + "\n" + why}
			suite.Skipped++
			suite.Cases = append(suite.Cases, c)
		}
		if len(suite.Cases) == 0 {
			// A rule that found nothing still ran; a passing testcase shows
			// it in the CI's test count.
			suite.Cases = append(suite.Cases, junitCase{Name: "no findings", Classname: r.ID})
		}
		suite.Tests = len(suite.Cases)
		doc.Suites = append(doc.Suites, suite)
	}
	// Files that did not parse are errors of the run itself: a suite of
	// their own, so that CI shows the scan as broken rather than clean.
	if errs := diagnostics(g.Diagnostics, graph.Error); len(errs) > 0 {
		suite := junitSuite{Name: "preflight"}
		for _, d := range errs {
			name := d.location()
			if name == "" {
				name = "scan"
			}
			suite.Cases = append(suite.Cases, junitCase{
				Name: name, Classname: "preflight", File: d.File, Line: d.Line,
				Error: &junitMessage{Message: d.Message, Type: "error", Text: d.String()},
			})
			suite.Errors++
		}
		suite.Tests = len(suite.Cases)
		doc.Suites = append(doc.Suites, suite)
	}
	for _, s := range doc.Suites {
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Errors += s.Errors
		doc.Skipped += s.Skipped
	}

	var b strings.Builder
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	b.WriteString("\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	return nil
}

func junitCaseOf(f eval.Finding) junitCase {
	name := f.Resource
	if f.Attribute != "" {
		name += "." + f.Attribute
	}
	return junitCase{Name: name, Classname: f.RuleID, File: slashPath(f.File), Line: startLine(f)}
}

// findingPlace is "file:line" of a finding, or the file alone.
func findingPlace(f eval.Finding) string {
	if l := startLine(f); l > 0 {
		return fmt.Sprintf("%s:%d", slashPath(f.File), l)
	}
	return slashPath(f.File)
}
