package eval

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/preflight-iac/preflight/graph"
)

// element is one decoded element of a rule's deny set.
type element struct {
	resource  string
	attribute string // dotted path
	path      []string
	msg       string
	fix       *Fix
	related   []string
	key       string // resource NUL attribute: what matches results of the two passes
}

// Eval runs every rule over g and returns definite findings and
// inconclusive results, each sorted by file, start line, rule id, resource
// and attribute. Rules that cannot match the resource types of g are
// skipped; the others are compiled on first use and kept for later calls
// (lazy.go).
//
// Each rule runs in a normal pass (only known values can violate it) and,
// when that pass read the pessimistic switch (the library reads it only
// for an unknown value or a resource of unknown existence), in a
// pessimistic pass (unknown values count as insecure). Results of the
// pessimistic pass alone are inconclusive, with a Cause naming what was
// unknown; definite findings on a resource whose existence is unknown are
// inconclusive too. Eval honours ctx: cancellation or a deadline stops it
// with an error; so does Options.Timeout, with a *TimeoutError. A rule
// that fails at run time or returns a malformed deny element yields a
// *PolicyError naming the rule's file.
func (e *Engine) Eval(ctx context.Context, g *graph.Graph) (*Result, error) {
	if g == nil {
		g = &graph.Graph{}
	}
	input := inputValue(g)
	byID := make(map[string]*graph.Resource, len(g.Resources))
	counts := map[string]int{} // resources by lower-cased type
	for _, r := range g.Resources {
		if r == nil {
			continue
		}
		if _, dup := byID[r.ID]; !dup {
			byID[r.ID] = r
		}
		counts[strings.ToLower(r.Type)]++
	}
	types := make(map[string]bool, len(counts))
	for t := range counts {
		types[t] = true
	}
	// Only the rules that can match a type present are compiled and run.
	rules, err := e.rulesFor(types)
	if err != nil {
		return nil, err
	}

	// Rules are independent: evaluate them on every core, the costliest
	// first so that no core is left with a long rule at the end, then
	// merge in rule order so the result never depends on scheduling. A
	// rule's cost is the number of resources of the types it names (its
	// words, as for the relevance test); one the relevance test cannot
	// judge may read anything and costs every resource.
	type job struct {
		rule int
		cost int
	}
	jobs := make([]job, 0, len(rules))
	for i, cr := range rules {
		cost := len(g.Resources)
		if !cr.entry.always {
			cost = 0
			for w := range cr.entry.words {
				cost += counts[w]
			}
		}
		jobs = append(jobs, job{rule: i, cost: cost})
	}
	sort.SliceStable(jobs, func(i, j int) bool { return jobs[i].cost > jobs[j].cost })

	passes := make([]rulePasses, len(rules))
	parent := ctx
	// limited is the caller's context bounded by Options.Timeout, kept
	// apart from it so that our own timeout can be told from the caller's
	// deadline or cancellation.
	limited := ctx
	if e.timeout > 0 {
		var stop context.CancelFunc
		limited, stop = context.WithTimeout(ctx, e.timeout)
		defer stop()
	}
	ctx, cancel := context.WithCancel(limited)
	defer cancel()
	next := make(chan job)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				cr := rules[j.rule]
				if ctx.Err() != nil {
					// Stopped before this pass began: the caller's
					// context, the timeout or another rule's error is
					// what is reported.
					continue
				}
				p := &passes[j.rule]
				// The pessimistic pass runs only when the normal pass read
				// the switch (switch.go).
				var read atomic.Bool
				p.definite, p.normalErr = e.run(watchSwitch(ctx, &read), cr, false, input, byID)
				if p.normalErr == nil && (e.bothPasses || read.Load()) {
					if e.onPessimistic != nil {
						e.onPessimistic(cr.entry.meta.ID)
					}
					p.possible, p.pessimisticErr = e.run(ctx, cr, true, input, byID)
					p.ranPessimistic = true
				}
				if p.normalErr != nil || p.pessimisticErr != nil {
					cancel() // no need to finish the other rules
					continue
				}
				p.out = e.outcome(cr, *p, byID)
			}
		}()
	}
