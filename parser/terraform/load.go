package terraform

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/internal/diagset"
	"github.com/zclconf/go-cty/cty/function"
)

// Load evaluates every Terraform module found under the root of fsys and
// returns the graph. prefix is how the user named the scanned path ("" for
// "."); reported file names (graph.Range.Filename, Graph.Files keys) are
// path.Join(prefix, relpath) with forward slashes.
//
// Load never fails: problems with the files are diagnostics on the graph,
// and whatever could be evaluated is in it. It reads nothing outside fsys,
// follows no symbolic link, and neither reads the process environment nor
// touches the network. The resources are sorted as by graph.Graph.Sort.
func Load(fsys fs.FS, prefix string, opts Options) *graph.Graph {
	return load(fsys, prefix, opts, false)
}

// load is Load; general evaluates every resource body through dynblock
// and PartialContent, as if none were plain (see plainBody), so that tests
// can check that both give the same graph.
func load(fsys fs.FS, prefix string, opts Options, general bool) (g *graph.Graph) {
	l := &loader{
		fsys:   fsys,
		prefix: strings.TrimSuffix(prefix, "/"),
		opts:   opts,
		files:  map[string][]byte{},
		sh: &shared{
			configs:      map[string]*moduleConfig{},
			dirOK:        map[string]bool{},
			syntaxErrors: map[string]bool{},
			general:      general,
		},
	}
	defer func() {
		if r := recover(); r != nil {
			l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Internal error",
				Detail: fmt.Sprintf("preflight stopped evaluating this tree because of a bug (%v). Results are incomplete; please report this with the input. %s", r, diagset.Stack(debug.Stack()))})
			g = l.result()
		}
	}()
	dirs := l.discover()
	l.prepare(dirs)
	l.evalRoots(l.roots(dirs))
	return l.result()
}

// workers is how many goroutines parse modules or evaluate root modules at
// once.
func workers(n int) int { return max(1, min(n, runtime.GOMAXPROCS(0))) }

// parallel calls fn(i) for i in [0, n) on up to workers(n) goroutines and
// returns the values of the panics it recovered, by i (nil when none).
func parallel(n int, fn func(i int)) []any {
	panics := make([]any, n)
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for range workers(n) {
		wg.Go(func() {
			for {
				next.Lock()
				j := i
				i++
				next.Unlock()
				if j >= n {
					return
				}
				func() {
					defer func() { panics[j] = recover() }()
					fn(j)
				}()
			}
		})
	}
	wg.Wait()
	return panics
}

// prepare parses and analyses the modules in dirs concurrently. What that
// reports is kept with each module and replayed, in order, where the
// sequential evaluation asks for the module (loadConfig, analyse), so the
// result does not depend on which goroutine got there first.
func (l *loader) prepare(dirs []string) {
	if workers(len(dirs)) < 2 {
		return
	}
	parallel(len(dirs), func(i int) {
		f := l.fork()
		if c := f.loadConfig(dirs[i]); !c.empty {
			f.analyse(c)
		}
	})
}

// evalRoots evaluates the root modules in dirs. Root modules share nothing
// but what is parsed and analysed once per module, so they are evaluated
// concurrently, each on a fork of the loader; the forks' resources,
// diagnostics and files are then merged in the order of dirs, which gives
// exactly what evaluating them one after the other gives. When a scan-wide
// limit may have been reached, or evaluation panicked, the roots are
// evaluated again one after the other so that the limits cut at the same
// place and the panic is reported as before.
func (l *loader) evalRoots(dirs []string) {
	if workers(len(dirs)) < 2 {
		for _, dir := range dirs {
			l.evalRoot(dir)
		}
		return
	}
	forks := make([]*loader, len(dirs))
	panics := parallel(len(dirs), func(i int) {
		forks[i] = l.fork()
		forks[i].evalRoot(dirs[i])
	})
	nres, ninst := len(l.res), l.moduleInstances
	ok := true
	for i, f := range forks {
		if panics[i] != nil || f == nil {
			ok = false
			break
		}
		nres += len(f.res)
		ninst += f.moduleInstances
	}
	if !ok || nres >= maxResources || ninst >= maxModuleInstances {
		for _, dir := range dirs {
			l.evalRoot(dir)
		}
		return
	}
	for _, f := range forks {
		l.diags.add(f.diags.List...)
		l.res = append(l.res, f.res...)
		maps.Copy(l.files, f.files)
		l.moduleInstances += f.moduleInstances
	}
}

// fork returns a loader that shares l's parsed modules but collects
// resources, diagnostics and files of its own.
func (l *loader) fork() *loader {
	return &loader{fsys: l.fsys, prefix: l.prefix, opts: l.opts, sh: l.sh, files: map[string][]byte{}}
}

