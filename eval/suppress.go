package eval

import (
	"bytes"
	"cmp"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/preflight-iac/preflight/graph"
)

// Sources of a Suppression: the syntax that asked for it.
const (
	SourceInline   = "inline"
	SourceCheckov  = "checkov"
	SourceTfsec    = "tfsec"
	SourceTrivy    = "trivy"
	SourceKics     = "kics"
	SourceMetadata = "metadata"
)

// Suppression says why a finding is not reported as active: which comment
// (or ARM metadata entry) silenced it, with what reason and until when.
type Suppression struct {
	Source string `json:"source"`
	Reason string `json:"reason"`
	// Until is the last day (YYYY-MM-DD) the suppression works; empty
	// means no expiry.
	Until string `json:"until,omitempty"`
	File  string `json:"file"`
	Line  int    `json:"line"`
}

// directive is one suppression request read from a comment or from ARM
// metadata.
type directive struct {
	source string
	ruleID string // our id, or the peer tool's id; empty for kics ignore-line
	// selector narrows a block-level directive to one instance: the
	// address suffix `["logs"]` or `[0]`; empty for all instances.
	selector  string
	reason    string
	until     string
	fileLevel bool
	file      string
	line      int // of the comment itself
}

// suppression is the record a finding gets from d.
func (d *directive) suppression() *Suppression {
	return &Suppression{Source: d.source, Reason: d.reason, Until: d.until, File: d.file, Line: d.line}
}

// fileDirectives are the directives of one file: file-level ones and those
// attached to the line of code they precede or end.
type fileDirectives struct {
	fileLevel []*directive
	byLine    map[int][]*directive
}

// comment is one comment of a source file. target is the line of code the
// comment is attached to (0: none): the line it ends, or for a comment on a
// line of its own the next line of code, when only comments lie between.
type comment struct {
	text   string // without the comment markers
	line   int
	target int
	// header reports whether the comment comes before the first line of
	// code, where file-level directives belong.
	header bool
}

// suppressor applies the inline suppressions of one graph to a result.
type suppressor struct {
	g           *graph.Graph
	rules       map[string]Rule
	unignorable map[string]bool
	today       string
	files       map[string]*fileDirectives // cache: one scan per file
	modCalls    []modCall
	modPrefixes map[string][]string // directory → module addresses of its resources
	diags       graph.Diagnostics
	expired     map[*directive]bool
	refused     map[string]bool
	meta        map[*graph.Resource][]*directive // cache of metadata
}

// modCall is a module block of a Terraform file.
type modCall struct {
	file, dir, name string
	line            int
}

// suppress moves the findings of res that a valid suppression covers to
// res.Suppressed and records diagnostics about the suppressions themselves
// in res.Diagnostics.
func (e *Engine) suppress(g *graph.Graph, res *Result) {
	now := time.Now
	if e.now != nil {
		now = e.now
	}
	s := &suppressor{
		g:           g,
		rules:       make(map[string]Rule, len(e.rules)),
		unignorable: map[string]bool{},
		today:       now().Format(time.DateOnly),
		files:       map[string]*fileDirectives{},
		modPrefixes: map[string][]string{},
		expired:     map[*directive]bool{},
		refused:     map[string]bool{},
		meta:        map[*graph.Resource][]*directive{},
	}
	for _, cr := range e.rules {
		s.rules[cr.meta.ID] = cr.meta
	}
	for _, id := range e.unignorable {
		s.unignorable[id] = true
	}
	// Every file is scanned, not only those with findings, so that a
	// malformed or expired suppression is reported wherever it is.
	names := make([]string, 0, len(g.Files))
	for name := range g.Files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		s.directives(name)
	}
	for _, r := range g.Resources {
		if r == nil || r.Format != graph.FormatTerraform {
			continue
		}
		dir := path.Dir(r.Range.Filename)
		if !slices.Contains(s.modPrefixes[dir], r.Module) {
			s.modPrefixes[dir] = append(s.modPrefixes[dir], r.Module)
		}
	}
	byID := make(map[string]*graph.Resource, len(g.Resources))
	for _, r := range g.Resources {
		if r != nil {
			if _, dup := byID[r.ID]; !dup {
				byID[r.ID] = r
			}
		}
	}
	res.Findings = s.filter(res.Findings, byID, &res.Suppressed)
	res.Inconclusive = s.filter(res.Inconclusive, byID, &res.Suppressed)
	sortFindings(res.Suppressed)
	slices.SortStableFunc(s.diags, func(a, b graph.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Range.Filename, b.Range.Filename), cmp.Compare(a.Range.Start.Line, b.Range.Start.Line))
	})
	res.Diagnostics = append(res.Diagnostics, s.diags...)
}