feed:
	for _, j := range jobs {
		select {
		case next <- j:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()

	if err := parent.Err(); err != nil {
		return nil, fmt.Errorf("evaluate policies: %w", err)
	}
	for _, p := range passes {
		// Passes cut short by the cancel above report context.Canceled;
		// the error that caused it is among the others. A rule's normal
		// pass error comes before its pessimistic one, as when they ran in
		// turn. A rule that failed outright says more than the timeout.
		for _, err := range []error{p.normalErr, p.pessimisticErr} {
			if err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
				return nil, err
			}
		}
	}
	if limited.Err() != nil {
		return nil, e.timeoutError(rules, passes)
	}
	res := &Result{Findings: []Finding{}, Inconclusive: []Finding{}}
	for _, p := range passes {
		res.Findings = append(res.Findings, p.out.findings...)
		res.Inconclusive = append(res.Inconclusive, p.out.inconclusive...)
	}
	sortFindings(res.Findings)
	sortFindings(res.Inconclusive)
	res.Suppressed = []Finding{}
	e.suppress(g, res)
	return res, nil
}

// TimeoutError is returned by Eval when Options.Timeout expired before
// every rule had run. It unwraps to context.DeadlineExceeded.
type TimeoutError struct {
	Timeout time.Duration
	// Rules are the rules that were running when the time ran out, each as
	// "ID (file)", in id order. It is empty when the time ran out between
	// passes.
	Rules []string
}

func (e *TimeoutError) Error() string {
	msg := fmt.Sprintf("evaluate policies: not finished after %v (the evaluation timeout)", e.Timeout)
	switch len(e.Rules) {
	case 0:
		return msg
	case 1:
		return msg + " while evaluating rule " + e.Rules[0]
	}
	return msg + " while evaluating rules " + strings.Join(e.Rules, ", ")
}

func (e *TimeoutError) Unwrap() error { return context.DeadlineExceeded }

// timeoutError names the rules whose passes the timeout cut short: their
// errors wrap context.DeadlineExceeded, while passes stopped by another
// rule's failure report context.Canceled and passes not begun report
// nothing.
func (e *Engine) timeoutError(rules []*compiledRule, passes []rulePasses) *TimeoutError {
	te := &TimeoutError{Timeout: e.timeout}
	for i, p := range passes {
		if errors.Is(p.normalErr, context.DeadlineExceeded) || errors.Is(p.pessimisticErr, context.DeadlineExceeded) {
			m := rules[i].entry.meta
			te.Rules = append(te.Rules, fmt.Sprintf("%s (%s)", m.ID, m.File))
		}
	}
	return te
}

// rulePasses holds the decoded deny sets of one rule's passes and what
// they contribute to the Result, worked out by the goroutine that ran them.
type rulePasses struct {
	definite, possible        []element
	ranPessimistic            bool
	normalErr, pessimisticErr error
	out                       ruleOutcome
}

// ruleOutcome is what one rule contributes to a Result.
type ruleOutcome struct {
	findings, inconclusive []Finding
}

// outcome sorts the results of a rule's passes into findings and
// inconclusive results.
func (e *Engine) outcome(cr *compiledRule, p rulePasses, byID map[string]*graph.Resource) ruleOutcome {
	var out ruleOutcome
	seen := make(map[string]bool, len(p.definite))
	for _, el := range p.definite {
		seen[el.key] = true
		r := byID[el.resource]
		f := newFinding(cr.entry.meta, el, r)
		if r.Existence != "" {
			f.Cause = r.Existence
			out.inconclusive = append(out.inconclusive, f)
			continue
		}
		out.findings = append(out.findings, f)
	}
	if !p.ranPessimistic {
		return out
	}
	for _, el := range p.possible {
		if seen[el.key] {
			continue
		}
		r := byID[el.resource]
		f := newFinding(cr.entry.meta, el, r)
		f.Cause = cause(r, el, byID)
		out.inconclusive = append(out.inconclusive, f)
	}
	return out
}

