package eval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/policies"
)

// Options configure New.
type Options struct {
	// Builtin is the catalogue of built-in rules, normally policies.FS; nil
	// loads no built-in rules (--no-builtin). The policy library (package
	// lib) is loaded in any case, from Builtin when it has one, else from
	// policies.FS, so user policies can always use it.
	Builtin fs.FS
	// PolicyDirs are user policy folders (--policy), read from disk
	// recursively: every *.rego file except *_test.rego; folders whose name
	// starts with "." are skipped.
	PolicyDirs []string
	// Unignorable are rule ids no inline suppression can silence: their
	// findings stay active and a Note says the comment was ignored.
	Unignorable []string
	// Skip are rule ids not to run at all (the config's skip); Rules does
	// not list them.
	Skip []string
	// SeverityOverrides replace the severity of a rule (id → CRITICAL,
	// HIGH, MEDIUM or LOW) in Rules and in every finding, so the catalogue
	// and the reports agree.
	SeverityOverrides map[string]string
	// Now is the clock suppression expiry dates are compared with; nil
	// means time.Now. Tests inject a fixed one.
	Now func() time.Time
	// Timeout bounds each Eval; zero means no bound beyond the caller's
	// context. A user policy is arbitrary code: an endless or explosive
	// comprehension would otherwise hang the scan (and memory use grows
	// with the time it runs, so the bound caps that too). On expiry Eval
	// returns a *TimeoutError naming the rules still running.
	Timeout time.Duration
}

// Engine holds the parsed policies and compiles them as scans need them
// (see lazy.go). It is safe for concurrent use by several goroutines: Eval
// only adds compiled rule sets, under a lock.
type Engine struct {
	rules []*ruleEntry // sorted by ID, without the skipped ones
	cat   *catalogue
	// unignorable, now and timeout come from Options; see there.
	unignorable []string
	now         func() time.Time
	timeout     time.Duration
	// bothPasses runs the pessimistic pass of every rule, for the test
	// that proves skipping it changes nothing.
	bothPasses bool
	// onPessimistic, when set by a test, is called with the rule id
	// before each pessimistic pass, from the goroutine running it.
	onPessimistic func(rule string)
}

// policyFile is one .rego source to compile.
type policyFile struct {
	name    string // path shown to users and used as the module name
	src     []byte
	builtin bool
}

// forbiddenBuiltins are OPA built-ins a policy must not call: preflight only
// reads the scanned files and never touches the network.
var forbiddenBuiltins = map[string]bool{
	"http.send":          true,
	"net.lookup_ip_addr": true,
	"opa.runtime":        true,
}

// New reads the built-in catalogue and the user policy folders and checks
// them: a policy that does not parse or compile, a rule without a valid id,
// severity or category, and two rules with the same id make New return a
// *PolicyError listing every problem with file:line. An unreadable policy
// folder is a plain error. User policies are compiled here; built-in rules
// are compiled by Eval when a scan first needs them (see lazy.go).
func New(ctx context.Context, opts Options) (*Engine, error) {
	var files []policyFile
	hasLib := false
	if opts.Builtin != nil {
		fsFiles, err := readFS(opts.Builtin, ".", true)
		if err != nil {
			return nil, fmt.Errorf("read built-in policies: %w", err)
		}
		files = append(files, fsFiles...)
		_, err = fs.Stat(opts.Builtin, "lib")
		hasLib = err == nil
	}
	if !hasLib {
		libFiles, err := readFS(policies.FS, "lib", true)
		if err != nil {
			return nil, fmt.Errorf("read policy library: %w", err)
		}
		files = append(files, libFiles...)
	}
	for _, dir := range opts.PolicyDirs {
		dirFiles, err := readDir(dir)
		if err != nil {
			return nil, err
		}
		files = append(files, dirFiles...)
	}
	e, err := compile(files)
	if err != nil {
		return nil, err
	}
	if err := e.configure(opts.Skip, opts.SeverityOverrides); err != nil {
		return nil, err
	}
	e.unignorable = slices.Clone(opts.Unignorable)
	e.now = opts.Now
	if opts.Timeout < 0 {
		return nil, fmt.Errorf("configure evaluation: negative timeout %v", opts.Timeout)
	}
	e.timeout = opts.Timeout
	return e, nil
}

