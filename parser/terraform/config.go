package terraform

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// Resource modes, as in Terraform's addresses.
const (
	modeManaged   = "managed"
	modeData      = "data"
	modeEphemeral = "ephemeral"
)

// posKey identifies a position in a file; bodies and blocks are indexed by
// where they start.
type posKey struct {
	file string
	byte int
}

func keyOf(r hcl.Range) posKey { return posKey{r.Filename, r.Start.Byte} }

// moduleConfig is one module directory, parsed once and evaluated once per
// module instance.
type moduleConfig struct {
	dir   string // slash path inside the scanned tree, "." for its root
	empty bool   // no configuration file was found

	variables map[string]*variableDecl
	varOrder  []string
	locals    map[string]*localDecl
	outputs   map[string]*outputDecl
	resources map[string]*resourceDecl // by node key: TYPE.NAME, data.TYPE.NAME
	calls     map[string]*callDecl     // by call name
	nodeOrder []string                 // node keys in declaration order

	srcs   map[string][]byte           // reported file name → contents
	bodies map[posKey]*hclsyntax.Body  // native bodies by start
	blocks map[posKey]*hclsyntax.Block // native blocks by start
	funcs  map[string]hcl.Range        // functions called (native syntax), first call site
	trav   []hcl.Traversal             // traversals rooted at iterators or resources
	rels   []string                    // attribute names read through relative traversals

	// diags is what loading the module reported: replayed by every
	// loadConfig, so that it lands where the first sequential load would
	// have put it (diagSet drops the repeats).
	diags graph.Diagnostics
	// panicked is the value of a panic while loading, raised again for
	// every caller.
	panicked any
	once     sync.Once

	anOnce sync.Once
	an     *analysis // computed on first evaluation

	planMu sync.Mutex
	plans  map[hcl.Expression][]recordItem // by unwrapped expression

	fnMu   sync.Mutex
	fnTabs map[*rootCtx]map[string]function.Function // function tables per root
}

type variableDecl struct {
	name       string
	typ        cty.Type
	typeSet    bool
	defaults   *typeexpr.Defaults
	hasDefault bool
	def        cty.Value
	defRange   hcl.Range
	defExpr    hcl.Expression // the default's expression, to find an element's range in it
	nullable   bool
	declRange  hcl.Range
	body       hcl.Body
}

type localDecl struct {
	name string
	expr hcl.Expression
	rng  hcl.Range // the whole "name = expr" definition
}

type outputDecl struct {
	name      string
	expr      hcl.Expression
	dependsOn hcl.Expression
	declRange hcl.Range
	body      hcl.Body
}

type callDecl struct {
	name        string
	source      string
	sourceRange hcl.Range
	count       hcl.Expression
	forEach     hcl.Expression
	dependsOn   hcl.Expression
	args        map[string]*hcl.Attribute
	declRange   hcl.Range
	body        hcl.Body
}

type resourceDecl struct {
	mode      string
	typ, name string
	body      hcl.Body
	count     hcl.Expression
	forEach   hcl.Expression
	provider  string
	dependsOn hcl.Expression
	rng       hcl.Range // the whole block
	declRange hcl.Range
	// plain is the body's content when it needs neither dynblock nor
	// PartialContent to evaluate (see plainBody), else nil.
	plain *plainBody
	// size is, for a native body evaluated the general way, how many
	// arguments and blocks it has, nested ones and dynamic blocks' content
	// (once) included: a hint for the maps of a bodyResult.
	size int
}

// key is the node key of the resource: its address without module or
// instance key.
func (r *resourceDecl) key() string { return resourceAddr("", r.mode, r.typ, r.name, "") }

// topLevelSchema is topSchema, built once: hcl only reads it.
var topLevelSchema = topSchema()

// topSchema lists every top-level block type Terraform knows. Blocks of
// other types are reported as a Note and skipped.
func topSchema() *hcl.BodySchema {
	one := []string{"name"}
	two := []string{"type", "name"}
	return &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
		{Type: "terraform"},
		{Type: "provider", LabelNames: one},
		{Type: "variable", LabelNames: one},
		{Type: "locals"},
		{Type: "output", LabelNames: one},
		{Type: "module", LabelNames: one},
		{Type: "resource", LabelNames: two},
		{Type: "data", LabelNames: two},
		{Type: "ephemeral", LabelNames: two},
		{Type: "check", LabelNames: one},
		{Type: "moved"},
		{Type: "import"},
		{Type: "removed"},
		{Type: "action", LabelNames: two},
		{Type: "language"},
	}}
}

