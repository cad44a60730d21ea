package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixture is a scan of testdata/input as the parser and eval would return
// it, with findings deliberately out of order.
func fixture(t *testing.T) (*graph.Graph, *eval.Result) {
	t.Helper()
	files := map[string][]byte{}
	for _, name := range []string{"main.tf", "terraform.tfvars", "modules/db/main.tf", "broken.tf"} {
		src, err := os.ReadFile(filepath.Join("testdata", "input", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = src
	}
	rng := func(file string, l1, c1, l2, c2 int) graph.Range {
		return graph.Range{Filename: file, Start: graph.Pos{Line: l1, Column: c1}, End: graph.Pos{Line: l2, Column: c2}}
	}
	res := func(id, typ, file string, l1, l2 int) *graph.Resource {
		return &graph.Resource{ID: id, Type: typ, Provider: "aws", Format: graph.FormatTerraform, Range: rng(file, l1, 1, l2, 2)}
	}
	g := &graph.Graph{
		Files: files,
		Resources: []*graph.Resource{
			res("aws_s3_bucket.logs", "aws_s3_bucket", "main.tf", 5, 7),
			res("aws_s3_bucket_acl.logs", "aws_s3_bucket_acl", "main.tf", 9, 12),
			res("aws_security_group.web", "aws_security_group", "main.tf", 14, 25),
			res("aws_s3_bucket_acl.unknown", "aws_s3_bucket_acl", "main.tf", 27, 30),
			res("module.db.aws_db_instance.main", "aws_db_instance", "modules/db/main.tf", 1, 5),
		},
		Diagnostics: graph.Diagnostics{
			{Severity: graph.Warning, Summary: "Module not followed", Detail: "The module source is not a local path, so its resources were not scanned.", Range: &graph.Range{Filename: "main.tf", Start: graph.Pos{Line: 32, Column: 1}}},
			{Severity: graph.Error, Summary: "Invalid expression", Detail: "Expected the start of an expression, but found the end of the line.", Range: &graph.Range{Filename: "broken.tf", Start: graph.Pos{Line: 2, Column: 12}}},
			{Severity: graph.Note, Summary: "Unsupported function", Detail: "Notes are for debugging and not reported."},
			{Severity: graph.Warning, Summary: "Module not followed", Detail: "The module source is not a local path, so its resources were not scanned.", Range: &graph.Range{Filename: "main.tf", Start: graph.Pos{Line: 32, Column: 1}}},
		},
	}
	r := &eval.Result{
		Findings: []eval.Finding{
			{
				RuleID: "AWS-RDS-002", Title: "RDS storage must be encrypted", Severity: "HIGH", Category: "encryption",
				Resource: "module.db.aws_db_instance.main", ResourceType: "aws_db_instance", Provider: "aws",
				File: "modules/db/main.tf", StartLine: 1, EndLine: 5, Attribute: "storage_encrypted",
				Message:     `RDS instance "main" stores data unencrypted; set storage_encrypted = true`,
				Fix:         eval.Fix{Available: true, Description: "Set storage_encrypted to true (replaces the instance)"},
				Fingerprint: "f-rds", Range: rng("modules/db/main.tf", 4, 3, 4, 28),
			},
			{
				RuleID: "AWS-S3-004", Title: "S3 bucket must have access logging", Severity: "LOW", Category: "logging",
				Resource: "aws_s3_bucket.logs", ResourceType: "aws_s3_bucket", Provider: "aws",
				File: "main.tf", StartLine: 5, EndLine: 7,
				Message:     `S3 bucket "logs" has no aws_s3_bucket_logging; add one with a target bucket`,
				Fingerprint: "f-log", Range: rng("main.tf", 5, 1, 7, 2),
			},
			{
				RuleID: "AWS-EC2-001", Title: "Security group must not allow admin ports from the Internet", Severity: "CRITICAL", Category: "network",
				Resource: "aws_security_group.web", ResourceType: "aws_security_group", Provider: "aws",
				File: "main.tf", StartLine: 14, EndLine: 25, Attribute: "ingress.0",
				Message:     `security group "web" allows 0.0.0.0/0 to port 22; restrict cidr_blocks`,
				Fingerprint: "f-sg", Range: rng("main.tf", 17, 3, 24, 4),
			},
			{
				RuleID: "AWS-S3-001", Title: "S3 bucket ACL must not grant public access", Severity: "HIGH", Category: "data",
				Resource: "aws_s3_bucket_acl.logs", ResourceType: "aws_s3_bucket_acl", Provider: "aws",
				File: "main.tf", StartLine: 9, EndLine: 12, Attribute: "acl",
				Message:     `S3 bucket ACL "logs" grants "public-read"; set acl = "private"`,
				Origin:      "var.acl ← terraform.tfvars:3",
				Fix:         eval.Fix{Available: true, Description: `Set acl to "private"`},
				Fingerprint: "f-acl", Range: rng("main.tf", 11, 3, 11, 18),
			},
			{
				RuleID: "ACME-TAG-001", Title: "Resources must carry an owner tag", Severity: "MEDIUM", Category: "tagging",
				Resource: "aws_s3_bucket.logs", ResourceType: "aws_s3_bucket", Provider: "aws",
				File: "main.tf", StartLine: 5, EndLine: 7,
				Message:     `bucket "logs" has no owner tag`,
				Fingerprint: "f-tag",
			},
		},
		Inconclusive: []eval.Finding{{
			RuleID: "AWS-S3-001", Title: "S3 bucket ACL must not grant public access", Severity: "HIGH", Category: "data",
			Resource: "aws_s3_bucket_acl.unknown", ResourceType: "aws_s3_bucket_acl", Provider: "aws",
			File: "main.tf", StartLine: 27, EndLine: 30, Attribute: "acl",
			Message:     `S3 bucket ACL "unknown" may grant public access`,
			Cause:       "var.other_acl has no value; pass -var or -var-file",
			Fingerprint: "f-unknown", Range: rng("main.tf", 29, 3, 29, 24),
		}},
		Suppressed: []eval.Finding{{
			RuleID: "AWS-IAM-001", Title: "IAM policy must not grant full admin", Severity: "CRITICAL", Category: "identity",
			Resource: "aws_iam_policy.break_glass", ResourceType: "aws_iam_policy", Provider: "aws",
			File: "iam.tf", StartLine: 4, EndLine: 4, Attribute: "policy",
			Message:     `IAM policy "break_glass" allows "*" on "*"`,
			Fingerprint: "f-iam", Range: rng("iam.tf", 4, 3, 4, 40),
			Suppression: &eval.Suppression{Source: eval.SourceInline, Reason: "break-glass role, approved by security", Until: "2027-01-31", File: "iam.tf", Line: 3},
		}},
		Diagnostics: graph.Diagnostics{
			{Severity: graph.Warning, Summary: "Suppression expired", Detail: "The suppression of AWS-S3-004 expired on 2026-01-31, so the finding is reported again.", Range: &graph.Range{Filename: "main.tf", Start: graph.Pos{Line: 4, Column: 1}}},
		},
	}
	return g, r
}

func TestWriteGolden(t *testing.T) {
	g, res := fixture(t)
	rules := []eval.Rule{{ID: "AWS-S3-001"}, {ID: "AWS-S3-004"}, {ID: "AWS-EC2-001"}, {ID: "AWS-RDS-002"}, {ID: "ACME-TAG-001"}}
	tests := []struct {
		name   string
		format string
		g      *graph.Graph
		res    *eval.Result
		opts   Options
		golden string
	}{
		{name: "text", format: "text", g: g, res: res, opts: Options{Threshold: "HIGH", Rules: rules}, golden: "want.txt"},
		{name: "text colour", format: "text", g: g, res: res, opts: Options{Threshold: "HIGH", Rules: rules, Color: true}, golden: "want_color.txt"},
		{name: "json", format: "json", g: g, res: res, opts: Options{Threshold: "HIGH"}, golden: "want.json"},
		{name: "text empty", format: "text", g: &graph.Graph{Files: map[string][]byte{"main.tf": nil}}, res: &eval.Result{}, golden: "empty.txt"},
		{name: "json empty", format: "json", golden: "empty.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.format, tt.g, tt.res, tt.opts); err != nil {
				t.Fatalf("Write(%q) = %v", tt.format, err)
			}
			golden := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), buf.String()); diff != "" {
				t.Errorf("Write(%q) mismatch (-want +got):\n%s", tt.format, diff)
			}
		})
	}
}

