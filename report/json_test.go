package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/preflight-iac/preflight/eval"
)

// TestWriteIndentedMatchesEncoder checks the hand-assembled document
// against encoding/json's own indentation, byte for byte, for finding lists
// of every size around the split into chunks, with text that encoding/json
// would HTML-escape and multi-byte characters.
func TestWriteIndentedMatchesEncoder(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 100, 1001} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			doc := jsonReport{
				Version:      JSONVersion,
				Findings:     findingsForJSON(n, ""),
				Inconclusive: findingsForJSON(n/2, "var.acl is unknown <before> deploy & more"),
				Suppressed:   []eval.Finding{},
				Summary: jsonSummary{Files: 3, Resources: n, Findings: n,
					BySeverity: map[string]int{"HIGH": n, "LOW": 1}, ByCategory: map[string]int{}},
				Errors:   []jsonDiag{{File: "a.tf", Line: 2, Message: "bad <thing>"}},
				Warnings: []jsonDiag{},
			}
			if n > 2 {
				doc.Suppressed = []eval.Finding{{RuleID: "X", Suppression: &eval.Suppression{Source: "inline", Reason: "ok — «why»"}}}
			}
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(doc); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := writeIndented(&got, doc); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("writeIndented differs from json.Encoder:\n got %q\nwant %q", tail(got.String()), tail(want.String()))
			}
		})
	}
}

func findingsForJSON(n int, cause string) []eval.Finding {
	fs := make([]eval.Finding, n)
	for i := range fs {
		fs[i] = eval.Finding{
			RuleID: fmt.Sprintf("AWS-S3-%03d", i%7), Title: "Bucket <public> & open", Severity: "HIGH",
			Resource: fmt.Sprintf("aws_s3_bucket.b%d", i), File: "main.tf", StartLine: i + 1, EndLine: i + 2,
			Attribute: "acl", Message: "bucket \"b\" is public — fix it", Cause: cause,
			Fix:         eval.Fix{Available: i%2 == 0, Description: "Set acl = \"private\""},
			Fingerprint: fmt.Sprintf("%032x", i),
		}
	}
	return fs
}

func tail(s string) string {
	if len(s) > 400 {
		return "…" + s[len(s)-400:]
	}
	return s
}
