package terraform

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// TestExprVariables checks exprVariables against hcl's Variables, order
// included: diagnostics follow it.
func TestExprVariables(t *testing.T) {
	for _, src := range []string{
		`1`, `"a"`, `var.a`, `"${var.a}-${local.b}"`, `merge(local.tags, {Name = var.n})`,
		`[var.a, aws_s3_bucket.b.id, f(g(local.c), "x${each.key}")]`, `element(var.l, count.index)`,
		`[for x in var.l : x.y if local.z]`, `"%{for x in var.l}${x}${var.m}%{endfor}"`,
		`var.m[local.k]`, `a ? b.c : d`, `{(var.k) = 1}`,
	} {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "t.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%s: %s", src, diags)
		}
		limitIterations(expr) // as loaded: templates and for expressions wrapped
		if got, want := exprVariables(expr), expr.Variables(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: exprVariables = %#v, want %#v", src, got, want)
		}
	}
}

// TestIsFolded checks the fast path of moduleConfig.text against the
// folding it skips.
func TestIsFolded(t *testing.T) {
	for _, s := range []string{"", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\rb",
		"var.x", `"${local.name}-x"`, "f(a, b)", "é", "a\u00a0b", "a\u0085b", "  "} {
		folded := strings.Join(strings.Fields(s), " ") == s
		if got := isFolded([]byte(s)); got && !folded {
			t.Errorf("isFolded(%q) = true, but folding changes it", s)
		}
	}
}
