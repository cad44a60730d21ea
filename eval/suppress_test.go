package eval

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/parser"
	"github.com/preflight-iac/preflight/policies"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixedNow is the clock of the suppression tests: expiry dates before it
// have passed, dates after it have not.
func fixedNow() time.Time { return time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC) }

func TestParseComment(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []directive
	}{
		{"own syntax", " preflight:ignore AWS-S3-001 the bucket is public ",
			[]directive{{source: SourceInline, ruleID: "AWS-S3-001", reason: "the bucket is public"}}},
		{"no reason", "preflight:ignore AWS-S3-001",
			[]directive{{source: SourceInline, ruleID: "AWS-S3-001"}}},
		{"no id", "preflight:ignore",
			[]directive{{source: SourceInline}}},
		{"until anywhere after the id", "preflight:ignore AWS-S3-001 a reason until=2027-01-31 more",
			[]directive{{source: SourceInline, ruleID: "AWS-S3-001", reason: "a reason more", until: "2027-01-31"}}},
		{"until only", "preflight:ignore AWS-S3-001 until=2027-01-31",
			[]directive{{source: SourceInline, ruleID: "AWS-S3-001", until: "2027-01-31"}}},
		{"key selector", `preflight:ignore AWS-S3-001[key=logs] partner`,
			[]directive{{source: SourceInline, ruleID: "AWS-S3-001", selector: `["logs"]`, reason: "partner"}}},
		{"quoted key selector", `preflight:ignore AWS-S3-001[key="a.b"] x`,
			[]directive{{source: SourceInline, ruleID: "AWS-S3-001", selector: `["a.b"]`, reason: "x"}}},
		{"index selector", "preflight:ignore AWS-S3-001[index=2] mirror",
			[]directive{{source: SourceInline, ruleID: "AWS-S3-001", selector: "[2]", reason: "mirror"}}},
		{"malformed selector matches nothing", "preflight:ignore AWS-S3-001[index=x] mirror",
			[]directive{{source: SourceInline, ruleID: "AWS-S3-001", selector: "[index=x]", reason: "mirror"}}},
		{"file level", "preflight:ignore-file AZ-STO-002 TLS ends at the gateway",
			[]directive{{source: SourceInline, ruleID: "AZ-STO-002", reason: "TLS ends at the gateway", fileLevel: true}}},
		{"prefix of another word", "preflight:ignored AWS-S3-001 x", nil},
		{"checkov with reason", "checkov:skip=CKV_AWS_20:The bucket is a website",
			[]directive{{source: SourceCheckov, ruleID: "CKV_AWS_20", reason: "The bucket is a website"}}},
		{"checkov without reason", "checkov:skip=CKV_AWS_20",
			[]directive{{source: SourceCheckov, ruleID: "CKV_AWS_20", reason: "checkov:skip without reason"}}},
		{"tfsec", "tfsec:ignore:aws-s3-no-public-access-with-acl",
			[]directive{{source: SourceTfsec, ruleID: "aws-s3-no-public-access-with-acl", reason: "tfsec:ignore without reason"}}},
		{"trivy with expiry, two ids", "trivy:ignore:AVD-AWS-0092:exp:2025-01-01 trivy:ignore:AVD-AWS-0086",
			[]directive{
				{source: SourceTrivy, ruleID: "AVD-AWS-0092", until: "2025-01-01", reason: "trivy:ignore without reason"},
				{source: SourceTrivy, ruleID: "AVD-AWS-0086", reason: "trivy:ignore without reason"},
			}},
		{"kics", "kics-scan ignore-line",
			[]directive{{source: SourceKics, reason: "kics-scan ignore-line"}}},
		{"plain comment", "the bucket is public", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []directive
			for _, d := range parseComment(tt.text) {
				got = append(got, *d)
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(directive{})); diff != "" {
				t.Errorf("parseComment(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestScanComments(t *testing.T) {
	type attached struct {
		Text         string
		Line, Target int
		Header       bool
	}
	tests := []struct {
		name string
		file string
		src  string
		want []attached
	}{
		{"hcl stacked, trailing and block comments", "main.tf", `# header
resource "a" "b" {
  # one
  // two
  /* three */
  x = 1 # four
  /* five */ y = 2
  /* six
  seven */
  z = 3
}
`, []attached{
			{" header", 1, 2, true},
			{" one", 3, 6, false},
			{" two", 4, 6, false},
			{" three ", 5, 6, false},
			{" four", 6, 6, false},
			{" five ", 7, 7, false},
		}},
		{"hcl markers inside strings and heredocs", "main.tf", `a = "# no // no /* no */"
b = <<EOT
# no
EOT
`, nil},
		{"hcl blank line detaches", "main.tf", `x = 1

# detached

y = 2
`, []attached{{" detached", 3, 0, false}}},
		{"json", "t.json", `// header
{
  "a": "// no /* no */ \" // still no",
  // above
  "b": 1, // end
  /* block */
  "c": 2
}
`, []attached{
			{" header", 1, 2, true},
			{" above", 4, 5, false},
			{" end", 5, 5, false},
			{" block ", 6, 7, false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cs []comment
			if strings.HasSuffix(tt.file, ".tf") {
				cs, _ = hclComments(tt.file, []byte(tt.src))
			} else {
				cs = jsonComments([]byte(tt.src))
			}
			var got []attached
			for _, c := range cs {
				got = append(got, attached{c.text, c.line, c.target, c.header})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("comments mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSuppressFixtures runs each testdata/suppress/<case> folder through the
// real parser and the built-in catalogue with a fixed clock, and compares
// the active, suppressed and diagnostic lines with <case>.golden.
func TestSuppressFixtures(t *testing.T) {
	tests := []struct {
		dir         string
		unignorable []string
	}{
		{dir: "terraform"},
		{dir: "peers"},
		{dir: "file"},
		{dir: "arm"},
		{dir: "unignorable"},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", "suppress", tt.dir)
			unignorable := tt.unignorable
			if tt.dir == "unignorable" {
				// The Terraform fixture again, with AWS-S3-001 unignorable.
				dir = filepath.Join("..", "testdata", "suppress", "terraform")
				unignorable = []string{"AWS-S3-001"}
			}
			got := suppressReport(t, dir, unignorable)
			golden := filepath.Join("..", "testdata", "suppress", tt.dir+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden file (run with -update): %v", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// suppressReport scans dir and prints one line per result and suppression
// diagnostic, for the rules the fixtures exercise.
func suppressReport(t *testing.T, dir string, unignorable []string) string {
	t.Helper()
	g, err := parser.Load([]string{dir}, parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(context.Background(), Options{Builtin: policies.FS, Unignorable: unignorable, Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.Eval(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	watched := map[string]bool{"AWS-S3-001": true, "AWS-EC2-001": true, "AZ-STO-001": true, "AZ-STO-002": true, "AZ-STO-003": true}
	base := filepath.ToSlash(dir) + "/"
	var b strings.Builder
	for _, f := range append(res.Findings, res.Inconclusive...) {
		if watched[f.RuleID] {
			fmt.Fprintf(&b, "active     %s %s line %d\n", f.RuleID, f.Resource, f.StartLine)
		}
	}
	for _, f := range res.Suppressed {
		s := f.Suppression
		fmt.Fprintf(&b, "suppressed %s %s line %d by %s at %s:%d reason %q", f.RuleID, f.Resource, f.StartLine,
			s.Source, strings.TrimPrefix(s.File, base), s.Line, s.Reason)
		if s.Until != "" {
			fmt.Fprintf(&b, " until %s", s.Until)
		}
		b.WriteString("\n")
	}
	for _, d := range res.Diagnostics {
		fmt.Fprintf(&b, "%-10s %s:%d %s: %s\n", d.Severity, strings.TrimPrefix(d.Range.Filename, base), d.Range.Start.Line, d.Summary, d.Detail)
	}
	return b.String()
}

func TestSuppressedNeverPanicsOnMissingFiles(t *testing.T) {
	// A finding whose resource and file are unknown to the graph is kept.
	e := &Engine{now: fixedNow}
	res := &Result{Findings: []Finding{{RuleID: "X", Resource: "r", File: "gone.tf", Range: graph.Range{Filename: "gone.tf"}}}}
	e.suppress(&graph.Graph{}, res)
	if len(res.Findings) != 1 || len(res.Suppressed) != 0 {
		t.Errorf("suppress changed a finding without a source: %+v", res)
	}
}

func FuzzSuppressionComment(f *testing.F) {
	for _, s := range []string{
		"# preflight:ignore AWS-S3-001[key=logs] until=2027-01-01 reason",
		"// preflight:ignore-file AZ-STO-001 x\n{}",
		"x = 1 # trivy:ignore:AVD-AWS-0092:exp:2025-01-01\n/* checkov:skip=CKV_AWS_20: */",
		`{"a": "\" // no", /* c */ "b": 1} // kics-scan ignore-line`,
		"preflight:ignore X[index=",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, d := range parseComment(src) {
			if d.source == "" {
				t.Errorf("parseComment(%q) gave a directive without a source", src)
			}
		}
		for _, name := range []string{"main.tf", "t.json"} {
			var cs []comment
			if name == "main.tf" {
				cs, _ = hclComments(name, []byte(src))
			} else {
				cs = jsonComments([]byte(src))
			}
			lines := strings.Count(src, "\n") + 1
			for _, c := range cs {
				if c.line < 1 || c.line > lines || c.target < 0 || c.target > lines {
					t.Errorf("%s: comment %+v outside the %d lines of %q", name, c, lines, src)
				}
			}
			g := &graph.Graph{Files: map[string][]byte{name: []byte(src)}}
			e := &Engine{now: fixedNow}
			e.suppress(g, &Result{Findings: []Finding{{RuleID: "X", File: name, Range: graph.Range{Filename: name, Start: graph.Pos{Line: 1}}}}})
		}
	})
}
