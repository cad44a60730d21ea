package eval

import (
	"context"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/preflight-iac/preflight/graph"
)

// Compiling the whole catalogue (about 150 rules) takes a few hundred
// milliseconds, more than scanning a small module, and most rules cannot
// match a given configuration: a rule reaches resources through their type
// (lib.resources("aws_s3_bucket")), so a rule whose module names none of
// the types present produces nothing. New therefore only parses and checks
// the policies; Eval compiles the library plus the rules that can matter
// for its graph, and the engine keeps the compiled sets for later scans.
//
// The relevance test is syntactic and conservative. A built-in rule is
// relevant when its module refers to input itself, or when one of its
// string literals, or a string of one of the library rules it names
// (transitively), equals a resource type present or the start of one
// (types built with concat), ignoring case (ARM types match without regard
// to case). It rests on the built-in library reaching input only
// through a type, so it is applied only when every module of package lib is
// the built-in one; rules that are not built in are always relevant (they
// are arbitrary code, and compiled once at New anyway to report errors).

// maxPartialSets is how many distinct partial sets an engine compiles
// before it compiles the whole catalogue once and uses it for every later
// Eval: a long-lived engine (the fixture tests, an editor integration) then
// compiles at most eight partial sets and one full one, and memory stays
// bounded.
const maxPartialSets = 8

// ruleEntry is a rule as New found it: its metadata and what the relevance
// test needs. It is not compiled yet.
type ruleEntry struct {
	meta    Rule
	line    int    // of the package METADATA, for PolicyError diagnostics
	module  string // its name in catalogue.modules
	denyRef ast.Ref
	// always marks a rule the relevance test cannot judge: it is compiled
	// and run for every graph.
	always bool
	// words are the lower-cased string literals (and, for a rule read by
	// source.go, identifiers) of the module and of the library rules it
	// names.
	words map[string]bool
}

// relevant reports whether the rule can produce a result for a graph whose
// resource types (lower case) start with one of prefixes (see typePrefixes).
func (re *ruleEntry) relevant(prefixes map[string]bool) bool {
	if re.always {
		return true
	}
	for w := range re.words {
		if prefixes[w] {
			return true
		}
	}
	return false
}

// minPrefix is the shortest word the relevance test matches against the
// start of a type. A rule may build a type from parts
// (concat("", [prefix, "_member"])): a word that a type present starts
// with counts, not only the whole type. Shorter words ("", "*", "id") would
// match nearly every type and make every rule relevant.
const minPrefix = 3

// typePrefixes returns every prefix of at least minPrefix bytes of types.
func typePrefixes(types map[string]bool) map[string]bool {
	out := make(map[string]bool, 16*len(types))
	for t := range types {
		for i := min(minPrefix, len(t)); i <= len(t); i++ {
			out[t[:i]] = true
		}
	}
	return out
}

// catalogue is the parsed policies and the compiled sets built from them.
type catalogue struct {
	caps  *ast.Capabilities
	popts ast.ParserOptions

	parseMu sync.Mutex
	modules map[string]*ast.Module // parsed modules; never modified (the compiler copies them)
	sources map[string]string      // built-in rules not parsed yet (source.go), until they are
	base    []string               // modules that are not rules (the library): in every set
	ruleMod []string               // every rule module, skipped ones included, sorted
	trusted map[string]bool        // modules byte for byte the built-in ones
	// libCalls maps each library rule to the library rules it names, and
	// names each rule module to the names it uses: a set of built-in rules
	// is compiled with the part of the library they can reach only.
	libCalls map[string]map[string]bool
	names    map[string]map[string]bool
	dynLib   map[string]bool
	// deps maps a rule module to the other rule modules it refers to
	// (data.<their package>), which must be compiled with it.
	deps map[string][]string

	mu      sync.Mutex
	sets    map[string]*ruleSet // by key (sorted module names)
	partial int                 // partial sets compiled so far
	full    *ruleSet            // every rule module, once compiled
}

// ruleSet is the library and some rule modules compiled together. Its rules
// are prepared on first use.
type ruleSet struct {
	once     sync.Once
	modules  map[string]bool
	compiler *ast.Compiler
	err      error
	rules    map[string]*compiledRule // by module name
}

