package fix

import (
	"bytes"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// Reasons shared by several refusals.
const (
	reasonReplaces = "replaces the resource — existing data is not migrated; use --allow-replace"
	reasonTemplate = "needs a value only you know"
	noteReplaces   = "replaces the resource — existing data is not migrated"
)

type planner struct {
	g        *graph.Graph
	findings []eval.Finding
	opts     Options
	byID     map[string]*graph.Resource
	// refs caches, per module directory, the references to variables and
	// locals written in its files.
	refs map[string]map[string][]refUse
	// parsed caches the parses of the original files.
	parsed map[string]*parsed
}

func newPlanner(g *graph.Graph, findings []eval.Finding, opts Options) *planner {
	p := &planner{g: g, findings: findings, opts: opts, byID: map[string]*graph.Resource{}, refs: map[string]map[string][]refUse{}, parsed: map[string]*parsed{}}
	for _, r := range g.Resources {
		if _, dup := p.byID[r.ID]; !dup {
			p.byID[r.ID] = r
		}
	}
	return p
}

// refusal is a fix that cannot be made, and why.
type refusal struct{ reason string }

func refuse(format string, args ...any) *refusal {
	return &refusal{reason: fmt.Sprintf(format, args...)}
}

func unsafe(format string, args ...any) *refusal {
	return &refusal{reason: "cannot fix safely: " + fmt.Sprintf(format, args...)}
}

// run plans every fix but those refused; bad lists the findings whose
// fixes make a file that does not parse.
func (p *planner) run(refused map[int]string) (*Result, map[int]string) {
	res := &Result{}
	st := newState(p.g.Files, p.parsed)
	touched := map[string][]int{} // file → findings that edited it
	for i, f := range p.findings {
		if !f.Fix.Available {
			continue
		}
		if why, ok := refused[i]; ok {
			res.Unfixed = append(res.Unfixed, Unfixed{Finding: f, Reason: why})
			continue
		}
		r := p.byID[f.Resource]
		if f.Fix.Template {
			res.Unfixed = append(res.Unfixed, Unfixed{Finding: f, Reason: reasonTemplate, Template: p.template(r, f)})
			continue
		}
		if f.Fix.Replaces && !p.opts.AllowReplace {
			res.Unfixed = append(res.Unfixed, Unfixed{Finding: f, Reason: reasonReplaces})
			continue
		}
		if r == nil {
			res.Unfixed = append(res.Unfixed, Unfixed{Finding: f, Reason: fmt.Sprintf("cannot fix: %s is not among the scanned resources", f.Resource)})
			continue
		}
		// The finding's own edits, as if it were the only fix, for SARIF.
		alone := newState(p.g.Files, p.parsed)
		if why := p.fixOne(alone, r, f, i); why != nil {
			res.Unfixed = append(res.Unfixed, Unfixed{Finding: f, Reason: why.reason})
			continue
		}
		own := ownEdits(alone)
		if len(own) == 0 {
			res.Unfixed = append(res.Unfixed, Unfixed{Finding: f, Reason: "nothing to change: the source already has this fix"})
			continue
		}
		snap := st.snapshot()
		if why := p.fixOne(st, r, f, i); why != nil {
			st.restore(snap)
			res.Unfixed = append(res.Unfixed, Unfixed{Finding: f, Reason: why.reason})
			continue
		}
		for _, e := range own {
			touched[e.Path] = append(touched[e.Path], i)
		}
		res.Fixed = append(res.Fixed, Fixed{Finding: f, Replaces: f.Fix.Replaces, Edits: own})
	}
	bad := map[int]string{}
	names := make([]string, 0, len(st.files))
	for name := range st.files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		before, after := p.g.Files[name], st.files[name].cur
		if bytes.Equal(before, after) {
			continue
		}
		if err := checkParses(name, after); err != nil {
			for _, i := range touched[name] {
				bad[i] = fmt.Sprintf("cannot fix: the fixed %s would not parse (%v)", name, err)
			}
			continue
		}
		res.Changes = append(res.Changes, Change{Path: name, Before: before, After: after})
	}
	return res, bad
}

// fixOne makes the actions of f's fix on st, on behalf of finding i.
func (p *planner) fixOne(st *state, r *graph.Resource, f eval.Finding, i int) *refusal {
	for _, act := range f.Fix.Actions {
		edits, why := p.action(st, r, act)
		if why != nil {
			return why
		}
		for _, e := range edits {
			if o := st.conflict(e, i); o >= 0 {
				return refuse("conflicts with the fix of %s on %s", p.findings[o].RuleID, p.findings[o].Resource)
			}
		}
		if err := st.apply(edits, i); err != nil {
			return refuse("cannot fix: %v", err)
		}
	}
	return nil
}

// action computes the edits of one action on the current bytes of st.
func (p *planner) action(st *state, r *graph.Resource, act map[string]any) ([]edit, *refusal) {
	op, _ := act["op"].(string)
	segs, err := pathOf(act["path"])
	if err != nil {
		return nil, refuse("cannot fix: %v", err)
	}
	file := r.Range.Filename
	if remote(file) {
		return nil, unsafe("%s is in a remote module (%s); change it where the module is maintained", r.ID, file)
	}
	if st.bytes(file) == nil {
		return nil, refuse("cannot fix: %s is not among the scanned files", file)
	}
	switch {
	case r.Format == graph.FormatARM:
		return p.armAction(st, r, op, segs, act["value"])
	case strings.HasSuffix(file, ".json"):
		return p.tfJSONAction(st, r, op, segs, act["value"])
	}
	return p.tfAction(st, r, op, segs, act["value"])
}

