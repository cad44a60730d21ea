package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

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
	return writeIndented(w, doc)
}

// writeIndented writes doc as json.Encoder with a two-space indent and
// without HTML escaping would, map keys sorted, so the document is
// deterministic. The finding lists, most of a large report, are encoded on
// every core; encoding/json would encode and then re-indent the whole
// document in one goroutine.
func writeIndented(w io.Writer, doc jsonReport) error {
	var b bytes.Buffer
	fields := []struct {
		key   string
		value any
	}{
		{"version", doc.Version},
		{"findings", doc.Findings},
		{"inconclusive", doc.Inconclusive},
		{"suppressed", doc.Suppressed},
		{"summary", doc.Summary},
		{"errors", doc.Errors},
		{"warnings", doc.Warnings},
	}
	b.WriteString("{\n")
	for i, f := range fields {
		fmt.Fprintf(&b, "  %q: ", f.key)
		var err error
		if fs, ok := f.value.([]eval.Finding); ok {
			err = encodeFindings(&b, fs)
		} else {
			err = encodeIndented(&b, f.value, "  ")
		}
		if err != nil {
			return fmt.Errorf("write json report: %w", err)
		}
		if i < len(fields)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("}\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}

// encodeIndented appends v as an indented value whose lines after the first
// start with prefix.
func encodeIndented(b *bytes.Buffer, v any, prefix string) error {
	enc := json.NewEncoder(b)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode's newline
	return nil
}

// encodeFindings appends fs as an array at the second level of the
// document, splitting the work in one chunk per core.
func encodeFindings(b *bytes.Buffer, fs []eval.Finding) error {
	if len(fs) == 0 {
		b.WriteString("[]")
		return nil
	}
	chunks := make([]bytes.Buffer, min(runtime.GOMAXPROCS(0), len(fs)))
	errs := make([]error, len(chunks))
	size := (len(fs) + len(chunks) - 1) / len(chunks)
	var wg sync.WaitGroup
	for c := range chunks {
		wg.Go(func() {
			for i := c * size; i < min(len(fs), (c+1)*size); i++ {
				if i > 0 {
					chunks[c].WriteString(",\n")
				}
				chunks[c].WriteString("    ")
				if err := encodeIndented(&chunks[c], fs[i], "    "); err != nil {
					errs[c] = err
					return
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	b.WriteString("[\n")
	for c := range chunks {
		b.Write(chunks[c].Bytes())
	}
	b.WriteString("\n  ]")
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
