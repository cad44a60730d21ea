package arm

import (
	"fmt"
	"maps"
	"sort"
	"strconv"
	"strings"

	"github.com/preflight-iac/preflight/graph"
)

// tmpl is one template being evaluated: a root template, or the inline or
// linked template of a nested deployment.
type tmpl struct {
	l         *loader
	rel       string // path in fsys of the file holding the template
	file      string // reported name of that file
	root      *node
	module    string // deployments/outer/deployments/inner; "" at the root
	depth     int    // nesting of deployments
	existence string // why it is unknown whether the deploying resource exists
	deployID  string // graph ID of the deployment resource that deploys it; "" at the root
	dscope    deploymentScope

	params map[string]*parameter // by lower-case name
	// paramCauses holds why parameters('name') is unknown when its value
	// was rejected or cannot be read. It belongs to the template (and the
	// outer-scope templates it deploys), because a nested template may
	// declare a parameter of the same name with another fate.
	paramCauses map[string]string
	vars        map[string]*variable // by lower-case name
	funcs       map[string]*userFunction
	symbols     map[string]string // languageVersion 2.0 symbolic name (lower case) → graph ID
	run         *rootRun
	// origins, while a resource is evaluated, receives the origin of each
	// attribute that is a parameter read as is.
	origins map[string]graph.Origin
	// refs receives the targets of the resource or variable being
	// evaluated. A variable is evaluated once, so the targets it met are
	// kept with it and handed to every resource that uses it.
	refs func(string)
}

// rootRun is what the templates deployed by one root template share: the
// resources they emitted (references are resolved among them once all are
// known) and the causes of the unknowns they made.
type rootRun struct {
	scope         string // reported name of the root template: graph Resource.Scope
	pending       []*pending
	causes        map[string]string   // unknown expression → cause, for evaluation errors
	unknownParams map[string]string   // lower-case name → declared name, parameters without value
	loops         map[string][]string // resource copy loop name (lower case) → IDs of its instances
}

// pending is an emitted resource whose references are not resolved yet.
type pending struct {
	res     *graph.Resource
	targets []string // dependsOn entries and resourceId()/reference() targets
	t       *tmpl
}

// variable is one entry of a template's variables section.
type variable struct {
	name  string
	n     *node
	copy  *node // a variables copy entry {name, count, input}: the variable is the array it makes
	state int   // 0 not evaluated, 1 in progress, 2 done
	value any
	refs  []string // resourceId()/reference() targets met while evaluating it
}

// evalRoot evaluates the root template at p with its parameter values.
func (l *loader) evalRoot(p string, paramFiles map[string]string) {
	root := l.parsed[p]
	if root == nil {
		return
	}
	vals := map[string]paramValue{}
	var paired *node
	if pf := pairedParamFile(p, paramFiles); pf != "" {
		if paired = l.parsed[pf]; paired != nil {
			l.readParamFile(paired, vals)
		}
	}
	for _, n := range l.scan.cli {
		if n != nil {
			l.readParamFile(n, vals)
		}
	}
	run := &rootRun{scope: l.reported(p), causes: map[string]string{}, unknownParams: map[string]string{}, loops: map[string][]string{}}
	t := &tmpl{l: l, rel: p, file: l.reported(p), root: root, dscope: defaultScope(), run: run}
	t.setup(vals, l.opts.Params)
	for k := range t.params {
		l.scan.declared[k] = true
	}
	t.checkPairedParams(paired)
	t.settleParams()
	t.evalResources()
	l.resolve(run)
}

// checkPairedParams reports the parameters the paired parameter file sets
// but the template does not declare: Azure refuses such a deployment, and
// the usual cause is a typo that leaves the intended parameter at its
// default. (Parameter files given with --param-file serve many templates;
// their undeclared names are only warned about, once per scan.)
func (t *tmpl) checkPairedParams(pf *node) {
	ps := pf.get("parameters")
	if ps == nil || ps.kind != kindObject {
		return
	}
	for _, m := range ps.members {
		if _, ok := t.params[strings.ToLower(m.key)]; ok {
			continue
		}
		r := m.keyRange
		t.l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Undeclared parameter",
			Detail: fmt.Sprintf("The parameter file sets %q, which %s does not declare; Azure rejects the deployment. Check the name for a typo.", m.key, t.file), Range: &r})
	}
}

