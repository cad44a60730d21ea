package fix

import (
	"strings"

	"github.com/preflight-iac/preflight/graph"
)

// at returns the value of the member whose key starts at off, or the
// value that starts at off, or nil.
func (n *jnode) at(off int) *jnode {
	if n == nil || off < n.start || off >= n.end {
		return nil
	}
	if n.start == off {
		return n
	}
	for _, m := range n.members {
		if m.keyStart == off {
			return m.value
		}
		if v := m.value.at(off); v != nil {
			return v
		}
	}
	for _, e := range n.elems {
		if v := e.at(off); v != nil {
			return v
		}
	}
	return nil
}

// tfJSONAction computes the edits of one action on a resource of a
// Terraform JSON file (.tf.json), whose body is an object: arguments as
// members, a nested block as an object or an array of objects.
func (p *planner) tfJSONAction(st *state, r *graph.Resource, op string, segs []string, value any) ([]edit, *refusal) {
	file := r.Range.Filename
	root, err := st.json(file)
	if err != nil {
		return nil, refuse("cannot fix: %v", err)
	}
	start, _, ok := st.mapRange(file, r.Range.Start.Byte, r.Range.End.Byte)
	if !ok {
		return nil, refuse("cannot fix: another fix rewrote %s", r.ID)
	}
	obj := root.at(start)
	if obj == nil || obj.kind != jObject {
		return nil, refuse("cannot fix: the object of %s was not found at %s", r.ID, r.Range)
	}
	src := st.bytes(file)
	if op == "add_block" {
		if len(segs) == 0 {
			return nil, refuse("cannot fix: add_block needs a path")
		}
		content, ok := value.(map[string]any)
		if !ok {
			return nil, refuse("cannot fix: add_block needs an object value")
		}
		var edits []edit
		for _, k := range sortedKeys(content) {
			es, why := p.tfJSONAction(st, r, "set", append(append([]string(nil), segs...), "0", k), content[k])
			if why != nil {
				return nil, why
			}
			edits = append(edits, es...)
		}
		if overlapping(edits) || len(edits) > 1 && edits[0].start == edits[1].start {
			// Several members of a new block: write the block at once.
			return p.tfJSONAction(st, r, "set", segs, content)
		}
		return edits, nil
	}
	if op != "set" && op != "remove" {
		return nil, refuse("cannot fix: %s is not supported in Terraform JSON files", op)
	}
	node, parent, idx := obj, (*jnode)(nil), -1
	var real []string
	i := 0
walk:
	for ; i < len(segs); i++ {
		s := segs[i]
		switch {
		case node.kind == jObject && isIndex(s):
			if s != "0" {
				return nil, refuse("cannot fix: block %s %s does not exist", strings.Join(real, "."), s)
			}
			real = append(real, s) // a single block written as an object
		case node.kind == jObject:
			k := node.member(s)
			if k < 0 {
				break walk
			}
			parent, idx = node, k
			real = append(real, node.members[k].key)
			node = node.members[k].value
		case node.kind == jArray && isIndex(s):
			var k int
			for _, c := range s {
				k = k*10 + int(c-'0')
			}
			if k >= len(node.elems) {
				return nil, refuse("cannot fix: %s has no element %d", strings.Join(real, "."), k)
			}
			parent, idx = nil, -1
			real = append(real, s)
			node = node.elems[k]
		case node.kind == jString && isTFTemplate(node.str):
			return nil, unsafe("%s is computed by the expression %s", strings.Join(real, "."), clip(node.str))
		default:
			return nil, refuse("cannot fix: %s is not an object", strings.Join(real, "."))
		}
	}
	if op == "remove" {
		if i < len(segs) {
			return nil, nil
		}
		if parent == nil {
			return nil, refuse("cannot fix: only object members can be removed")
		}
		if why := p.checkShared(r); why != nil {
			return nil, why
		}
		return jsonRemove(file, src, parent, idx), nil
	}
	if i < len(segs) {
		if node.kind != jObject {
			return nil, refuse("cannot fix: %s is not an object", strings.Join(real, "."))
		}
		if why := p.checkShared(r); why != nil {
			return nil, why
		}
		var rest []string
		for _, s := range segs[i+1:] {
			switch {
			case s == "0":
			case isIndex(s):
				return nil, refuse("cannot fix: block %s does not exist", strings.Join(segs, "."))
			default:
				rest = append(rest, s)
			}
		}
		return insertPath(file, src, node, segs[i], rest, value)
	}
	dotted := strings.Join(real, ".")
	if node.kind == jString && isTFTemplate(node.str) {
		origin := r.Origins[dotted]
		if len(origin) == 0 {
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
}
