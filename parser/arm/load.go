package arm

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/internal/diagset"
)

// Options are the inputs of an ARM scan that do not come from the scanned
// tree itself.
type Options struct {
	// Params are the --param name=value arguments in command-line order;
	// later ones win. They override parameter files and default values.
	Params []Param
	// ParamFiles are the --param-file arguments in command-line order. They
	// apply to every template of the scan, override the parameter file that
	// pairs with a template by name, and are overridden by Params.
	ParamFiles []ParamFile
	// Exclude, when set, names the files and folders (as reported: the
	// prefix plus the path below it) that discovery skips.
	Exclude func(reported string) bool
}

// Param is one --param name=value. Value is converted to the parameter's
// declared type: int and bool are parsed, array and object values are read
// as JSON, strings are taken literally.
type Param struct {
	Name, Value string
}

// ParamFile is one --param-file: its path as the user named it, which is
// also how diagnostics name it, and its contents.
type ParamFile struct {
	Name string
	Src  []byte
}

// Load evaluates every ARM template found under the root of fsys and
// returns the graph. prefix is how the user named the scanned path ("" for
// "."); reported file names (graph.Range.Filename, Graph.Files keys) are
// path.Join(prefix, relpath) with forward slashes.
//
// Load never fails: problems with the files are diagnostics on the graph,
// and whatever could be evaluated is in it. It reads nothing outside fsys
// and neither reads the process environment nor touches the network. The
// resources are sorted as by graph.Graph.Sort.
func Load(fsys fs.FS, prefix string, opts Options) *graph.Graph {
	return LoadAll([]Root{{FS: fsys, Prefix: prefix}}, opts)
}

// Root is one scanned tree of LoadAll: its files and how the user named
// it, as for Load.
type Root struct {
	FS     fs.FS
	Prefix string
}

// LoadAll is Load for a scan of several trees with the same Options: the
// --param-file arguments are read once, and a --param or --param-file value
// that no template of any tree declares is reported once, not once per
// tree.
func LoadAll(roots []Root, opts Options) *graph.Graph {
	s := &scan{opts: opts, declared: map[string]bool{}}
	g := &graph.Graph{Resources: []*graph.Resource{}, Files: map[string][]byte{}}
	for _, f := range opts.ParamFiles {
		g.Files[f.Name] = f.Src
		n, diags := parseJSONC(f.Name, f.Src)
		g.Diagnostics = append(g.Diagnostics, diags...)
		s.cli = append(s.cli, n)
	}
	for _, r := range roots {
		g.Merge(s.loadRoot(r))
	}
	s.warnUndeclared()
	g.Diagnostics = append(g.Diagnostics, s.diags.List...)
	g.Sort()
	return g
}

// scan is what the trees of one LoadAll share.
type scan struct {
	opts Options
	cli  []*node // the parsed Options.ParamFiles, nil where one did not parse
	// declared holds the lower-case names of the parameters the root
	// templates declare: --param and --param-file values apply to those.
	declared map[string]bool
	diags    diagSet
}

// loadRoot evaluates the templates of one tree.
func (s *scan) loadRoot(r Root) (g *graph.Graph) {
	l := &loader{fsys: r.FS, prefix: strings.TrimSuffix(r.Prefix, "/"), opts: s.opts, scan: s,
		files: map[string][]byte{}, parsed: map[string]*node{}, paramCauses: map[string]string{}}
	defer func() {
		if r := recover(); r != nil {
			l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Internal error",
				Detail: fmt.Sprintf("preflight stopped evaluating ARM templates because of a bug (%v). Results are incomplete; please report this with the input. %s", r, diagset.Stack(debug.Stack()))})
			g = l.result()
		}
	}()
	templates, paramFiles := l.discover()
	linked := l.linkedTargets(templates)
	for _, t := range templates {
		if !linked[t] {
			l.evalRoot(t, paramFiles)
		}
	}
	return l.result()
}

// loader holds the state of one Load.
type loader struct {
	fsys   fs.FS
	prefix string
	opts   Options
	files  map[string][]byte
	parsed map[string]*node // by path in fsys; nil when the file did not parse
	// paramCauses holds the causes of parameter values unknown because a
	// parameter file takes them from Key Vault.
	paramCauses map[string]string
	scan        *scan
	diags       diagSet
	res         []*graph.Resource

	work          int // JSON values evaluated so far
	built         int // what expressions built so far; see chargeBuilt
	limitReported bool
}