// isKnownTopBlock reports whether t is a block type of topSchema.
func isKnownTopBlock(t string) bool {
	switch t {
	case "terraform", "provider", "variable", "locals", "output", "module", "resource", "data",
		"ephemeral", "check", "moved", "import", "removed", "action", "language":
		return true
	}
	return false
}

// isConfigFile reports whether name is a Terraform configuration file,
// ignoring the editor backups and hidden files Terraform ignores too.
func isConfigFile(name string) bool {
	if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "#") || strings.HasSuffix(name, "~") {
		return false
	}
	return strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")
}

// isOverrideFile reports whether name is an override file: override.tf,
// *_override.tf and their .tf.json forms.
func isOverrideFile(name string) bool {
	base := strings.TrimSuffix(strings.TrimSuffix(name, ".json"), ".tf")
	return base == "override" || strings.HasSuffix(base, "_override")
}

// reported is the file name users see for a path inside the tree.
func (l *loader) reported(rel string) string {
	if l.prefix == "" {
		return rel
	}
	return path.Join(l.prefix, rel)
}

// readFile reads a regular file of the tree, enforcing the size limit and
// recording its bytes in the graph. It returns nil when the file cannot be
// used; the reason is a diagnostic.
func (l *loader) readFile(rel string) []byte {
	name := l.reported(rel)
	fi, err := fs.Stat(l.fsys, rel)
	if err != nil {
		l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Unreadable file",
			Detail: fmt.Sprintf("The file %s could not be read: %v.", name, err), Range: &graph.Range{Filename: name}})
		return nil
	}
	if fi.Size() > maxFileSize {
		l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "File too large",
			Detail: fmt.Sprintf("The file %s has %d bytes; preflight reads at most %d bytes per file, so it was skipped.", name, fi.Size(), maxFileSize),
			Range:  &graph.Range{Filename: name}})
		return nil
	}
	src, err := fs.ReadFile(l.fsys, rel)
	if err != nil {
		l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Unreadable file",
			Detail: fmt.Sprintf("The file %s could not be read: %v.", name, err), Range: &graph.Range{Filename: name}})
		return nil
	}
	if len(src) > maxFileSize {
		l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "File too large",
			Detail: fmt.Sprintf("The file %s has more than %d bytes, so it was skipped.", name, maxFileSize),
			Range:  &graph.Range{Filename: name}})
		return nil
	}
	l.files[name] = src
	return src
}

// parseHCL parses src as native or JSON syntax by the file name. The file
// is nil only when nothing at all could be parsed.
func (l *loader) parseHCL(src []byte, name string) *hcl.File {
	if why, line := nestingProblem(src, name, strings.HasSuffix(name, ".json")); why != "" {
		at := graph.Pos{Line: line, Column: 1}
		l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Configuration nested too deeply",
			Detail: fmt.Sprintf("The file %s was skipped: %s at line %d, more than preflight parses safely.", name, why, line),
			Range:  &graph.Range{Filename: name, Start: at, End: at}})
		return nil
	}
	var f *hcl.File
	var diags hcl.Diagnostics
	func() {
		defer func() {
			if r := recover(); r != nil {
				f = nil
				diags = hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Unparsable file",
					Detail: fmt.Sprintf("The file %s could not be parsed (%v), so it was skipped.", name, r)}}
			}
		}()
		if strings.HasSuffix(name, ".json") {
			f, diags = hcljson.Parse(src, name)
		} else {
			f, diags = hclsyntax.ParseConfig(src, name, hcl.InitialPos)
		}
	}()
	l.diags.addHCL(diags)
	if diags.HasErrors() {
		l.sh.setSyntaxError(name)
	}
	if f == nil || f.Body == nil {
		return nil
	}
	return f
}

