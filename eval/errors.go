package eval

import (
	"fmt"

	"github.com/preflight-iac/preflight/graph"
)

// PolicyError is returned by New when a policy does not compile or lacks
// required metadata, and by Eval when a rule returns a malformed result. Its
// Diagnostics carry the policy file and line; the CLI maps it to exit code 2.
type PolicyError struct {
	Diagnostics graph.Diagnostics
}

// Error formats the first diagnostic and counts the others.
func (e *PolicyError) Error() string {
	switch len(e.Diagnostics) {
	case 0:
		return "load policies: invalid policy"
	case 1:
		return "load policies: " + e.Diagnostics[0].Error()
	}
	return fmt.Sprintf("load policies: %s (and %d more)", e.Diagnostics[0].Error(), len(e.Diagnostics)-1)
}

// policyDiag builds an error diagnostic located in a policy file.
func policyDiag(summary, detail, file string, line, col int) graph.Diagnostic {
	d := graph.Diagnostic{Severity: graph.Error, Summary: summary, Detail: detail}
	if file != "" {
		p := graph.Pos{Line: line, Column: col}
		d.Range = &graph.Range{Filename: file, Start: p, End: p}
	}
	return d
}