func TestWriteColorOnlyWhenAsked(t *testing.T) {
	g, res := fixture(t)
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := Write(&buf, "text", g, res, Options{Color: color}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(buf.String(), "\x1b["); got != color {
			t.Errorf("Write(Color: %v) has escape codes = %v; want %v", color, got, color)
		}
	}
}

func TestWriteJSONShape(t *testing.T) {
	g, res := fixture(t)
	var buf bytes.Buffer
	if err := Write(&buf, "json", g, res, Options{}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version  string           `json:"version"`
		Findings []map[string]any `json:"findings"`
		Errors   []map[string]any `json:"errors"`
		Warnings []map[string]any `json:"warnings"`
		Summary  struct {
			BySeverity map[string]int `json:"by_severity"`
			ByCategory map[string]int `json:"by_category"`
		} `json:"summary"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	// Every field of eval.Finding (by its JSON tags) is in each finding.
	want := []string{"rule_id", "title", "severity", "category", "resource", "resource_type", "provider", "file", "start_line", "end_line", "attribute", "message", "fix", "fingerprint"}
	for _, f := range doc.Findings {
		for _, k := range want {
			if _, ok := f[k]; !ok {
				t.Errorf("finding %v lacks %q", f["rule_id"], k)
			}
		}
	}
	// Two from the graph, one the same as the other, and one about a
	// suppression from the result.
	if got := len(doc.Warnings); got != 2 {
		t.Errorf("warnings = %d; want 2 (duplicates merged, the result's added)", got)
	}
	gotSev := doc.Summary.BySeverity
	if diff := cmp.Diff(map[string]int{"CRITICAL": 1, "HIGH": 2, "MEDIUM": 1, "LOW": 1}, gotSev); diff != "" {
		t.Errorf("by_severity mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"data": 1, "identity": 0, "network": 1, "encryption": 1, "logging": 1, "tagging": 1}, doc.Summary.ByCategory); diff != "" {
		t.Errorf("by_category mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteErrors(t *testing.T) {
	tests := []struct {
		name    string
		format  string
		opts    Options
		wantErr string
	}{
		{name: "unknown format", format: "xml", wantErr: `unknown format "xml" (want text, json, sarif, junit, github, markdown)`},
		{name: "empty format", format: "", wantErr: `unknown format "" (want text, json, sarif, junit, github, markdown)`},
		{name: "unknown threshold", format: "text", opts: Options{Threshold: "SEVERE"}, wantErr: `write report: unknown severity "SEVERE" (want CRITICAL, HIGH, MEDIUM, LOW)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Write(&bytes.Buffer{}, tt.format, nil, nil, tt.opts)
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("Write(%q) = %v; want %s", tt.format, err, tt.wantErr)
			}
		})
	}
}

