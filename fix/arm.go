package fix

import (
	"regexp"
	"strings"

	"github.com/preflight-iac/preflight/graph"
)

// armAction computes the edits of one action on an ARM resource object.
func (p *planner) armAction(st *state, r *graph.Resource, op string, segs []string, value any) ([]edit, *refusal) {
	file := r.Range.Filename
	src := st.bytes(file)
	root, err := st.json(file)
	if err != nil {
		return nil, refuse("cannot fix: %v", err)
	}
	start, end, ok := st.mapRange(file, r.Range.Start.Byte, r.Range.End.Byte)
	if !ok {
		return nil, refuse("cannot fix: another fix rewrote %s", r.ID)
	}
	obj := root.find(start, end)
	if obj == nil || obj.kind != jObject {
		return nil, refuse("cannot fix: the object of %s was not found at %s", r.ID, r.Range)
	}
	if len(segs) == 0 {
		return nil, refuse("cannot fix: %s needs a path", op)
	}
	// Walk the path as far as it is written.
	node, parent, idx := obj, (*jnode)(nil), -1
	var real []string
	i := 0
	for ; i < len(segs); i++ {
		switch node.kind {
		case jObject:
			k := node.member(segs[i])
			if k < 0 {
				goto absent
			}
			parent, idx = node, k
			real = append(real, node.members[k].key)
			node = node.members[k].value
		case jArray:
			if !isIndex(segs[i]) {
				return nil, refuse("cannot fix: %s is an array", strings.Join(real, "."))
			}
			var k int
			for _, c := range segs[i] {
				k = k*10 + int(c-'0')
			}
			if k >= len(node.elems) {
				return nil, refuse("cannot fix: %s has no element %d", strings.Join(real, "."), k)
			}
			parent, idx = nil, -1
			real = append(real, segs[i])
			node = node.elems[k]
		case jString:
			if isARMExpression(node.str) {
				return nil, unsafe("%s is computed by the expression %s", strings.Join(real, "."), clip(node.str))
			}
			fallthrough
		default:
			return nil, refuse("cannot fix: %s is not an object", strings.Join(real, "."))
		}
	}
absent:
	switch op {
	case "set":
		if i < len(segs) {
			if node.kind != jObject {
				return nil, refuse("cannot fix: %s is not an object", strings.Join(real, "."))
			}
			if why := p.checkShared(r); why != nil {
				return nil, why
			}
			for _, s := range segs[i+1:] {
				if isIndex(s) {
					return nil, refuse("cannot fix: the array at %s does not exist", strings.Join(segs[:i+1], "."))
				}
			}
			return insertPath(file, src, node, segs[i], segs[i+1:], value)
		}
		dotted := strings.Join(real, ".")
		if node.kind == jString && isARMExpression(node.str) {
			origin := originFold(r.Origins, dotted)
			if len(origin) < 2 {
				if m := armVariableRef.FindStringSubmatch(node.str); m != nil {
					cur, _ := lookup(r.Attributes, real)
					return p.armVariable(st, r, root, obj, m[1], value, cur)
				}
				return nil, unsafe("the value is computed by the expression %s", clip(node.str))
			}
			pl, why := p.place(st, r, dotted, origin)
			if why != nil {
				return nil, why
			}
			cur, _ := lookup(r.Attributes, real)
			return p.setAt(st, pl, value, cur, origin)
		}
		return p.replaceJSONScalar(r, file, src, node, dotted, value)
	case "remove":
		if i < len(segs) {
			return nil, nil // already absent
		}
		if parent == nil {
			return nil, refuse("cannot fix: only object members can be removed")
		}
		if why := p.checkShared(r); why != nil {
			return nil, why
		}
		return jsonRemove(file, src, parent, idx), nil
	}
	return nil, refuse("cannot fix: %s is not supported for ARM templates", op)
}

