package eval

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/preflight-iac/preflight/graph"
)

// The pessimistic pass of a rule can only differ from its normal pass where
// a value the rule reads is unknown (an unknown marker, or a resource whose
// existence is unknown). reads is a static analysis of a rule's compiled
// Rego that finds the resource types the rule can read, so that Eval can
// skip the pessimistic pass when no resource of those types holds an
// unknown. It is deliberately conservative: whatever it cannot account for
// makes the rule read "every type", and the pass runs as before.
//
// The argument rests on the policy library, so only a library that is
// byte for byte the built-in one (policies.FS) is trusted:
//   - the rule's own code (and every non-library rule it depends on) does
//     not refer to input, to data.preflight, or to the whole data document,
//     uses no `with`, and holds no string containing the unknown marker key
//     or "existence_unknown" (it would take a deliberately obfuscated rule,
//     building those keys from parts, to fabricate such a value);
//   - it reaches resources only through the library functions in typeArgs
//     (and fixedReads and companionArgs below), whose type arguments
//     resolve statically to string constants (a literal, a constant rule,
//     an element or key of one, bound in the body of the call); what they
//     return are resources of those types only;
//   - every other library rule it calls neither reads input nor depends on
//     the pessimistic switch except through _maybe, which is true only for
//     an unknown marker (so for known values both passes agree).
//
// Three refinements keep rules that touch the switch on the fast path:
//   - lib functions in fixedReads read input only for the constant types
//     listed there (iam_policy_statements follows a policy's json to the
//     aws_iam_policy_document data sources of the configuration;
//     TestLibraryAssumptions pins what they reach);
//   - the companion helpers (companionArgs) read only the types passed to
//     them, and depend on the switch only through companions of type ctype
//     whose link attribute is unknown (floating ones) or whose existence is
//     unknown: with no unknown in ctype, floating(...) is empty and
//     companion_index(...) is the same in both passes. has_companion and
//     companions take that index or floating set as an argument, so the
//     argument must be the result of such a call (or an empty set) in the
//     body of the call or in a rule without arguments (produced), and
//     TestLibraryAssumptions pins which library rules read the switch;
//   - a rule may read lib.pessimistic itself in a body that also requires
//     lib.is_unknown(x) or lib.may_not_exist(x) (not negated): that body
//     holds only for an unknown marker or a resource of unknown existence.
//     A fabricated resource of unknown existence needs the string
//     "existence_unknown", rejected like the marker key.

// typeArgs maps the library functions that read input to the position of
// their resource-type argument.
var typeArgs = map[string]int{
	"resources":        0,
	"data_sources":     0,
	"arm_resources":    0,
	"referrers":        1,
	"references":       1,
	"references_type":  1,
	"fix_add_resource": 2,
}

// fixedReads maps library functions that read input for constant types
// only to those types. iam_policy_statements (through iam_source_document,
// _iam_includes and _iam_document_statements) reads the resource passed to
// it and the aws_iam_policy_document data sources it references or merges;
// what it reads of input.resources is only ids reachable from those.
var fixedReads = map[string][]string{
	"iam_policy_statements": {"aws_iam_policy_document"},
	"iam_source_document":   {"aws_iam_policy_document"},
}

// companionArg describes a companion helper: the positions of its type
// arguments, and of the argument that must be the result of another
// helper (-1 if none).
type companionArg struct {
	types    []int
	from     int    // position of the argument produced by producer
	producer string // the library function that must produce it
}

// companionArgs are the companion helpers of graph.rego, checked at their
// call site.
var companionArgs = map[string]companionArg{
	"floating":          {types: []int{0, 2}, from: -1},
	"linked":            {types: []int{1}, from: -1},
	"companion_index":   {types: []int{0, 2}, from: -1},
	"companion_related": {types: []int{2}, from: -1},
	"has_companion":     {from: 1, producer: "companion_index"},
	"companions":        {types: []int{1}, from: 3, producer: "floating"},
}

