package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/preflight-iac/preflight/eval"
)

// configNames are the file names a config is looked up by, in order.
var configNames = []string{".preflight.yaml", ".preflight.yml"}

// config is a parsed .preflight.yaml. Paths in it (policies, var_files,
// param_files, baseline) are already resolved against the config's folder;
// exclude globs stay relative to it, because they are matched against
// scanned files made relative to Dir.
type config struct {
	// File is the config's path as shown in error messages; Dir is the
	// folder its relative paths start from.
	File string
	Dir  string

	Severity           string
	Skip               []string
	SeverityOverrides  map[string]string
	Policies           []string
	Exclude            []string
	VarFiles           []string
	ParamFiles         []string
	Vars               []varArg // sorted by name: a YAML mapping has no order that matters
	Params             []string // name=value, sorted by name
	FailOnInconclusive *bool
	Unignorable        []string
	FixAlways          []string
	Baseline           string

	// ruleLines maps each rule id the config names to the line that names
	// it first, so an id no rule defines is reported where it was written.
	ruleLines map[string]int
}

// configError is a problem in the config file, at a line.
type configError struct {
	file string
	line int
	msg  string
}

func (e *configError) Error() string {
	if e.line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg)
	}
	return fmt.Sprintf("%s: %s", e.file, e.msg)
}

// findConfig looks for a config from start (a scanned path: a file or a
// folder) upward. It stops after the folder holding .git — the repository
// root — or at the filesystem root. It returns "" when there is none.
func findConfig(start string) (string, error) {
	abs, err := filepath.Abs(start)
	if err != nil {
		return "", fmt.Errorf("find config: %w", err)
	}
	dir := abs
	if fi, err := os.Stat(abs); err == nil && !fi.IsDir() {
		dir = filepath.Dir(abs)
	}
	for {
		for _, name := range configNames {
			p := filepath.Join(dir, name)
			fi, err := os.Stat(p)
			if err == nil && !fi.IsDir() {
				return p, nil
			}
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return "", fmt.Errorf("find config: %w", err)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// displayPath shows p relative to the working directory when it lies
// beneath it, else as it is.
func displayPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	rel, err := filepath.Rel(wd, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return p
	}
	return rel
}

// maxConfigSize bounds the config file: a real one is a few hundred
// bytes, and the YAML parser holds the whole document in memory.
const maxConfigSize = 1 << 20

// loadConfig reads and parses the config at path.
func loadConfig(path string) (*config, error) {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() && fi.Size() > maxConfigSize {
		return nil, &configError{file: displayPath(path), msg: fmt.Sprintf("the config is larger than %d MiB", maxConfigSize>>20)}
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return parseConfig(displayPath(path), filepath.Dir(abs), src)
}

// parseConfig parses a config's source. file names it in errors; dir is
// the folder relative paths are resolved against. Unknown keys, values of
// the wrong type and invalid severities are errors with the line.
func parseConfig(file, dir string, src []byte) (*config, error) {
	c := &config{File: file, Dir: dir, ruleLines: map[string]int{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		line, msg := yamlMessage(err)
		return nil, &configError{file: file, line: line, msg: msg}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return c, nil // an empty file is an empty config
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return c, nil
	}
	p := &configParser{file: file}
	if root.Kind != yaml.MappingNode {
		return nil, p.errorf(root, "the config must be a mapping of keys to values")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if seen[k.Value] {
			return nil, p.errorf(k, "duplicate key %q", k.Value)
		}
		seen[k.Value] = true
		var err error
		switch k.Value {
		case "severity":
			c.Severity, err = p.severity(v)
		case "skip":
			c.Skip, err = p.ruleIDs(v, c.ruleLines)
		case "severity_overrides":
			c.SeverityOverrides, err = p.overrides(v, c.ruleLines)
		case "policies":
			c.Policies, err = p.paths(v, dir)
		case "exclude":
			c.Exclude, err = p.globs(v)
		case "var_files":
			c.VarFiles, err = p.paths(v, dir)
		case "param_files":
			c.ParamFiles, err = p.paths(v, dir)
		case "vars":
			var m map[string]string
			m, err = p.stringMap(v)
			for _, name := range sortedKeys(m) {
				c.Vars = append(c.Vars, varArg{name: name, value: m[name]})
			}
		case "params":
			var m map[string]string
			m, err = p.stringMap(v)
			for _, name := range sortedKeys(m) {
				c.Params = append(c.Params, name+"="+m[name])
			}
		case "fail_on_inconclusive":
			var b bool
			b, err = p.boolean(v)
			c.FailOnInconclusive = &b
		case "unignorable":
			c.Unignorable, err = p.ruleIDs(v, c.ruleLines)
		case "fix":
			c.FixAlways, err = p.fix(v, c.ruleLines)
		case "baseline":
			var s string
			s, err = p.str(v)
			if err == nil {
				c.Baseline = resolve(dir, s)
			}
		default:
			err = p.errorf(k, "unknown key %q", k.Value)
		}
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

// yamlMessage splits a YAML syntax error ("yaml: line N: message") into
// its line and message, so it reads like the config's other errors.
func yamlMessage(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, text, ok := strings.Cut(rest, ": "); ok {
			if line, err := strconv.Atoi(n); err == nil {
				return line, text
			}
		}
	}
	return 0, msg
}

type configParser struct {
	file string
}

func (p *configParser) errorf(n *yaml.Node, format string, args ...any) error {
	return &configError{file: p.file, line: n.Line, msg: fmt.Sprintf(format, args...)}
}

func (p *configParser) str(n *yaml.Node) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return "", p.errorf(n, "want a string, got %s", kindName(n))
	}
	return n.Value, nil
}

func (p *configParser) boolean(n *yaml.Node) (bool, error) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		return false, p.errorf(n, "want true or false, got %s", kindName(n))
	}
	var b bool
	if err := n.Decode(&b); err != nil {
		return false, p.errorf(n, "want true or false, got %q", n.Value)
	}
	return b, nil
}

func (p *configParser) severity(n *yaml.Node) (string, error) {
	s, err := p.str(n)
	if err != nil {
		return "", err
	}
	up := strings.ToUpper(s)
	switch up {
	case "CRITICAL", "HIGH", "MEDIUM", "LOW":
		return up, nil
	}
	return "", p.errorf(n, "invalid severity %q (want CRITICAL, HIGH, MEDIUM or LOW)", s)
}

func (p *configParser) list(n *yaml.Node) ([]*yaml.Node, error) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, "want a list, got %s", kindName(n))
	}
	return n.Content, nil
}

