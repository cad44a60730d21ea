// Package diagset holds what the format parsers share about diagnostics: a
// set that drops repeated diagnostics, and a short stack trace for the
// "Internal error" diagnostic a recovered panic becomes. It is internal: a
// helper of parser/terraform and parser/arm, not API.
package diagset

import (
	"fmt"
	"strings"

	"github.com/preflight-iac/preflight/graph"
)

// Set accumulates diagnostics in order, without duplicates: a module
// evaluated once per instance, or a variable used by many resources, would
// otherwise report the same problem many times. The zero Set is ready.
type Set struct {
	List graph.Diagnostics
	seen map[string]bool
}

// Add appends the diagnostics not seen before (same severity, summary,
// detail and range).
func (s *Set) Add(ds ...graph.Diagnostic) {
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	for _, d := range ds {
		k := fmt.Sprintf("%d\x00%s\x00%s", d.Severity, d.Summary, d.Detail)
		if d.Range != nil {
			k += fmt.Sprintf("\x00%s:%d-%d", d.Range.Filename, d.Range.Start.Byte, d.Range.End.Byte)
		}
		if s.seen[k] {
			continue
		}
		s.seen[k] = true
		s.List = append(s.List, d)
	}
}

// Stack keeps the first lines of a stack trace (runtime/debug.Stack), short
// enough for a diagnostic.
func Stack(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > 16 {
		lines = lines[:16]
	}
	return strings.Join(lines, "\n")
}