// loadConfig parses the module in dir, once, and replays into l what
// that reported. It is safe for concurrent use.
func (l *loader) loadConfig(dir string) *moduleConfig {
	l.sh.mu.Lock()
	c, ok := l.sh.configs[dir]
	if !ok {
		c = &moduleConfig{dir: dir}
		l.sh.configs[dir] = c
	}
	l.sh.mu.Unlock()
	c.once.Do(func() {
		f := l.fork()
		defer func() {
			c.diags = f.diags.List
			c.panicked = recover()
		}()
		f.fillConfig(c)
	})
	l.diags.add(c.diags...)
	if c.panicked != nil {
		panic(c.panicked)
	}
	for name, src := range c.srcs {
		l.files[name] = src
	}
	return c
}

// fillConfig reads and parses the files of c.dir into c.
func (l *loader) fillConfig(c *moduleConfig) {
	dir := c.dir
	c.variables = map[string]*variableDecl{}
	c.locals = map[string]*localDecl{}
	c.outputs = map[string]*outputDecl{}
	c.resources = map[string]*resourceDecl{}
	c.calls = map[string]*callDecl{}
	c.srcs = map[string][]byte{}
	c.bodies = map[posKey]*hclsyntax.Body{}
	c.blocks = map[posKey]*hclsyntax.Block{}
	c.funcs = map[string]hcl.Range{}
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		c.empty = true
		return
	}
	var primary, overrides []string
	for _, e := range entries {
		if !isConfigFile(e.Name()) || !e.Type().IsRegular() {
			continue
		}
		if isOverrideFile(e.Name()) {
			overrides = append(overrides, e.Name())
		} else {
			primary = append(primary, e.Name())
		}
	}
	c.empty = len(primary)+len(overrides) == 0
	for _, names := range [][]string{primary, overrides} {
		for _, n := range names {
			rel := path.Join(dir, n)
			src := l.readFile(rel)
			if src == nil {
				continue
			}
			name := l.reported(rel)
			c.srcs[name] = src
			f := l.parseHCL(src, name)
			if f == nil {
				continue
			}
			l.addFile(c, f, isOverrideFile(n))
		}
	}
}

// addFile decodes the top-level blocks of one file into c. Blocks of an
// override file are merged into the blocks they override.
func (l *loader) addFile(c *moduleConfig, f *hcl.File, override bool) {
	content, remain, diags := f.Body.PartialContent(topLevelSchema)
	l.diags.addHCL(diags)
	if sb, ok := f.Body.(*hclsyntax.Body); ok {
		c.index(sb)
		for _, b := range sb.Blocks {
			if !isKnownTopBlock(b.Type) {
				r := b.DefRange()
				l.diags.add(newDiag(graph.Note, &r, "Unsupported block type",
					fmt.Sprintf("Terraform has no top-level block of type %q; preflight skipped it.", b.Type)))
			}
		}
		names := make([]string, 0, len(sb.Attributes))
		for n := range sb.Attributes {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			r := sb.Attributes[n].NameRange
			l.diags.add(newDiag(graph.Error, &r, "Unsupported argument",
				fmt.Sprintf("An argument named %q is not expected at the top level of a configuration file; only blocks are. It was skipped.", n)))
		}
	} else if remain != nil {
		attrs, _ := remain.JustAttributes()
		for _, n := range sortedAttrNames(attrs) {
			r := attrs[n].NameRange
			l.diags.add(newDiag(graph.Note, &r, "Unsupported block type",
				fmt.Sprintf("Terraform has no top-level block of type %q; preflight skipped it.", n)))
		}
	}
	for _, blk := range content.Blocks {
		l.addBlock(c, blk, override)
	}
}