// filter returns the findings of fs no suppression covers and appends the
// others, with their Suppression, to suppressed.
func (s *suppressor) filter(fs []Finding, byID map[string]*graph.Resource, suppressed *[]Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		d := s.match(f, byID[f.Resource])
		if d == nil {
			kept = append(kept, f)
			continue
		}
		if s.unignorable[f.RuleID] {
			key := fmt.Sprintf("%s:%d:%s", d.file, d.line, f.RuleID)
			if !s.refused[key] {
				s.refused[key] = true
				s.diags = append(s.diags, diag(graph.Note, d.file, d.line, "Suppression not allowed",
					fmt.Sprintf("Rule %s is configured as unignorable, so this suppression is ignored and the finding stays active.", f.RuleID)))
			}
			kept = append(kept, f)
			continue
		}
		f.Suppression = d.suppression()
		*suppressed = append(*suppressed, f)
	}
	return kept
}

// match returns the first valid directive covering f, or nil.
func (s *suppressor) match(f Finding, r *graph.Resource) *directive {
	var cands []*directive
	lineTargets := func(file string, line int, selector func(*directive) bool) {
		fd := s.directives(file)
		if fd == nil {
			return
		}
		for _, d := range fd.byLine[line] {
			if selector(d) {
				cands = append(cands, d)
			}
		}
	}
	instance := func(d *directive) bool {
		return r == nil || d.selector == "" || strings.HasSuffix(r.ID, d.selector)
	}
	// The attribute's own line and those of its enclosing blocks.
	if f.Range.Filename != "" {
		lineTargets(f.Range.Filename, f.Range.Start.Line, instance)
	}
	if r != nil {
		for p := f.Attribute; p != ""; {
			i := strings.LastIndexByte(p, '.')
			if i < 0 {
				break
			}
			p = p[:i]
			if rg, ok := r.Ranges[p]; ok {
				lineTargets(rg.Filename, rg.Start.Line, instance)
			}
		}
		lineTargets(r.Range.Filename, r.Range.Start.Line, instance)
		for _, mc := range s.modCalls {
			if seg, ok := s.calledBy(r, mc); ok {
				lineTargets(mc.file, mc.line, func(d *directive) bool {
					return d.source != SourceKics && (d.selector == "" || strings.HasSuffix(seg, d.selector))
				})
			}
		}
		cands = append(cands, s.metadata(r)...)
	}
	files := []string{f.File}
	if r != nil {
		files = append(files, r.Range.Filename)
	}
	if f.Range.Filename != "" {
		files = append(files, f.Range.Filename)
	}
	slices.Sort(files)
	for _, file := range slices.Compact(files) {
		if fd := s.directives(file); fd != nil {
			cands = append(cands, fd.fileLevel...)
		}
	}
	for _, d := range cands {
		if !s.covers(d, f.RuleID) {
			continue
		}
		if d.until != "" && s.today > d.until {
			if !s.expired[d] {
				s.expired[d] = true
				s.diags = append(s.diags, diag(graph.Warning, d.file, d.line, "Suppression expired",
					fmt.Sprintf("The suppression of %s expired on %s, so the finding is reported again. Fix the resource, or renew the suppression with a new date and reason.", f.RuleID, d.until)))
			}
			continue
		}
		return d
	}
	return nil
}

// covers reports whether d names rule id: directly for our own syntax, via
// the rule's equivalents for a peer tool's.
func (s *suppressor) covers(d *directive, id string) bool {
	switch d.source {
	case SourceInline, SourceMetadata:
		return d.ruleID == id
	case SourceKics:
		return true
	}
	rule, ok := s.rules[id]
	if !ok {
		return false
	}
	for _, eq := range rule.Equivalents[d.source] {
		if strings.EqualFold(eq, d.ruleID) {
			return true
		}
	}
	// tfsec's long ids are often written with the AVD form trivy uses, and
	// the reverse; accept either tool's list for either comment.
	if d.source == SourceTrivy || d.source == SourceTfsec {
		other := SourceTfsec
		if d.source == SourceTfsec {
			other = SourceTrivy
		}
		for _, eq := range rule.Equivalents[other] {
			if strings.EqualFold(eq, d.ruleID) {
				return true
			}
		}
	}
	return false
}