// pathOf converts an action's path to strings.
func pathOf(v any) ([]string, error) {
	if v == nil {
		return nil, nil
	}
	list, ok := v.([]any)
	if !ok {
		if s, ok := v.([]string); ok {
			return s, nil
		}
		return nil, fmt.Errorf("fix path %v is not an array", v)
	}
	out := make([]string, 0, len(list))
	for _, e := range list {
		switch x := e.(type) {
		case string:
			out = append(out, x)
		case int:
			if x < 0 {
				return nil, fmt.Errorf("fix path %v has a negative index", v)
			}
			out = append(out, fmt.Sprint(x))
		case float64:
			if x < 0 || x != float64(int(x)) {
				return nil, fmt.Errorf("fix path %v has an invalid index", v)
			}
			out = append(out, fmt.Sprint(int(x)))
		default:
			return nil, fmt.Errorf("fix path %v has an element of type %T", v, e)
		}
	}
	return out, nil
}

// remote reports whether a file belongs to a module Terraform downloaded.
func remote(file string) bool {
	return strings.Contains("/"+file, "/.terraform/")
}

// siblingsElsewhere lists the other module instances that share r's block:
// resources declared by the same block in another instance of the module.
// Editing the block changes them all.
func (p *planner) siblingsElsewhere(r *graph.Resource) []string {
	var out []string
	seen := map[string]bool{}
	for _, o := range p.g.Resources {
		if o == r || o.Module == r.Module || o.Range.Filename != r.Range.Filename || o.Range.Start.Byte != r.Range.Start.Byte {
			continue
		}
		if !seen[o.Module] {
			seen[o.Module] = true
			out = append(out, o.Module)
		}
	}
	sort.Strings(out)
	return out
}

// checkShared refuses an edit of r's own block when r's module has other
// instances.
func (p *planner) checkShared(r *graph.Resource) *refusal {
	if others := p.siblingsElsewhere(r); len(others) > 0 {
		what := "module"
		if r.Module != "" {
			what = r.Module
		}
		return unsafe("%s is instantiated more than once (also as %s), and the change would apply to every instance", what, strings.Join(others, ", "))
	}
	return nil
}

// ownEdits are the edits a state made to the original files: each file's
// single edit as made, or, when several were made, the changed lines as
// one replacement.
func ownEdits(st *state) []Edit {
	var out []Edit
	names := make([]string, 0, len(st.files))
	for n := range st.files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		f := st.files[name]
		orig := st.orig[name]
		if bytes.Equal(orig, f.cur) {
			continue
		}
		if f.batches == 1 {
			// One action's edits, all in the original's coordinates;
			// applied from the end, so listed backwards.
			n := len(out)
			for k := len(f.applied) - 1; k >= 0; k-- {
				sp := f.applied[k]
				if m := len(out); m > n && out[m-1].End.Byte == sp.start {
					// Adjacent edits (a comma, then the member after it)
					// read better as one.
					out[m-1].End = posIn(name, orig, sp.end)
					out[m-1].Text += sp.text
					continue
				}
				out = append(out, Edit{Path: name, Start: posIn(name, orig, sp.start), End: posIn(name, orig, sp.end), Text: sp.text})
			}
			continue
		}
		pre := 0
		for pre < len(orig) && pre < len(f.cur) && orig[pre] == f.cur[pre] {
			pre++
		}
		suf := 0
		for suf < len(orig)-pre && suf < len(f.cur)-pre && orig[len(orig)-1-suf] == f.cur[len(f.cur)-1-suf] {
			suf++
		}
		start := lineStart(orig, pre)
		end := len(orig) - suf
		if end < len(orig) && (end == 0 || orig[end-1] != '\n') {
			end = min(lineEnd(orig, end)+1, len(orig))
		}
		newEnd := len(f.cur) - (len(orig) - end)
		out = append(out, Edit{Path: name, Start: posIn(name, orig, start), End: posIn(name, orig, end), Text: string(f.cur[start:newEnd])})
	}
	return out
}

// snapshot and restore undo the edits of a fix that failed half way.
func (s *state) snapshot() map[string]fileState {
	out := make(map[string]fileState, len(s.files))
	for k, f := range s.files {
		out[k] = fileState{cur: f.cur, applied: append([]span(nil), f.applied...), owned: append([]region(nil), f.owned...), batches: f.batches, parsed: f.parsed}
	}
	return out
}

func (s *state) restore(snap map[string]fileState) {
	for k := range s.files {
		if f, ok := snap[k]; ok {
			*s.files[k] = f
		} else {
			delete(s.files, k)
		}
	}
}

// checkParses parses a changed file again.
func checkParses(name string, src []byte) error {
	if strings.HasSuffix(name, ".json") {
		_, err := parseJSONC(src)
		return err
	}
	_, err := parseHCL(src, name)
	return err
}

// dirOf is the directory of a reported file name.
func dirOf(name string) string { return path.Dir(name) }