// loader holds the state of one Load, or of one fork of it evaluating a
// root module.
type loader struct {
	fsys   fs.FS
	prefix string
	opts   Options
	sh     *shared
	files  map[string][]byte
	diags  diagSet
	res    []*graph.Resource

	moduleInstances int
	limitReported   bool
}

// shared is the state of a Load that its forks share.
type shared struct {
	mu      sync.Mutex
	configs map[string]*moduleConfig
	dirOK   map[string]bool // real directories (no symbolic link on the way)
	// syntaxErrors holds the files (hcl names) that failed to parse; hcl's
	// recovery leaves placeholder expressions there that evaluate unknown.
	syntaxErrors map[string]bool
	// general disables the plain path (see load).
	general bool
}

func (s *shared) setSyntaxError(name string) {
	s.mu.Lock()
	s.syntaxErrors[name] = true
	s.mu.Unlock()
}

func (s *shared) hasSyntaxError(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.syntaxErrors[name]
}

func (l *loader) result() *graph.Graph {
	l.clampRanges()
	g := &graph.Graph{Resources: l.res, Files: l.files, Diagnostics: l.diags.List}
	if g.Resources == nil {
		g.Resources = []*graph.Resource{}
	}
	g.Sort()
	return g
}

// reportLimit reports (once) that a scan-wide limit was reached.
func (l *loader) reportLimit(what string) {
	if !l.limitReported {
		l.limitReported = true
		l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Scan limit reached",
			Detail: fmt.Sprintf("The configuration expands to more than %s, the most preflight evaluates in one scan. The rest was not evaluated.", what)})
	}
}

// isHidden reports whether a directory is skipped by discovery: hidden
// directories, .terraform and .git among them.
func isHidden(name string) bool { return strings.HasPrefix(name, ".") }

// discover returns the directories holding configuration files, sorted.
func (l *loader) discover() []string {
	seen := map[string]bool{}
	_ = fs.WalkDir(l.fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Unreadable directory",
					Detail: fmt.Sprintf("The directory %s could not be read: %v.", l.displayDir("."), err)})
			}
			return nil
		}
		if d.IsDir() {
			if p != "." && (isHidden(d.Name()) || l.excluded(p)) {
				return fs.SkipDir
			}
			l.sh.dirOK[p] = true
			return nil
		}
		if d.Type().IsRegular() && isConfigFile(d.Name()) && !l.excluded(p) {
			seen[path.Dir(p)] = true
		}
		return nil
	})
	return sortedKeys(seen)
}

// excluded reports whether the user excluded p (a path in fsys).
func (l *loader) excluded(p string) bool {
	return l.opts.Exclude != nil && l.opts.Exclude(path.Join(l.prefix, p))
}

func (l *loader) displayDir(dir string) string {
	if r := l.reported(dir); r != "" {
		return r
	}
	return "."
}

// roots picks the root modules among dirs: those no other discovered
// module calls through a local source. A module called only from modules
// that are themselves unreachable from any root (a cycle of calls) is
// evaluated as a root too, so nothing is silently skipped.
func (l *loader) roots(dirs []string) []string {
	called := map[string]bool{}
	edges := map[string][]string{}
	for _, d := range dirs {
		c := l.loadConfig(d)
		for _, name := range sortedKeys(c.calls) {
			cd := c.calls[name]
			if !isLocalSource(cd.source) {
				continue
			}
			if t, ok := localTarget(d, cd.source); ok && t != d {
				called[t] = true
				edges[d] = append(edges[d], t)
			}
		}
	}
	var roots []string
	reached := map[string]bool{}
	var reach func(d string)
	reach = func(d string) {
		if reached[d] {
			return
		}
		reached[d] = true
		for _, t := range edges[d] {
			reach(t)
		}
	}
	for _, d := range dirs {
		if !called[d] {
			roots = append(roots, d)
			reach(d)
		}
	}
	for _, d := range dirs {
		if !reached[d] {
			roots = append(roots, d)
			reach(d)
		}
	}
	return roots
}

// isLocalSource reports whether a module source is a local path.
func isLocalSource(src string) bool {
	return strings.HasPrefix(src, "./") || strings.HasPrefix(src, "../")
}

// localTarget resolves a local module source against the calling module's
// directory; ok is false when it leaves the scanned tree.
func localTarget(dir, src string) (string, bool) {
	t := path.Join(dir, src)
	if t == ".." || strings.HasPrefix(t, "../") || path.IsAbs(t) {
		return "", false
	}
	return t, true
}