// calledBy reports whether r lies inside an instance of the module call mc,
// and returns the address segment of that instance (module.x["k"]).
func (s *suppressor) calledBy(r *graph.Resource, mc modCall) (string, bool) {
	prefixes, known := s.modPrefixes[mc.dir]
	if !known {
		prefixes = []string{""}
	}
	for _, p := range prefixes {
		want := "module." + mc.name
		if p != "" {
			want = p + "." + want
		}
		if !strings.HasPrefix(r.Module, want) {
			continue
		}
		rest := r.Module[len(want):]
		if rest == "" || rest[0] == '.' {
			return want, true
		}
		if rest[0] == '[' {
			end := strings.IndexByte(rest, ']')
			if end > 0 && (len(rest) == end+1 || rest[end+1] == '.') {
				return want + rest[:end+1], true
			}
		}
	}
	return "", false
}

// metadata returns the directives of an ARM resource's
// metadata.preflight.ignore list.
func (s *suppressor) metadata(r *graph.Resource) []*directive {
	if r.Format != graph.FormatARM {
		return nil
	}
	if ds, ok := s.meta[r]; ok {
		return ds
	}
	md, _ := r.Attributes["metadata"].(map[string]any)
	pf, _ := md["preflight"].(map[string]any)
	list, _ := pf["ignore"].([]any)
	var out []*directive
	for i, item := range list {
		obj, _ := item.(map[string]any)
		rg := r.RangeOf("metadata.preflight.ignore." + strconv.Itoa(i))
		d := &directive{source: SourceMetadata, file: rg.Filename, line: rg.Start.Line}
		d.ruleID, _ = obj["id"].(string)
		d.reason, _ = obj["reason"].(string)
		d.until, _ = obj["until"].(string)
		d.reason = strings.TrimSpace(d.reason)
		if s.valid(d) {
			out = append(out, d)
		}
	}
	s.meta[r] = out
	return out
}

// valid checks a directive of our own syntax, recording a diagnostic for
// each problem; only a valid directive suppresses anything.
func (s *suppressor) valid(d *directive) bool {
	if d.ruleID == "" {
		s.diags = append(s.diags, diag(graph.Warning, d.file, d.line, "Suppression without a rule id",
			"A preflight:ignore comment must name the rule it silences, then a reason: preflight:ignore AWS-S3-001 the bucket serves a public website."))
		return false
	}
	if d.reason == "" {
		s.diags = append(s.diags, diag(graph.Warning, d.file, d.line, "Suppression without a reason",
			fmt.Sprintf("The suppression of %s gives no reason, so it is not applied. Add a reason after the rule id.", d.ruleID)))
		return false
	}
	if d.until != "" {
		if _, err := time.Parse(time.DateOnly, d.until); err != nil {
			s.diags = append(s.diags, diag(graph.Warning, d.file, d.line, "Invalid suppression date",
				fmt.Sprintf("The expiry date %q of the suppression of %s is not a date of the form YYYY-MM-DD, so the suppression is not applied.", d.until, d.ruleID)))
			return false
		}
	}
	if _, ok := s.rules[d.ruleID]; !ok {
		s.diags = append(s.diags, diag(graph.Warning, d.file, d.line, "Unknown rule in suppression",
			fmt.Sprintf("No rule has the id %q, so this suppression silences nothing. Check the id with preflight rules.", d.ruleID)))
	}
	return true
}

// directives scans file for suppression comments, once.
func (s *suppressor) directives(file string) *fileDirectives {
	if fd, ok := s.files[file]; ok {
		return fd
	}
	src, ok := s.g.Files[file]
	var comments []comment
	switch {
	case !ok || !hasMarker(src):
		// Most files carry no suppression: skip lexing them.
	case strings.HasSuffix(file, ".tf"):
		var calls []modCall
		comments, calls = hclComments(file, src)
		s.modCalls = append(s.modCalls, calls...)
	case strings.HasSuffix(file, ".json"):
		comments = jsonComments(src)
	}
	fd := &fileDirectives{byLine: map[int][]*directive{}}
	s.files[file] = fd
	for _, c := range comments {
		for _, d := range parseComment(c.text) {
			d.file, d.line = file, c.line
			if d.source == SourceInline && !s.valid(d) {
				continue
			}
			if d.source == SourceTrivy || d.source == SourceTfsec {
				if d.until != "" {
					if _, err := time.Parse(time.DateOnly, d.until); err != nil {
						s.diags = append(s.diags, diag(graph.Warning, file, c.line, "Invalid suppression date",
							fmt.Sprintf("The expiry date %q of the %s:ignore comment is not a date of the form YYYY-MM-DD, so the suppression is not applied.", d.until, d.source)))
						continue
					}
				}
			}
			switch {
			case d.fileLevel && c.header:
				fd.fileLevel = append(fd.fileLevel, d)
			case d.fileLevel:
				s.diags = append(s.diags, diag(graph.Warning, file, c.line, "Misplaced file suppression",
					"A preflight:ignore-file comment applies only in the first comment block of a file, before any block or object, so it is not applied here."))
			case c.target != 0:
				fd.byLine[c.target] = append(fd.byLine[c.target], d)
			}
		}
	}
	return fd
}