// index records every native body and block of a file by its start, so
// that bodies handed back by dynblock and overrides can be traced to their
// syntax (for schemas and ranges), and collects the functions called. In
// the same walk it bounds for expressions and templates (limitNode): each
// node is wrapped on entry, before its children, so what is indexed is the
// syntax as evaluated, wrappers included, as when the two were separate
// walks, at the cost of one walk.
func (c *moduleConfig) index(file *hclsyntax.Body) {
	// Type constraints look like calls (list(string), optional(bool)) but
	// are not evaluated.
	var typeExprs []hcl.Range
	for _, b := range file.Blocks {
		if a := b.Body.Attributes["type"]; b.Type == "variable" && a != nil {
			typeExprs = append(typeExprs, a.Expr.Range())
		}
	}
	inType := func(r hcl.Range) bool {
		for _, t := range typeExprs {
			if r.Start.Byte >= t.Start.Byte && r.End.Byte <= t.End.Byte {
				return true
			}
		}
		return false
	}
	_ = hclsyntax.VisitAll(file, func(n hclsyntax.Node) hcl.Diagnostics {
		limitNode(n)
		switch n := n.(type) {
		case *hclsyntax.Body:
			c.bodies[keyOf(n.MissingItemRange())] = n
		case *hclsyntax.Block:
			c.blocks[keyOf(n.DefRange())] = n
		case *hclsyntax.FunctionCallExpr:
			if _, ok := c.funcs[n.Name]; !ok && !inType(n.NameRange) {
				c.funcs[n.Name] = n.NameRange
			}
		case *hclsyntax.ScopeTraversalExpr:
			if len(n.Traversal) >= 2 && !reservedRoot(n.Traversal.RootName()) {
				c.trav = append(c.trav, n.Traversal)
			}
			if len(n.Traversal) >= 3 && n.Traversal.RootName() == "each" {
				// each.value.arn reads arn of whatever for_each iterates,
				// possibly the instances of a resource.
				if a, ok := n.Traversal[2].(hcl.TraverseAttr); ok {
					c.rels = append(c.rels, a.Name)
				}
			}
		case *hclsyntax.RelativeTraversalExpr:
			for _, s := range n.Traversal {
				if a, ok := s.(hcl.TraverseAttr); ok {
					c.rels = append(c.rels, a.Name)
					break
				}
			}
		}
		return nil
	})
}

// reservedRoot reports whether name is a root of Terraform's named values
// other than a resource type.
func reservedRoot(name string) bool {
	switch name {
	case "var", "local", "module", "data", "ephemeral", "count", "each", "self", "path", "terraform", "resource":
		return true
	}
	return false
}

// blockRange is the whole range of a block: from its type keyword to its
// closing brace for native syntax; for JSON, from its last label (or type)
// to the end of its body object.
func (c *moduleConfig) blockRange(b *hcl.Block) hcl.Range {
	if sb := c.blocks[keyOf(b.DefRange)]; sb != nil {
		return sb.Range()
	}
	start := b.TypeRange
	if n := len(b.LabelRanges); n > 0 {
		start = b.LabelRanges[n-1]
	}
	end := b.Body.MissingItemRange()
	if end.Filename == start.Filename && end.End.Byte >= start.Start.Byte {
		return hcl.RangeBetween(start, end)
	}
	return b.DefRange
}

func (l *loader) addBlock(c *moduleConfig, blk *hcl.Block, override bool) {
	for i, label := range blk.Labels {
		if !validIdentifier(label) && isKnownTopBlock(blk.Type) && blk.Type != "check" {
			r := blk.DefRange
			if i < len(blk.LabelRanges) {
				r = blk.LabelRanges[i]
			}
			l.diags.add(newDiag(graph.Error, &r, "Invalid block label",
				fmt.Sprintf("The label %q of this %s block is not a valid name: a name starts with a letter or underscore and has only letters, digits, underscores and dashes. The block was skipped.", label, blk.Type)))
			return
		}
	}
	switch blk.Type {
	case "variable":
		l.addVariable(c, blk, override)
	case "locals":
		l.addLocals(c, blk, override)
	case "output":
		l.addOutput(c, blk, override)
	case "module":
		l.addCall(c, blk, override)
	case "resource", "data", "ephemeral":
		l.addResource(c, blk, override)
	}
	// terraform, provider, check, moved, import, removed, action and
	// language blocks carry no resource configuration: parsed, not used.
}

// missingBase reports an override block with nothing to override.
func (l *loader) missingBase(blk *hcl.Block, what string) {
	l.diags.add(newDiag(graph.Error, blk.DefRange.Ptr(), "Missing base configuration to override",
		fmt.Sprintf("An override file declares %s, but no primary configuration file of the module declares it. Terraform rejects such an override; preflight ignored it.", what)))
}

func (l *loader) duplicate(blk *hcl.Block, what string, prev hcl.Range) {
	l.diags.add(newDiag(graph.Error, blk.DefRange.Ptr(), "Duplicate declaration",
		fmt.Sprintf("%s is already declared at %s. Terraform rejects duplicates; preflight kept the first one.", what, convertRange(prev).String())))
}

