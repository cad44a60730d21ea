package arm

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dump prints a parsed expression in a fully bracketed form, so tests can
// check the tree shape without comparing unexported structs.
func dump(n exprNode) string {
	switch n := n.(type) {
	case *exprLiteral:
		switch v := n.value.(type) {
		case string:
			return "'" + v + "'"
		case nil:
			return "null"
		}
		return strings.TrimSpace(strings.ReplaceAll(stringOrPanic(n.value), "True", "true"))
	case *exprCall:
		name := n.name
		if n.ns != "" {
			name = n.ns + "." + n.name
		}
		args := make([]string, len(n.args))
		for i, a := range n.args {
			args[i] = dump(a)
		}
		return name + "(" + strings.Join(args, ", ") + ")"
	case *exprMember:
		return "(" + dump(n.target) + ")." + n.name
	case *exprIndex:
		return "(" + dump(n.target) + ")[" + dump(n.index) + "]"
	}
	return "?"
}

func stringOrPanic(v any) string {
	s, err := stringify(v)
	if err != nil {
		panic(err)
	}
	return strings.ToLower(s)
}

func TestParseExpression(t *testing.T) {
	cases := []struct {
		text string
		want string
	}{
		{"concat('a', 'b')", "concat('a', 'b')"},
		{" concat ( 'a' , 'b' ) ", "concat('a', 'b')"},
		{"'it''s'", "'it's'"},
		{"-12", "-12"},
		{"true", "true"},
		{"Null", "null"},
		{"createArray()", "createArray()"},
		{"reference('x').a.b", "((reference('x')).a).b"},
		{"parameters('p')[0]['k'].v", "(((parameters('p'))[0])['k']).v"},
		{"ns.fn(1, ns2.g())", "ns.fn(1, ns2.g())"},
		{"a(b(c(d())))", "a(b(c(d())))"},
		{"x()[y()[0]]", "(x())[(y())[0]]"},
		{"'a'.length", "('a').length"},
	}
	for _, tc := range cases {
		n, err := parseExpression(tc.text)
		if err != nil {
			t.Errorf("parseExpression(%q): %v", tc.text, err)
			continue
		}
		if diff := cmp.Diff(tc.want, dump(n)); diff != "" {
			t.Errorf("parseExpression(%q) mismatch (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestParseExpressionSourceText(t *testing.T) {
	n, err := parseExpression("reference( 'st1' ).primaryEndpoints[ 'blob' ]")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := n.source(), "reference( 'st1' ).primaryEndpoints[ 'blob' ]"; got != want {
		t.Errorf("source() = %q, want %q", got, want)
	}
}

func TestParseExpressionErrors(t *testing.T) {
	cases := []struct {
		text    string
		wantErr string
	}{
		// Positions are columns of the JSON string, whose '[' is column 1.
		{"concat('a' 'b')", "expected ')' at position 13, found string"},
		{"concat('a'", "expected ')' at position 12, found end of expression"},
		{"concat('a',)", "unexpected ')' at position 13"},
		{"", "empty expression"},
		{"   ", "empty expression"},
		{"'unterminated", "unterminated string starting at position 2"},
		{"concat", `expected '(' at position 8 after function name "concat"`},
		{"ns.fn", "expected '(' at position 7 after ns.fn"},
		{"a() b()", "unexpected name at position 6 after the end of the expression"},
		{"a(#)", "unexpected character '#' at position 4"},
		{"12ab", "malformed number at position 2"},
		{"99999999999999999999", "out of range"},
		{"a().", "expected name at position 6"},
		{"a()[1", "expected ']' at position 7"},
		{"1.5", "expected name at position 4, found integer"},
		{strings.Repeat("f(", 65) + strings.Repeat(")", 65), "expression nests more than 64 levels"},
		{"x()" + strings.Repeat("[0]", 70), "expression nests more than 64 levels"},
	}
	for _, tc := range cases {
		_, err := parseExpression(tc.text)
		if err == nil {
			t.Errorf("parseExpression(%q) succeeded, want error containing %q", tc.text, tc.wantErr)
			continue
		}
		if !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("parseExpression(%q) error = %q, want it to contain %q", tc.text, err, tc.wantErr)
		}
	}
}

func TestParseExpressionNestingLimit(t *testing.T) {
	ok := strings.Repeat("concat(", 63) + "'x'" + strings.Repeat(")", 63)
	if _, err := parseExpression(ok); err != nil {
		t.Errorf("63 nested calls: %v", err)
	}
	v, err := evalString("["+ok+"]", testContext(nil))
	if err != nil || v != "x" {
		t.Errorf("evalString(63 nested calls) = %v, %v; want x", v, err)
	}
}

func TestIsExpression(t *testing.T) {
	cases := map[string]bool{
		"[concat('a')]": true,
		"[]":            true,
		"[[escaped]":    false,
		"plain":         false,
		"[no close":     false,
		"no open]":      false,
		"[":             false,
		"":              false,
		" [a()]":        false,
	}
	for s, want := range cases {
		if got := isExpression(s); got != want {
			t.Errorf("isExpression(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestEvalStringErrors(t *testing.T) {
	runEvalCases(t, []evalCase{
		{expr: "[]", wantErr: "empty expression"},
		{expr: "[foo()]", wantErr: `unknown function "foo"`},
		{expr: "[concat()]", wantErr: "concat(): takes at least 1 argument, got 0"},
		{expr: "[not(true(), false())]", wantErr: "not(): takes 1 argument, got 2"},
		{expr: "[substring('a')]", wantErr: "substring(): takes 2 to 3 arguments, got 1"},
		{expr: "[concat('a' 'b')]", wantErr: "expected ')' at position 13"},
		{expr: "[null().x]", wantErr: `cannot read property "x" of null`},
		{expr: "['a'.x]", wantErr: `cannot read property "x" of a value of type string`},
		{expr: "[createArray(1)['a']]", wantErr: "an array index must be an integer"},
	})
	if _, err := evalString("[concat('a')]", nil); err == nil {
		t.Error("evalString with a nil context succeeded, want an error")
	}
}

func FuzzParseExpression(f *testing.F) {
	for _, s := range []string{
		"concat('a', 'b')", "reference('x').a[0]", "ns.fn(1)", "'it''s'", "-1", "a(", "a)", "[", "''", "x()[y()]",
		strings.Repeat("f(", 70),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseExpression(s)
		if err == nil && n == nil {
			t.Fatalf("parseExpression(%q) returned neither a node nor an error", s)
		}
	})
}

func FuzzEvalString(f *testing.F) {
	for _, s := range []string{
		"[concat('a', parameters('name'))]", "[reference('x').a[0]]", "[contoso.pair(1, 2)]",
		"[map(range(0, 3), lambda('x', lambdaVariables('x')))]", "[format('{0:N2}', 5)]",
		"[padLeft('a', 5, 'b')]", "[split('a,b', ',')[1]]", "[json('{\"a\":1}').a]", "[[x]", "plain",
		"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'a/b')]", "[union(createObject('a', 1), createObject('a', createObject()))]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Only the absence of panics and hangs is checked: any value or
		// error is acceptable for arbitrary input.
		_, _ = evalString(s, testContext(nil))
	})
}