// setup reads the parameters, variables and functions of the template.
// cli are --param values, converted to the declared types here.
func (t *tmpl) setup(vals map[string]paramValue, cli []Param) {
	t.params = map[string]*parameter{}
	t.paramCauses = map[string]string{}
	t.vars = map[string]*variable{}
	t.funcs = map[string]*userFunction{}
	t.symbols = map[string]string{}
	if ps := t.root.get("parameters"); ps != nil && ps.kind == kindObject {
		for _, m := range ps.members {
			p := &parameter{name: m.key, decl: m.value}
			if s, ok := m.value.get("type").stringValue(); ok {
				p.typ = strings.ToLower(s)
			}
			if v, ok := vals[strings.ToLower(m.key)]; ok {
				p.src = v
			} else if d := m.value.get("defaultValue"); d != nil {
				p.src = paramValue{def: d, rng: d.rng, from: "defaultValue"}
			}
			t.params[strings.ToLower(m.key)] = p
		}
	}
	for _, c := range cli {
		p, ok := t.params[strings.ToLower(c.Name)]
		if !ok {
			continue
		}
		v, err := convertParam(p.typ, c.Value)
		if err != nil {
			t.l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Invalid parameter value",
				Detail: fmt.Sprintf("The value given with --param for the parameter %q of %s does not fit its type (%v); the parameter is treated as unknown.", p.name, t.file, err)})
			v = graph.Unknown(fmt.Sprintf("parameters('%s')", p.name))
			t.paramCauses[fmt.Sprintf("parameters('%s')", p.name)] = "the --param value could not be converted: " + err.Error()
		}
		p.src = paramValue{raw: v, hasRaw: true, from: "--param " + c.Name}
	}
	if vs := t.root.get("variables"); vs != nil && vs.kind == kindObject {
		for _, m := range vs.members {
			if strings.EqualFold(m.key, "copy") && m.value.kind == kindArray {
				for _, e := range m.value.elems {
					name, ok := e.get("name").stringValue()
					if !ok {
						t.errorAt(e.rng, "Invalid variable copy", "A variables copy entry needs a \"name\" string; it is ignored.")
						continue
					}
					t.vars[strings.ToLower(name)] = &variable{name: name, n: e, copy: e}
				}
				continue
			}
			t.vars[strings.ToLower(m.key)] = &variable{name: m.key, n: m.value}
		}
	}
	t.readFunctions()
}

// settleParams evaluates every parameter in declaration order, so that a
// value Azure would reject is reported even when nothing uses it.
func (t *tmpl) settleParams() {
	if ps := t.root.get("parameters"); ps != nil && ps.kind == kindObject {
		for _, m := range ps.members {
			t.parameter(m.key)
		}
	}
}

// readFunctions hands the user-defined functions to the evaluator.
func (t *tmpl) readFunctions() {
	fs := t.root.get("functions")
	if fs == nil || fs.kind != kindArray {
		return
	}
	for _, ns := range fs.elems {
		nsName, _ := ns.get("namespace").stringValue()
		members := ns.get("members")
		if members == nil || members.kind != kindObject {
			continue
		}
		for _, m := range members.members {
			uf := &userFunction{}
			if ps := m.value.get("parameters"); ps != nil && ps.kind == kindArray {
				for _, p := range ps.elems {
					name, _ := p.get("name").stringValue()
					uf.params = append(uf.params, name)
				}
			}
			uf.output = m.value.get("output").get("value").value()
			t.funcs[strings.ToLower(nsName+"."+m.key)] = uf
		}
	}
}

// ctx returns the evaluation context of the template. loops maps a copy
// loop name (lower case; "" for the current resource) to its index; refs,
// when not nil, receives resourceId()/reference() targets.
func (t *tmpl) ctx(loops map[string]int, refs func(string)) *evalContext {
	return &evalContext{
		parameter: t.parameter,
		variable:  t.variable,
		copyIndex: func(loop string) (int, bool) {
			i, ok := loops[strings.ToLower(loop)]
			return i, ok
		},
		userFuncs:  t.funcs,
		scope:      t.dscope,
		references: refs,
		built:      &t.l.built,
	}
}

// parameter is the evalContext lookup of parameters(name).
func (t *tmpl) parameter(name string) (any, bool) {
	p, ok := t.params[strings.ToLower(name)]
	if !ok {
		return nil, false
	}
	switch p.state {
	case 2:
		return p.value, true
	case 1:
		t.errorAt(p.decl.rng, "Parameter cycle", fmt.Sprintf("The default value of the parameter %q refers to itself; it is treated as unknown.", p.name))
		return graph.Unknown(fmt.Sprintf("parameters('%s')", p.name)), true
	}
	p.state = 1
	switch {
	case p.src.hasRaw:
		p.value = t.settle(p, p.src.raw)
	case p.src.def != nil:
		p.value = t.settle(p, t.eval(p.src.def, "", t.ctx(nil, nil), nil, false))
	default:
		p.value = graph.Unknown(fmt.Sprintf("parameters('%s')", p.name))
		t.run.unknownParams[strings.ToLower(p.name)] = p.name
	}
	p.state = 2
	return p.value, true
}