// exhausted reports whether a scan-wide limit was reached, reporting it
// once: copy loops nested in copy loops and deployments can otherwise
// multiply the work beyond any bound.
func (l *loader) exhausted() bool {
	if l.work < maxWork && len(l.res) < maxResources && l.built <= maxBuilt {
		return false
	}
	if !l.limitReported {
		l.limitReported = true
		l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Scan limit reached",
			Detail: fmt.Sprintf("The templates expand to more than %d resources or %d evaluated values, or their expressions build more than %d MiB, the most preflight evaluates in one scan. The rest was not evaluated.", maxResources, maxWork, maxBuilt>>20)})
	}
	return true
}

func (l *loader) result() *graph.Graph {
	g := &graph.Graph{Resources: l.res, Files: l.files, Diagnostics: l.diags.List}
	if g.Resources == nil {
		g.Resources = []*graph.Resource{}
	}
	g.Sort()
	return g
}

// reported returns the name users see for a path of fsys.
func (l *loader) reported(rel string) string {
	if l.prefix == "" || l.prefix == "." {
		return rel
	}
	return path.Join(l.prefix, rel)
}

// isHidden reports whether a directory is skipped by discovery.
func isHidden(name string) bool { return strings.HasPrefix(name, ".") || name == "node_modules" }

// Markers of the two schemas. A file that mentions neither is not ours,
// so even a syntax error in it is none of our business.
const (
	templateSchema   = "deploymenttemplate.json"
	parametersSchema = "deploymentparameters.json"
)

// discover returns the templates and the parameter files of the tree, by
// path in fsys, sorted.
func (l *loader) discover() (templates []string, params map[string]string) {
	params = map[string]string{}
	_ = fs.WalkDir(l.fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Unreadable directory",
					Detail: fmt.Sprintf("The directory %s could not be read: %v.", l.displayName("."), err)})
			}
			return nil
		}
		if d.IsDir() {
			if p != "." && (isHidden(d.Name()) || l.excluded(p)) {
				return fs.SkipDir
			}
			return nil
		}
		if l.excluded(p) {
			return nil
		}
		name := strings.ToLower(d.Name())
		if !d.Type().IsRegular() || !(strings.HasSuffix(name, ".json") || strings.HasSuffix(name, ".jsonc")) {
			return nil
		}
		switch l.schemaOf(p) {
		case templateSchema:
			templates = append(templates, p)
		case parametersSchema:
			params[p] = p
		}
		return nil
	})
	sort.Strings(templates)
	return templates, params
}

// excluded reports whether the user excluded p (a path in fsys).
func (l *loader) excluded(p string) bool {
	return l.opts.Exclude != nil && l.opts.Exclude(path.Join(l.prefix, p))
}

func (l *loader) displayName(rel string) string {
	if r := l.reported(rel); r != "" {
		return r
	}
	return "."
}

// schemaOf reads and parses the file at p when it looks like a template or
// a parameter file, and returns which (templateSchema, parametersSchema)
// or "".
func (l *loader) schemaOf(p string) string {
	fi, err := fs.Stat(l.fsys, p)
	if err != nil || fi.Size() > maxFileSize {
		if err == nil {
			src := l.head(p)
			if bytes.Contains(bytes.ToLower(src), []byte(templateSchema)) || bytes.Contains(bytes.ToLower(src), []byte(parametersSchema)) {
				l.diags.add(graph.Diagnostic{Severity: graph.Warning, Summary: "File too large",
					Detail: fmt.Sprintf("The file is larger than %d MiB and was skipped.", maxFileSize>>20),
					Range:  &graph.Range{Filename: l.reported(p)}})
			}
		}
		return ""
	}
	src, err := fs.ReadFile(l.fsys, p)
	if err != nil {
		return ""
	}
	low := bytes.ToLower(src)
	if !bytes.Contains(low, []byte(templateSchema)) && !bytes.Contains(low, []byte(parametersSchema)) {
		return ""
	}
	root := l.parse(p, src)
	if root == nil {
		return ""
	}
	schema, _ := root.get("$schema").stringValue()
	schema = strings.ToLower(schema)
	switch {
	case strings.Contains(schema, templateSchema):
		return templateSchema
	case strings.Contains(schema, parametersSchema):
		return parametersSchema
	}
	return ""
}

// head returns the first 4 KiB of a file, enough to see its $schema.
func (l *loader) head(p string) []byte {
	f, err := l.fsys.Open(p)
	if err != nil {
		return nil
	}
	defer f.Close()
	buf := make([]byte, 4096)
	n, _ := f.Read(buf)
	return buf[:n]
}