// run evaluates one prepared query and decodes its deny set, one element per
// resource and attribute (the first by message when a rule reports the same
// attribute twice).
func (e *Engine) run(ctx context.Context, cr *compiledRule, pessimistic bool, input ast.Value, byID map[string]*graph.Resource) ([]element, error) {
	pq, err := cr.query(ctx, pessimistic)
	if err != nil {
		return nil, cr.failure("Policy does not compile", fmt.Sprintf("Rule %s could not be prepared for evaluation: %s", cr.entry.meta.ID, sentence(err.Error())))
	}
	rs, err := pq.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, fmt.Errorf("evaluate rule %s: %w", cr.entry.meta.ID, ctxErr)
		}
		return nil, cr.failure("Rule failed", fmt.Sprintf("Rule %s failed while it was evaluated: %s", cr.entry.meta.ID, sentence(err.Error())))
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil, nil
	}
	items, ok := rs[0].Expressions[0].Value.([]any)
	if !ok {
		return nil, cr.failure("Invalid deny rule", fmt.Sprintf("Rule %s: deny must be a set of objects, not %s.", cr.entry.meta.ID, describe(rs[0].Expressions[0].Value)))
	}
	out := make([]element, 0, len(items))
	for _, item := range items {
		el, err := decodeElement(item)
		if err != nil {
			return nil, cr.failure("Invalid deny element", fmt.Sprintf("Rule %s returned %s: %s.", cr.entry.meta.ID, describe(item), err))
		}
		if byID[el.resource] == nil {
			return nil, cr.failure("Invalid deny element", fmt.Sprintf("Rule %s reported resource %q, which is not in the scanned configuration. Use the id of an input resource (r.id).", cr.entry.meta.ID, el.resource))
		}
		out = append(out, el)
	}
	slices.SortStableFunc(out, func(a, b element) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return strings.Compare(a.msg, b.msg)
	})
	uniq := out[:0]
	for i, el := range out {
		if i > 0 && el.key == out[i-1].key {
			continue
		}
		uniq = append(uniq, el)
	}
	return uniq, nil
}

func (cr *compiledRule) failure(summary, detail string) *PolicyError {
	return &PolicyError{Diagnostics: graph.Diagnostics{policyDiag(summary, detail, cr.entry.meta.File, cr.entry.line, 1)}, op: "evaluate policies"}
}

// describe prints a Rego value compactly for a diagnostic.
func describe(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%v", v)
	}
	s := string(b)
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// decodeElement checks and converts one deny element:
// {"resource": id, "path": [...], "msg": ..., "fix": {...}, "related": [...]}.
func decodeElement(item any) (element, error) {
	obj, ok := item.(map[string]any)
	if !ok {
		return element{}, fmt.Errorf("a deny element must be an object")
	}
	var el element
	if el.resource, ok = obj["resource"].(string); !ok || el.resource == "" {
		return el, fmt.Errorf(`"resource" must be a resource id`)
	}
	if el.msg, ok = obj["msg"].(string); !ok || el.msg == "" {
		return el, fmt.Errorf(`"msg" must be a non-empty string`)
	}
	if p, present := obj["path"]; present && p != nil {
		list, ok := p.([]any)
		if !ok {
			return el, fmt.Errorf(`"path" must be an array of keys and indexes`)
		}
		for _, seg := range list {
			s, err := pathSegment(seg)
			if err != nil {
				return el, err
			}
			el.path = append(el.path, s)
		}
	}
	el.attribute = strings.Join(el.path, ".")
	el.key = el.resource + "\x00" + el.attribute
	if f, present := obj["fix"]; present && f != nil {
		fix, err := decodeFix(f)
		if err != nil {
			return el, err
		}
		el.fix = fix
	}
	if rel, present := obj["related"]; present && rel != nil {
		list, ok := rel.([]any)
		if !ok {
			return el, fmt.Errorf(`"related" must be an array of resource ids`)
		}
		for _, id := range list {
			s, ok := id.(string)
			if !ok {
				return el, fmt.Errorf(`"related" must be an array of resource ids`)
			}
			el.related = append(el.related, s)
		}
		// lib.with_related passes a set, which arrives in no set order.
		slices.Sort(el.related)
		el.related = slices.Compact(el.related)
	}
	return el, nil
}

// pathSegment converts a path element: a string key, or a non-negative
// integer index (Rego numbers arrive as json.Number).
func pathSegment(seg any) (string, error) {
	switch s := seg.(type) {
	case string:
		return s, nil
	case json.Number:
		if n, err := s.Int64(); err == nil && n >= 0 {
			return strconv.FormatInt(n, 10), nil
		}
	}
	return "", fmt.Errorf(`"path" elements must be strings or non-negative integers, not %s`, describe(seg))
}