// guards are the library predicates that hold only for an unknown marker
// or a resource of unknown existence, and read neither input nor the
// switch.
var guards = map[string]bool{"is_unknown": true, "may_not_exist": true}

// fabricated are strings a rule could build an unknown value, or a
// resource of unknown existence, with.
var fabricated = []string{graph.UnknownKey, "existence_unknown"}

// markerGate is the library rule through which value predicates depend on
// the pessimistic switch only for unknown markers.
const markerGate = "_maybe"

// libTrust is what the analysis knows about the library rules, by name.
type libTrust struct {
	trusted     bool            // every module of package lib is the built-in one
	readsInput  map[string]bool // reads input, directly or through other lib rules
	readsSwitch map[string]bool // depends on the pessimistic switch other than through markerGate
}

var (
	libRoot       = ast.MustParseRef("data.lib")
	preflightRoot = ast.MustParseRef("data.preflight")
)

// newLibTrust classifies the rules of package lib. trustedModules names the
// compiled modules whose source is the built-in library's.
func newLibTrust(c *ast.Compiler, trustedModules map[string]bool) *libTrust {
	lt := &libTrust{trusted: true, readsInput: map[string]bool{}, readsSwitch: map[string]bool{}}
	deps := map[string]map[string]bool{}
	for name, m := range c.Modules {
		if !m.Package.Path.HasPrefix(libRoot) {
			continue
		}
		if !trustedModules[name] || !m.Package.Path.Equal(libRoot) {
			lt.trusted = false
			return lt
		}
		for _, r := range m.Rules {
			rn := libRuleName(r.Head.Ref())
			if rn == "" {
				lt.trusted = false
				return lt
			}
			if deps[rn] == nil {
				deps[rn] = map[string]bool{}
			}
			ast.WalkRefs(r, func(ref ast.Ref) bool {
				switch {
				case ref.HasPrefix(ast.InputRootRef):
					lt.readsInput[rn] = true
				case ref.HasPrefix(preflightRoot):
					lt.readsSwitch[rn] = true
				case ref.HasPrefix(libRoot):
					if dep := libName(ref); dep != "" {
						deps[rn][dep] = true
					} else {
						lt.readsInput[rn], lt.readsSwitch[rn] = true, true
					}
				case ref[0].Equal(ast.DefaultRootDocument):
					lt.readsInput[rn], lt.readsSwitch[rn] = true, true
				}
				return false
			})
		}
	}
	// Propagate through calls until nothing changes; markerGate passes on
	// its reading input (none) but not its switch.
	for changed := true; changed; {
		changed = false
		for rn, ds := range deps {
			for d := range ds {
				if lt.readsInput[d] && !lt.readsInput[rn] {
					lt.readsInput[rn], changed = true, true
				}
				if d != markerGate && lt.readsSwitch[d] && !lt.readsSwitch[rn] {
					lt.readsSwitch[rn], changed = true, true
				}
			}
		}
	}
	return lt
}

// libRuleName is the name of a library rule from its head ref
// (a plain name, relative to the package); "" for a ref head (a.b := ...).
func libRuleName(head ast.Ref) string {
	if len(head) != 1 {
		return ""
	}
	v, ok := head[0].Value.(ast.Var)
	if !ok {
		return ""
	}
	return string(v)
}

// libName is the library rule a ref data.lib.<name>... names, or "".
func libName(ref ast.Ref) string {
	if len(ref) < 3 {
		return ""
	}
	s, ok := ref[2].Value.(ast.String)
	if !ok {
		return ""
	}
	return string(s)
}

// ruleReads is the result of the analysis for one rule: all, or the types.
type ruleReads struct {
	all   bool
	types []string
}

