package eval

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/preflight-iac/preflight/policies"
)

const header = `# METADATA
# title: Test rule
# custom:
#   id: T-001
#   severity: LOW
#   category: data
package user.t

import data.lib
`

// TestAnalyseReads checks which resource types a rule is found to read,
// and that whatever the analysis cannot account for reads every type.
func TestAnalyseReads(t *testing.T) {
	tests := []struct {
		name string
		body string
		want ruleReads
	}{
		{
			name: "literal type",
			body: `deny contains v if { some r in lib.resources("aws_kms_key"); lib.is_false(r.attributes.x); v := lib.violation(r, [], "m") }`,
			want: ruleReads{types: []string{"aws_kms_key"}},
		},
		{
			name: "constant list",
			body: "_types := [\"a\", \"b\"]\n" + `deny contains v if { some t in _types; some r in lib.resources(t); v := lib.violation(r, [], "m") }`,
			want: ruleReads{types: []string{"a", "b"}},
		},
		{
			name: "referrers",
			body: `deny contains v if { some r in lib.resources("a"); some c in lib.referrers(r, "c"); v := lib.violation(c, [], "m") }`,
			want: ruleReads{types: []string{"a", "c"}},
		},
		{
			name: "ARM type, compared without case",
			body: `deny contains v if { some r in lib.arm_resources("Microsoft.Storage/storageAccounts"); lib.is_false(lib.arm_property(r, "supportsHttpsTrafficOnly", true)); v := lib.violation(r, [], "m") }`,
			want: ruleReads{types: []string{"microsoft.storage/storageaccounts"}},
		},
		{
			name: "computed type",
			body: `deny contains v if { some r in lib.resources("a"); some x in lib.resources(r.attributes.t); v := lib.violation(x, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "input read directly",
			body: `deny contains v if { some r in input.by_type.a; v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "pessimistic switch",
			body: `deny contains v if { some r in lib.resources("a"); lib.pessimistic; v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "companion helpers",
			body: "_i := lib.companion_index(\"c\", \"bucket\", \"a\")\n" + `deny contains v if { some r in lib.resources("a"); not lib.has_companion(r, _i, "bucket"); v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "with",
			body: `deny contains v if { some r in lib.resources("a"); lib.is_true(r.attributes.x) with data.preflight.pessimistic as true; v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "fabricated marker",
			body: `deny contains v if { some r in lib.resources("a"); lib.is_true({"__unknown__": "x"}); v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, err := readFS(policies.FS, "lib", true)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, policyFile{name: "t.rego", src: []byte(header + tt.body)})
			e, err := compile(files)
			if err != nil {
				t.Fatalf("compile: %v", err)
			}
			got := readsOf(t, e)
			slices.Sort(got.types)
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(ruleReads{})); diff != "" {
				t.Errorf("reads (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAnalyseReadsUntrustedLib checks that a library other than the
// built-in one is not trusted: every rule keeps its pessimistic pass.
func TestAnalyseReadsUntrustedLib(t *testing.T) {
	files, err := readFS(policies.FS, "lib", true)
	if err != nil {
		t.Fatal(err)
	}
	files = append(files,
		policyFile{name: "extra/lib.rego", src: []byte("package lib\n\nextra(x) := x\n")},
		policyFile{name: "t.rego", src: []byte(header + `deny contains v if { some r in lib.resources("a"); v := lib.violation(r, [], "m") }`)},
	)
	e, err := compile(files)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	if !readsOf(t, e).all {
		t.Errorf("reads = %+v; want all, as package lib has a module that is not built in", readsOf(t, e))
	}
}

// readsOf compiles the engine's only rule and returns what it reads.
func readsOf(t *testing.T, e *Engine) ruleReads {
	t.Helper()
	rules, err := e.rulesFor(nil)
	if err != nil || len(rules) != 1 {
		t.Fatalf("rulesFor() = %d rules, %v; want 1 rule", len(rules), err)
	}
	return rules[0].reads
}
