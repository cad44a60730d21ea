package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// changes are the lines changed since a git ref: by absolute file path, the
// changed line numbers of the file as it is now. A file that is new (or not
// yet tracked) is changed as a whole.
type changes struct {
	lines map[string]map[int]bool
	whole map[string]bool
}

// changedSince asks git which lines changed between the merge base of ref
// and HEAD and the working tree, the lines a pull request (or the work in
// progress) touched. dir is any folder inside the repository.
func changedSince(ctx context.Context, dir, ref string) (*changes, error) {
	root, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("--changed-since needs a git repository: %w", err)
	}
	root = strings.TrimSpace(root)
	if _, err := git(ctx, root, "rev-parse", "--verify", "--quiet", ref+"^{commit}"); err != nil {
		return nil, fmt.Errorf("--changed-since %s: no such commit in %s", ref, root)
	}
	diff, err := git(ctx, root, "-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--merge-base", ref, "--")
	if err != nil {
		return nil, fmt.Errorf("--changed-since %s: %w", ref, err)
	}
	c := parseUnifiedDiff(root, diff)
	untracked, err := git(ctx, root, "-c", "core.quotePath=false", "ls-files", "--others", "--exclude-standard")
	if err != nil {
		return nil, fmt.Errorf("--changed-since %s: %w", ref, err)
	}
	for _, name := range strings.Split(strings.TrimSpace(untracked), "\n") {
		if name != "" {
			c.whole[filepath.Join(root, filepath.FromSlash(name))] = true
		}
	}
	return c, nil
}

func git(ctx context.Context, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return "", errors.New(msg)
		}
		return "", err
	}
	return string(out), nil
}

// parseUnifiedDiff reads `git diff -U0`: the "+++ b/<path>" line names the
// file, each "@@ -a,b +c,d @@" hunk its changed lines c..c+d-1. A pure
// deletion (d = 0) changes the lines on both sides of the gap, c and c+1.
func parseUnifiedDiff(root, diff string) *changes {
	c := &changes{lines: map[string]map[int]bool{}, whole: map[string]bool{}}
	var file string
	sc := bufio.NewScanner(strings.NewReader(diff))
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			file = ""
			name := strings.TrimPrefix(line, "+++ ")
			if unq, err := strconv.Unquote(name); err == nil {
				name = unq
			}
			if rest, ok := strings.CutPrefix(name, "b/"); ok {
				file = filepath.Join(root, filepath.FromSlash(rest))
			}
		case strings.HasPrefix(line, "@@ ") && file != "":
			start, count, ok := newSide(line)
			if !ok {
				continue
			}
			if c.lines[file] == nil {
				c.lines[file] = map[int]bool{}
			}
			if count == 0 {
				c.lines[file][start] = true
				c.lines[file][start+1] = true
			}
			for n := start; n < start+count; n++ {
				c.lines[file][n] = true
			}
		}
	}
	return c
}

// newSide parses the "+c,d" part of a hunk header; d defaults to 1.
func newSide(header string) (start, count int, ok bool) {
	fields := strings.Fields(header)
	if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
		return 0, 0, false
	}
	s, n, hasCount := strings.Cut(fields[2][1:], ",")
	start, err := strconv.Atoi(s)
	if err != nil {
		return 0, 0, false
	}
	count = 1
	if hasCount {
		if count, err = strconv.Atoi(n); err != nil {
			return 0, 0, false
		}
	}
	return start, count, true
}

// touches reports whether a change falls in rg.
func (c *changes) touches(rg graph.Range) bool {
	if rg.Filename == "" {
		return false
	}
	abs, err := filepath.Abs(rg.Filename)
	if err != nil {
		return false
	}
	if c.whole[abs] {
		return true
	}
	lines := c.lines[abs]
	for n := rg.Start.Line; n <= max(rg.End.Line, rg.Start.Line); n++ {
		if lines[n] {
			return true
		}
	}
	return false
}

// keep filters findings to those a change touches: the resource, the
// attribute, or a value on the attribute's provenance chain (a changed
// default or .tfvars line changes the finding as much as an edit of the
// resource does).
func (c *changes) keep(g *graph.Graph, findings []eval.Finding) []eval.Finding {
	byID := make(map[string]*graph.Resource, len(g.Resources))
	for _, r := range g.Resources {
		byID[r.ID] = r
	}
	var out []eval.Finding
	for _, f := range findings {
		if c.touchesFinding(byID[f.Resource], f) {
			out = append(out, f)
		}
	}
	return out
}

func (c *changes) touchesFinding(r *graph.Resource, f eval.Finding) bool {
	if c.touches(f.Range) {
		return true
	}
	if r == nil {
		return false
	}
	if c.touches(r.Range) {
		return true
	}
	for p := f.Attribute; p != ""; {
		for _, step := range r.Origins[p] {
			if c.touches(step.Range) {
				return true
			}
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return false
}