// parse parses a file read from fsys, records its bytes and diagnostics,
// and remembers the result.
func (l *loader) parse(p string, src []byte) *node {
	if n, ok := l.parsed[p]; ok {
		return n
	}
	name := l.reported(p)
	l.files[name] = src
	n, diags := parseJSONC(name, src)
	l.diags.add(diags...)
	if n != nil && n.kind != kindObject {
		l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Invalid template",
			Detail: fmt.Sprintf("The file holds %s; a template or parameter file is a JSON object.", n.kind.withArticle()),
			Range:  &n.rng})
		n = nil
	}
	l.parsed[p] = n
	return n
}

// readLinked reads a template named by templateLink.relativePath, relative
// to the directory of the template at from. ok is false when the path
// leaves the tree or cannot be read.
func (l *loader) readLinked(from, rel string) (p string, n *node, err error) {
	rel = strings.ReplaceAll(rel, `\`, "/")
	if path.IsAbs(rel) {
		return "", nil, fmt.Errorf("read linked template %q: absolute paths are not followed", rel)
	}
	p = path.Join(path.Dir(from), rel)
	if p == ".." || strings.HasPrefix(p, "../") {
		return "", nil, fmt.Errorf("read linked template %q: the path leaves the scanned tree", rel)
	}
	if n, ok := l.parsed[p]; ok {
		return p, n, nil
	}
	fi, err := fs.Stat(l.fsys, p)
	if err != nil {
		return "", nil, fmt.Errorf("read linked template %q: %w", rel, err)
	}
	if !fi.Mode().IsRegular() || fi.Size() > maxFileSize {
		return "", nil, fmt.Errorf("read linked template %q: not a regular file of at most %d MiB", rel, maxFileSize>>20)
	}
	src, err := fs.ReadFile(l.fsys, p)
	if err != nil {
		return "", nil, fmt.Errorf("read linked template %q: %w", rel, err)
	}
	return p, l.parse(p, src), nil
}

// warnUndeclared warns, once per name and scan, about --param and
// --param-file values that no root template declares: most likely a typo,
// which would leave the intended parameter at its default.
func (s *scan) warnUndeclared() {
	warned := map[string]bool{}
	warn := func(name, how string, rng *graph.Range) {
		low := strings.ToLower(name)
		if s.declared[low] || warned[low] {
			return
		}
		warned[low] = true
		s.diags.add(graph.Diagnostic{Severity: graph.Warning, Summary: "Undeclared parameter",
			Detail: fmt.Sprintf("%s gives a value for the parameter %q, which no template of the scan declares; the value is ignored.", how, name), Range: rng})
	}
	for i, f := range s.opts.ParamFiles {
		ps := s.cli[i].get("parameters")
		if ps == nil || ps.kind != kindObject {
			continue
		}
		for _, m := range ps.members {
			r := m.keyRange
			warn(m.key, "The parameter file "+f.Name, &r)
		}
	}
	for _, p := range s.opts.Params {
		warn(p.Name, "--param "+p.Name, nil)
	}
}

// pairedParamFile returns the parameter file that pairs with a template by
// name (main.json ↔ main.parameters.json), or "".
func pairedParamFile(tmpl string, params map[string]string) string {
	dir, base := path.Split(tmpl)
	ext := path.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	for _, e := range []string{".json", ".jsonc"} {
		if p := dir + stem + ".parameters" + e; params[p] != "" {
			return p
		}
	}
	return ""
}

// diagSet is the shared set of diagnostics, with repeats dropped: a
// variable used by many resources would otherwise report the same problem
// many times.
type diagSet struct{ diagset.Set }

func (s *diagSet) add(ds ...graph.Diagnostic) { s.Add(ds...) }

// linkedTargets returns the templates that other templates of the tree
// deploy through templateLink.relativePath (written literally). Like a
// Terraform module called by a root module, such a template is evaluated
// only through its deployment, with the parameters that deployment gives
// it, not also on its own without them.
func (l *loader) linkedTargets(templates []string) map[string]bool {
	out := map[string]bool{}
	var walk func(from string, n *node, depth int)
	walk = func(from string, n *node, depth int) {
		if n == nil || depth > maxJSONDepth {
			return
		}
		for _, e := range n.elems {
			walk(from, e, depth+1)
		}
		for _, m := range n.members {
			if strings.EqualFold(m.key, "templateLink") {
				if rp, ok := m.value.get("relativePath").stringValue(); ok && !isExpression(rp) {
					t := path.Join(path.Dir(from), strings.ReplaceAll(rp, `\`, "/"))
					if t != from {
						out[t] = true
					}
				}
			}
			walk(from, m.value, depth+1)
		}
	}
	for _, t := range templates {
		walk(t, l.parsed[t], 0)
	}
	return out
}
