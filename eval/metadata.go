package eval

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/preflight-iac/preflight/graph"
)

// packageAnnotations returns the METADATA block at package scope of m, or
// nil.
func packageAnnotations(m *ast.Module) *ast.Annotations {
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			return a
		}
	}
	return nil
}

// definesDeny reports whether m has a rule named deny at the package root.
func definesDeny(m *ast.Module) bool {
	for _, r := range m.Rules {
		if len(r.Head.Ref()) == 1 && r.Head.Ref()[0].Value.Compare(ast.Var("deny")) == 0 {
			return true
		}
	}
	return false
}

// isRuleModule reports whether m is a rule: its package METADATA has a
// custom id, or it defines deny (in which case the missing id is an error
// rather than a silently ignored rule).
func isRuleModule(m *ast.Module) bool {
	if a := packageAnnotations(m); a != nil {
		if _, ok := a.Custom["id"]; ok {
			return true
		}
	}
	return definesDeny(m)
}

var ruleIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)

// ruleMetadata reads a rule's metadata from its package annotations. Every
// problem becomes a diagnostic at the METADATA block (or the package line),
// so a user sees all of them at once.
//
// hasDeny is whether the module defines deny: m may be only the package
// line and its METADATA of a built-in rule not parsed yet.
func ruleMetadata(m *ast.Module, file string, builtin, hasDeny bool) (Rule, graph.Diagnostics) {
	rule := Rule{File: file, Builtin: builtin}
	a := packageAnnotations(m)
	line, col := m.Package.Location.Row, m.Package.Location.Col
	if a != nil && a.Location != nil {
		line, col = a.Location.Row, a.Location.Col
	}
	var diags graph.Diagnostics
	bad := func(summary, detail string) {
		diags = append(diags, policyDiag(summary, detail, file, line, col))
	}
	if a == nil {
		bad("Rule without metadata",
			fmt.Sprintf("Package %s defines deny but has no METADATA block at package scope. Add one with a title and custom.id, custom.severity and custom.category.", pkgName(m)))
		return rule, diags
	}
	rule.Title = a.Title
	rule.Description = a.Description
	c := a.Custom

	rule.ID, _ = c["id"].(string)
	switch {
	case rule.ID == "":
		bad("Rule without id", fmt.Sprintf("Package %s has no custom.id in its METADATA. Give every rule a stable id such as ACME-S3-001.", pkgName(m)))
	case !ruleIDPattern.MatchString(rule.ID):
		bad("Invalid rule id", fmt.Sprintf("The id %q of package %s may hold only letters, digits, '-', '_' and '.'.", rule.ID, pkgName(m)))
	}
	sev, _ := c["severity"].(string)
	rule.Severity = strings.ToUpper(sev)
	if !slices.Contains(Severities, rule.Severity) {
		bad("Invalid rule severity", fmt.Sprintf("Rule %s has severity %q; custom.severity must be one of %s.", ruleName(rule, m), sev, strings.Join(Severities, ", ")))
	}
	cat, _ := c["category"].(string)
	rule.Category = strings.ToLower(cat)
	if !slices.Contains(Categories, rule.Category) {
		bad("Invalid rule category", fmt.Sprintf("Rule %s has category %q; custom.category must be one of %s.", ruleName(rule, m), cat, strings.Join(Categories, ", ")))
	}
	if rule.Title == "" {
		rule.Title = rule.ID
	}

	var err error
	if rule.Remediation, err = stringField(c, "remediation"); err != nil {
		bad("Invalid rule metadata", fmt.Sprintf("Rule %s: %s.", ruleName(rule, m), err))
	}
	if rule.Providers, err = stringList(c, "providers"); err != nil {
		bad("Invalid rule metadata", fmt.Sprintf("Rule %s: %s.", ruleName(rule, m), err))
	}
	if rule.Formats, err = stringList(c, "formats"); err != nil {
		bad("Invalid rule metadata", fmt.Sprintf("Rule %s: %s.", ruleName(rule, m), err))
	}
	if rule.Frameworks, err = stringListMap(c, "frameworks"); err != nil {
		bad("Invalid rule metadata", fmt.Sprintf("Rule %s: %s.", ruleName(rule, m), err))
	}
	if rule.Equivalents, err = stringListMap(c, "equivalents"); err != nil {
		bad("Invalid rule metadata", fmt.Sprintf("Rule %s: %s.", ruleName(rule, m), err))
	}
	if rule.Defaults, err = defaults(c); err != nil {
		bad("Invalid rule metadata", fmt.Sprintf("Rule %s: %s.", ruleName(rule, m), err))
	}
	switch f := c["fix"].(type) {
	case nil:
	case bool:
		rule.Fix = f
	default:
		bad("Invalid rule metadata", fmt.Sprintf("Rule %s: custom.fix must be true or false, not %v.", ruleName(rule, m), f))
	}
	if !hasDeny {
		bad("Rule without deny", fmt.Sprintf("Rule %s has metadata but no deny rule. Define `deny contains v if { ... }`.", ruleName(rule, m)))
	}
	return rule, diags
}

func pkgName(m *ast.Module) string {
	return strings.TrimPrefix(m.Package.Path.String(), "data.")
}

func ruleName(r Rule, m *ast.Module) string {
	if r.ID != "" {
		return r.ID
	}
	return pkgName(m)
}

func stringField(c map[string]any, key string) (string, error) {
	switch v := c[key].(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	default:
		return "", fmt.Errorf("custom.%s must be a string, not %v", key, v)
	}
}

// stringList accepts a list of strings or a single string.
func stringList(c map[string]any, key string) ([]string, error) {
	switch v := c[key].(type) {
	case nil:
		return nil, nil
	case string:
		return []string{v}, nil
	case []any:
		out := make([]string, 0, len(v))
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("custom.%s must be a list of strings, but holds %v", key, e)
			}
			out = append(out, s)
		}
		return out, nil
	default:
		return nil, fmt.Errorf("custom.%s must be a list of strings, not %v", key, v)
	}
}

// stringListMap reads a map of lists of strings ({checkov: [CKV_AWS_20]});
// a single string stands for a one-element list.
func stringListMap(c map[string]any, key string) (map[string][]string, error) {
	v, ok := c[key]
	if !ok || v == nil {
		return nil, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("custom.%s must be a map of lists of strings, not %v", key, v)
	}
	out := make(map[string][]string, len(m))
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		list, err := stringList(m, k)
		if err != nil {
			return nil, fmt.Errorf("custom.%s: %w", key, err)
		}
		out[k] = list
	}
	return out, nil
}

// defaults reads custom.defaults: a list of {attribute, value, source}. The
// value is written as the rule's author wrote it (true, "TLS1_2", 0).
func defaults(c map[string]any) ([]Default, error) {
	raw, ok := c["defaults"]
	if !ok {
		return nil, nil
	}
	list, ok := raw.([]any)
	if !ok {
		return nil, fmt.Errorf("custom.defaults must be a list of {attribute, value, source}")
	}
	var out []Default
	for _, e := range list {
		m, ok := e.(map[string]any)
		attr, _ := m["attribute"].(string)
		v, has := m["value"]
		if !ok || attr == "" || !has {
			return nil, fmt.Errorf("each custom.defaults entry needs an attribute and a value")
		}
		d := Default{Attribute: attr, Value: fmt.Sprint(v)}
		if s, isString := v.(string); isString {
			d.Value = fmt.Sprintf("%q", s)
		} else if v == nil {
			d.Value = "null"
		}
		d.Source, _ = m["source"].(string)
		out = append(out, d)
	}
	return out, nil
}
