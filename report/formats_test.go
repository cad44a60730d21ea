package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// catalogue is the rule set the fixture was evaluated with: full metadata
// for most rules, a bare one for ACME-TAG-001, and AWS-IAM-001, which ran
// and found nothing.
func catalogue() []eval.Rule {
	return []eval.Rule{
		{ID: "AWS-S3-001", Title: "S3 bucket ACL must not grant public access", Severity: "HIGH", Category: "data",
			Description: "A public ACL exposes every object in the bucket to the Internet.",
			Remediation: `Set acl = "private" and grant access with bucket policies.`,
			Frameworks:  map[string][]string{"cis-aws": {"2.1.5"}, "nist-800-53": {"AC-3"}}},
		{ID: "AWS-S3-004", Title: "S3 bucket must have access logging", Severity: "LOW", Category: "logging"},
		{ID: "AWS-EC2-001", Title: "Security group must not allow admin ports from the Internet", Severity: "CRITICAL", Category: "network",
			Remediation: "Restrict cidr_blocks to known ranges."},
		{ID: "AWS-RDS-002", Title: "RDS storage must be encrypted", Severity: "HIGH", Category: "encryption"},
		{ID: "AWS-IAM-001", Title: "IAM policies must not grant *:*", Severity: "CRITICAL", Category: "identity"},
		{ID: "ACME-TAG-001"},
	}
}

// fixes gives the first finding of res an automatic fix of two edits: a
// value replaced and a line inserted, as package fix computes them.
func fixes(res *eval.Result) map[string][]FixEdit {
	f := res.Findings[0]
	at := func(line, col int) graph.Pos { return graph.Pos{Line: line, Column: col} }
	return map[string][]FixEdit{f.Fingerprint: {
		{File: f.File, Start: at(f.StartLine, 12), End: at(f.StartLine, 25), Text: `"private"`},
		{File: f.File, Start: at(f.StartLine+1, 1), End: at(f.StartLine+1, 1), Text: "  # fixed by preflight\n"},
	}}
}

func TestWriteFormatsGolden(t *testing.T) {
	g, res := fixture(t)
	opts := Options{Threshold: "HIGH", Rules: catalogue(), Version: "v1.2.3", Fixes: fixes(res)}
	for _, format := range []string{FormatSARIF, FormatJUnit, FormatGitHub, FormatMarkdown} {
		ext := map[string]string{FormatSARIF: "sarif", FormatJUnit: "xml", FormatGitHub: "txt", FormatMarkdown: "md"}[format]
		for _, tt := range []struct {
			name   string
			g      *graph.Graph
			res    *eval.Result
			opts   Options
			golden string
		}{
			{name: "full", g: g, res: res, opts: opts, golden: "want_" + format + "." + ext},
			{name: "empty", golden: "empty_" + format + "." + ext},
		} {
			t.Run(format+" "+tt.name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := Write(&buf, format, tt.g, tt.res, tt.opts); err != nil {
					t.Fatalf("Write(%q) = %v", format, err)
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
					t.Errorf("Write(%q) mismatch (-want +got):\n%s", format, diff)
				}
				// Same input, same bytes: reports are diffed and uploaded.
				var again bytes.Buffer
				if err := Write(&again, format, tt.g, tt.res, tt.opts); err != nil || again.String() != buf.String() {
					t.Errorf("Write(%q) is not deterministic (err %v)", format, err)
				}
			})
		}
	}
}

func TestSARIFSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	g, res := fixture(t)
	for _, tt := range []struct {
		name string
		g    *graph.Graph
		res  *eval.Result
		opts Options
	}{
		{name: "full", g: g, res: res, opts: Options{Rules: catalogue(), Version: "v1.2.3", Fixes: fixes(res)}},
		{name: "no version, no rules", g: g, res: res},
		{name: "empty"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, FormatSARIF, tt.g, tt.res, tt.opts); err != nil {
				t.Fatal(err)
			}
			doc, err := jsonschema.UnmarshalJSON(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(doc); err != nil {
				t.Errorf("SARIF output does not validate: %v", err)
			}
		})
	}
	// The validator must be able to fail: a result without a message is
	// invalid SARIF.
	bad := map[string]any{"version": "2.1.0", "runs": []any{map[string]any{
		"tool": map[string]any{"driver": map[string]any{"name": "x"}}, "results": []any{map[string]any{"ruleId": "X"}},
	}}}
	if err := sch.Validate(bad); err == nil {
		t.Error("schema accepted a result without a message")
	}
}

