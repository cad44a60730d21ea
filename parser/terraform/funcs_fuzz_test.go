package terraform

import (
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// FuzzFunctions evaluates arbitrary expressions against the function table.
// Whatever the input, evaluation must not panic, and a call without error
// diagnostics must produce a value.
func FuzzFunctions(f *testing.F) {
	for _, c := range functionCases() {
		f.Add(c.expr)
	}
	for _, c := range errorCases() {
		f.Add(c.expr)
	}
	// Every function with a spread of argument shapes, so the fuzzer starts
	// from calls that reach each implementation.
	argShapes := []string{
		``, `"a"`, `1`, `-1.5`, `true`, `null`, `[]`, `["a", 1]`, `{a = 1}`,
		`var.str`, `var.any`, `var.marked`, `"a", "b"`, `"a", 1`, `[1], [2]`,
		`"10.0.0.0/8", 8, 1`, `"%s", ["x"]`, `"tpl/hello.tmpl", {name = "x"}`,
	}
	for name := range (funcScope{}).functions() {
		if strings.HasPrefix(name, coreNamespace) {
			continue
		}
		for _, args := range argShapes {
			f.Add(name + "(" + args + ")")
		}
	}

	funcs := funcScope{fsys: testFS(), baseDir: "."}.functions()
	vars := testVars()
	f.Fuzz(func(t *testing.T, src string) {
		// Deeply nested expressions exercise hcl's parser, not the
		// functions, and the evaluator bounds configuration size anyway.
		if len(src) > 2048 {
			return
		}
		expr, diags := hclsyntax.ParseExpression([]byte(src), "fuzz.tf", hcl.InitialPos)
		if diags.HasErrors() {
			return
		}
		v, diags := expr.Value(&hcl.EvalContext{Variables: vars, Functions: funcs})
		if !diags.HasErrors() && v == cty.NilVal {
			t.Errorf("%q evaluated without errors to no value", src)
		}
	})
}