// compiledRule is a rule of a compiled set with its two queries: the normal
// pass and the pessimistic pass (unknown values count as insecure), each
// prepared when first run.
type compiledRule struct {
	entry *ruleEntry
	set   *ruleSet

	normalOnce sync.Once
	normal     rego.PreparedEvalQuery
	normalErr  error
	pessOnce   sync.Once
	pess       rego.PreparedEvalQuery
	pessErr    error
}

// query returns the prepared query of the normal or the pessimistic pass.
func (cr *compiledRule) query(ctx context.Context, pessimistic bool) (rego.PreparedEvalQuery, error) {
	if !pessimistic {
		cr.normalOnce.Do(func() {
			cr.normal, cr.normalErr = prepare(ctx, cr.set.compiler, ast.NewBody(ast.NewExpr(ast.NewTerm(cr.entry.denyRef))))
		})
		return cr.normal, cr.normalErr
	}
	cr.pessOnce.Do(func() {
		pess := ast.NewExpr(ast.NewTerm(cr.entry.denyRef))
		pess.With = []*ast.With{{
			Target: ast.RefTerm(ast.DefaultRootDocument, ast.StringTerm("preflight"), ast.StringTerm("pessimistic")),
			Value:  ast.BooleanTerm(true),
		}}
		cr.pess, cr.pessErr = prepare(ctx, cr.set.compiler, ast.NewBody(pess))
	})
	return cr.pess, cr.pessErr
}

func prepare(ctx context.Context, c *ast.Compiler, q ast.Body) (rego.PreparedEvalQuery, error) {
	// A context cancelled while the query compiles would leave the
	// once-prepared query broken for later scans: preparation is short
	// and not interrupted.
	return rego.New(rego.ParsedQuery(q), rego.Compiler(c), switchReadFunc).PrepareForEval(context.WithoutCancel(ctx))
}

// ruleSetFor returns a compiled set holding every module of rules (and what
// they depend on), compiling one if need be.
func (c *catalogue) ruleSetFor(rules []*ruleEntry) (*ruleSet, error) {
	need := map[string]bool{}
	var add func(name string)
	add = func(name string) {
		if need[name] {
			return
		}
		need[name] = true
		for _, d := range c.deps[name] {
			add(d)
		}
	}
	for _, re := range rules {
		add(re.module)
	}
	names := make([]string, 0, len(need))
	for n := range need {
		names = append(names, n)
	}
	slices.Sort(names)
	key := strings.Join(names, "\x00")

	c.mu.Lock()
	s := c.lookup(key, need)
	if s == nil {
		if c.partial >= maxPartialSets || len(names) == len(c.ruleMod) {
			// Enough distinct sets: from now on one set serves all.
			s = &ruleSet{modules: map[string]bool{}}
			for _, n := range c.ruleMod {
				s.modules[n] = true
			}
			c.full, c.sets = s, nil
		} else {
			s = &ruleSet{modules: need}
			if c.sets == nil {
				c.sets = map[string]*ruleSet{}
			}
			c.sets[key] = s
			c.partial++
		}
	}
	c.mu.Unlock()
	s.once.Do(func() { c.compileSet(s) })
	return s, s.err
}

// lookup finds a set that holds need: the full one, the same set, or a
// larger one. c.mu is held.
func (c *catalogue) lookup(key string, need map[string]bool) *ruleSet {
	if c.full != nil {
		return c.full
	}
	if s := c.sets[key]; s != nil {
		return s
	}
	for _, s := range c.sets {
		if len(s.modules) < len(need) {
			continue
		}
		covers := true
		for n := range need {
			if !s.modules[n] {
				covers = false
				break
			}
		}
		if covers {
			return s
		}
	}
	return nil
}

// checkStages are the compiler stages that only look for errors (they
// rewrite nothing evaluation depends on). The type check is the costliest
// of them; the others add a few milliseconds to a small scan.
var checkStages = []ast.StageID{
	ast.StageCheckKeywordOverrides,
	ast.StageCheckDuplicateImports,
	ast.StageCheckUnusedImports,
	ast.StageCheckVoidCalls,
	ast.StageCheckRuleConflicts,
	ast.StageCheckUndefinedFuncs,
	ast.StageCheckSafetyRuleHeads,
	ast.StageCheckRecursion,
	ast.StageCheckTypes,
	ast.StageCheckUnsafeBuiltins,
	ast.StageCheckDeprecatedBuiltins,
	ast.StageBuildRequiredCapabilities,
}

