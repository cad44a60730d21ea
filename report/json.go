package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// JSONVersion is the version of the JSON report's schema. It changes only
// when a field is removed or changes meaning; adding a field keeps it.
const JSONVersion = "1"

// jsonReport is the JSON document of DESIGN.md §"Findings and the JSON
// report", plus "warnings", an additive field. Every slice is non-nil so
// that it prints as [] and a consumer never has to handle null.
type jsonReport struct {
	Version      string         `json:"version"`
	Findings     []eval.Finding `json:"findings"`
	Inconclusive []eval.Finding `json:"inconclusive"`
	// Suppressed are the findings silenced by inline comments or ARM
	// metadata, each with its "suppression" object.
	Suppressed []eval.Finding `json:"suppressed"`
	Summary    jsonSummary    `json:"summary"`
	Errors     []jsonDiag     `json:"errors"`
	Warnings   []jsonDiag     `json:"warnings"`
}

type jsonSummary struct {
	Files        int            `json:"files"`
	Resources    int            `json:"resources"`
	Findings     int            `json:"findings"`
	Inconclusive int            `json:"inconclusive"`
	Suppressed   int            `json:"suppressed"`
	BySeverity   map[string]int `json:"by_severity"`
	ByCategory   map[string]int `json:"by_category"`
}

type jsonDiag struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Message string `json:"message"`
}

func writeJSON(w io.Writer, g *graph.Graph, res *eval.Result) error {
	// The threshold does not change the JSON document: a consumer applies
	// its own, and the CLI's exit code carries ours.
	s := summarize(g, res, "LOW")
	doc := jsonReport{
		Version:      JSONVersion,
		Findings:     nonNil(sortedFindings(res.Findings)),
		Inconclusive: nonNil(sortedFindings(res.Inconclusive)),
		Suppressed:   nonNil(sortedFindings(res.Suppressed)),
		Summary: jsonSummary{
			Files:        s.Files,
			Resources:    s.Resources,
			Findings:     s.Findings,
			Inconclusive: s.Inconclusive,
			Suppressed:   s.Suppressed,
			BySeverity:   s.BySeverity,
			ByCategory:   s.ByCategory,
		},
		Errors:   jsonDiags(s.Errors),
		Warnings: jsonDiags(s.Warnings),
	}
	// encoding/json writes map keys sorted, so the document is
	// deterministic; Encode adds the trailing newline.
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}

func nonNil(fs []eval.Finding) []eval.Finding {
	if fs == nil {
		return []eval.Finding{}
	}
	return fs
}

func jsonDiags(ds []diag) []jsonDiag {
	out := make([]jsonDiag, 0, len(ds))
	for _, d := range ds {
		out = append(out, jsonDiag{File: d.File, Line: d.Line, Message: d.Message})
	}
	return out
}
