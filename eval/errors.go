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

	op string // "load policies" (New) or "evaluate policies" (Eval)
}

// Error formats the first diagnostic and counts the others.
func (e *PolicyError) Error() string {
	op := e.op
	if op == "" {
		op = "load policies"
	}
	switch len(e.Diagnostics) {
	case 0:
		return op + ": invalid policy"
	case 1:
		return op + ": " + e.Diagnostics[0].Error()
	}
	return fmt.Sprintf("%s: %s (and %d more)", op, e.Diagnostics[0].Error(), len(e.Diagnostics)-1)
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