// markers are the words every suppression comment contains.
var markers = [][]byte{[]byte("preflight:ignore"), []byte("checkov:skip="), []byte("tfsec:ignore:"), []byte("trivy:ignore:"), []byte("kics-scan ignore-line")}

// hasMarker reports whether src may hold a suppression comment.
func hasMarker(src []byte) bool {
	for _, m := range markers {
		if bytes.Contains(src, m) {
			return true
		}
	}
	return false
}

// parseComment returns the suppression directives in the text of one
// comment, without file and line.
func parseComment(text string) []*directive {
	t := strings.TrimSpace(text)
	switch {
	case hasWord(t, "preflight:ignore-file"):
		d := parseOwn(strings.TrimPrefix(t, "preflight:ignore-file"))
		d.fileLevel = true
		return []*directive{d}
	case hasWord(t, "preflight:ignore"):
		return []*directive{parseOwn(strings.TrimPrefix(t, "preflight:ignore"))}
	case strings.HasPrefix(t, "kics-scan ignore-line"):
		return []*directive{{source: SourceKics, reason: "kics-scan ignore-line"}}
	}
	var out []*directive
	if i := strings.Index(t, "checkov:skip="); i >= 0 {
		rest := t[i+len("checkov:skip="):]
		id, reason, _ := strings.Cut(rest, ":")
		id, reason = strings.TrimSpace(id), strings.TrimSpace(reason)
		if f := strings.Fields(id); len(f) > 0 {
			id = f[0]
		}
		if reason == "" {
			reason = "checkov:skip without reason"
		}
		if id != "" {
			out = append(out, &directive{source: SourceCheckov, ruleID: id, reason: reason})
		}
	}
	for _, field := range strings.Fields(t) {
		for _, src := range []string{SourceTfsec, SourceTrivy} {
			rest, ok := strings.CutPrefix(field, src+":ignore:")
			if !ok {
				continue
			}
			id, exp, _ := strings.Cut(rest, ":exp:")
			if id == "" {
				continue
			}
			out = append(out, &directive{source: src, ruleID: id, until: exp, reason: src + ":ignore without reason"})
		}
	}
	return out
}

// hasWord reports whether t starts with word followed by a space or its end.
func hasWord(t, word string) bool {
	rest, ok := strings.CutPrefix(t, word)
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// parseOwn parses "ID[sel] [until=DATE] reason" after preflight:ignore.
func parseOwn(rest string) *directive {
	d := &directive{source: SourceInline}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return d
	}
	d.ruleID, d.selector = splitSelector(fields[0])
	var reason []string
	for _, f := range fields[1:] {
		if v, ok := strings.CutPrefix(f, "until="); ok && d.until == "" {
			d.until = v
			continue
		}
		reason = append(reason, f)
	}
	d.reason = strings.Join(reason, " ")
	return d
}

// splitSelector splits AWS-S3-001[key=logs] into the id and the address
// suffix the instance must have: ["logs"]; [index=0] gives [0]. A malformed
// selector is kept verbatim, so that it matches nothing rather than every
// instance.
func splitSelector(s string) (id, selector string) {
	i := strings.IndexByte(s, '[')
	if i < 0 || !strings.HasSuffix(s, "]") {
		return s, ""
	}
	id, inner := s[:i], s[i+1:len(s)-1]
	if k, ok := strings.CutPrefix(inner, "key="); ok {
		k = strings.Trim(k, `"`)
		return id, "[" + strconv.Quote(k) + "]"
	}
	if n, ok := strings.CutPrefix(inner, "index="); ok {
		if _, err := strconv.Atoi(n); err == nil {
			return id, "[" + n + "]"
		}
	}
	return id, s[i:]
}

