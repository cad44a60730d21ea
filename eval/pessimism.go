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
//     uses no `with`, and holds no string containing the unknown marker key;
//   - it reaches resources only through the library functions in typeArgs,
//     whose type argument resolves statically to string constants (a
//     literal, a constant rule, or an element of one); what they return
//     are resources of those types only;
//   - every other library rule it calls neither reads input nor depends on
//     the pessimistic switch except through _maybe, which is true only for
//     an unknown marker (so for known values both passes agree).
//
// Companion helpers (companions, has_companion, companion_index, ...) depend
// on the switch through floating companions and unknown existence; a rule
// that calls them always keeps its pessimistic pass.

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
	var refs []ast.Ref
	var visit func(t *ast.Term) bool
	visit = func(t *ast.Term) bool {
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
		if e.IsCall() {
			op := e.Operator()
			if op.HasPrefix(libRoot) {
				if pos, ok := typeArgs[libName(op)]; ok && len(op) == 3 && a.lt.trusted {
					if pos >= len(e.Operands()) {
						a.all = true
					} else {
						a.typeArg(r, e.Operand(pos), 0)
					}
				}
			}
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
			switch {
			case !a.lt.trusted || name == "" || len(ref) != 3:
				a.all = true
			case typed:
				// Its type argument is checked at the call above.
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

// term rejects strings that could fabricate an unknown marker, and input
// or data used as a whole.
func (a *readsAnalysis) term(t *ast.Term) {
	switch v := t.Value.(type) {
	case ast.String:
		if strings.Contains(string(v), graph.UnknownKey) {
			a.all = true
		}
	case ast.Var:
		if ast.RootDocumentNames.Contains(t) {
			a.all = true // input or data as a whole
		}
	}
}

// typeArg resolves the type argument t of a library call in rule r to the
// string constants it can hold, or gives up (all).
func (a *readsAnalysis) typeArg(r *ast.Rule, t *ast.Term, depth int) {
	if a.all {
		return
	}
	if depth > 8 {
		a.all = true
		return
	}
	switch v := t.Value.(type) {
	case ast.Var:
		// A local bound by unification in this rule (the compiler turns
		// `some t in _types` into `t = data.pkg._types[i]`).
		found := false
		ast.WalkExprs(r, func(e *ast.Expr) bool {
			if !e.IsEquality() && !e.IsAssignment() {
				return false
			}
			l, rt := e.Operand(0), e.Operand(1)
			switch {
			case l.Equal(t):
				found = true
				a.typeArg(r, rt, depth+1)
			case rt.Equal(t):
				found = true
				a.typeArg(r, l, depth+1)
			}
			return false
		})
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
				a.typeArg(r, v[0], depth+1)
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