// variable is the evalContext lookup of variables(name).
func (t *tmpl) variable(name string) (any, error) {
	v, ok := t.vars[strings.ToLower(name)]
	if !ok {
		return nil, fmt.Errorf("variables(): variable %q is not defined", name)
	}
	switch v.state {
	case 2:
		t.addRefs(v.refs)
		return v.value, nil
	case 1:
		return nil, fmt.Errorf("variables(): variable %q refers to itself", v.name)
	}
	v.state = 1
	saved := t.refs
	t.refs = func(s string) { v.refs = append(v.refs, s) }
	if v.copy != nil {
		v.value = t.copyArray(v.copy, "", t.ctx(nil, t.refs), nil)
	} else {
		v.value = t.eval(v.n, "", t.ctx(nil, t.refs), nil, true)
	}
	t.refs = saved
	v.state = 2
	t.addRefs(v.refs)
	return v.value, nil
}

// addRefs hands targets to the resource or variable being evaluated.
func (t *tmpl) addRefs(targets []string) {
	if t.refs != nil {
		for _, s := range targets {
			t.refs(s)
		}
	}
}

// errorAt adds an Error diagnostic at rng.
func (t *tmpl) errorAt(rng graph.Range, summary, detail string) {
	r := rng
	t.l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: summary, Detail: detail, Range: &r})
}

// eval evaluates a JSON value: every string expression in it, object keys
// included. ranges, when not nil, receives the range of every value under
// path. propCopy enables property copy loops ("copy": [{name, count,
// input}]) in objects. An expression that fails becomes an unknown after
// an Error diagnostic at its string.
func (t *tmpl) eval(n *node, at string, ctx *evalContext, ranges map[string]graph.Range, propCopy bool) any {
	if n == nil {
		return nil
	}
	if t.l.exhausted() {
		return graph.Unknown("evaluation limit")
	}
	t.l.work++
	if ranges != nil && at != "" {
		ranges[at] = n.rng
	}
	switch n.kind {
	case kindString:
		if ranges != nil && t.origins != nil {
			t.recordOrigin(n, at)
		}
		return t.evalStr(n, ctx)
	case kindArray:
		out := make([]any, len(n.elems))
		for i, e := range n.elems {
			out[i] = t.eval(e, join(at, strconv.Itoa(i)), ctx, ranges, propCopy)
		}
		return out
	case kindObject:
		out := make(map[string]any, len(n.members))
		for _, m := range n.members {
			if propCopy && strings.EqualFold(m.key, "copy") && m.value.kind == kindArray {
				for _, e := range m.value.elems {
					name, ok := e.get("name").stringValue()
					if !ok {
						t.errorAt(e.rng, "Invalid property copy", "A property copy entry needs a \"name\" string; it is ignored.")
						continue
					}
					if ranges != nil {
						ranges[join(at, name)] = e.rng
					}
					out[name] = t.copyArray(e, join(at, name), ctx, ranges)
				}
				continue
			}
			key := m.key
			if isExpression(key) || strings.HasPrefix(key, "[[") {
				kv, err := evalString(key, ctx)
				switch s, isStr := kv.(string); {
				case err != nil:
					t.errorAt(m.keyRange, "Invalid template expression", fmt.Sprintf("The property name %s could not be evaluated: %v. The name is kept as written.", key, err))
				case isStr:
					key = s
				default:
					if _, unknown := graph.IsUnknown(kv); !unknown {
						t.errorAt(m.keyRange, "Invalid property name", fmt.Sprintf("The property name %s evaluates to a value of type %s; a property name must be a string. The name is kept as written.", key, typeName(kv)))
					}
				}
			}
			out[key] = t.eval(m.value, join(at, key), ctx, ranges, propCopy)
		}
		return out
	}
	return n.value()
}

// recordOrigin records the origin of the attribute at when its expression
// is a plain parameters('name') call.
func (t *tmpl) recordOrigin(n *node, at string) {
	const pre, suf = "[parameters('", "')]"
	s := strings.TrimSpace(n.str)
	if len(s) < len(pre)+len(suf) || !strings.EqualFold(s[:len(pre)], pre) || !strings.HasSuffix(s, suf) {
		return
	}
	name := s[len(pre) : len(s)-len(suf)]
	if strings.ContainsAny(name, "'()") {
		return
	}
	if p, ok := t.params[strings.ToLower(name)]; ok {
		t.origins[at] = p.origin(s[1:len(s)-1], n.rng)
	}
}

