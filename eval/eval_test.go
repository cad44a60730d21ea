package eval_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/policies"
)

// builtin compiles the embedded catalogue once for the tests that use it.
func builtin(t testing.TB) *eval.Engine {
	t.Helper()
	e, err := eval.New(context.Background(), eval.Options{Builtin: policies.FS})
	if err != nil {
		t.Fatalf("New(policies.FS) error: %v", err)
	}
	return e
}

func rng(file string, line, endLine int) graph.Range {
	return graph.Range{Filename: file, Start: graph.Pos{Line: line, Column: 3}, End: graph.Pos{Line: endLine, Column: 20}}
}

// only keeps the results of one rule.
func only(rule string, fs []eval.Finding) []eval.Finding {
	var out []eval.Finding
	for _, f := range fs {
		if f.RuleID == rule {
			out = append(out, f)
		}
	}
	return out
}

func TestNewBuiltinRules(t *testing.T) {
	e := builtin(t)
	rules := e.Rules()
	if len(rules) < 20 {
		t.Errorf("Rules() has %d rules; want at least 20", len(rules))
	}
	for i, r := range rules {
		if i > 0 && rules[i-1].ID >= r.ID {
			t.Errorf("Rules() not sorted by ID: %s before %s", rules[i-1].ID, r.ID)
		}
		if !r.Builtin || r.File == "" || r.Title == "" || r.Description == "" || r.Remediation == "" {
			t.Errorf("rule %s: want Builtin, File, Title, Description and Remediation set: %+v", r.ID, r)
		}
		// Equivalents are listed where other scanners have the control;
		// some of ours have no counterpart.
		if len(r.Providers) == 0 || len(r.Formats) == 0 {
			t.Errorf("rule %s: want providers and formats: %+v", r.ID, r)
		}
		dir := strings.TrimSuffix(r.File, filepath.Ext(r.File))
		if _, err := os.Stat(filepath.Join("..", "testdata", "rules", r.ID)); err != nil {
			t.Errorf("rule %s (%s) has no fixtures: %v", r.ID, dir, err)
		}
	}
	var got *eval.Rule
	for i := range rules {
		if rules[i].ID == "AWS-S3-001" {
			got = &rules[i]
		}
	}
	want := &eval.Rule{
		ID:          "AWS-S3-001",
		Title:       "S3 bucket ACL must not grant public access",
		Severity:    "HIGH",
		Category:    "data",
		Providers:   []string{"aws"},
		Formats:     []string{"terraform"},
		Fix:         true,
		File:        "aws/s3/public_acl.rego",
		Builtin:     true,
		Equivalents: map[string][]string{"checkov": {"CKV_AWS_20", "CKV_AWS_57"}, "tfsec": {"aws-s3-no-public-access-with-acl"}, "trivy": {"AVD-AWS-0092"}, "kics": {"38c5ee0d-7f22-4260-ab72-5073048df100"}},
	}
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(eval.Rule{}, "Description", "Remediation")); diff != "" {
		t.Errorf("AWS-S3-001 metadata mismatch (-want +got):\n%s", diff)
	}
}

