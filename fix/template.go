package fix

import (
	"fmt"
	"strings"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// template renders a fix that needs values only the user knows as a
// commented snippet: what to write, with the rule's placeholders, and
// where. It is never written into a file.
func (p *planner) template(r *graph.Resource, f eval.Finding) string {
	arm := r != nil && r.Format == graph.FormatARM
	comment := "# "
	if arm {
		comment = "// "
	}
	var parts []string
	for _, act := range f.Fix.Actions {
		op, _ := act["op"].(string)
		segs, err := pathOf(act["path"])
		if err != nil {
			continue
		}
		var text string
		if arm {
			text = armSnippet(op, segs, act["value"])
		} else {
			text = tfSnippet(op, segs, act["value"])
		}
		if text != "" {
			parts = append(parts, text)
		}
	}
	where := f.Resource
	if r != nil {
		where = fmt.Sprintf("%s (%s)", f.Resource, r.Range.Line())
	}
	desc := f.Fix.Description
	if desc == "" {
		desc = "Fix " + f.RuleID
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s: fill in the placeholders and add to %s\n", comment, desc, where)
	for _, line := range strings.Split(strings.Join(parts, "\n\n"), "\n") {
		b.WriteString(strings.TrimRight(comment+line, " ") + "\n")
	}
	return b.String()
}

// tfSnippet is one action as HCL.
func tfSnippet(op string, segs []string, v any) string {
	switch op {
	case "add_resource":
		spec, _ := v.(map[string]any)
		typ, _ := spec["type"].(string)
		name, _ := spec["name"].(string)
		attrs, _ := spec["attributes"].(map[string]any)
		exprs := map[string]string{}
		if m, ok := spec["expressions"].(map[string]any); ok {
			for k, e := range m {
				if s, ok := e.(string); ok {
					exprs[k] = s
				}
			}
		}
		text, err := blockText("resource", []string{typ, name}, attrs, exprs)
		if err != nil {
			return ""
		}
		return text
	case "remove":
		return "(remove " + strings.Join(segs, ".") + ")"
	}
	var names []string
	for _, s := range segs {
		if !isIndex(s) {
			names = append(names, s)
		}
	}
	if len(names) == 0 {
		return ""
	}
	if op == "add_block" {
		m, _ := v.(map[string]any)
		text, err := blockText(names[len(names)-1], nil, m, nil)
		if err != nil {
			return ""
		}
		return nest(names[:len(names)-1], text)
	}
	text, err := attrText(names[len(names)-1], v)
	if err != nil {
		return ""
	}
	return nest(names[:len(names)-1], text)
}

// nest wraps text in blocks named by outer, outermost first.
func nest(outer []string, text string) string {
	for i := len(outer) - 1; i >= 0; i-- {
		text = outer[i] + " {\n  " + indentLines(text, "  ") + "\n}"
	}
	return text
}

// armSnippet is one action as a JSON fragment of the resource object.
func armSnippet(op string, segs []string, v any) string {
	if op != "set" || len(segs) == 0 {
		return ""
	}
	for i := len(segs) - 1; i > 0; i-- {
		v = map[string]any{segs[i]: v}
	}
	k, err := marshalJSON(segs[0])
	if err != nil {
		return ""
	}
	text, err := marshalJSONIndent(v, "", "  ")
	if err != nil {
		return ""
	}
	return k + ": " + text
}