// analyseReads finds the resource types the rule whose deny set is at
// denyRef can read.
func analyseReads(c *ast.Compiler, lt *libTrust, denyRef ast.Ref) ruleReads {
	a := &readsAnalysis{c: c, lt: lt, seen: map[*ast.Rule]bool{}, types: map[string]bool{}}
	a.visitRef(denyRef)
	if a.all {
		return ruleReads{all: true}
	}
	out := ruleReads{}
	for t := range a.types {
		out.types = append(out.types, t)
	}
	return out
}

type readsAnalysis struct {
	c     *ast.Compiler
	lt    *libTrust
	seen  map[*ast.Rule]bool
	types map[string]bool
	all   bool
}

// visitRef visits every non-library rule ref can refer to.
func (a *readsAnalysis) visitRef(ref ast.Ref) {
	for _, r := range a.c.GetRulesDynamicWithOpts(ref, ast.RulesOptions{IncludeHiddenModules: true}) {
		if a.all {
			return
		}
		a.visitRule(r)
	}
}

func (a *readsAnalysis) visitRule(r *ast.Rule) {
	for ; r != nil && !a.all; r = r.Else {
		if a.seen[r] {
			return
		}
		a.seen[r] = true
		if r.Module != nil && r.Module.Package.Path.HasPrefix(libRoot) {
			// Reached only through a dynamic ref; a direct call is
			// classified at its call site.
			a.all = true
			return
		}
		a.visitBody(r)
	}
}

// visitBody checks one rule (head, body and comprehensions; not its else
// branches, which visitRule walks).
func (a *readsAnalysis) visitBody(r *ast.Rule) {
	guarded := map[*ast.Term]bool{}
	visitBodies := func(b ast.Body) bool {
		a.calls(b, guarded)
		return false
	}
	ast.WalkBodies(r.Head, visitBodies)
	ast.WalkBodies(r.Body, visitBodies)

	var refs []ast.Ref
	var visit func(t *ast.Term) bool
	visit = func(t *ast.Term) bool {
		if guarded[t] {
			return true // lib.pessimistic next to a guard (calls)
		}
		if ref, ok := t.Value.(ast.Ref); ok {
			// The head of a ref is input, data or a local: only the
			// terms after it are walked on their own.
			refs = append(refs, ref)
			if _, local := ref[0].Value.(ast.Var); !local {
				ast.WalkTerms(ref[0], visit)
			}
			for _, x := range ref[1:] {
				ast.WalkTerms(x, visit)
			}
			return true
		}
		a.term(t)
		return false
	}
	ast.WalkTerms(r.Head, visit)
	ast.WalkTerms(r.Body, visit)
	ast.WalkExprs(r.Body, func(e *ast.Expr) bool {
		if len(e.With) > 0 {
			a.all = true
		}
		return false
	})
	for _, ref := range refs {
		if a.all {
			return
		}
		switch {
		case ref.HasPrefix(ast.InputRootRef), ref.HasPrefix(preflightRoot):
			a.all = true
		case ref.HasPrefix(libRoot):
			name := libName(ref)
			_, typed := typeArgs[name]
			_, companion := companionArgs[name]
			fixed, isFixed := fixedReads[name]
			switch {
			case !a.lt.trusted || name == "" || len(ref) != 3:
				a.all = true
			case typed, companion:
				// Its arguments are checked at the call (calls).
			case isFixed && !a.lt.readsSwitch[name]:
				for _, t := range fixed {
					a.types[t] = true
				}
			case a.lt.readsInput[name] || a.lt.readsSwitch[name]:
				a.all = true
			}
		case ref[0].Equal(ast.DefaultRootDocument):
			if len(ref) == 1 {
				a.all = true // the whole data document
				return
			}
			a.visitRef(ref)
		}
	}
}

// switchOK are the companion helpers whose dependence on the switch the
// argument checks of calls account for; any other library function that
// starts depending on it gives up.
var switchOK = map[string]bool{"companion_index": true, "has_companion": true, "companions": true}

