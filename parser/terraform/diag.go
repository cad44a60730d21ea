package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/internal/diagset"
)

// convertRange turns an hcl.Range into a graph.Range. Filenames are already
// the reported names: every file is parsed under its reported name.
func convertRange(r hcl.Range) graph.Range {
	return graph.Range{
		Filename: r.Filename,
		Start:    graph.Pos{Line: r.Start.Line, Column: r.Start.Column, Byte: r.Start.Byte},
		End:      graph.Pos{Line: r.End.Line, Column: r.End.Column, Byte: r.End.Byte},
	}
}

// convertDiags is the one place where hcl diagnostics become graph
// diagnostics. sev, when not zero, overrides the severity of every
// diagnostic (a function error is a Warning for preflight, not an Error).
func convertDiags(ds hcl.Diagnostics, sev graph.Severity) graph.Diagnostics {
	var out graph.Diagnostics
	for _, d := range ds {
		if d == nil {
			continue
		}
		gd := graph.Diagnostic{Severity: sev, Summary: d.Summary, Detail: d.Detail}
		if gd.Severity == 0 {
			switch d.Severity {
			case hcl.DiagError:
				gd.Severity = graph.Error
			case hcl.DiagWarning:
				gd.Severity = graph.Warning
			default:
				gd.Severity = graph.Note
			}
		}
		// hcl's recovery from syntax errors can produce ranges without a
		// file; a diagnostic then goes without a range rather than point
		// nowhere.
		switch {
		case d.Subject != nil && d.Subject.Filename != "":
			r := convertRange(*d.Subject)
			gd.Range = &r
		case d.Context != nil && d.Context.Filename != "":
			r := convertRange(*d.Context)
			gd.Range = &r
		}
		out = append(out, gd)
	}
	return out
}

// diagSet is the shared set of diagnostics (repeats dropped), plus the
// conversion of hcl diagnostics.
type diagSet struct{ diagset.Set }

func (s *diagSet) add(ds ...graph.Diagnostic) { s.Add(ds...) }

// addHCL converts and adds hcl diagnostics.
func (s *diagSet) addHCL(ds hcl.Diagnostics) { s.add(convertDiags(ds, 0)...) }

// newDiag builds a diagnostic at r (nil for none).
func newDiag(sev graph.Severity, r *hcl.Range, summary, detail string) graph.Diagnostic {
	d := graph.Diagnostic{Severity: sev, Summary: summary, Detail: detail}
	if r != nil {
		gr := convertRange(*r)
		d.Range = &gr
	}
	return d
}