// UnknownRuleError is returned by New when Skip or SeverityOverrides name a
// rule that no loaded policy defines.
type UnknownRuleError struct {
	ID string
}

func (e *UnknownRuleError) Error() string {
	return fmt.Sprintf("unknown rule id %q", e.ID)
}

// configure drops the skipped rules and applies the severity overrides.
// Both are checked against every compiled rule first, so a typo is an
// error rather than a silently ignored setting.
func (e *Engine) configure(skip []string, overrides map[string]string) error {
	known := make(map[string]bool, len(e.rules))
	for _, r := range e.rules {
		known[r.meta.ID] = true
	}
	for _, id := range skip {
		if !known[id] {
			return &UnknownRuleError{ID: id}
		}
	}
	ids := make([]string, 0, len(overrides))
	for id := range overrides {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if !known[id] {
			return &UnknownRuleError{ID: id}
		}
		switch overrides[id] {
		case "CRITICAL", "HIGH", "MEDIUM", "LOW":
		default:
			return fmt.Errorf("override severity of %s: invalid severity %q", id, overrides[id])
		}
	}
	kept := e.rules[:0]
	for _, r := range e.rules {
		if slices.Contains(skip, r.meta.ID) {
			continue
		}
		if sev, ok := overrides[r.meta.ID]; ok {
			r.meta.Severity = sev
		}
		kept = append(kept, r)
	}
	e.rules = kept
	return nil
}

// readFS returns the policy files under root in fsys, in lexical order.
func readFS(fsys fs.FS, root string, builtin bool) ([]policyFile, error) {
	var out []policyFile
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !isPolicyFile(d.Name()) {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		out = append(out, policyFile{name: path.Clean(p), src: src, builtin: builtin})
		return nil
	})
	return out, err
}

// readDir returns the policy files under a user folder, named by the folder
// as given plus the path below it, with forward slashes.
func readDir(dir string) ([]policyFile, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("read policies %s: %w", dir, err)
	}
	if !fi.IsDir() {
		if !strings.HasSuffix(dir, ".rego") {
			return nil, fmt.Errorf("read policies %s: not a folder or .rego file", dir)
		}
		src, err := os.ReadFile(dir)
		if err != nil {
			return nil, fmt.Errorf("read policies %s: %w", dir, err)
		}
		return []policyFile{{name: filepath.ToSlash(dir), src: src}}, nil
	}
	files, err := readFS(os.DirFS(dir), ".", false)
	if err != nil {
		return nil, fmt.Errorf("read policies %s: %w", dir, err)
	}
	prefix := strings.TrimSuffix(filepath.ToSlash(filepath.Clean(dir)), "/")
	for i := range files {
		if prefix != "." {
			files[i].name = prefix + "/" + files[i].name
		}
	}
	return files, nil
}

func isPolicyFile(name string) bool {
	return strings.HasSuffix(name, ".rego") && !strings.HasSuffix(name, "_test.rego")
}

// capabilities are OPA's for this version without the forbidden built-ins.
func capabilities() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if !forbiddenBuiltins[b.Name] {
			kept = append(kept, b)
		}
	}
	caps.Builtins = append(kept, switchRead)
	return caps
}

