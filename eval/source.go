package eval

import (
	"strconv"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Parsing Rego is most of the cost of New, and a scan compiles only the
// rules relevant to it (lazy.go). A built-in rule (byte for byte the one in
// policies.FS) is therefore not parsed by New: its METADATA block and
// package line are (that is what Rules lists and what New validates), and
// the rest of its source is only tokenised for the relevance test. The full
// parse happens when a scan first needs the rule. TestBuiltinHeaders checks,
// for every built-in file, that this gives the same metadata, package and
// deny rule as a full parse, and facts that cover the parsed module's.

// ruleHeader is what New knows of a built-in rule it has not parsed.
type ruleHeader struct {
	mod     *ast.Module // the package line and its annotations, no rules
	facts   *moduleFacts
	hasDeny bool
}

// parseHeader parses the METADATA block and package line of src and
// tokenises the rest. ok is false when src does not fit the shape built-in
// rules have (a package METADATA block with a custom id, a package line,
// no data reference outside package lib): the caller then parses it fully.
func parseHeader(name, src string, popts ast.ParserOptions) (h ruleHeader, ok bool) {
	end := packageLineEnd(src)
	if end < 0 {
		return h, false
	}
	m, err := ast.ParseModuleWithOpts(name, src[:end], popts)
	if err != nil || m == nil || len(m.Rules) > 0 {
		return h, false
	}
	a := packageAnnotations(m)
	if a == nil {
		return h, false
	}
	if _, ok := a.Custom["id"]; !ok {
		return h, false
	}
	facts, hasDeny, ok := scanSource(src[end:])
	if !ok {
		return h, false
	}
	return ruleHeader{mod: m, facts: facts, hasDeny: hasDeny}, true
}

// packageLineEnd is the offset just past the first line that starts with
// "package ", or -1.
func packageLineEnd(src string) int {
	for off := 0; off < len(src); {
		line := src[off:]
		next := len(src)
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line, next = line[:i], off+i+1
		}
		if strings.HasPrefix(line, "package ") {
			return next
		}
		off = next
	}
	return -1
}

// scanSource tokenises Rego source: every string literal and identifier
// becomes a word (lower case) and a name, `input` marks the facts as
// reading input, and hasDeny reports an identifier deny at the start of a
// line (a rule head). It gives up (ok false) on a data reference other
// than data.lib.<name>, on lib[x], and on a string it cannot decode.
func scanSource(src string) (f *moduleFacts, hasDeny, ok bool) {
	f = newFacts()
	word := func(w string) {
		f.strings[strings.ToLower(w)] = true
		f.names[w] = true
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '"':
			j := i + 1
			for j < len(src) && src[j] != '"' && src[j] != '\n' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(src) || src[j] != '"' {
				return nil, false, false
			}
			s, err := strconv.Unquote(src[i : j+1])
			if err != nil {
				return nil, false, false
			}
			word(s)
			i = j + 1
		case c == '`':
			j := strings.IndexByte(src[i+1:], '`')
			if j < 0 {
				return nil, false, false
			}
			word(src[i+1 : i+1+j])
			i += j + 2
		case isIdentStart(c):
			j := i + 1
			for j < len(src) && (isIdentStart(src[j]) || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			id := src[i:j]
			switch id {
			case "input":
				f.input = true
			case "data":
				// data.lib.name or import data.lib only.
				rest := src[j:]
				if !strings.HasPrefix(rest, ".lib") || len(rest) > 4 && rest[4] != '.' && rest[4] != '\n' && rest[4] != ' ' {
					return nil, false, false
				}
			case "lib":
				if j < len(src) && src[j] == '[' {
					return nil, false, false // lib[x]: a library rule not named
				}
			case "deny":
				if i == 0 || src[i-1] == '\n' {
					hasDeny = true
				}
			}
			word(id)
			i = j
		default:
			i++
		}
	}
	return f, hasDeny, true
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