// originFold returns the origin recorded for a dotted path, ignoring case
// as ARM does.
func originFold(m map[string]graph.Origin, dotted string) graph.Origin {
	if o, ok := m[dotted]; ok {
		return o
	}
	for k, o := range m {
		if strings.EqualFold(k, dotted) {
			return o
		}
	}
	return nil
}

// armVariableRef matches a value that is nothing but variables('name').
var armVariableRef = regexp.MustCompile(`(?i)^\s*\[\s*variables\(\s*'([^']+)'\s*\)\s*\]\s*$`)

// armVariableUse matches any variables('name') call.
var armVariableUse = regexp.MustCompile(`(?i)variables\(\s*'([^']+)'\s*\)`)

// armVariable sets the template variable name, which the resource obj
// reads as its whole value, when the variable is a literal the template
// reads nowhere else. Only variables of the top-level template are
// followed: a nested template has variables of its own.
func (p *planner) armVariable(st *state, r *graph.Resource, root, obj *jnode, name string, v, cur any) ([]edit, *refusal) {
	file := r.Range.Filename
	src := st.bytes(file)
	top := false
	if k := root.member("resources"); k >= 0 {
		for _, e := range root.members[k].value.elems {
			top = top || e == obj
		}
	}
	vk := root.member("variables")
	if !top || vk < 0 {
		return nil, unsafe("variables('%s') is not a variable of the top-level template", name)
	}
	vars := root.members[vk].value
	i := vars.member(name)
	if i < 0 {
		return nil, unsafe("variables('%s') is not declared", name)
	}
	uses := 0
	for _, m := range armVariableUse.FindAllSubmatch(src, -1) {
		if strings.EqualFold(string(m[1]), name) {
			uses++
		}
	}
	if uses > 1 {
		return nil, unsafe("variables('%s') is used %d times in %s", name, uses, file)
	}
	n := vars.members[i].value
	if n.kind == jObject || n.kind == jArray || n.kind == jString && isARMExpression(n.str) {
		return nil, unsafe("variables('%s') is computed, not a single value written out", name)
	}
	have := n.value(src)
	if sameValue(have, v) {
		return nil, nil
	}
	if !sameValue(have, cur) {
		return nil, unsafe("the value of variables('%s') is not the one the resource gets", name)
	}
	if why := p.checkShared(r); why != nil {
		return nil, why
	}
	e, err := jsonReplace(file, src, n, v)
	if err != nil {
		return nil, refuse("cannot fix: %v", err)
	}
	return []edit{e}, nil
}

// replaceJSONScalar replaces the literal at node (the attribute dotted of
// r) by value, in ARM templates and .tf.json files alike: nothing when it
// already holds value, a refusal for a collection or a resource shared by
// several instances.
func (p *planner) replaceJSONScalar(r *graph.Resource, file string, src []byte, node *jnode, dotted string, value any) ([]edit, *refusal) {
	if node.kind == jObject || node.kind == jArray {
		return nil, refuse("cannot fix: %s is a collection, not a single value", dotted)
	}
	if sameValue(node.value(src), value) {
		return nil, nil
	}
	if why := p.checkShared(r); why != nil {
		return nil, why
	}
	e, err := jsonReplace(file, src, node, value)
	if err != nil {
		return nil, refuse("cannot fix: %v", err)
	}
	return []edit{e}, nil
}

// insertPath adds key to the JSON object node, holding value wrapped in
// the objects that rest names (key: {rest[0]: {rest[1]: value}}), as the
// missing part of a path is created in ARM templates and .tf.json alike.
func insertPath(file string, src []byte, node *jnode, key string, rest []string, value any) ([]edit, *refusal) {
	v := value
	for k := len(rest) - 1; k >= 0; k-- {
		v = map[string]any{rest[k]: v}
	}
	edits, err := jsonInsert(file, src, node, key, v)
	if err != nil {
		return nil, refuse("cannot fix: %v", err)
	}
	return edits, nil
}