// hclComments returns the comments of a Terraform file and its top-level
// module calls. The lexer tells comments from "#" inside strings.
func hclComments(file string, src []byte) ([]comment, []modCall) {
	toks, _ := hclsyntax.LexConfig(src, file, hcl.InitialPos)
	var raw []rawComment
	code := map[int]bool{}
	firstCode := 0
	for _, tok := range toks {
		switch tok.Type {
		case hclsyntax.TokenComment:
			text := string(tok.Bytes)
			switch {
			case strings.HasPrefix(text, "#"):
				text = text[1:]
			case strings.HasPrefix(text, "//"):
				text = text[2:]
			case strings.HasPrefix(text, "/*"):
				text = strings.TrimSuffix(text[2:], "*/")
				if strings.Contains(text, "\n") {
					continue // only one-line block comments carry directives
				}
			}
			raw = append(raw, rawComment{text: strings.TrimRight(text, "\r\n"), line: tok.Range.Start.Line, col: tok.Range.Start.Byte})
		case hclsyntax.TokenNewline, hclsyntax.TokenEOF:
		default:
			if firstCode == 0 {
				firstCode = tok.Range.Start.Line
			}
			for l := tok.Range.Start.Line; l <= tok.Range.End.Line; l++ {
				code[l] = true
			}
		}
	}
	comments := attach(raw, code, firstCode, func(line, byteOff int) bool {
		// Is there code before byteOff on its line?
		for i := byteOff - 1; i >= 0 && src[i] != '\n'; i-- {
			if src[i] != ' ' && src[i] != '\t' {
				return true
			}
		}
		return false
	})
	var calls []modCall
	if f, diags := hclsyntax.ParseConfig(src, file, hcl.InitialPos); f != nil && !diags.HasErrors() {
		if body, ok := f.Body.(*hclsyntax.Body); ok {
			for _, b := range body.Blocks {
				if b.Type == "module" && len(b.Labels) == 1 {
					calls = append(calls, modCall{file: file, dir: path.Dir(file), name: b.Labels[0], line: b.TypeRange.Start.Line})
				}
			}
		}
	}
	return comments, calls
}

// rawComment is a comment before it is attached to a line of code; col is
// its byte offset in the file.
type rawComment struct {
	text string
	line int
	col  int
}

// attach finds the line of code each comment is attached to. codeBefore
// reports whether code precedes the comment on its line.
func attach(raw []rawComment, code map[int]bool, firstCode int, codeBefore func(line, byteOff int) bool) []comment {
	commentLine := map[int]bool{}
	for _, c := range raw {
		commentLine[c.line] = true
	}
	out := make([]comment, 0, len(raw))
	for _, c := range raw {
		cm := comment{text: c.text, line: c.line, header: firstCode == 0 || c.line < firstCode}
		switch {
		case codeBefore(c.line, c.col):
			cm.target = c.line
		case code[c.line]:
			cm.target = c.line // a leading /* */ comment on a line of code
		default:
			// Stacked comment lines all apply to the first line of code
			// below them; a blank line detaches them.
			n := c.line + 1
			for commentLine[n] && !code[n] {
				n++
			}
			if code[n] {
				cm.target = n
			}
		}
		out = append(out, cm)
	}
	return out
}

// jsonComments returns the // and /* */ comments of a JSON file (ARM
// templates allow them), skipping comment markers inside strings.
func jsonComments(src []byte) []comment {
	var raw []rawComment
	code := map[int]bool{}
	firstCode := 0
	line := 1
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n':
			line++
		case c == '"':
			// The header of a JSON file lies inside the root object:
			// it ends at the first property name, not at the opening brace.
			if firstCode == 0 {
				firstCode = line
			}
			code[line] = true
			for i++; i < len(src) && src[i] != '"'; i++ {
				switch src[i] {
				case '\\':
					i++
				case '\n':
					line++ // invalid JSON; keep counting lines
				}
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			end := i + 2
			for end < len(src) && src[end] != '\n' {
				end++
			}
			raw = append(raw, rawComment{text: strings.TrimRight(string(src[i+2:end]), "\r"), line: line, col: i})
			i = end - 1
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(string(src[i+2:]), "*/")
			body := ""
			if end < 0 {
				body, end = string(src[i+2:]), len(src)
			} else {
				body, end = string(src[i+2:i+2+end]), i+2+end+2
			}
			if !strings.Contains(body, "\n") {
				raw = append(raw, rawComment{text: body, line: line, col: i})
			}
			line += strings.Count(body, "\n")
			i = end - 1
		case c == ' ' || c == '\t' || c == '\r':
		default:
			code[line] = true
		}
	}
	return attach(raw, code, firstCode, func(_, byteOff int) bool {
		for i := byteOff - 1; i >= 0 && src[i] != '\n'; i-- {
			if src[i] != ' ' && src[i] != '\t' && src[i] != '\r' {
				return true
			}
		}
		return false
	})
}

// diag is a diagnostic about a suppression at file:line.
func diag(sev graph.Severity, file string, line int, summary, detail string) graph.Diagnostic {
	return graph.Diagnostic{Severity: sev, Summary: summary, Detail: detail,
		Range: &graph.Range{Filename: file, Start: graph.Pos{Line: line, Column: 1}, End: graph.Pos{Line: line, Column: 1}}}
}