func TestEvalThreeValued(t *testing.T) {
	e := builtin(t)
	tests := []struct {
		name             string
		rule             string
		resources        []*graph.Resource
		wantFindings     []eval.Finding
		wantInconclusive []eval.Finding
	}{
		{
			name: "known insecure value is a finding",
			rule: "AWS-S3-001",
			resources: []*graph.Resource{{
				ID: "aws_s3_bucket.logs", Type: "aws_s3_bucket", Name: "logs", Provider: "aws", Format: graph.FormatTerraform,
				Range:      rng("infra/main.tf", 1, 5),
				Attributes: map[string]any{"bucket": "logs", "acl": "public-read"},
				Ranges:     map[string]graph.Range{"acl": rng("infra/main.tf", 3, 3)},
				Origins:    map[string]graph.Origin{"acl": {{Expr: "var.acl", Range: rng("infra/main.tf", 3, 3)}, {Expr: "terraform.tfvars", Range: rng("infra/terraform.tfvars", 1, 1)}}},
			}},
			wantFindings: []eval.Finding{{
				RuleID: "AWS-S3-001", Title: "S3 bucket ACL must not grant public access", Severity: "HIGH", Category: "data",
				Resource: "aws_s3_bucket.logs", ResourceType: "aws_s3_bucket", Provider: "aws",
				File: "infra/main.tf", StartLine: 3, EndLine: 3, Attribute: "acl",
				Message: `S3 bucket "logs" has a public canned ACL; set acl = "private"`,
				Origin:  "var.acl infra/main.tf:3 ← infra/terraform.tfvars:1",
				Fix: eval.Fix{Available: true, Description: `Set acl = "private"`,
					Actions: []map[string]any{{"op": "set", "path": []any{"acl"}, "value": "private"}}},
				Fingerprint: eval.Fingerprint("AWS-S3-001", "aws_s3_bucket.logs", "acl"),
				Range:       rng("infra/main.tf", 3, 3),
			}},
		},
		{
			name: "unknown value is inconclusive with the parser's cause",
			rule: "AWS-S3-001",
			resources: []*graph.Resource{{
				ID: "aws_s3_bucket.logs", Type: "aws_s3_bucket", Name: "logs", Provider: "aws", Format: graph.FormatTerraform,
				Range:      rng("main.tf", 1, 5),
				Attributes: map[string]any{"acl": graph.Unknown("var.acl")},
				Ranges:     map[string]graph.Range{"acl": rng("main.tf", 2, 2)},
				Unknowns:   map[string]string{"var.acl": "var.acl has no value; pass -var or -var-file"},
			}},
			wantInconclusive: []eval.Finding{{
				RuleID: "AWS-S3-001", Title: "S3 bucket ACL must not grant public access", Severity: "HIGH", Category: "data",
				Resource: "aws_s3_bucket.logs", ResourceType: "aws_s3_bucket", Provider: "aws",
				File: "main.tf", StartLine: 2, EndLine: 2, Attribute: "acl",
				Message: `S3 bucket "logs" has a public canned ACL; set acl = "private"`,
				Cause:   "var.acl has no value; pass -var or -var-file",
				Fix: eval.Fix{Available: true, Description: `Set acl = "private"`,
					Actions: []map[string]any{{"op": "set", "path": []any{"acl"}, "value": "private"}}},
				Fingerprint: eval.Fingerprint("AWS-S3-001", "aws_s3_bucket.logs", "acl"),
				Range:       rng("main.tf", 2, 2),
			}},
		},
		{
			name: "unknown existence turns a finding inconclusive",
			rule: "AWS-KMS-001",
			resources: []*graph.Resource{{
				ID: "aws_kms_key.k[0]", Type: "aws_kms_key", Name: "k", Provider: "aws", Format: graph.FormatTerraform,
				Range:      rng("main.tf", 1, 3),
				Attributes: map[string]any{"enable_key_rotation": false},
				Existence:  "count depends on var.enabled, which has no value",
			}},
			wantInconclusive: []eval.Finding{{
				RuleID: "AWS-KMS-001", Title: "KMS keys must rotate their key material", Severity: "MEDIUM", Category: "encryption",
				Resource: "aws_kms_key.k[0]", ResourceType: "aws_kms_key", Provider: "aws",
				File: "main.tf", StartLine: 1, EndLine: 3, Attribute: "enable_key_rotation",
				Message: `KMS key "k" does not rotate its key material; set enable_key_rotation = true`,
				Cause:   "count depends on var.enabled, which has no value",
				Fix: eval.Fix{Available: true, Description: "Set enable_key_rotation = true",
					Actions: []map[string]any{{"op": "set", "path": []any{"enable_key_rotation"}, "value": true}}},
				Fingerprint: eval.Fingerprint("AWS-KMS-001", "aws_kms_key.k[0]", "enable_key_rotation"),
				Range:       rng("main.tf", 1, 3),
			}},
		},
		{
			name: "unknown ancestor names the cause, without a Unknowns entry",
			rule: "AWS-EC2-001",
			resources: []*graph.Resource{{
				ID: "aws_security_group.web", Type: "aws_security_group", Name: "web", Provider: "aws", Format: graph.FormatTerraform,
				Range:      rng("main.tf", 1, 9),
				Attributes: map[string]any{"ingress": graph.Unknown("var.rules")},
			}},
			wantInconclusive: []eval.Finding{
				{
					RuleID: "AWS-EC2-001", Title: "Security group must not allow SSH, RDP or all ports from the internet", Severity: "HIGH", Category: "network",
					Resource: "aws_security_group.web", ResourceType: "aws_security_group", Provider: "aws",
					File: "main.tf", StartLine: 1, EndLine: 9, Attribute: "ingress.0.cidr_blocks",
					Message:     `security group "web" allows ingress from the internet to SSH, RDP or all ports; restrict the source to known addresses`,
					Cause:       "depends on var.rules, which is not known before deploy",
					Fingerprint: eval.Fingerprint("AWS-EC2-001", "aws_security_group.web", "ingress.0.cidr_blocks"),
					Range:       rng("main.tf", 1, 9),
				},
				{
					RuleID: "AWS-EC2-001", Title: "Security group must not allow SSH, RDP or all ports from the internet", Severity: "HIGH", Category: "network",
					Resource: "aws_security_group.web", ResourceType: "aws_security_group", Provider: "aws",
					File: "main.tf", StartLine: 1, EndLine: 9, Attribute: "ingress.0.ipv6_cidr_blocks",
					Message:     `security group "web" allows ingress from the internet to SSH, RDP or all ports; restrict the source to known addresses`,
					Cause:       "depends on var.rules, which is not known before deploy",
					Fingerprint: eval.Fingerprint("AWS-EC2-001", "aws_security_group.web", "ingress.0.ipv6_cidr_blocks"),
					Range:       rng("main.tf", 1, 9),
				},
			},
		},
		{
			name: "a known value that decides stays clean despite unknowns elsewhere",
			rule: "AWS-EC2-001",
			resources: []*graph.Resource{{
				ID: "aws_security_group.web", Type: "aws_security_group", Name: "web", Provider: "aws", Format: graph.FormatTerraform,
				Range: rng("main.tf", 1, 9),
				Attributes: map[string]any{"ingress": []any{map[string]any{
					"from_port": graph.Unknown("var.port"), "to_port": graph.Unknown("var.port"), "protocol": "tcp",
					"cidr_blocks": []any{"10.0.0.0/8"},
				}}},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := e.Eval(context.Background(), &graph.Graph{Resources: tt.resources})
			if err != nil {
				t.Fatalf("Eval() error: %v", err)
			}
			if diff := cmp.Diff(tt.wantFindings, only(tt.rule, res.Findings), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Eval() findings mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantInconclusive, only(tt.rule, res.Inconclusive), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Eval() inconclusive mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEvalRelatedCause: a bucket is inconclusive because a public access
// block names its bucket through an unknown variable; the cause comes from
// that companion.
func TestEvalRelatedCause(t *testing.T) {
	g := &graph.Graph{Resources: []*graph.Resource{
		{
			ID: "aws_s3_bucket.b", Type: "aws_s3_bucket", Name: "b", Provider: "aws", Format: graph.FormatTerraform,
			Range: rng("main.tf", 1, 3), Attributes: map[string]any{"bucket": "data"},
		},
		{
			ID: "aws_s3_bucket_public_access_block.p", Type: "aws_s3_bucket_public_access_block", Name: "p", Provider: "aws", Format: graph.FormatTerraform,
			Range: rng("main.tf", 5, 11),
			Attributes: map[string]any{"bucket": graph.Unknown("var.bucket"), "block_public_acls": true, "block_public_policy": true,
				"ignore_public_acls": true, "restrict_public_buckets": true},
			Unknowns: map[string]string{"var.bucket": "var.bucket has no value"},
		},
	}}
	res, err := builtin(t).Eval(context.Background(), g)
	if err != nil {
		t.Fatalf("Eval() error: %v", err)
	}
	if got := only("AWS-S3-002", res.Findings); len(got) != 0 {
		t.Errorf("Eval() AWS-S3-002 findings = %+v; want none", got)
	}
	got := only("AWS-S3-002", res.Inconclusive)
	if len(got) != 1 || got[0].Resource != "aws_s3_bucket.b" || got[0].Attribute != "" || got[0].Cause != "var.bucket has no value" {
		t.Errorf("Eval() AWS-S3-002 inconclusive = %+v; want one on aws_s3_bucket.b with cause %q", got, "var.bucket has no value")
	}
}

// userPolicy is a policy that exercises the pessimistic switch directly.
const userPolicy = `# METADATA
# title: Buckets must be named
# description: Every bucket needs a literal name.
# custom:
#   id: ACME-001
#   severity: low
#   category: data
package acme.named

import data.lib

deny contains v if {
	some r in lib.resources("aws_s3_bucket")
	lib.is_absent(r.attributes, "bucket")
	v := lib.violation(r, ["bucket"], sprintf("bucket %q has no name", [r.name]))
}

deny contains v if {
	some r in lib.resources("aws_s3_bucket")
	lib.is_unknown(r.attributes.bucket)
	lib.pessimistic
	v := lib.violation(r, ["bucket"], sprintf("bucket %q may have no name", [r.name]))
}
`

func writePolicy(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestUserPolicyDir(t *testing.T) {
	dir := writePolicy(t, map[string]string{
		"acme/named.rego":      userPolicy,
		"acme/named_test.rego": "package acme.named_test\n\nthis does not parse",
		".git/ignored.rego":    "not rego either",
		"README.md":            "# policies",
	})
	e, err := eval.New(context.Background(), eval.Options{PolicyDirs: []string{dir}})
	if err != nil {
		t.Fatalf("New(PolicyDirs) error: %v", err)
	}
	rules := e.Rules()
	wantRules := []eval.Rule{{
		ID: "ACME-001", Title: "Buckets must be named", Description: "Every bucket needs a literal name.",
		Severity: "LOW", Category: "data", File: filepath.ToSlash(dir) + "/acme/named.rego",
	}}
	if diff := cmp.Diff(wantRules, rules); diff != "" {
		t.Errorf("Rules() mismatch (-want +got):\n%s", diff)
	}

	bucket := func(name string, attrs map[string]any) *graph.Resource {
		return &graph.Resource{ID: "aws_s3_bucket." + name, Type: "aws_s3_bucket", Name: name, Provider: "aws",
			Format: graph.FormatTerraform, Range: rng("main.tf", 1, 2), Attributes: attrs}
	}
	// No unknown anywhere: the pessimistic pass does not run, so the second
	// deny rule (true only in that pass) yields nothing.
	res, err := e.Eval(context.Background(), &graph.Graph{Resources: []*graph.Resource{
		bucket("a", map[string]any{}), bucket("b", map[string]any{"bucket": "b"}),
	}})
	if err != nil {
		t.Fatalf("Eval() error: %v", err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Resource != "aws_s3_bucket.a" || len(res.Inconclusive) != 0 {
		t.Errorf("Eval() = %+v; want one finding on aws_s3_bucket.a and nothing inconclusive", res)
	}
	// With an unknown, the pessimistic pass runs.
	res, err = e.Eval(context.Background(), &graph.Graph{Resources: []*graph.Resource{
		bucket("c", map[string]any{"bucket": graph.Unknown("var.name")}),
	}})
	if err != nil {
		t.Fatalf("Eval() error: %v", err)
	}
	if len(res.Findings) != 0 || len(res.Inconclusive) != 1 || res.Inconclusive[0].Cause != "depends on var.name, which is not known before deploy" {
		t.Errorf("Eval() = %+v; want one inconclusive result caused by var.name", res)
	}
}

func TestBuiltinWithoutLibUsesEmbeddedLib(t *testing.T) {
	fsys := fstest.MapFS{"acme/named.rego": {Data: []byte(userPolicy)}}
	e, err := eval.New(context.Background(), eval.Options{Builtin: fsys})
	if err != nil {
		t.Fatalf("New(MapFS) error: %v", err)
	}
	if rules := e.Rules(); len(rules) != 1 || !rules[0].Builtin {
		t.Errorf("Rules() = %+v; want ACME-001 marked Builtin", rules)
	}
}

func TestPolicyErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // "file:line: Summary" of each diagnostic, file relative to the folder
	}{
		{
			name:  "syntax error",
			files: map[string]string{"bad.rego": "package acme.bad\n\ndeny contains v if {\n\tv := \n}\n"},
			want:  []string{"bad.rego:5: Invalid policy"},
		},
		{
			name: "missing id",
			files: map[string]string{"noid.rego": `# METADATA
# title: No id
# custom:
#   severity: HIGH
#   category: data
package acme.noid

deny contains "x" if false
`},
			want: []string{"noid.rego:1: Rule without id"},
		},
		{
			name:  "deny without metadata",
			files: map[string]string{"nometa.rego": "package acme.nometa\n\ndeny contains \"x\" if false\n"},
			want:  []string{"nometa.rego:1: Rule without metadata"},
		},
		{
			name: "bad severity and category",
			files: map[string]string{"sev.rego": `# METADATA
# title: Bad
# custom:
#   id: ACME-002
#   severity: URGENT
#   category: money
package acme.sev

deny contains "x" if false
`},
			want: []string{"sev.rego:1: Invalid rule severity", "sev.rego:1: Invalid rule category"},
		},
		{
			name: "duplicate id",
			files: map[string]string{
				"a.rego": strings.Replace(userPolicy, "package acme.named", "package acme.a", 1),
				"b.rego": strings.Replace(userPolicy, "package acme.named", "package acme.b", 1),
			},
			want: []string{"b.rego:8: Duplicate rule id"},
		},
		{
			name: "compile error",
			files: map[string]string{"undef.rego": `# METADATA
# title: Undefined
# custom:
#   id: ACME-003
#   severity: LOW
#   category: data
package acme.undef

deny contains v if {
	v := data.lib.no_such_function(input)
}
`},
			want: []string{"undef.rego:10: Policy does not compile"},
		},
		{
			name:  "reserved package",
			files: map[string]string{"p.rego": "package preflight\n\npessimistic := true\n"},
			want:  []string{"p.rego:1: Reserved package name"},
		},
		{
			name: "network built-ins are refused",
			files: map[string]string{"net.rego": `# METADATA
# title: Net
# custom:
#   id: ACME-004
#   severity: LOW
#   category: data
package acme.net

deny contains v if {
	r := http.send({"method": "GET", "url": "http://example.com"})
	v := {"resource": "x", "msg": r.body}
}
`},
			want: []string{"net.rego:10: Policy does not compile"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writePolicy(t, tt.files)
			_, err := eval.New(context.Background(), eval.Options{PolicyDirs: []string{dir}})
			var perr *eval.PolicyError
			if !errors.As(err, &perr) {
				t.Fatalf("New() error = %v; want *eval.PolicyError", err)
			}
			var got []string
			for _, d := range perr.Diagnostics {
				if d.Severity != graph.Error || d.Range == nil || d.Detail == "" {
					t.Errorf("diagnostic %+v: want an error with a range and a detail", d)
					continue
				}
				rel := strings.TrimPrefix(d.Range.Filename, filepath.ToSlash(dir)+"/")
				got = append(got, rel+":"+strconv.Itoa(d.Range.Start.Line)+": "+d.Summary)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("New() diagnostics mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
}

func TestPolicyDirMissing(t *testing.T) {
	_, err := eval.New(context.Background(), eval.Options{PolicyDirs: []string{filepath.Join(t.TempDir(), "nope")}})
	var perr *eval.PolicyError
	if err == nil || errors.As(err, &perr) {
		t.Errorf("New(missing folder) error = %v; want a plain error", err)
	}
}

func TestEvalMalformedDeny(t *testing.T) {
	dir := writePolicy(t, map[string]string{"bad.rego": `# METADATA
# title: Bad deny
# custom:
#   id: ACME-005
#   severity: LOW
#   category: data
package acme.baddeny

deny contains v if {
	some r in input.by_type.aws_s3_bucket
	v := {"resource": "aws_s3_bucket.nope", "msg": "m", "path": ["a", 1.5]}
}
`})
	e, err := eval.New(context.Background(), eval.Options{PolicyDirs: []string{dir}})
	if err != nil {
		t.Fatalf("New() error: %v", err)
	}
	g := &graph.Graph{Resources: []*graph.Resource{{ID: "aws_s3_bucket.b", Type: "aws_s3_bucket", Name: "b"}}}
	_, err = e.Eval(context.Background(), g)
	var perr *eval.PolicyError
	if !errors.As(err, &perr) || len(perr.Diagnostics) != 1 || perr.Diagnostics[0].Range == nil || !strings.HasSuffix(perr.Diagnostics[0].Range.Filename, "bad.rego") {
		t.Errorf("Eval() error = %v; want a *eval.PolicyError located in bad.rego", err)
	}
}

func TestEvalHonoursContext(t *testing.T) {
	e := builtin(t)
	g := generateGraph(2000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Eval(ctx, g); !errors.Is(err, context.Canceled) {
		t.Errorf("Eval(cancelled) error = %v; want context.Canceled", err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	time.Sleep(time.Millisecond)
	if _, err := e.Eval(ctx, g); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Eval(expired) error = %v; want context.DeadlineExceeded", err)
	}
}

func TestEvalDeterministic(t *testing.T) {
	e := builtin(t)
	g := generateGraph(500)
	first, err := e.Eval(context.Background(), g)
	if err != nil {
		t.Fatalf("Eval() error: %v", err)
	}
	if len(first.Findings) == 0 || len(first.Inconclusive) == 0 {
		t.Fatalf("Eval() gave %d findings and %d inconclusive; want some of each", len(first.Findings), len(first.Inconclusive))
	}
	for i := 0; i < 3; i++ {
		again, err := e.Eval(context.Background(), g)
		if err != nil {
			t.Fatalf("Eval() error: %v", err)
		}
		if diff := cmp.Diff(first, again); diff != "" {
			t.Fatalf("Eval() run %d differs (-first +again):\n%s", i+2, diff)
		}
	}
	for _, list := range [][]eval.Finding{first.Findings, first.Inconclusive} {
		for i := 1; i < len(list); i++ {
			a, b := list[i-1], list[i]
			if a.File > b.File || (a.File == b.File && a.StartLine > b.StartLine) {
				t.Fatalf("results not sorted: %s:%d before %s:%d", a.File, a.StartLine, b.File, b.StartLine)
			}
		}
	}
}