// compileSet compiles the library and the set's rule modules. Modules that
// are all built in were checked by the test suite (TestBuiltinCatalogue
// compiles them with every stage), so the stages that only report errors
// are skipped; a set with any other module runs every stage.
func (c *catalogue) compileSet(s *ruleSet) {
	names := maps.Clone(s.modules)
	allTrusted := true
	for _, n := range c.base {
		names[n] = true
	}
	for n := range names {
		allTrusted = allTrusted && c.trusted[n]
	}
	modules, err := c.parsed(names)
	if err != nil {
		s.err = err
		return
	}
	if allTrusted {
		c.pruneLib(modules, s.modules)
	}
	comp := newCompiler(c.caps)
	if allTrusted {
		comp = comp.WithSkipStages(checkStages...)
	}
	comp.Compile(modules)
	if comp.Failed() {
		s.err = &PolicyError{Diagnostics: astDiagnostics(comp.Errors, "Policy does not compile", ""), op: "compile policies"}
		return
	}
	s.compiler = comp
	s.rules = map[string]*compiledRule{}
}

// pruneLib replaces, in modules, each module of package lib by a copy that
// holds only the library rules the rule modules named can reach: the
// library is larger than the part any one provider's rules use, and its
// compilation is a good part of a small scan's.
func (c *catalogue) pruneLib(modules map[string]*ast.Module, rules map[string]bool) {
	reach := map[string]bool{}
	var visit func(string)
	visit = func(n string) {
		if reach[n] {
			return
		}
		reach[n] = true
		for d := range c.libCalls[n] {
			visit(d)
		}
	}
	for r := range rules {
		if c.dynLib[r] {
			return // it may call any library rule
		}
		for n := range c.names[r] {
			if c.libCalls[n] != nil {
				visit(n)
			}
		}
	}
	for name, m := range modules {
		if !m.Package.Path.HasPrefix(libRoot) {
			continue
		}
		kept := make([]*ast.Rule, 0, len(m.Rules))
		for _, r := range m.Rules {
			if rn := libRuleName(r.Head.Ref()); rn == "" || reach[rn] {
				kept = append(kept, r)
			}
		}
		pm := *m
		pm.Rules, pm.Comments = kept, nil
		modules[name] = &pm
	}
}

// parsed returns the modules named, parsing (concurrently) those that are
// not parsed yet.
func (c *catalogue) parsed(names map[string]bool) (map[string]*ast.Module, error) {
	out := make(map[string]*ast.Module, len(names))
	var todo []string
	c.parseMu.Lock()
	for n := range names {
		if m, ok := c.modules[n]; ok {
			out[n] = m
		} else {
			todo = append(todo, n)
		}
	}
	srcs := make([]string, len(todo))
	for i, n := range todo {
		srcs[i] = c.sources[n]
	}
	c.parseMu.Unlock()
	if len(todo) == 0 {
		return out, nil
	}
	mods := make([]*ast.Module, len(todo))
	errs := make([]error, len(todo))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(todo) {
					return
				}
				mods[i], errs[i] = ast.ParseModuleWithOpts(todo[i], srcs[i], c.popts)
			}
		})
	}
	wg.Wait()
	var diags graph.Diagnostics
	c.parseMu.Lock()
	defer c.parseMu.Unlock()
	for i, n := range todo {
		if errs[i] != nil {
			diags = append(diags, astDiagnostics(errs[i], "Invalid policy", n)...)
			continue
		}
		if m, ok := c.modules[n]; ok { // parsed meanwhile by another scan
			mods[i] = m
		}
		c.modules[n] = mods[i]
		delete(c.sources, n)
		out[n] = mods[i]
	}
	if len(diags) > 0 {
		return nil, &PolicyError{Diagnostics: diags, op: "compile policies"}
	}
	return out, nil
}

// rule returns the compiled form of re in s. The catalogue's mu is held
// (rulesFor).
func (s *ruleSet) rule(re *ruleEntry) *compiledRule {
	cr := s.rules[re.module]
	if cr == nil {
		cr = &compiledRule{entry: re, set: s}
		s.rules[re.module] = cr
	}
	return cr
}

// rulesFor returns the compiled rules among e.rules that can produce a
// result for a graph with these resource types, in id order.
func (e *Engine) rulesFor(types map[string]bool) ([]*compiledRule, error) {
	var want []*ruleEntry
	prefixes := typePrefixes(types)
	for _, re := range e.rules {
		if re.relevant(prefixes) {
			want = append(want, re)
		}
	}
	if len(want) == 0 {
		return nil, nil
	}
	s, err := e.cat.ruleSetFor(want)
	if err != nil {
		return nil, err
	}
	out := make([]*compiledRule, len(want))
	e.cat.mu.Lock()
	defer e.cat.mu.Unlock()
	for i, re := range want {
		out[i] = s.rule(re)
	}
	return out, nil
}

