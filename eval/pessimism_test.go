package eval

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/open-policy-agent/opa/v1/ast"

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
			name: "companion index in a constant rule",
			body: "_i := lib.companion_index(\"c\", \"bucket\", \"a\")\n" + `deny contains v if { some r in lib.resources("a"); not lib.has_companion(r, _i, "bucket"); v := lib.with_related(lib.violation(r, [], "m"), lib.companion_related(r, _i, "c")) }`,
			want: ruleReads{types: []string{"a", "c"}},
		},
		{
			name: "companion index in the same body",
			body: `deny contains v if { some r in lib.resources("a"); i := lib.companion_index("c", "bucket", "p"); not lib.has_companion(r, i, "bucket"); v := lib.violation(r, [], "m") }`,
			want: ruleReads{types: []string{"a", "c", "p"}},
		},
		{
			name: "companion index with a computed type",
			body: `deny contains v if { some r in lib.resources("a"); i := lib.companion_index(r.attributes.t, "bucket", "a"); not lib.has_companion(r, i, "bucket"); v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "fabricated companion index",
			body: `deny contains v if { some r in lib.resources("a"); not lib.has_companion(r, {"ids": set(), "names": set(), "floating": {"x"}}, "bucket"); v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "companion index from an argument",
			body: "_missing(r, i) if not lib.has_companion(r, i, \"bucket\")\n" + `deny contains v if { some r in lib.resources("a"); _missing(r, lib.companion_index("c", "bucket", "a")); v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "companion index bound in a comprehension only",
			body: "_m(r, i) if { not lib.has_companion(r, i, \"bucket\"); [1 | i = lib.companion_index(\"c\", \"bucket\", \"a\")] }\n" + `deny contains v if { some r in lib.resources("a"); _m(r, {"floating": {"x"}}); v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "companion index with else",
			body: "_i := lib.companion_index(\"c\", \"bucket\", \"a\") if true else := {\"floating\": {\"x\"}}\n" + `deny contains v if { some r in lib.resources("a"); not lib.has_companion(r, _i, "bucket"); v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "companions with a floating set",
			body: "_f := lib.floating(\"c\", \"target\", \"a\")\n" + `deny contains v if { some r in lib.resources("a"); every c in lib.companions(r, "c", {}, _f, "id") { lib.is_false(c.attributes.on) }; v := lib.violation(r, [], "m") }`,
			want: ruleReads{types: []string{"a", "c"}},
		},
		{
			name: "companions without floating ones",
			body: `deny contains v if { some r in lib.resources("a"); count(lib.companions(r, "c", {}, set(), "id")) == 0; v := lib.violation(r, [], "m") }`,
			want: ruleReads{types: []string{"a", "c"}},
		},
		{
			name: "companions with a fabricated floating set",
			body: `deny contains v if { some r in lib.resources("a"); count(lib.companions(r, "c", {}, {"x"}, "id")) == 0; v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "floating set of a computed type",
			body: `deny contains v if { some r in lib.resources("a"); f := lib.floating(r.attributes.t, "k", "a"); count(lib.companions(r, "c", {}, f, "id")) == 0; v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "switch guarded by an unknown",
			body: `deny contains v if { some r in lib.resources("a"); lib.pessimistic; lib.is_unknown(r.attributes.x); v := lib.violation(r, [], "m") }`,
			want: ruleReads{types: []string{"a"}},
		},
		{
			name: "switch guarded by unknown existence",
			body: "_off(d) if lib.is_false(d.attributes.on)\n_off(d) if { lib.pessimistic; lib.may_not_exist(d) }\n" + `deny contains v if { some r in lib.resources("a"); every d in lib.resources("d") { _off(d) }; v := lib.violation(r, [], "m") }`,
			want: ruleReads{types: []string{"a", "d"}},
		},
		{
			name: "switch with a negated guard",
			body: `deny contains v if { some r in lib.resources("a"); lib.pessimistic; not lib.is_unknown(r.attributes.x); v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "switch negated next to a guard",
			body: `deny contains v if { some r in lib.resources("a"); not lib.pessimistic; lib.is_unknown(r.attributes.x); v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "switch guarded in another body",
			body: `deny contains v if { some r in lib.resources("a"); lib.pessimistic; count([1 | lib.is_unknown(r.attributes.x)]) == 0; v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "fabricated unknown existence",
			body: `deny contains v if { some r in lib.resources("a"); lib.pessimistic; lib.may_not_exist({"existence_unknown": true}); v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "type as a key of a constant object",
			body: "_labels := {\"a\": \"A\", \"b\": \"B\"}\n" + `deny contains v if { some t, _ in _labels; some r in lib.resources(t); v := lib.violation(r, [], _labels[t]) }`,
			want: ruleReads{types: []string{"a", "b"}},
		},
		{
			name: "type bound in a negation only",
			body: "_f(t) if { not t = \"a\"; some r in lib.resources(t); lib.is_true(r.x) }\n" + `deny contains v if { some r in lib.resources("a"); _f(r.attributes.t); v := lib.violation(r, [], "m") }`,
			want: ruleReads{all: true},
		},
		{
			name: "types read in every, comprehensions and the head",
			body: `deny contains {"resource": r.id, "path": [], "msg": "m", "related": [x.id | some x in lib.resources("h")]} if { some r in lib.resources("a"); every i in [1] { count(lib.resources("e")) > i }; count([y | some y in lib.references(r, "c")]) > 0 }`,
			want: ruleReads{types: []string{"a", "c", "e", "h"}},
		},
		{
			name: "IAM policy statements",
			body: `deny contains v if { some r in lib.resources("aws_sqs_queue_policy"); some e in lib.iam_policy_statements(r, ["policy"]); lib.iam_everyone(e.statement); v := lib.violation(e.resource, e.path, "m") }`,
			want: ruleReads{types: []string{"aws_iam_policy_document", "aws_sqs_queue_policy"}},
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

// TestLibraryAssumptions pins the facts about the built-in library that
// fixedReads, companionArgs and guards rest on, so that a change to the
// library that could make them wrong fails here and gets them reviewed:
// which library rules read the pessimistic switch themselves, and which
// library rules that read input the functions of fixedReads can reach.
func TestLibraryAssumptions(t *testing.T) {
	files, err := readFS(policies.FS, "lib", true)
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, policyFile{name: "t.rego", src: []byte(header + `deny contains v if { some r in lib.resources("a"); v := lib.violation(r, [], "m") }`)})
	e, err := compile(files)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	rules, err := e.rulesFor(nil)
	if err != nil || len(rules) != 1 {
		t.Fatalf("rulesFor() = %d rules, %v; want 1 rule", len(rules), err)
	}
	c := rules[0].set.compiler
	switchRef := ast.MustParseRef("data.lib.pessimistic")
	calls := map[string]map[string]bool{}
	direct := map[string]bool{} // reads input itself
	var switchReaders []string
	for _, m := range c.Modules {
		if !m.Package.Path.Equal(libRoot) {
			continue
		}
		for _, r := range m.Rules {
			name := libRuleName(r.Head.Ref())
			if calls[name] == nil {
				calls[name] = map[string]bool{}
			}
			readsSwitch := false
			ast.WalkRefs(r, func(ref ast.Ref) bool {
				switch {
				case ref.HasPrefix(ast.InputRootRef):
					direct[name] = true
				case ref.HasPrefix(switchRef) || ref.HasPrefix(preflightRoot):
					readsSwitch = readsSwitch || name != "pessimistic"
				case ref.HasPrefix(libRoot):
					calls[name][libName(ref)] = true
				}
				return false
			})
			if readsSwitch && !slices.Contains(switchReaders, name) {
				switchReaders = append(switchReaders, name)
			}
		}
	}
	slices.Sort(switchReaders)
	// _maybe is markerGate; the others are the companion helpers whose
	// dependence on the switch companionArgs accounts for.
	if diff := cmp.Diff([]string{"_counts", "_maybe", "companions", "has_companion"}, switchReaders); diff != "" {
		t.Errorf("library rules reading the switch (-want +got):\n%s\nReview companionArgs, switchOK and markerGate in pessimism.go.", diff)
	}
	for fn := range fixedReads {
		var inputReaders []string
		seen := map[string]bool{}
		var walk func(string)
		walk = func(n string) {
			if seen[n] {
				return
			}
			seen[n] = true
			if direct[n] {
				inputReaders = append(inputReaders, n)
			}
			for d := range calls[n] {
				walk(d)
			}
		}
		walk(fn)
		slices.Sort(inputReaders)
		// data_sources and references are called with the constant
		// "aws_iam_policy_document"; _iam_document_statements reads
		// input.resources at ids of such data sources only.
		want := []string{"_iam_document_statements", "data_sources", "references"}
		if fn == "iam_source_document" {
			want = []string{"references"}
		}
		if diff := cmp.Diff(want, inputReaders); diff != "" {
			t.Errorf("%s reaches library rules reading input (-want +got):\n%s\nReview fixedReads in pessimism.go.", fn, diff)
		}
	}
}