func (p *configParser) strings(n *yaml.Node) ([]string, []*yaml.Node, error) {
	items, err := p.list(n)
	if err != nil {
		return nil, nil, err
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, err := p.str(it)
		if err != nil {
			return nil, nil, err
		}
		if s == "" {
			return nil, nil, p.errorf(it, "empty string in list")
		}
		out = append(out, s)
	}
	return out, items, nil
}

func (p *configParser) ruleIDs(n *yaml.Node, lines map[string]int) ([]string, error) {
	ids, nodes, err := p.strings(n)
	if err != nil {
		return nil, err
	}
	for i, id := range ids {
		if _, ok := lines[id]; !ok {
			lines[id] = nodes[i].Line
		}
	}
	return ids, nil
}

func (p *configParser) paths(n *yaml.Node, dir string) ([]string, error) {
	ps, _, err := p.strings(n)
	if err != nil {
		return nil, err
	}
	for i, s := range ps {
		ps[i] = resolve(dir, s)
	}
	return ps, nil
}

func (p *configParser) globs(n *yaml.Node) ([]string, error) {
	gs, nodes, err := p.strings(n)
	if err != nil {
		return nil, err
	}
	for i, g := range gs {
		if !doublestar.ValidatePattern(g) {
			return nil, p.errorf(nodes[i], "invalid glob %q", g)
		}
	}
	return gs, nil
}

func (p *configParser) mapping(n *yaml.Node) ([]*yaml.Node, error) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.MappingNode {
		return nil, p.errorf(n, "want a mapping, got %s", kindName(n))
	}
	return n.Content, nil
}

// stringMapOf reads a mapping of string keys, without duplicates, whose
// values value converts; key is called with each key node as it is read.
func stringMapOf(p *configParser, n *yaml.Node, value func(*yaml.Node) (string, error), key func(k *yaml.Node, name string)) (map[string]string, error) {
	content, err := p.mapping(n)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for i := 0; i+1 < len(content); i += 2 {
		k, v := content[i], content[i+1]
		name, err := p.str(k)
		if err != nil {
			return nil, err
		}
		if _, dup := m[name]; dup {
			return nil, p.errorf(k, "duplicate key %q", name)
		}
		if m[name], err = value(v); err != nil {
			return nil, err
		}
		if key != nil {
			key(k, name)
		}
	}
	return m, nil
}