// evalStr evaluates one string value.
func (t *tmpl) evalStr(n *node, ctx *evalContext) any {
	v, err := evalString(n.str, ctx)
	if err != nil {
		expr := strings.TrimSuffix(strings.TrimPrefix(n.str, "["), "]")
		t.errorAt(n.rng, "Invalid template expression", fmt.Sprintf("The expression %s could not be evaluated: %v. Its value is treated as unknown.", n.str, err))
		t.run.causes[expr] = "could not be evaluated: " + err.Error()
		return graph.Unknown(expr)
	}
	return v
}

// copyArray makes the array of a copy entry {name, count, input} (a
// property or variables copy loop). The loop's index is copyIndex(name).
func (t *tmpl) copyArray(e *node, at string, ctx *evalContext, ranges map[string]graph.Range) any {
	name, _ := e.get("name").stringValue()
	count, unknownExpr, ok := t.copyCount(e, ctx)
	if !ok {
		if unknownExpr == "" {
			unknownExpr = "copy " + name
			t.run.causes[unknownExpr] = "the copy loop " + name + " has an invalid count"
		}
		return graph.Unknown(unknownExpr)
	}
	input := e.get("input")
	if input == nil {
		t.errorAt(e.rng, "Invalid copy loop", fmt.Sprintf("The copy loop %q has no \"input\"; it makes an empty array.", name))
		return []any{}
	}
	out := make([]any, 0, count)
	for i := range count {
		if t.l.exhausted() {
			break
		}
		c := *ctx
		outer := c.copyIndex
		idx := i
		c.copyIndex = func(loop string) (int, bool) {
			if strings.EqualFold(loop, name) {
				return idx, true
			}
			return outer(loop)
		}
		out = append(out, t.eval(input, join(at, strconv.Itoa(i)), &c, ranges, true))
	}
	return out
}

// copyCount evaluates the count of a copy loop. ok is false when the count
// is not known before deploy (expr is then the expression of the unknown)
// or is invalid (expr is then "", after an Error diagnostic).
func (t *tmpl) copyCount(e *node, ctx *evalContext) (count int, expr string, ok bool) {
	cn := e.get("count")
	if cn == nil {
		t.errorAt(e.rng, "Invalid copy loop", "A copy loop needs a \"count\"; it is treated as unknown.")
		return 0, "", false
	}
	v := t.eval(cn, "", ctx, nil, false)
	if x, unknown := graph.IsUnknown(v); unknown {
		return 0, x, false
	}
	switch x := v.(type) {
	case int:
		count = x
	case float64:
		if x != float64(int(x)) {
			t.errorAt(cn.rng, "Invalid copy count", fmt.Sprintf("The copy count is %v; it must be a whole number. The loop is treated as unknown.", x))
			return 0, "", false
		}
		count = int(x)
	default:
		t.errorAt(cn.rng, "Invalid copy count", fmt.Sprintf("The copy count is of type %s; it must be a whole number. The loop is treated as unknown.", typeName(v)))
		return 0, "", false
	}
	if count < 0 {
		t.errorAt(cn.rng, "Invalid copy count", fmt.Sprintf("The copy count is %d; it must not be negative. The loop makes nothing.", count))
		return 0, "", true
	}
	if count > maxCopyCount {
		t.errorAt(cn.rng, "Copy count too large", fmt.Sprintf("The copy count is %d; Azure allows at most %d. Only the first %d are evaluated.", count, maxCopyCount, maxCopyCount))
		count = maxCopyCount
	}
	return count, "", true
}

// join appends a segment to a dotted attribute path.
func join(at, seg string) string {
	if at == "" {
		return seg
	}
	return at + "." + seg
}

// parentRes is what a child resource inherits from its parent.
type parentRes struct {
	typ, name, id string
	loops         map[string]int
	existence     string
}

// evalResources evaluates the resources section: an array, or an object
// keyed by symbolic name in languageVersion 2.0 templates.
func (t *tmpl) evalResources() {
	rs := t.root.get("resources")
	if rs == nil {
		return
	}
	switch rs.kind {
	case kindArray:
		for _, e := range rs.elems {
			t.evalResource(e, "", nil)
		}
	case kindObject:
		for _, m := range rs.members {
			t.evalResource(m.value, m.key, nil)
		}
	default:
		t.errorAt(rs.rng, "Invalid template", "The \"resources\" property must be an array (or an object of symbolic names with languageVersion 2.0).")
	}
}