func TestSARIFContent(t *testing.T) {
	g, res := fixture(t)
	var buf bytes.Buffer
	if err := Write(&buf, FormatSARIF, g, res, Options{Rules: catalogue()}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	type got struct {
		RuleID, Level, URI string
		Line, End, Col     int
		Fingerprint        string
		Inconclusive       bool
		RuleOK             bool
		Suppressions       []sarifSuppression
	}
	var gots []got
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		x := got{RuleID: r.RuleID, Level: r.Level, URI: loc.ArtifactLocation.URI, Fingerprint: r.PartialFingerprints[fingerprintKey],
			Inconclusive: r.Properties.Inconclusive, RuleOK: run.Tool.Driver.Rules[r.RuleIndex].ID == r.RuleID,
			Suppressions: r.Suppressions}
		if loc.Region != nil {
			x.Line, x.End, x.Col = loc.Region.StartLine, loc.Region.EndLine, loc.Region.StartColumn
		}
		gots = append(gots, x)
	}
	want := []got{
		{RuleID: "ACME-TAG-001", Level: "warning", URI: "main.tf", Line: 5, End: 7, Fingerprint: "f-tag", RuleOK: true},
		{RuleID: "AWS-S3-004", Level: "note", URI: "main.tf", Line: 5, End: 7, Col: 1, Fingerprint: "f-log", RuleOK: true},
		{RuleID: "AWS-S3-001", Level: "error", URI: "main.tf", Line: 11, End: 11, Col: 3, Fingerprint: "f-acl", RuleOK: true},
		{RuleID: "AWS-EC2-001", Level: "error", URI: "main.tf", Line: 17, End: 24, Col: 3, Fingerprint: "f-sg", RuleOK: true},
		{RuleID: "AWS-RDS-002", Level: "error", URI: "modules/db/main.tf", Line: 4, End: 4, Col: 3, Fingerprint: "f-rds", RuleOK: true},
		{RuleID: "AWS-S3-001", Level: "note", URI: "main.tf", Line: 29, End: 29, Col: 3, Fingerprint: "f-unknown", Inconclusive: true, RuleOK: true},
		{RuleID: "AWS-IAM-001", Level: "error", URI: "iam.tf", Line: 4, End: 4, Col: 3, Fingerprint: "f-iam", RuleOK: true,
			Suppressions: []sarifSuppression{{Kind: "inSource", Justification: "break-glass role, approved by security (until 2027-01-31)"}}},
	}
	if diff := cmp.Diff(want, gots); diff != "" {
		t.Errorf("SARIF results mismatch (-want +got):\n%s", diff)
	}
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]string{"ACME-TAG-001", "AWS-EC2-001", "AWS-IAM-001", "AWS-RDS-002", "AWS-S3-001", "AWS-S3-004"}, ids); diff != "" {
		t.Errorf("SARIF rules mismatch (-want +got):\n%s", diff)
	}
	s3 := run.Tool.Driver.Rules[4]
	if diff := cmp.Diff(sarifRuleProperies{SecuritySeverity: "8.0", Severity: "HIGH", Tags: []string{"data", "security", "cis-aws", "nist-800-53"}}, s3.Properties); diff != "" {
		t.Errorf("AWS-S3-001 properties mismatch (-want +got):\n%s", diff)
	}
	if !strings.Contains(s3.Help.Markdown, `Set acl = "private"`) {
		t.Errorf("AWS-S3-001 help lacks the remediation: %q", s3.Help.Markdown)
	}
}

func TestSARIFURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"main.tf", "main.tf"},
		{"modules/db/main.tf", "modules/db/main.tf"},
		{"dir with space/a#b.tf", "dir%20with%20space/a%23b.tf"},
		{"c:odd.tf", "./c:odd.tf"},
	}
	for _, tt := range tests {
		if got := sarifURI(tt.in); got != tt.want {
			t.Errorf("sarifURI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSARIFAbsolutePath(t *testing.T) {
	abs, err := filepath.Abs(filepath.Join("testdata", "x y.tf"))
	if err != nil {
		t.Fatal(err)
	}
	got := sarifPhysicalOf(abs, 2, 3, 1).ArtifactLocation
	want := sarifArtifact{URI: (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("absolute path location mismatch (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(got.URI, "file://") || !strings.HasSuffix(got.URI, "/testdata/x%20y.tf") {
		t.Errorf("URI %q is not an encoded file URI", got.URI)
	}
}

func TestJUnitCounts(t *testing.T) {
	g, res := fixture(t)
	var buf bytes.Buffer
	if err := Write(&buf, FormatJUnit, g, res, Options{Rules: catalogue()}); err != nil {
		t.Fatal(err)
	}
	var doc junitSuites
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("output is not XML: %v", err)
	}
	type counts struct {
		Name                             string
		Tests, Failures, Errors, Skipped int
	}
	var got []counts
	for _, s := range doc.Suites {
		got = append(got, counts{s.Name, len(s.Cases), s.Failures, s.Errors, s.Skipped})
	}
	got = append(got, counts{"total", doc.Tests, doc.Failures, doc.Errors, doc.Skipped})
	want := []counts{
		{"ACME-TAG-001", 1, 1, 0, 0},
		{"AWS-EC2-001", 1, 1, 0, 0},
		{"AWS-IAM-001", 1, 0, 0, 1}, // suppressed, so skipped
		{"AWS-RDS-002", 1, 1, 0, 0},
		{"AWS-S3-001", 2, 1, 0, 1},
		{"AWS-S3-004", 1, 1, 0, 0},
		{"preflight", 1, 0, 1, 0},
		{"total", 8, 5, 1, 2},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JUnit counts mismatch (-want +got):\n%s", diff)
	}
}

func TestGitHubEscaping(t *testing.T) {
	res := &eval.Result{Findings: []eval.Finding{{
		RuleID: "X-1", Title: "Odd: title, here", Severity: "MEDIUM", Resource: "r.x",
		File: "a,b:c%.tf", StartLine: 3, EndLine: 4, Message: "100% bad\r\nsecond: line, yes",
	}}}
	var buf bytes.Buffer
	if err := Write(&buf, FormatGitHub, nil, res, Options{}); err != nil {
		t.Fatal(err)
	}
	want := "::warning file=a%2Cb%3Ac%25.tf,line=3,endLine=4,title=X-1 Odd%3A title%2C here::100%25 bad%0D%0Asecond: line, yes [MEDIUM r.x]\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("github output mismatch (-want +got):\n%s", diff)
	}
}

func TestMarkdownEscaping(t *testing.T) {
	res := &eval.Result{Findings: []eval.Finding{{
		RuleID: "X-1", Title: "a|b", Severity: "LOW", Category: "data", Resource: "r.x",
		File: "m.tf", StartLine: 1, Message: "<script> *bold* `x`\nnext",
	}}}
	var buf bytes.Buffer
	if err := Write(&buf, FormatMarkdown, nil, res, Options{}); err != nil {
		t.Fatal(err)
	}
	wantRow := "| LOW | [X-1](docs/rules.md#x-1) | a\\|b | `m.tf:1` | `r.x` | &lt;script&gt; \\*bold\\* \\`x\\` next |\n"
	if !strings.Contains(buf.String(), wantRow) {
		t.Errorf("markdown lacks row %q:\n%s", wantRow, buf.String())
	}
}