func (l *loader) addVariable(c *moduleConfig, blk *hcl.Block, override bool) {
	name := blk.Labels[0]
	prev := c.variables[name]
	switch {
	case override && prev == nil:
		l.missingBase(blk, fmt.Sprintf("variable %q", name))
	case override:
		c.variables[name] = l.decodeVariable(name, &mergedBody{base: prev.body, over: blk.Body}, prev.declRange)
	case prev != nil:
		l.duplicate(blk, fmt.Sprintf("Variable %q", name), prev.declRange)
	default:
		c.variables[name] = l.decodeVariable(name, blk.Body, blk.DefRange)
		c.varOrder = append(c.varOrder, name)
	}
}

// variableSchema is the content of a variable block; hcl only reads it.
var variableSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "type"}, {Name: "default"}, {Name: "nullable"},
		{Name: "description"}, {Name: "sensitive"}, {Name: "ephemeral"}, {Name: "const"}},
	Blocks: []hcl.BlockHeaderSchema{{Type: "validation"}},
}

func (l *loader) decodeVariable(name string, body hcl.Body, declRange hcl.Range) *variableDecl {
	content, _, diags := body.PartialContent(variableSchema)
	l.diags.addHCL(diags)
	v := &variableDecl{name: name, typ: cty.DynamicPseudoType, nullable: true, declRange: declRange, body: body}
	if a := content.Attributes["type"]; a != nil {
		v.typ, v.defaults = l.typeConstraint(a.Expr)
		v.typeSet = true
	}
	if a := content.Attributes["nullable"]; a != nil {
		if val, d := a.Expr.Value(nil); !d.HasErrors() && val.Type() == cty.Bool && val.IsKnown() && !val.IsNull() {
			v.nullable = val.True()
		}
	}
	if a := content.Attributes["default"]; a != nil {
		val, d := a.Expr.Value(literalCtx())
		l.diags.addHCL(d)
		if d.HasErrors() {
			val = dynamicVal(cause{"var." + name, "has an invalid default"})
		}
		v.hasDefault, v.def, v.defRange, v.defExpr = true, val, a.Expr.Range(), a.Expr
	}
	return v
}

// typeConstraint decodes a variable's type, with optional() defaults. The
// pre-0.12 quoted forms ("string", "list", "map") are still accepted.
func (l *loader) typeConstraint(expr hcl.Expression) (ty cty.Type, defaults *typeexpr.Defaults) {
	if t, ok := expr.(*hclsyntax.TemplateExpr); ok && len(t.Parts) == 1 {
		if lit, ok := t.Parts[0].(*hclsyntax.LiteralValueExpr); ok && lit.Val.Type() == cty.String {
			switch lit.Val.AsString() {
			case "string":
				return cty.String, nil
			case "list":
				return cty.List(cty.String), nil
			case "map":
				return cty.Map(cty.String), nil
			}
		}
	}
	defer func() {
		if r := recover(); r != nil {
			ty, defaults = cty.DynamicPseudoType, nil
		}
	}()
	ty, defaults, diags := typeexpr.TypeConstraintWithDefaults(expr)
	l.diags.addHCL(diags)
	if diags.HasErrors() {
		return cty.DynamicPseudoType, nil
	}
	return ty, defaults
}

func (l *loader) addLocals(c *moduleConfig, blk *hcl.Block, override bool) {
	attrs, diags := blk.Body.JustAttributes()
	l.diags.addHCL(diags)
	for _, n := range sortedAttrNames(attrs) {
		a := attrs[n]
		prev := c.locals[n]
		switch {
		case override && prev == nil:
			l.diags.add(newDiag(graph.Error, a.NameRange.Ptr(), "Missing base configuration to override",
				fmt.Sprintf("An override file sets local value %q, but no primary configuration file of the module declares it. Terraform rejects such an override; preflight ignored it.", n)))
			continue
		case !override && prev != nil:
			l.diags.add(newDiag(graph.Error, a.NameRange.Ptr(), "Duplicate local value definition",
				fmt.Sprintf("Local value %q is already defined at %s. Terraform rejects duplicates; preflight kept the first one.", n, convertRange(prev.rng).String())))
			continue
		}
		if prev == nil {
			c.nodeOrder = append(c.nodeOrder, "local."+n)
		}
		c.locals[n] = &localDecl{name: n, expr: a.Expr, rng: a.Range}
	}
}