func TestSeverity(t *testing.T) {
	tests := []struct {
		severity, threshold string
		rank                int
		atOrAbove           bool
	}{
		{severity: "CRITICAL", threshold: "LOW", rank: 4, atOrAbove: true},
		{severity: "HIGH", threshold: "HIGH", rank: 3, atOrAbove: true},
		{severity: "high", threshold: "CRITICAL", rank: 3, atOrAbove: false},
		{severity: "MEDIUM", threshold: "HIGH", rank: 2, atOrAbove: false},
		{severity: "LOW", threshold: "low", rank: 1, atOrAbove: true},
		{severity: "INFO", threshold: "LOW", rank: 0, atOrAbove: false},
		{severity: "", threshold: "", rank: 0, atOrAbove: false},
	}
	for _, tt := range tests {
		if got := SeverityRank(tt.severity); got != tt.rank {
			t.Errorf("SeverityRank(%q) = %d; want %d", tt.severity, got, tt.rank)
		}
		if got := AtOrAbove(tt.severity, tt.threshold); got != tt.atOrAbove {
			t.Errorf("AtOrAbove(%q, %q) = %v; want %v", tt.severity, tt.threshold, got, tt.atOrAbove)
		}
	}
}

func TestFailing(t *testing.T) {
	_, res := fixture(t)
	tests := []struct {
		threshold string
		want      int
	}{
		{threshold: "LOW", want: 5},
		{threshold: "MEDIUM", want: 4},
		{threshold: "HIGH", want: 3},
		{threshold: "CRITICAL", want: 1},
	}
	for _, tt := range tests {
		if got := Failing(res, tt.threshold); got != tt.want {
			t.Errorf("Failing(fixture, %q) = %d; want %d", tt.threshold, got, tt.want)
		}
	}
	if got := Failing(nil, "LOW"); got != 0 {
		t.Errorf("Failing(nil) = %d; want 0", got)
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{in: "plain ← text", want: "plain ← text"},
		{in: "tab\tkept", want: "tab\tkept"},
		{in: "red \x1b[31mtext", want: "red \ufffd[31mtext"},
		{in: "bell\a and CSI \u009b", want: "bell\ufffd and CSI \ufffd"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
