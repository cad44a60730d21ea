package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/report"
)

// defaultBaseline is the file preflight baseline writes without --output
// or a config's baseline key.
const defaultBaseline = ".preflight-baseline.json"

// baselineVersion is the format version written and accepted.
const baselineVersion = "1"

// baselineFile is the JSON form of a baseline: the findings accepted when
// it was written, identified by fingerprint, which survives line shifts.
// rule_id, resource and file are there for people reviewing the file.
type baselineFile struct {
	Version  string          `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	RuleID      string `json:"rule_id"`
	Resource    string `json:"resource"`
	File        string `json:"file"`
}

type baselineOptions struct {
	output string
	varFlags
	policyFlags
	configFlag
}

func (a *app) baselineCommand() *cobra.Command {
	o := &baselineOptions{}
	c := &cobra.Command{
		Use:   "baseline [PATH...]",
		Short: "Record the current findings so later scans report only new ones",
		Long: `Scan PATH (default: the current directory) like preflight scan and record
every finding and inconclusive result in a baseline file, by fingerprint.
A later scan --baseline FILE (or a config with baseline: FILE) moves the
findings recorded there to suppressed, so only new ones fail the run, and
says how many recorded entries no longer occur.

The file is written to --output, else the config's baseline, else
.preflight-baseline.json. Findings already suppressed inline are not
recorded. Nothing is written when a scanned file has an error.

Exit codes: 0 written, 2 an error.`,
		Example: `  preflight baseline infra
  preflight scan infra --baseline .preflight-baseline.json`,
		RunE: func(c *cobra.Command, args []string) error {
			code, err := a.baseline(c.Context(), o, args)
			a.code = code
			return err
		},
	}
	fs := c.Flags()
	fs.StringVar(&o.output, "output", "", "write the baseline to `FILE` (default: the config's baseline, else "+defaultBaseline+")")
	o.varFlags.register(fs)
	o.policyFlags.register(fs)
	o.policyFlags.registerTimeout(fs)
	o.configFlag.register(fs)
	return c
}

func (a *app) baseline(ctx context.Context, o *baselineOptions, paths []string) (int, error) {
	sr, code := a.evaluate(ctx, o.varFlags, &o.policyFlags, o.configFlag, paths)
	if code != exitOK {
		return code, nil
	}
	cfg, g, res := sr.cfg, sr.g, sr.res
	for _, line := range report.DiagnosticLines(g.Diagnostics, graph.Warning) {
		fmt.Fprintf(a.stderr, "warning: %s\n", line)
	}
	if errs := report.DiagnosticLines(g.Diagnostics, graph.Error); len(errs) > 0 {
		for _, line := range errs {
			fmt.Fprintf(a.stderr, "%s\n", line)
		}
		fmt.Fprintf(a.stderr, "preflight: %d %s in the scanned files; baseline not written\n", len(errs), pluralWord(len(errs), "error"))
		return exitError, nil
	}
	out := o.output
	if out == "" && cfg != nil && cfg.Baseline != "" {
		out = displayPath(cfg.Baseline)
	}
	if out == "" {
		out = defaultBaseline
	}
	b := newBaseline(res)
	if err := writeBaseline(out, b); err != nil {
		return a.fail(err), nil
	}
	noun := "entries"
	if len(b.Findings) == 1 {
		noun = "entry"
	}
	fmt.Fprintf(a.stdout, "wrote %s with %d %s\n", out, len(b.Findings), noun)
	return exitOK, nil
}

// newBaseline records res's findings and inconclusive results, one entry
// per fingerprint, sorted by fingerprint so the file diffs cleanly.
func newBaseline(res *eval.Result) *baselineFile {
	b := &baselineFile{Version: baselineVersion, Findings: []baselineEntry{}}
	seen := map[string]bool{}
	for _, fs := range [][]eval.Finding{res.Findings, res.Inconclusive} {
		for _, f := range fs {
			if seen[f.Fingerprint] {
				continue
			}
			seen[f.Fingerprint] = true
			b.Findings = append(b.Findings, baselineEntry{
				Fingerprint: f.Fingerprint,
				RuleID:      f.RuleID,
				Resource:    f.Resource,
				File:        filepath.ToSlash(f.File),
			})
		}
	}
	slices.SortFunc(b.Findings, func(x, y baselineEntry) int { return strings.Compare(x.Fingerprint, y.Fingerprint) })
	return b
}

// writeBaseline writes b to path atomically: to a temporary file in the
// same folder, renamed over path, so a reader never sees half a baseline.
func writeBaseline(path string, b *baselineFile) (err error) {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	data = append(data, '\n')
	tmp, err := os.CreateTemp(filepath.Dir(path), ".preflight-baseline-*.tmp")
	if err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write baseline: %w", err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write baseline: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// readBaseline reads and checks a baseline file.
func readBaseline(path string) (*baselineFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b baselineFile
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("read baseline %s: %w", path, err)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("read baseline %s: unsupported version %q (want %q)", path, b.Version, baselineVersion)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("read baseline %s: entry %d has no fingerprint", path, i+1)
		}
	}
	return &b, nil
}

// apply moves the findings and inconclusive results recorded in b to
// res.Suppressed. When recorded entries no longer occur, it returns a
// warning saying how many, and true.
func (b *baselineFile) apply(path string, res *eval.Result) (graph.Diagnostic, bool) {
	recorded := make(map[string]bool, len(b.Findings))
	for _, e := range b.Findings {
		recorded[e.Fingerprint] = true
	}
	occurs := map[string]bool{}
	move := func(fs []eval.Finding) []eval.Finding {
		kept := make([]eval.Finding, 0, len(fs))
		for _, f := range fs {
			if !recorded[f.Fingerprint] {
				kept = append(kept, f)
				continue
			}
			occurs[f.Fingerprint] = true
			f.Suppression = &eval.Suppression{Source: "baseline", Reason: "in baseline " + path, File: path}
			res.Suppressed = append(res.Suppressed, f)
		}
		return kept
	}
	// A recorded finding that is now suppressed inline still occurs.
	for _, f := range res.Suppressed {
		if recorded[f.Fingerprint] {
			occurs[f.Fingerprint] = true
		}
	}
	res.Findings = move(res.Findings)
	res.Inconclusive = move(res.Inconclusive)
	stale := 0
	for fp := range recorded {
		if !occurs[fp] {
			stale++
		}
	}
	if stale == 0 {
		return graph.Diagnostic{}, false
	}
	verb := "entries no longer occur"
	if stale == 1 {
		verb = "entry no longer occurs"
	}
	return graph.Diagnostic{
		Severity: graph.Warning,
		Summary:  "Stale baseline entries",
		Detail:   fmt.Sprintf("%d baseline %s in the scanned files; run preflight baseline to refresh %s.", stale, verb, path),
		Range:    &graph.Range{Filename: path},
	}, true
}