// compile parses every file (concurrently), validates rule metadata and
// compiles the policies that are not built in, to report their errors now.
// The built-in rules are compiled by Eval, only those a scan needs.
func compile(files []policyFile) (*Engine, error) {
	caps := capabilities()
	popts := ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1, Capabilities: caps}

	type parsed struct {
		name  string
		mod   *ast.Module
		facts *moduleFacts
		hdr   *ruleHeader // a built-in rule left unparsed (source.go)
		err   error
	}
	results := make([]parsed, len(files))
	taken := map[string]bool{}
	trusted := map[string]bool{}
	for i, f := range files {
		name := f.name
		for j := 2; taken[name]; j++ {
			name = fmt.Sprintf("%s#%d", f.name, j)
		}
		taken[name] = true
		results[i].name = name
		if f.builtin {
			if src, err := fs.ReadFile(policies.FS, f.name); err == nil && bytes.Equal(src, f.src) {
				trusted[name] = true
			}
		}
	}
	// Parsing is most of New's work and each file is independent.
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				r := &results[i]
				if trusted[r.name] {
					if h, ok := parseHeader(r.name, string(files[i].src), popts); ok {
						r.hdr = &h
						continue
					}
				}
				r.mod, r.err = ast.ParseModuleWithOpts(r.name, string(files[i].src), popts)
				if r.err == nil && r.mod != nil {
					r.facts = scanModule(r.mod)
				}
			}
		})
	}
	wg.Wait()

	var diags graph.Diagnostics
	modules := map[string]*ast.Module{} // parsed
	sources := map[string]string{}      // not parsed yet
	facts := map[string]*moduleFacts{}
	type ruleModule struct {
		meta Rule
		name string
		mod  *ast.Module // the header only, for a rule not parsed yet
	}
	var ruleModules []ruleModule
	for i, f := range files {
		name, m := results[i].name, results[i].mod
		hasDeny := false
		if h := results[i].hdr; h != nil {
			m, hasDeny = h.mod, h.hasDeny
			sources[name] = string(f.src)
			results[i].facts = h.facts
		} else {
			if err := results[i].err; err != nil {
				diags = append(diags, astDiagnostics(err, "Invalid policy", f.name)...)
				continue
			}
			if m == nil { // an empty file
				continue
			}
			modules[name] = m
			hasDeny = definesDeny(m)
		}
		facts[name] = results[i].facts
		if p := m.Package.Path; len(p) > 1 && p[1].Value.Compare(ast.String("preflight")) == 0 {
			diags = append(diags, policyDiag("Reserved package name",
				fmt.Sprintf("Package %s is reserved: data.preflight holds the switch of the pessimistic pass. Rename the package.", pkgName(m)),
				f.name, m.Package.Location.Row, m.Package.Location.Col))
			continue
		}
		if !isRuleModule(m) {
			continue
		}
		meta, mdiags := ruleMetadata(m, f.name, f.builtin, hasDeny)
		diags = append(diags, mdiags...)
		if len(mdiags) == 0 {
			ruleModules = append(ruleModules, ruleModule{meta: meta, name: name, mod: m})
		}
	}

	// Duplicate ids and two rules in one package (their deny sets would
	// merge, so findings could not be told apart).
	byID := map[string]ruleModule{}
	byPkg := map[string]ruleModule{}
	for _, rm := range ruleModules {
		if prev, ok := byID[rm.meta.ID]; ok {
			diags = append(diags, policyDiag("Duplicate rule id",
				fmt.Sprintf("Rule id %s is used by %s and %s. Rule ids must be unique; give one of them another id.", rm.meta.ID, prev.meta.File, rm.meta.File),
				rm.meta.File, rm.mod.Package.Location.Row, rm.mod.Package.Location.Col))
			continue
		}
		byID[rm.meta.ID] = rm
		pkg := rm.mod.Package.Path.String()
		if prev, ok := byPkg[pkg]; ok {
			diags = append(diags, policyDiag("Two rules in one package",
				fmt.Sprintf("Rules %s (%s) and %s (%s) are both in package %s. Give each rule a package of its own.", prev.meta.ID, prev.meta.File, rm.meta.ID, rm.meta.File, pkgName(rm.mod)),
				rm.meta.File, rm.mod.Package.Location.Row, rm.mod.Package.Location.Col))
			continue
		}
		byPkg[pkg] = rm
	}
	if len(diags) > 0 {
		return nil, &PolicyError{Diagnostics: diags}
	}

	modules[switchModule] = parseSwitchModule(switchModule, popts)
	trusted[switchModule] = true
	cat := &catalogue{caps: caps, popts: popts, modules: modules, sources: sources, trusted: trusted, deps: map[string][]string{}}
	isRule := map[string]bool{}
	pkgs := map[string]ast.Ref{}
	for _, rm := range byID {
		isRule[rm.name] = true
		pkgs[rm.name] = rm.mod.Package.Path
		cat.ruleMod = append(cat.ruleMod, rm.name)
	}
	slices.Sort(cat.ruleMod)
	var lib []*ast.Module
	libTrusted := true
	for name, m := range modules {
		if isRule[name] {
			continue
		}
		cat.base = append(cat.base, name)
		if m.Package.Path.HasPrefix(libRoot) {
			lib = append(lib, m)
			libTrusted = libTrusted && trusted[name]
		}
	}
	slices.Sort(cat.base)
	// A rule that refers to another rule's package needs it compiled too.
	for _, name := range cat.ruleMod {
		own := pkgs[name]
		for _, ref := range facts[name].data {
			if ref.HasPrefix(own) {
				continue
			}
			for _, other := range cat.ruleMod {
				p := pkgs[other]
				if other != name && (ref.HasPrefix(p) || p.HasPrefix(ref)) && !slices.Contains(cat.deps[name], other) {
					cat.deps[name] = append(cat.deps[name], other)
				}
			}
		}
	}

	// Policies that are not built in are compiled once now, with every
	// stage, so that their errors are reported by New.
	check := map[string]bool{}
	for name := range modules {
		if !trusted[name] {
			check[name] = true
		}
	}
	if len(check) > 0 {
		for _, name := range cat.base {
			check[name] = true
		}
		var add func(string)
		add = func(name string) {
			for _, d := range cat.deps[name] {
				if !check[d] {
					check[d] = true
					add(d)
				}
			}
		}
		for _, name := range cat.ruleMod {
			if check[name] {
				add(name)
			}
		}
		mods, err := cat.parsed(check)
		if err != nil {
			return nil, err
		}
		if err := checkedCompile(caps, mods); err != nil {
			return nil, err
		}
	}

	words, calls := libWords(lib)
	cat.libCalls, cat.names, cat.dynLib = calls, map[string]map[string]bool{}, map[string]bool{}
	for _, name := range cat.ruleMod {
		cat.names[name] = facts[name].names
		cat.dynLib[name] = facts[name].dynLib
	}
	e := &Engine{cat: cat}
	for _, rm := range byID {
		f := facts[rm.name]
		re := &ruleEntry{
			meta:    rm.meta,
			line:    rm.mod.Package.Location.Row,
			module:  rm.name,
			denyRef: rm.mod.Package.Path.Append(ast.StringTerm("deny")),
			always:  !trusted[rm.name] || !libTrusted || f.input || len(cat.deps[rm.name]) > 0,
			words:   f.strings,
		}
		if !re.always {
			re.words = maps.Clone(f.strings)
			for n := range f.names {
				for w := range words[n] {
					re.words[w] = true
				}
			}
		}
		e.rules = append(e.rules, re)
	}
	sort.Slice(e.rules, func(i, j int) bool { return e.rules[i].meta.ID < e.rules[j].meta.ID })
	return e, nil
}

// astDiagnostics turns OPA parse or compile errors into diagnostics with the
// policy file and line. file is used when an error has no location.
func astDiagnostics(err error, summary, file string) graph.Diagnostics {
	var errs ast.Errors
	if !errors.As(err, &errs) {
		return graph.Diagnostics{policyDiag(summary, sentence(err.Error()), file, 0, 0)}
	}
	var out graph.Diagnostics
	for _, e := range errs {
		f, line, col := file, 0, 0
		if e.Location != nil {
			if e.Location.File != "" {
				f = e.Location.File
			}
			line, col = e.Location.Row, e.Location.Col
		}
		out = append(out, policyDiag(summary, sentence(e.Message), f, line, col))
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Range, out[j].Range
		if a == nil || b == nil {
			return b != nil
		}
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Start.Line < b.Start.Line
	})
	return out
}

// sentence capitalises an OPA message and ends it with a period, as
// diagnostic details are full sentences.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// Rules returns the metadata of every rule, sorted by ID, whether or not a
// scan has compiled it yet (Skip removes rules).
func (e *Engine) Rules() []Rule {
	out := make([]Rule, len(e.rules))
	for i, r := range e.rules {
		out[i] = r.meta
	}
	return out
}