func (p *configParser) stringMap(n *yaml.Node) (map[string]string, error) {
	return stringMapOf(p, n, p.str, nil)
}

// overrides reads severity_overrides, recording the line of each rule id.
func (p *configParser) overrides(n *yaml.Node, lines map[string]int) (map[string]string, error) {
	return stringMapOf(p, n, p.severity, func(k *yaml.Node, id string) {
		if _, ok := lines[id]; !ok {
			lines[id] = k.Line
		}
	})
}

func (p *configParser) fix(n *yaml.Node, lines map[string]int) ([]string, error) {
	content, err := p.mapping(n)
	if err != nil {
		return nil, err
	}
	var always []string
	for i := 0; i+1 < len(content); i += 2 {
		k, v := content[i], content[i+1]
		if k.Value != "always" {
			return nil, p.errorf(k, "unknown key %q in fix", k.Value)
		}
		if always, err = p.ruleIDs(v, lines); err != nil {
			return nil, err
		}
	}
	return always, nil
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.Tag == "!!null" {
		return "nothing"
	}
	return fmt.Sprintf("%q", n.Value)
}

func resolve(dir, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, filepath.FromSlash(p))
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// checkRuleIDs reports the first rule id the config names that is neither
// among the engine's rules nor skipped, at the line that names it.
// Skipped ids were checked by eval.New before it dropped them.
func (c *config) checkRuleIDs(rules []eval.Rule) error {
	known := map[string]bool{}
	for _, r := range rules {
		known[r.ID] = true
	}
	for _, id := range c.Skip {
		known[id] = true
	}
	var unknown []string
	for id := range c.ruleLines {
		if !known[id] {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	slices.SortFunc(unknown, func(a, b string) int { return c.ruleLines[a] - c.ruleLines[b] })
	return c.unknownRule(unknown[0])
}

// unknownRule is the error for a rule id no policy defines.
func (c *config) unknownRule(id string) error {
	return &configError{file: c.File, line: c.ruleLines[id], msg: fmt.Sprintf("unknown rule id %q", id)}
}

// excluded reports whether file (as the parser names it) matches one of
// the exclude globs, which are relative to the config's folder.
func (c *config) excluded(file string) bool {
	if c == nil || len(c.Exclude) == 0 {
		return false
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range c.Exclude {
		if ok, _ := doublestar.Match(g, rel); ok {
			return true
		}
		// A glob that names a folder excludes what is inside it.
		if ok, _ := doublestar.Match(strings.TrimSuffix(g, "/")+"/**", rel); ok {
			return true
		}
	}
	return false
}

// withVars puts the config's variables and parameters before those of the
// command line, so the command line wins: Terraform lets the last
// definition of a variable win, and later --param values override earlier
// ones. The config's var files come before its vars, as Terraform reads
// files before -var.
func (c *config) withVars(f varFlags) varFlags {
	var out varFlags
	for _, file := range c.VarFiles {
		out.vars = append(out.vars, varArg{file: displayPath(file)})
	}
	out.vars = append(out.vars, c.Vars...)
	out.vars = append(out.vars, f.vars...)
	out.params = append(slices.Clone(c.Params), f.params...)
	for _, file := range c.ParamFiles {
		out.paramFiles = append(out.paramFiles, displayPath(file))
	}
	out.paramFiles = append(out.paramFiles, f.paramFiles...)
	return out
}

// excludeFunc is the parser's Exclude for the config's globs, or nil: an
// excluded folder is not searched for root modules and templates, so a
// broken file there cannot fail the scan.
func (c *config) excludeFunc() func(string) bool {
	if c == nil || len(c.Exclude) == 0 {
		return nil
	}
	return c.excluded
}

// dropExcluded removes the findings in excluded files: those of a module
// that a scanned root calls from an excluded folder, which the parser still
// reads.
func (c *config) dropExcluded(fs []eval.Finding) []eval.Finding {
	if len(c.Exclude) == 0 {
		return fs
	}
	out := make([]eval.Finding, 0, len(fs))
	for _, f := range fs {
		if !c.excluded(f.File) {
			out = append(out, f)
		}
	}
	return out
}
