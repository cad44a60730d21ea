package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/report"
)

// output is one --output FORMAT=FILE: a report written to a file besides
// the one on stdout.
type output struct {
	format string
	path   string
}

// parseOutputs checks every --output before the scan starts, so that a typo
// or an unwritable directory costs nothing and never leaves a run whose
// findings went nowhere. The error is a usage error.
func parseOutputs(specs []string) ([]output, error) {
	var outs []output
	seen := map[string]bool{}
	for _, spec := range specs {
		format, path, ok := strings.Cut(spec, "=")
		if !ok || format == "" || path == "" {
			return nil, fmt.Errorf("invalid --output %q (want FORMAT=FILE, e.g. sarif=preflight.sarif)", spec)
		}
		if !slices.Contains(report.Formats(), format) {
			return nil, fmt.Errorf("invalid --output format %q (want %s)", format, strings.Join(report.Formats(), ", "))
		}
		clean := filepath.Clean(path)
		if seen[clean] {
			return nil, fmt.Errorf("invalid --output %q: %s is already an output", spec, path)
		}
		seen[clean] = true
		if err := checkWritable(clean); err != nil {
			return nil, fmt.Errorf("invalid --output %q: %w", spec, err)
		}
		outs = append(outs, output{format: format, path: clean})
	}
	return outs, nil
}

// checkWritable reports whether a file can be created at path the way
// writeOutput will: a temporary file in the same directory, then a rename
// over path. It creates and removes such a temporary file.
func checkWritable(path string) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%s is a directory", path)
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("directory %s does not exist", dir)
		}
		return fmt.Errorf("check output directory: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a directory", dir)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		// The *PathError names a random temporary file; its cause is what
		// the user needs.
		if cause := errors.Unwrap(err); cause != nil {
			err = cause
		}
		return fmt.Errorf("cannot write in %s: %w", dir, err)
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

// writeOutput writes one report atomically: into a temporary file in the
// target's directory, renamed over the target only once complete, so that
// a reader (a CI upload step, a previous report) never sees half a file.
func writeOutput(o output, g *graph.Graph, res *eval.Result, opts report.Options) (err error) {
	dir := filepath.Dir(o.path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(o.path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s report to %s: %w", o.format, o.path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	// Files are never coloured, whatever stdout is.
	opts.Color = false
	if err := report.Write(f, o.format, g, res, opts); err != nil {
		return fmt.Errorf("write %s report to %s: %w", o.format, o.path, err)
	}
	// CreateTemp makes the file private; a report is as readable as any
	// file the user creates.
	if err := f.Chmod(0o644); err != nil {
		return fmt.Errorf("write %s report to %s: %w", o.format, o.path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s report to %s: %w", o.format, o.path, err)
	}
	if err := os.Rename(tmp, o.path); err != nil {
		return fmt.Errorf("write %s report to %s: %w", o.format, o.path, err)
	}
	return nil
}