func (l *loader) addOutput(c *moduleConfig, blk *hcl.Block, override bool) {
	name := blk.Labels[0]
	prev := c.outputs[name]
	switch {
	case override && prev == nil:
		l.missingBase(blk, fmt.Sprintf("output %q", name))
	case override:
		c.outputs[name] = l.decodeOutput(name, &mergedBody{base: prev.body, over: blk.Body}, prev.declRange)
	case prev != nil:
		l.duplicate(blk, fmt.Sprintf("Output %q", name), prev.declRange)
	default:
		c.outputs[name] = l.decodeOutput(name, blk.Body, blk.DefRange)
		c.nodeOrder = append(c.nodeOrder, "output."+name)
	}
}

// outputSchema is the content of an output block; hcl only reads it.
var outputSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "value"}, {Name: "description"}, {Name: "sensitive"},
		{Name: "depends_on"}, {Name: "ephemeral"}},
}

func (l *loader) decodeOutput(name string, body hcl.Body, declRange hcl.Range) *outputDecl {
	content, _, diags := body.PartialContent(outputSchema)
	l.diags.addHCL(diags)
	o := &outputDecl{name: name, declRange: declRange, body: body}
	if a := content.Attributes["value"]; a != nil {
		o.expr = a.Expr
	}
	if a := content.Attributes["depends_on"]; a != nil {
		o.dependsOn = a.Expr
	}
	return o
}

// isCallMeta reports whether name is a meta-argument of module blocks;
// every other argument is an input variable of the called module.
func isCallMeta(name string) bool {
	switch name {
	case "source", "version", "count", "for_each", "providers", "depends_on":
		return true
	}
	return false
}

func (l *loader) addCall(c *moduleConfig, blk *hcl.Block, override bool) {
	name := blk.Labels[0]
	prev := c.calls[name]
	switch {
	case override && prev == nil:
		l.missingBase(blk, fmt.Sprintf("module %q", name))
	case override:
		c.calls[name] = l.decodeCall(name, &mergedBody{base: prev.body, over: blk.Body}, prev.declRange)
	case prev != nil:
		l.duplicate(blk, fmt.Sprintf("Module call %q", name), prev.declRange)
	default:
		c.calls[name] = l.decodeCall(name, blk.Body, blk.DefRange)
		c.nodeOrder = append(c.nodeOrder, "module."+name)
	}
}

func (l *loader) decodeCall(name string, body hcl.Body, declRange hcl.Range) *callDecl {
	attrs, diags := body.JustAttributes()
	l.diags.addHCL(diags)
	cd := &callDecl{name: name, declRange: declRange, body: body, args: map[string]*hcl.Attribute{}, sourceRange: declRange}
	for n, a := range attrs {
		switch n {
		case "source":
			cd.sourceRange = a.Expr.Range()
			v, d := a.Expr.Value(nil)
			if d.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
				l.diags.add(newDiag(graph.Error, a.Expr.Range().Ptr(), "Invalid module source",
					fmt.Sprintf("The source of module %q must be a literal string. The module was not followed.", name)))
				continue
			}
			cd.source = v.AsString()
		case "count":
			cd.count = a.Expr
		case "for_each":
			cd.forEach = a.Expr
		case "depends_on":
			cd.dependsOn = a.Expr
		default:
			if !isCallMeta(n) {
				cd.args[n] = a
			}
		}
	}
	if cd.count != nil && cd.forEach != nil {
		l.diags.add(newDiag(graph.Error, cd.forEach.Range().Ptr(), "Invalid combination of \"count\" and \"for_each\"",
			"The \"count\" and \"for_each\" meta-arguments are mutually exclusive; only one may be used. preflight used count."))
		cd.forEach = nil
	}
	if _, ok := attrs["source"]; !ok {
		l.diags.add(newDiag(graph.Error, declRange.Ptr(), "Missing module source",
			fmt.Sprintf("Module %q has no source argument, so it cannot be followed.", name)))
	}
	return cd
}