var fixOps = map[string]bool{"set": true, "remove": true, "add_block": true, "add_resource": true}

// decodeFix checks a fix: {"description": ..., "actions": [{"op", "path",
// "value"}], optionally "replaces" and "template" (booleans)}.
func decodeFix(v any) (*Fix, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf(`"fix" must be an object with "description" and "actions"`)
	}
	fix := &Fix{Available: true}
	fix.Description, _ = obj["description"].(string)
	for key, flag := range map[string]*bool{"replaces": &fix.Replaces, "template": &fix.Template} {
		switch b := obj[key].(type) {
		case nil:
		case bool:
			*flag = b
		default:
			return nil, fmt.Errorf(`"fix.%s" must be true or false, not %s`, key, describe(b))
		}
	}
	actions, ok := obj["actions"].([]any)
	if !ok || len(actions) == 0 {
		return nil, fmt.Errorf(`"fix.actions" must be a non-empty array`)
	}
	for _, a := range actions {
		m, ok := a.(map[string]any)
		if !ok {
			return nil, fmt.Errorf(`each fix action must be an object`)
		}
		op, _ := m["op"].(string)
		if !fixOps[op] {
			return nil, fmt.Errorf(`fix action op %s is not one of set, remove, add_block, add_resource`, describe(m["op"]))
		}
		fix.Actions = append(fix.Actions, normalize(m).(map[string]any))
	}
	return fix, nil
}

// normalize turns the json.Number values of a Rego result into int or
// float64, so fix actions hold plain JSON-compatible Go values.
func normalize(v any) any {
	switch x := v.(type) {
	case json.Number:
		if n, err := x.Int64(); err == nil {
			return int(n)
		}
		if f, err := x.Float64(); err == nil && !math.IsInf(f, 0) {
			return f
		}
		return x.String()
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = normalize(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = normalize(e)
		}
		return out
	}
	return v
}

// newFinding fills a Finding from the rule, the deny element and the
// resource it names.
func newFinding(meta Rule, el element, r *graph.Resource) Finding {
	rg := r.RangeOf(el.attribute)
	file := rg.Filename
	if file == "" {
		file = r.Range.Filename
	}
	f := Finding{
		RuleID:       meta.ID,
		Title:        meta.Title,
		Severity:     meta.Severity,
		Category:     meta.Category,
		Resource:     r.ID,
		ResourceType: r.Type,
		Provider:     r.Provider,
		File:         file,
		StartLine:    rg.Start.Line,
		EndLine:      rg.End.Line,
		Attribute:    el.attribute,
		Message:      el.msg,
		Origin:       origin(r, el.attribute),
		Fingerprint:  Fingerprint(meta.ID, r.ID, el.attribute),
		Range:        rg,
	}
	if el.fix != nil {
		f.Fix = *el.fix
	}
	return f
}

// origin is the Origin recorded for path or its nearest ancestor.
func origin(r *graph.Resource, path string) string {
	for p := path; p != ""; {
		if o, ok := r.Origins[p]; ok {
			return o.String()
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return ""
}

// Fingerprint identifies a finding across line shifts: the first 16 bytes
// of sha256(rule id NUL resource NUL attribute), in hex.
func Fingerprint(ruleID, resource, attribute string) string {
	sum := sha256.Sum256([]byte(ruleID + "\x00" + resource + "\x00" + attribute))
	return hex.EncodeToString(sum[:16])
}

// sortFindings sorts fs stably by file, start line, rule id, resource and
// attribute. Findings are large: it sorts their indexes, then moves each
// finding once.
func sortFindings(fs []Finding) {
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		a, b := &fs[i], &fs[j]
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if c := cmp.Compare(a.StartLine, b.StartLine); c != 0 {
			return c
		}
		if c := strings.Compare(a.RuleID, b.RuleID); c != 0 {
			return c
		}
		if c := strings.Compare(a.Resource, b.Resource); c != 0 {
			return c
		}
		return strings.Compare(a.Attribute, b.Attribute)
	})
	sorted := make([]Finding, len(fs))
	for i, j := range idx {
		sorted[i] = fs[j]
	}
	copy(fs, sorted)
}