// calls checks the library calls of body b (not of its nested bodies):
// the type arguments of typeArgs and companionArgs, the produced
// arguments of companionArgs, and it marks in guarded the expressions
// lib.pessimistic that b also guards with a call of guards.
func (a *readsAnalysis) calls(b ast.Body, guarded map[*ast.Term]bool) {
	var switches []*ast.Term
	guard := false
	for _, e := range b {
		if a.all {
			return
		}
		if t, ok := e.Terms.(*ast.Term); ok && !e.Negated && len(e.With) == 0 {
			if ref, ok := t.Value.(ast.Ref); ok && len(ref) == 3 && ref.HasPrefix(libRoot) && libName(ref) == "pessimistic" {
				switches = append(switches, t)
			}
		}
		if !e.IsCall() {
			continue
		}
		op := e.Operator()
		if !op.HasPrefix(libRoot) || len(op) != 3 || !a.lt.trusted {
			continue
		}
		name := libName(op)
		if guards[name] && !e.Negated && len(e.With) == 0 && !a.lt.readsInput[name] && !a.lt.readsSwitch[name] {
			guard = true
		}
		if pos, ok := typeArgs[name]; ok {
			if pos >= len(e.Operands()) {
				a.all = true
			} else {
				a.typeArg(b, e.Operand(pos), 0)
			}
		}
		spec, ok := companionArgs[name]
		if !ok {
			continue
		}
		if a.lt.readsSwitch[name] && !switchOK[name] {
			a.all = true
			return
		}
		for _, pos := range append(spec.types, spec.from) {
			if pos >= len(e.Operands()) {
				a.all = true
				return
			}
		}
		for _, pos := range spec.types {
			a.typeArg(b, e.Operand(pos), 0)
		}
		if spec.from >= 0 && !a.produced(b, e.Operand(spec.from), spec.producer, 0) {
			a.all = true
		}
	}
	if guard {
		for _, t := range switches {
			guarded[t] = true
		}
	}
}

// produced reports whether t, an argument in body b, is certainly the
// result of a call of lib.<fn>: the output of such a call in b, a local
// that b binds to such a term, a rule without arguments every definition
// of which is, or an empty set.
func (a *readsAnalysis) produced(b ast.Body, t *ast.Term, fn string, depth int) bool {
	if depth > 8 {
		return false
	}
	switch v := t.Value.(type) {
	case ast.Var:
		for _, e := range b {
			if e.Negated || len(e.With) > 0 {
				continue
			}
			switch {
			case e.IsEquality() || e.IsAssignment():
				l, rt := e.Operand(0), e.Operand(1)
				if l.Equal(t) && a.produced(b, rt, fn, depth+1) {
					return true
				}
				if rt.Equal(t) && a.produced(b, l, fn, depth+1) {
					return true
				}
			case e.IsCall():
				op, ops := e.Operator(), e.Operands()
				if op.HasPrefix(libRoot) && len(op) == 3 && libName(op) == fn && len(ops) > 0 && ops[len(ops)-1].Equal(t) {
					return true
				}
			}
		}
		return false
	case ast.Ref:
		if !v[0].Equal(ast.DefaultRootDocument) {
			return false
		}
		rules := a.c.GetRulesDynamicWithOpts(v, ast.RulesOptions{IncludeHiddenModules: true})
		if len(rules) == 0 {
			return false
		}
		for _, cr := range rules {
			if cr.Module == nil || cr.Module.Package.Path.HasPrefix(libRoot) || len(cr.Head.Args) > 0 || cr.Else != nil ||
				cr.Head.Key != nil || cr.Head.Value == nil || !cr.Ref().IsGround() || !v.Equal(cr.Ref()) {
				return false
			}
			if !a.produced(cr.Body, cr.Head.Value, fn, depth+1) {
				return false
			}
		}
		return true
	case ast.Set:
		return v.Len() == 0
	}
	return false
}

