package fix

import (
	"bytes"
	"strings"
)

// jsonReplace replaces the value n with v, encoded like the file: on one
// line for a scalar, indented like n's line for an object or array.
func jsonReplace(path string, src []byte, n *jnode, v any) (edit, error) {
	text, err := jsonText(src, n.start, v)
	if err != nil {
		return edit{}, err
	}
	return edit{path: path, start: n.start, end: n.end, text: text}, nil
}

// jsonText encodes v to be written at off.
func jsonText(src []byte, off int, v any) (string, error) {
	switch v.(type) {
	case map[string]any, []any:
		return marshalJSONIndent(v, indentOf(src, off), indentUnit(src))
	}
	return marshalJSON(v)
}

// jsonInsert adds the member "key": v to the object obj, after its last
// member, in the object's layout: on a line of its own, indented like the
// other members, when they are on lines of their own; on the same line
// otherwise. Comments stay where they are.
func jsonInsert(path string, src []byte, obj *jnode, key string, v any) ([]edit, error) {
	k, err := marshalJSON(key)
	if err != nil {
		return nil, err
	}
	if len(obj.members) == 0 {
		outer := indentOf(src, obj.start)
		inner := outer + indentUnit(src)
		val, err := marshalJSONIndent(v, inner, indentUnit(src))
		if err != nil {
			return nil, err
		}
		body := bytes.TrimSpace(src[obj.start+1 : obj.end-1])
		if len(body) == 0 {
			// {} or { }: open it up.
			return []edit{{path: path, start: obj.start + 1, end: obj.end - 1, text: "\n" + inner + k + ": " + val + "\n" + outer}}, nil
		}
		// Only comments inside: keep them after the new member.
		return []edit{{path: path, start: obj.start + 1, end: obj.start + 1, text: "\n" + inner + k + ": " + val}}, nil
	}
	i := len(obj.members) - 1
	last := obj.members[i]
	comma := obj.comma[i]
	closeAt := obj.end - 1
	if !firstOnLine(src, last.keyStart) {
		// A one-line object: { "a": 1 }.
		val, err := marshalJSONInline(v)
		if err != nil {
			return nil, err
		}
		if comma >= 0 {
			return []edit{{path: path, start: comma + 1, end: comma + 1, text: " " + k + ": " + val}}, nil
		}
		return []edit{{path: path, start: last.value.end, end: last.value.end, text: ", " + k + ": " + val}}, nil
	}
	indent := indentOf(src, last.keyStart)
	val, err := marshalJSONIndent(v, indent, indentUnit(src))
	if err != nil {
		return nil, err
	}
	var edits []edit
	if comma < 0 {
		edits = append(edits, edit{path: path, start: last.value.end, end: last.value.end, text: ","})
	}
	member := indent + k + ": " + val
	if comma >= 0 && trailingCommas(obj) {
		member += ","
	}
	after := last.value.end
	if comma >= 0 {
		after = comma + 1
	}
	if at := lineEnd(src, after); at < closeAt {
		// The new member goes on a line of its own after the last one's,
		// below any comment that ends it.
		after = at
	}
	edits = append(edits, edit{path: path, start: after, end: after, text: "\n" + member})
	return edits, nil
}

// trailingCommas reports whether the object's last member is followed by
// a comma, a style JSONC allows and a new last member should keep.
func trailingCommas(obj *jnode) bool {
	return len(obj.comma) > 0 && obj.comma[len(obj.comma)-1] >= 0
}

// jsonRemove deletes the i-th member of obj with its comma; a member on
// lines of its own goes with those lines and its trailing comment.
func jsonRemove(path string, src []byte, obj *jnode, i int) []edit {
	m := obj.members[i]
	end := m.value.end
	if obj.comma[i] >= 0 {
		end = obj.comma[i] + 1
	}
	last := i == len(obj.members)-1
	var edits []edit
	if firstOnLine(src, m.keyStart) && restIsBlank(src, end, "//") {
		edits = append(edits, removeLines(path, src, lineStart(src, m.keyStart), lineEnd(src, end)))
		if last && obj.comma[i] < 0 && i > 0 {
			// The member before becomes the last: drop its comma.
			c := obj.comma[i-1]
			edits = append(edits, edit{path: path, start: c, end: c + 1})
		}
		return edits
	}
	switch {
	case !last:
		return []edit{{path: path, start: m.keyStart, end: obj.members[i+1].keyStart}}
	case i > 0 && obj.comma[i] < 0:
		return []edit{{path: path, start: obj.comma[i-1], end: end}}
	default:
		start := m.keyStart
		for start > obj.start+1 && strings.IndexByte(" \t", src[start-1]) >= 0 {
			start--
		}
		return []edit{{path: path, start: start, end: end}}
	}
}