// realDir reports whether dir is a directory of the tree reached without
// following a symbolic link.
func (l *loader) realDir(dir string) bool {
	l.sh.mu.Lock()
	defer l.sh.mu.Unlock()
	return l.realDirLocked(dir)
}

func (l *loader) realDirLocked(dir string) bool {
	if ok, seen := l.sh.dirOK[dir]; seen {
		return ok
	}
	ok := false
	if dir == "." {
		ok = true
	} else if parent := path.Dir(dir); l.realDirLocked(parent) {
		entries, err := fs.ReadDir(l.fsys, parent)
		if err == nil {
			base := path.Base(dir)
			for _, e := range entries {
				if e.Name() == base {
					ok = e.IsDir() && e.Type()&fs.ModeSymlink == 0
					break
				}
			}
		}
	}
	l.sh.dirOK[dir] = ok
	return ok
}

// rootCtx is what the modules of one root module share: the root's
// directory, its function table and its module manifest.
type rootCtx struct {
	dir      string
	funcs    map[string]function.Function
	manifest map[string]string // module key (vpc, vpc.subnets) → directory in the tree
	// blocks counts the nested blocks of resources evaluated so far, up to
	// maxBlocks; blocksReported is set once that limit has been reported.
	blocks         int
	blocksReported bool
}

// manifestEntry is one module of .terraform/modules/modules.json, as
// terraform init writes it.
type manifestEntry struct {
	Key    string `json:"Key"`
	Source string `json:"Source"`
	Dir    string `json:"Dir"`
}

// loadManifest reads .terraform/modules/modules.json of the root module's
// directory, or of the nearest ancestor inside the tree that has one. Its
// Dir entries are relative to the directory terraform init ran in.
func (l *loader) loadManifest(root string) map[string]string {
	out := map[string]string{}
	for d := root; ; d = path.Dir(d) {
		rel := path.Join(d, ".terraform", "modules", "modules.json")
		fi, err := fs.Stat(l.fsys, rel)
		if err == nil && fi.Mode().IsRegular() && l.realDir(path.Join(d, ".terraform", "modules")) {
			src := l.readFile(rel)
			if src == nil {
				return out
			}
			var m struct {
				Modules []manifestEntry `json:"Modules"`
			}
			if err := json.Unmarshal(src, &m); err != nil {
				l.diags.add(graph.Diagnostic{Severity: graph.Warning, Summary: "Unreadable module manifest",
					Detail: fmt.Sprintf("The module manifest could not be decoded (%v), so remote modules are not followed. Run terraform init again to rewrite it.", err),
					Range:  &graph.Range{Filename: l.reported(rel)}})
				return out
			}
			for _, e := range m.Modules {
				if e.Key == "" || e.Dir == "" {
					continue
				}
				if t, ok := localTarget(d, strings.ReplaceAll(e.Dir, `\`, "/")); ok {
					out[e.Key] = t
				}
			}
			return out
		}
		if d == "." {
			return out
		}
	}
}

// evalRoot evaluates the root module in dir.
func (l *loader) evalRoot(dir string) {
	c := l.loadConfig(dir)
	if c.empty {
		return
	}
	rc := &rootCtx{dir: dir, manifest: l.loadManifest(dir)}
	rc.funcs = l.baseFunctions(dir)
	ie := &instance{l: l, root: rc, cfg: c, stack: []string{dir}}
	ie.vars, ie.varOrigins, ie.varSrc = l.rootInputs(c, dir)
	ie.varRefs = map[string][]string{}
	ie.run()
}

// sortedSet returns the members of a set, sorted.
func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// clampRanges keeps every reported range inside its file: hcl's recovery
// from syntax errors can report ranges that run past the end of the source,
// or that name no file.
func (l *loader) clampRanges() {
	clamp := func(r *graph.Range) {
		src, ok := l.files[r.Filename]
		if !ok {
			return
		}
		n := len(src)
		r.Start.Byte = min(max(r.Start.Byte, 0), n)
		r.End.Byte = min(max(r.End.Byte, r.Start.Byte), n)
	}
	for _, r := range l.res {
		clamp(&r.Range)
		for p, rg := range r.Ranges {
			if rg.Filename == "" {
				delete(r.Ranges, p) // from hcl's recovery of a syntax error
				continue
			}
			c := rg
			clamp(&c)
			if c != rg { // rewriting every entry would cost a map write each
				r.Ranges[p] = c
			}
		}
		for _, o := range r.Origins {
			for i := range o {
				clamp(&o[i].Range)
			}
		}
	}
	for i := range l.diags.List {
		if d := l.diags.List[i]; d.Range != nil {
			rg := *d.Range
			clamp(&rg)
			l.diags.List[i].Range = &rg
		}
	}
}