// term rejects strings that could fabricate an unknown marker, and input
// or data used as a whole.
func (a *readsAnalysis) term(t *ast.Term) {
	switch v := t.Value.(type) {
	case ast.String:
		for _, f := range fabricated {
			if strings.Contains(string(v), f) {
				a.all = true
			}
		}
	case ast.Var:
		if ast.RootDocumentNames.Contains(t) {
			a.all = true // input or data as a whole
		}
	}
}

// typeArg resolves the type argument t of a library call in body b to the
// string constants it can hold, or gives up (all).
func (a *readsAnalysis) typeArg(b ast.Body, t *ast.Term, depth int) {
	if a.all {
		return
	}
	if depth > 8 {
		a.all = true
		return
	}
	switch v := t.Value.(type) {
	case ast.Var:
		// A local that b binds by unification: the compiler turns
		// `some t in _types` into `t = data.pkg._types[i]`, and
		// `some t, _ in _labels` into `x = data.pkg._labels[t]`, where t
		// is a key of the collection. Only b's own expressions (not
		// negated, without with) bind it: a comprehension, a negation or
		// another body does not restrict the values it takes in b.
		found := false
		for _, e := range b {
			if e.Negated || len(e.With) > 0 || (!e.IsEquality() && !e.IsAssignment()) {
				continue
			}
			for i, side := range []*ast.Term{e.Operand(0), e.Operand(1)} {
				if side.Equal(t) {
					found = true
					a.typeArg(b, e.Operand(1-i), depth+1)
					continue
				}
				ref, ok := side.Value.(ast.Ref)
				if !ok {
					continue
				}
				for j := 1; j < len(ref); j++ {
					if !ref[j].Equal(t) {
						continue
					}
					found = true
					if j == 1 {
						a.typeArg(b, ref[0], depth+1)
					} else {
						a.typeArg(b, ast.RefTerm(ref[:j]...), depth+1)
					}
				}
			}
		}
		if !found {
			a.all = true
		}
	case ast.Ref:
		// An element of a collection: every constant in the collection.
		switch {
		case v[0].Equal(ast.DefaultRootDocument):
			rules := a.c.GetRulesDynamicWithOpts(v, ast.RulesOptions{IncludeHiddenModules: true})
			if len(rules) == 0 {
				a.all = true
			}
			for _, cr := range rules {
				if cr.Module == nil || cr.Module.Package.Path.HasPrefix(libRoot) || len(cr.Head.Args) > 0 || cr.Else != nil ||
					!cr.Body.Equal(ast.NewBody(ast.NewExpr(ast.BooleanTerm(true)))) {
					a.all = true
					return
				}
				if cr.Head.Key != nil {
					a.constants(cr.Head.Key)
				}
				if cr.Head.Value != nil {
					a.constants(cr.Head.Value)
				}
			}
		case len(v) > 1:
			if _, ok := v[0].Value.(ast.Var); ok && !ast.RootDocumentNames.Contains(v[0]) {
				a.typeArg(b, v[0], depth+1)
				return
			}
			a.all = true
		default:
			a.all = true
		}
	default:
		a.constants(t)
	}
}

// constants adds every string in a ground term; a term that is not ground
// gives up.
func (a *readsAnalysis) constants(t *ast.Term) {
	if !t.IsGround() {
		a.all = true
		return
	}
	ast.WalkTerms(t, func(x *ast.Term) bool {
		if s, ok := x.Value.(ast.String); ok {
			// Types are compared without regard to case: ARM's are
			// (arm_resources), Terraform's are lower case anyway.
			a.types[strings.ToLower(string(s))] = true
		}
		return false
	})
}

// mayBeUnknown reports whether the rule can read an unknown value, given the
// types of the resources that hold one (or whose existence is unknown).
func (rr ruleReads) mayBeUnknown(unknownTypes map[string]bool) bool {
	if len(unknownTypes) == 0 {
		return false
	}
	if rr.all {
		return true
	}
	for _, t := range rr.types {
		if unknownTypes[t] {
			return true
		}
	}
	return false
}