func (l *loader) addResource(c *moduleConfig, blk *hcl.Block, override bool) {
	mode := map[string]string{"resource": modeManaged, "data": modeData, "ephemeral": modeEphemeral}[blk.Type]
	key := resourceAddr("", mode, blk.Labels[0], blk.Labels[1], "")
	prev := c.resources[key]
	switch {
	case override && prev == nil:
		l.missingBase(blk, key)
	case override:
		c.resources[key] = l.decodeResource(mode, blk.Labels[0], blk.Labels[1],
			&mergedBody{base: prev.body, over: blk.Body}, prev.rng, prev.declRange)
	case prev != nil:
		l.duplicate(blk, key, prev.declRange)
	default:
		r := l.decodeResource(mode, blk.Labels[0], blk.Labels[1], blk.Body, c.blockRange(blk), blk.DefRange)
		if sb, ok := blk.Body.(*hclsyntax.Body); ok {
			if !l.sh.general {
				r.plain = c.newPlainBody(sb, true)
			}
			if r.plain == nil {
				r.size = syntaxSize(sb)
			}
		}
		c.resources[key] = r
		c.nodeOrder = append(c.nodeOrder, key)
	}
}

// resourceMetaSchema is the meta-arguments of a resource block; hcl only
// reads it.
var resourceMetaSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "count"}, {Name: "for_each"}, {Name: "provider"}, {Name: "depends_on"}},
}

// syntaxSize counts the arguments and blocks in b, nested ones included.
func syntaxSize(b *hclsyntax.Body) int {
	n := len(b.Attributes) + len(b.Blocks)
	for _, blk := range b.Blocks {
		n += syntaxSize(blk.Body)
	}
	return n
}

func (l *loader) decodeResource(mode, typ, name string, body hcl.Body, rng, declRange hcl.Range) *resourceDecl {
	content, _, diags := body.PartialContent(resourceMetaSchema)
	l.diags.addHCL(diags)
	r := &resourceDecl{mode: mode, typ: typ, name: name, body: body, rng: rng, declRange: declRange}
	if a := content.Attributes["count"]; a != nil {
		r.count = a.Expr
	}
	if a := content.Attributes["for_each"]; a != nil {
		r.forEach = a.Expr
	}
	if a := content.Attributes["depends_on"]; a != nil {
		r.dependsOn = a.Expr
	}
	if a := content.Attributes["provider"]; a != nil {
		if t, d := hcl.AbsTraversalForExpr(a.Expr); !d.HasErrors() {
			r.provider = t.RootName()
		} else {
			l.diags.add(newDiag(graph.Error, a.Expr.Range().Ptr(), "Invalid provider reference",
				"The provider argument must name a provider configuration, like aws or aws.west."))
		}
	}
	if r.count != nil && r.forEach != nil {
		l.diags.add(newDiag(graph.Error, r.forEach.Range().Ptr(), "Invalid combination of \"count\" and \"for_each\"",
			"The \"count\" and \"for_each\" meta-arguments are mutually exclusive; only one may be used. preflight used count."))
		r.forEach = nil
	}
	return r
}

func sortedAttrNames(attrs hcl.Attributes) []string {
	names := make([]string, 0, len(attrs))
	for n := range attrs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// text returns the source text of r, with runs of white space folded into
// one space and cut to at most 120 characters: the expression an unknown
// marker names.
func (c *moduleConfig) text(r hcl.Range) string {
	src := c.srcs[r.Filename]
	if r.Start.Byte < 0 || r.End.Byte > len(src) || r.Start.Byte > r.End.Byte {
		return ""
	}
	b := src[r.Start.Byte:r.End.Byte]
	if len(b) <= 120 && isFolded(b) {
		// Most expressions are short and on one line: nothing to fold or
		// cut, so the text is the source itself.
		return string(b)
	}
	s := strings.Join(strings.Fields(string(b)), " ")
	if rs := []rune(s); len(rs) > 120 {
		s = string(rs[:117]) + "..."
	}
	return s
}

// isFolded reports whether b is ASCII text that strings.Fields and a join
// with single spaces would give back unchanged: no white space but single
// spaces between words.
func isFolded(b []byte) bool {
	for i, c := range b {
		switch {
		case c >= 0x80 || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(b)-1 || b[i-1] == ' '):
			return false
		}
	}
	return true
}
