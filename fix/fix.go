package fix

import (
	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// Options configure Plan.
type Options struct {
	// AllowReplace applies fixes whose data says "replaces": true, which make
	// the provider destroy and recreate the resource.
	AllowReplace bool
}

// Result is what Plan computed.
type Result struct {
	Changes []Change  // one per changed file, sorted by Path
	Fixed   []Fixed   // findings whose fix is in Changes, in input order
	Unfixed []Unfixed // findings with a fix (Fix.Available) that is not applied, and why
}

// Change is the new content of one file.
type Change struct {
	Path          string // key of Graph.Files (the reported path)
	Before, After []byte
}

// Fixed is a finding whose fix is part of the Changes.
type Fixed struct {
	Finding eval.Finding
	// Replaces is set when the fix makes the provider replace the resource
	// and was applied because Options.AllowReplace was set.
	Replaces bool
	// Edits are this finding's own minimal replacements in the original
	// files, as if it were the only fix: what SARIF carries.
	Edits []Edit
}

// Edit replaces the original bytes [Start.Byte, End.Byte) of Path by Text.
type Edit struct {
	Path       string
	Start, End graph.Pos // Line and Column 1-based, as in graph
	Text       string
}

// Unfixed is a finding with a fix that Plan did not apply.
type Unfixed struct {
	Finding eval.Finding
	// Reason is a sentence fragment for the report: "cannot fix safely:
	// var.acl is also used by aws_s3_bucket.b (main.tf:12)".
	Reason string
	// Template is, for a fix that needs a value only the user knows, the
	// commented snippet to fill in; empty otherwise.
	Template string
}

// Plan computes, without touching the disk, the edits that the fixes of
// findings make to the files of g. Findings without a fix are ignored;
// every finding with one ends up in Fixed or Unfixed.
func Plan(g *graph.Graph, findings []eval.Finding, opts Options) *Result {
	p := newPlanner(g, findings, opts)
	// A file whose fixed content would not parse is refused: its fixes
	// move to Unfixed and the plan is made again without them.
	refused := map[int]string{}
	for {
		res, bad := p.run(refused)
		if len(bad) == 0 {
			return res
		}
		for i, why := range bad {
			refused[i] = why
		}
	}
}