// evalResource evaluates one resource declaration: its copy loop, then each
// instance.
func (t *tmpl) evalResource(n *node, sym string, parent *parentRes) {
	if n.kind != kindObject {
		t.errorAt(n.rng, "Invalid resource", fmt.Sprintf("A resource must be a JSON object, not %s; it is skipped.", n.kind.withArticle()))
		return
	}
	loops := map[string]int{}
	existence := t.existence
	if parent != nil {
		maps.Copy(loops, parent.loops)
		existence = parent.existence
	}
	cp := n.get("copy")
	if cp == nil {
		t.evalInstance(n, sym, parent, loops, existence)
		return
	}
	name, _ := cp.get("name").stringValue()
	count, expr, ok := t.copyCount(cp, t.ctx(loops, nil))
	if !ok {
		count = 1
		existence = fmt.Sprintf("the copy count %s is known only at deploy time", expr)
		if expr == "" {
			existence = "the copy count could not be evaluated"
		}
	}
	for i := range count {
		l2 := maps.Clone(loops)
		l2[""] = i
		if name != "" {
			l2[strings.ToLower(name)] = i
		}
		id := t.evalInstance(n, sym, parent, l2, existence)
		// dependsOn may name the loop (or, with languageVersion 2.0, the
		// symbolic name of a looped resource), meaning all its instances.
		for _, k := range []string{name, sym} {
			if id != "" && k != "" {
				t.run.loops[strings.ToLower(k)] = append(t.run.loops[strings.ToLower(k)], id)
			}
		}
	}
}

// Resource object keys that are not attributes: loops, conditions and
// ordering are evaluated here, children become resources of their own.
var nonAttributes = map[string]bool{"copy": true, "condition": true, "dependson": true, "resources": true, "comments": true}

// evalInstance evaluates one instance of a resource and its children, and
// returns its ID ("" when it is not deployed or is invalid).
func (t *tmpl) evalInstance(n *node, sym string, parent *parentRes, loops map[string]int, existence string) string {
	l := t.l
	if len(l.res) >= maxResources || l.exhausted() {
		return ""
	}
	var targets []string
	saved := t.refs
	t.refs = func(s string) { targets = append(targets, s) }
	defer func() { t.refs = saved }()
	ctx := t.ctx(loops, t.refs)
	if cond := n.get("condition"); cond != nil {
		switch v := t.eval(cond, "", ctx, nil, false).(type) {
		case bool:
			if !v {
				return ""
			}
		default:
			if x, unknown := graph.IsUnknown(v); unknown {
				existence = fmt.Sprintf("the condition %s is known only at deploy time", x)
				break
			}
			t.errorAt(cond.rng, "Invalid condition", fmt.Sprintf("The condition is of type %s; it must be a boolean. Whether the resource is deployed is treated as unknown.", typeName(v)))
			existence = "the condition could not be evaluated"
		}
	}
	typ, ok := t.evalName(n, "type", ctx)
	if !ok {
		return ""
	}
	name, ok := t.evalName(n, "name", ctx)
	if !ok {
		return ""
	}
	if parent != nil {
		// A child's type is relative to its parent's (securityRules,
		// blobServices/containers) unless it names its namespace.
		if first, _, _ := strings.Cut(typ, "/"); !strings.Contains(first, ".") {
			typ = parent.typ + "/" + typ
		}
		if strings.Count(name, "/") < strings.Count(typ, "/")-1 {
			name = parent.name + "/" + name
		}
	}
	id := typ + "/" + name
	// An extension resource (a diagnostic setting, a lock, a role
	// assignment) applies to the resource its "scope" names, and two of
	// them may share type and name on different scopes, as ARM allows: the
	// scope is part of its identity.
	if sc := n.get("scope"); sc != nil {
		if v, ok := t.eval(sc, "", ctx, nil, false).(string); ok && v != "" {
			id += "@" + v
		}
	}
	if sym != "" {
		t.symbols[strings.ToLower(sym)] = id
	}
	if b, _ := n.get("existing").value().(bool); b {
		return ""
	}
	isDeployment := strings.EqualFold(typ, "Microsoft.Resources/deployments")
	ranges := map[string]graph.Range{}
	attrs := map[string]any{}
	t.origins = map[string]graph.Origin{}
	defer func() { t.origins = nil }()
	for _, m := range n.members {
		if nonAttributes[strings.ToLower(m.key)] {
			continue
		}
		if isDeployment && strings.EqualFold(m.key, "properties") && m.value.kind == kindObject {
			attrs[m.key] = t.evalDeploymentProperties(m.value, m.key, ctx, ranges)
			continue
		}
		attrs[m.key] = t.eval(m.value, m.key, ctx, ranges, strings.EqualFold(m.key, "properties"))
	}
	if dn := n.get("dependsOn"); dn != nil {
		for _, v := range asList(t.eval(dn, "", ctx, nil, false)) {
			if s, ok := v.(string); ok {
				targets = append(targets, s)
			}
		}
	}
	// A child refers to the resource it is declared in and to its parent
	// by type and name (st/default/images → blobServices st/default).
	if parent != nil {
		targets = append(targets, parent.id)
	}
	// A resource of a nested deployment refers to the deployment that
	// deploys it, so that rules can walk from one to the other.
	if t.deployID != "" {
		targets = append(targets, t.deployID)
	}
	if ts, ns := strings.Split(typ, "/"), strings.Split(name, "/"); len(ts) > 2 && len(ns) > 1 {
		targets = append(targets, strings.Join(ts[:len(ts)-1], "/")+"/"+strings.Join(ns[:len(ns)-1], "/"))
	}
	r := &graph.Resource{
		ID: id, Type: typ, Name: name, Provider: "azure", Format: graph.FormatARM,
		Module: t.module, Scope: t.run.scope, Range: n.rng, Attributes: attrs,
		References: []string{}, Ranges: ranges, Unknowns: map[string]string{}, Existence: existence,
		Origins: t.origins,
	}
	graph.Unknowns(attrs, func(_ []string, expr string) bool {
		r.Unknowns[expr] = t.causeOf(expr)
		return true
	})
	l.res = append(l.res, r)
	t.run.pending = append(t.run.pending, &pending{res: r, targets: targets, t: t})
	if isDeployment {
		t.evalDeployment(n, r)
	}
	if rs := n.get("resources"); rs != nil {
		if rs.kind != kindArray {
			t.errorAt(rs.rng, "Invalid resource", "The \"resources\" of a resource must be an array of child resources; it is ignored.")
			return id
		}
		p := &parentRes{typ: typ, name: name, id: id, loops: loops, existence: existence}
		for _, c := range rs.elems {
			t.evalResource(c, "", p)
		}
	}
	return id
}