func newCompiler(caps *ast.Capabilities) *ast.Compiler {
	return ast.NewCompiler().
		WithCapabilities(caps).
		WithDefaultRegoVersion(ast.RegoV1).
		WithEnablePrintStatements(false)
}

var libRoot = ast.MustParseRef("data.lib")

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

// moduleFacts is what the relevance test and the dependency closure read
// from parsed Rego (a module or one rule).
type moduleFacts struct {
	input   bool            // refers to input, or to data as a whole or dynamically
	dynLib  bool            // refers to data.lib[x]: a library rule not named
	strings map[string]bool // lower-cased string literals
	names   map[string]bool // variables, strings and ref keys: the library rules it may name
	data    []ast.Ref       // data refs outside package lib (their constant prefix)
}

func newFacts() *moduleFacts {
	return &moduleFacts{strings: map[string]bool{}, names: map[string]bool{}}
}

// scan adds the facts of x. Over-approximating is safe: more words make a
// rule relevant more often, more data refs add modules to its set.
func (f *moduleFacts) scan(x any) {
	ast.WalkTerms(x, func(t *ast.Term) bool {
		switch v := t.Value.(type) {
		case ast.String:
			f.strings[strings.ToLower(string(v))] = true
			f.names[string(v)] = true
		case ast.Var:
			f.names[string(v)] = true
			if v.Equal(ast.InputRootDocument.Value) {
				f.input = true
			}
		case ast.Ref:
			if _, named := v[1%len(v)].Value.(ast.String); !named && len(v) > 1 && v[0].Value.Compare(ast.Var("lib")) == 0 {
				f.dynLib = true // lib[x] through the usual import
			}
			if v[0].Value.Compare(ast.DefaultRootDocument.Value) == 0 {
				p := v.ConstantPrefix()
				switch {
				case len(p) < 2:
					f.input = true // data as a whole, or data[x]
				case p.Equal(libRoot) && len(v) > 2:
					f.dynLib = true
				case !p.HasPrefix(libRoot):
					f.data = append(f.data, p)
				}
			}
		}
		return false
	})
}

// scanModule collects the facts of a whole module.
func scanModule(m *ast.Module) *moduleFacts {
	f := newFacts()
	for _, imp := range m.Imports {
		f.scan(imp.Path)
	}
	for _, r := range m.Rules {
		f.scan(r)
	}
	return f
}

// libWords maps each rule of package lib to the lower-cased strings of its
// definitions and of the library rules they name, transitively: the types
// a library helper reads on its own (lib.azure_nsg_rules reads network
// security groups).
//
// calls maps each library rule to the library rules it names (directly),
// for pruning the library to what a set of rules can call.
func libWords(lib []*ast.Module) (words, calls map[string]map[string]bool) {
	words = map[string]map[string]bool{}
	names := map[string]map[string]bool{}
	for _, m := range lib {
		for _, r := range m.Rules {
			rn := libRuleName(r.Head.Ref())
			if rn == "" {
				continue
			}
			f := newFacts()
			f.scan(r)
			if words[rn] == nil {
				words[rn], names[rn] = map[string]bool{}, map[string]bool{}
			}
			for w := range f.strings {
				words[rn][w] = true
			}
			for n := range f.names {
				names[rn][n] = true
			}
		}
	}
	calls = map[string]map[string]bool{}
	for rn, ns := range names {
		calls[rn] = map[string]bool{}
		for n := range ns {
			if words[n] != nil && n != rn {
				calls[rn][n] = true
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for rn, ns := range calls {
			for n := range ns {
				for w := range words[n] {
					if !words[rn][w] {
						words[rn][w], changed = true, true
					}
				}
			}
		}
	}
	return words, calls
}

// checkedCompile compiles modules with every stage, for New to report the
// errors of policies that are not built in.
func checkedCompile(caps *ast.Capabilities, modules map[string]*ast.Module) error {
	comp := newCompiler(caps)
	comp.Compile(modules)
	if comp.Failed() {
		return &PolicyError{Diagnostics: astDiagnostics(comp.Errors, "Policy does not compile", "")}
	}
	return nil
}
