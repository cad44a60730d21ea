package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// GitHub Actions workflow commands: each line becomes an annotation on the
// file and line, shown inline on a pull request's diff.

// ghData escapes a command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a property value, which also may not contain the
// separators ':' and ','.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// ghCommand maps a severity to the annotation command: errors for the top
// two, warnings for MEDIUM, notices for the rest.
func ghCommand(severity string) string {
	switch sarifLevel(severity) {
	case "error":
		return "error"
	case "warning":
		return "warning"
	}
	return "notice"
}

func writeGitHub(w io.Writer, g *graph.Graph, res *eval.Result, _ Options) error {
	bw := bufio.NewWriter(w)
	emit := func(cmd, file string, line, end, col int, title, msg string) {
		var props []string
		if file != "" {
			props = append(props, "file="+ghProperty(slashPath(file)))
			if line > 0 {
				props = append(props, fmt.Sprintf("line=%d", line), fmt.Sprintf("endLine=%d", max(end, line)))
				if col > 0 {
					props = append(props, fmt.Sprintf("col=%d", col))
				}
			}
		}
		if title != "" {
			props = append(props, "title="+ghProperty(title))
		}
		head := "::" + cmd
		if len(props) > 0 {
			head += " " + strings.Join(props, ",")
		}
		fmt.Fprintf(bw, "%s::%s\n", head, ghData(msg))
	}
	for _, f := range sortedFindings(res.Findings) {
		msg := f.Message
		if f.Origin != "" {
			msg += " (value from " + f.Origin + ")"
		}
		emit(ghCommand(f.Severity), f.File, startLine(f), endLine(f), f.Range.Start.Column,
			f.RuleID+" "+f.Title, fmt.Sprintf("%s [%s %s]", msg, f.Severity, f.Resource))
	}
	for _, f := range sortedFindings(res.Inconclusive) {
		emit("notice", f.File, startLine(f), endLine(f), f.Range.Start.Column,
			f.RuleID+" "+f.Title+" (inconclusive)", fmt.Sprintf("%s [%s %s]\n%s", f.Message, f.Severity, f.Resource, f.Cause))
	}
	s := summarize(g, res, "LOW")
	for _, lv := range []struct {
		cmd string
		ds  []diag
	}{{"error", s.Errors}, {"warning", s.Warnings}} {
		for _, d := range lv.ds {
			emit(lv.cmd, d.File, d.Line, d.Line, d.Column, "preflight", d.Message)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write github report: %w", err)
	}
	return nil
}