// asList returns v as a list: an array's elements, or v alone.
func asList(v any) []any {
	if a, ok := v.([]any); ok {
		return a
	}
	return []any{v}
}

// evalName evaluates the "type" or "name" of a resource. A name unknown
// before deploy is kept as written, so that the resource still has an ID.
func (t *tmpl) evalName(n *node, key string, ctx *evalContext) (string, bool) {
	kn := n.get(key)
	s, isStr := kn.stringValue()
	if !isStr {
		t.errorAt(n.rng, "Invalid resource", fmt.Sprintf("The resource has no %q string; it is skipped.", key))
		return "", false
	}
	v := t.eval(kn, "", ctx, nil, false)
	if out, ok := v.(string); ok {
		return out, true
	}
	if _, unknown := graph.IsUnknown(v); unknown {
		return s, true
	}
	t.errorAt(kn.rng, "Invalid resource", fmt.Sprintf("The resource %s evaluates to a value of type %s; it must be a string. The resource is skipped.", key, typeName(v)))
	return "", false
}

// causeOf says why the unknown made from expr is unknown.
func (t *tmpl) causeOf(expr string) string {
	if c, ok := t.paramCauses[expr]; ok {
		return c
	}
	if c, ok := t.run.causes[expr]; ok {
		return c
	}
	if c, ok := t.l.paramCauses[expr]; ok {
		return c
	}
	low := strings.ToLower(expr)
	for _, k := range sortedStrings(t.run.unknownParams) {
		if strings.Contains(low, "parameters('"+k+"')") {
			return unknownParamCause(t.run.unknownParams[k])
		}
	}
	for _, f := range []string{"reference", "listkeys", "list", "utcnow", "newguid", "pickzones", "providers", "deployment"} {
		if strings.Contains(low, f+"(") {
			return f2name(expr, f) + "() is known only at deploy time"
		}
	}
	return "the value is known only at deploy time"
}

// f2name returns the function name as written in expr.
func f2name(expr, lower string) string {
	i := strings.Index(strings.ToLower(expr), lower+"(")
	if lower == "list" {
		// listKeys, listSecrets, …: the whole name.
		j := i + 4
		for j < len(expr) && expr[j] != '(' {
			j++
		}
		return expr[i:j]
	}
	return expr[i : i+len(lower)]
}

func sortedStrings(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// resolve turns the recorded targets of the resources of one root template
// into graph IDs. A target that names no resource of the deployment (an
// existing resource, a resource of another template) is dropped: references
// are edges of the graph.
func (l *loader) resolve(run *rootRun) {
	byID := map[string]string{}
	byName := map[string][]string{}
	for _, p := range run.pending {
		byID[strings.ToLower(p.res.ID)] = p.res.ID
		n := strings.ToLower(p.res.Name)
		byName[n] = append(byName[n], p.res.ID)
	}
	for _, p := range run.pending {
		set := map[string]bool{}
		for _, target := range p.targets {
			for _, id := range resolveTarget(target, p.t, byID, byName) {
				if id != p.res.ID {
					set[id] = true
				}
			}
		}
		for id := range set {
			p.res.References = append(p.res.References, id)
		}
		sort.Strings(p.res.References)
	}
}

func resolveTarget(target string, t *tmpl, byID map[string]string, byName map[string][]string) []string {
	low := strings.ToLower(target)
	if id, ok := byID[low]; ok {
		return []string{id}
	}
	if id, ok := graphIDOf(target); ok {
		if id, ok := byID[strings.ToLower(id)]; ok {
			return []string{id}
		}
		return nil
	}
	if ids, ok := t.run.loops[low]; ok {
		return ids
	}
	if id, ok := t.symbols[low]; ok {
		if id, ok := byID[strings.ToLower(id)]; ok {
			return []string{id}
		}
		return nil
	}
	return byName[low]
}

// graphIDOf turns an Azure resource id
// (/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/networkSecurityGroups/nsg/securityRules/r)
// into a graph ID (Microsoft.Network/networkSecurityGroups/securityRules/nsg/r).
func graphIDOf(id string) (string, bool) {
	i := strings.LastIndex(strings.ToLower(id), "/providers/")
	if i < 0 {
		return "", false
	}
	segs := strings.Split(strings.Trim(id[i+len("/providers/"):], "/"), "/")
	if len(segs) < 3 || len(segs)%2 == 0 {
		return "", false
	}
	types := []string{segs[0] + "/" + segs[1]}
	names := []string{segs[2]}
	for j := 3; j+1 < len(segs); j += 2 {
		types = append(types, segs[j])
		names = append(names, segs[j+1])
	}
	return strings.Join(types, "/") + "/" + strings.Join(names, "/"), true
}

// evalDeploymentProperties evaluates the properties of a nested
// deployment except its inline template, which belongs to the deployment
// it describes and is evaluated there (evalDeployment); the deployment
// resource keeps it as written.
func (t *tmpl) evalDeploymentProperties(n *node, at string, ctx *evalContext, ranges map[string]graph.Range) any {
	ranges[at] = n.rng
	out := map[string]any{}
	for _, m := range n.members {
		if strings.EqualFold(m.key, "template") {
			out[m.key] = m.value.value()
			ranges[join(at, m.key)] = m.value.rng
			continue
		}
		out[m.key] = t.eval(m.value, join(at, m.key), ctx, ranges, false)
	}
	return out
}

// evalDeployment evaluates the template a Microsoft.Resources/deployments
// resource deploys: inline, or linked by a relative path inside the tree.
func (t *tmpl) evalDeployment(n *node, r *graph.Resource) {
	props := n.get("properties")
	if props == nil {
		return
	}
	if t.depth+1 > maxTemplateDepth {
		t.errorAt(n.rng, "Deployments nest too deeply", fmt.Sprintf("Deployments nest more than %d levels; the resources of %q are not evaluated.", maxTemplateDepth, r.Name))
		return
	}
	inner := false
	if s, ok := props.get("expressionEvaluationOptions").get("scope").stringValue(); ok {
		inner = strings.EqualFold(s, "inner")
	}
	rel, file, root := t.rel, t.file, props.get("template")
	if root == nil {
		link := props.get("templateLink")
		if link == nil {
			return
		}
		inner = true // a linked template always has its own parameters
		pm, _ := r.Attributes[keyOf(n, "properties")].(map[string]any)
		lm, _ := pm[keyOf(props, "templateLink")].(map[string]any)
		rp, ok := lm[keyOf(link, "relativePath")].(string)
		if !ok {
			t.l.diags.add(graph.Diagnostic{Severity: graph.Warning, Summary: "Linked template not followed",
				Detail: fmt.Sprintf("The deployment %q links its template by URI or by a path not known before deploy; preflight reads only files of the scanned tree, so the resources it deploys are not evaluated.", r.Name),
				Range:  &link.rng})
			return
		}
		p, linked, err := t.l.readLinked(t.rel, rp)
		if err != nil {
			t.l.diags.add(graph.Diagnostic{Severity: graph.Warning, Summary: "Linked template not followed",
				Detail: fmt.Sprintf("The deployment %q links a template that could not be read (%v), so the resources it deploys are not evaluated.", r.Name, err),
				Range:  &link.rng})
			return
		}
		if linked == nil {
			return
		}
		rel, file, root = p, t.l.reported(p), linked
	}
	if root.kind != kindObject {
		t.errorAt(root.rng, "Invalid template", "A nested deployment's template must be a JSON object; it is not evaluated.")
		return
	}
	ds := t.dscope
	ds.Deployment = maps.Clone(ds.Deployment)
	ds.Deployment["name"] = r.Name
	c := &tmpl{l: t.l, rel: rel, file: file, root: root, module: join2(t.module, "deployments/"+r.Name),
		depth: t.depth + 1, existence: r.Existence, deployID: r.ID, dscope: ds, run: t.run}
	if inner {
		vals := map[string]paramValue{}
		pm, _ := r.Attributes[keyOf(n, "properties")].(map[string]any)
		unread := t.readParametersLink(n, props, r, vals)
		ps, _ := pm[keyOf(props, "parameters")].(map[string]any)
		for k, v := range ps {
			e, _ := v.(map[string]any)
			at := r.RangeOf(join(join(join(keyOf(n, "properties"), keyOf(props, "parameters")), k), "value"))
			if val, ok := e["value"]; ok {
				vals[strings.ToLower(k)] = paramValue{raw: val, hasRaw: true, from: "deployment " + r.Name, rng: at}
			} else if _, ok := e["reference"]; ok {
				vals[strings.ToLower(k)] = paramValue{raw: graph.Unknown(fmt.Sprintf("parameters('%s')", k)), hasRaw: true, from: "deployment " + r.Name, rng: at}
			}
		}
		c.setup(vals, nil)
		if unread != "" {
			// Any parameter may be set by the file preflight cannot read,
			// defaults included.
			for _, p := range c.params {
				expr := fmt.Sprintf("parameters('%s')", p.name)
				p.src = paramValue{raw: graph.Unknown(expr), hasRaw: true, rng: props.get("parametersLink").rng, from: "parametersLink of deployment " + r.Name}
				c.paramCauses[expr] = unread
			}
		}
		c.settleParams()
	} else {
		c.params, c.paramCauses, c.vars, c.funcs = t.params, t.paramCauses, t.vars, t.funcs
		c.symbols = map[string]string{}
	}
	c.evalResources()
}

// readParametersLink reads into vals the parameter file that the
// deployment at n links with parametersLink.relativePath, relative to the
// template that holds the deployment. When there is a link preflight
// cannot follow (a URI, a path unknown before deploy or outside the tree),
// it warns and returns the cause to give the deployment's parameters.
func (t *tmpl) readParametersLink(n, props *node, r *graph.Resource, vals map[string]paramValue) (unread string) {
	link := props.get("parametersLink")
	if link == nil {
		return ""
	}
	pm, _ := r.Attributes[keyOf(n, "properties")].(map[string]any)
	lm, _ := pm[keyOf(props, "parametersLink")].(map[string]any)
	rp, ok := lm[keyOf(link, "relativePath")].(string)
	var why string
	if ok {
		_, root, err := t.l.readLinked(t.rel, rp)
		switch {
		case err != nil:
			why = fmt.Sprintf("could not be read (%v)", err)
		case root == nil:
			why = "does not parse"
		default:
			t.l.readParamFile(root, vals)
			return ""
		}
	} else {
		why = "is named by URI or by a path not known before deploy; preflight reads only files of the scanned tree"
	}
	t.l.diags.add(graph.Diagnostic{Severity: graph.Warning, Summary: "Parameter file not followed",
		Detail: fmt.Sprintf("The parameter file of the deployment %q %s, so the parameters of the template it deploys are treated as unknown.", r.Name, why),
		Range:  &link.rng})
	return fmt.Sprintf("the deployment %s takes its parameters from a parametersLink preflight does not read", r.Name)
}

// keyOf returns the key of n's member named name (any case), as written.
func keyOf(n *node, name string) string {
	if n == nil {
		return name
	}
	for _, m := range n.members {
		if strings.EqualFold(m.key, name) {
			return m.key
		}
	}
	return name
}

// join2 joins module path segments with "/".
func join2(a, b string) string {
	if a == "" {
		return b
	}
	return a + "/" + b
}
