package eval_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// slowPolicy loops over 25 million pairs for every bucket: seconds of work
// that only the timeout stops.
const slowPolicy = `# METADATA
# title: Slow
# description: Takes far longer than the timeout.
# custom:
#   id: ACME-SLOW
#   severity: low
#   category: data
package acme.slow

import data.lib

deny contains v if {
	some r in lib.resources("aws_s3_bucket")
	n := count([x | some a in numbers.range(1, 5000); some b in numbers.range(1, 5000); x := a * b])
	n < 0
	v := lib.violation(r, ["bucket"], "never")
}
`

func TestEvalTimeout(t *testing.T) {
	dir := writePolicy(t, map[string]string{"slow.rego": slowPolicy})
	e, err := eval.New(context.Background(), eval.Options{PolicyDirs: []string{dir}, Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	g := &graph.Graph{Resources: []*graph.Resource{{ID: "aws_s3_bucket.a", Type: "aws_s3_bucket", Name: "a",
		Provider: "aws", Format: graph.FormatTerraform, Range: rng("main.tf", 1, 2), Attributes: map[string]any{}}}}
	start := time.Now()
	_, err = e.Eval(context.Background(), g)
	elapsed := time.Since(start)
	var te *eval.TimeoutError
	if !errors.As(err, &te) {
		t.Fatalf("Eval() error = %v; want a *TimeoutError", err)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Eval() error %v does not unwrap to context.DeadlineExceeded", err)
	}
	want := "evaluate policies: not finished after 200ms (the evaluation timeout) while evaluating rule ACME-SLOW (" + filepath.ToSlash(dir) + "/slow.rego)"
	if err.Error() != want {
		t.Errorf("Eval() error = %q; want %q", err, want)
	}
	// OPA checks for cancellation between evaluation steps, so it stops
	// soon after the deadline; the rule alone would take many seconds.
	if elapsed > 5*time.Second {
		t.Errorf("Eval() returned after %v; want soon after the 200ms timeout", elapsed)
	}
}

// TestEvalTimeoutNotReached checks that a timeout that does not expire
// changes nothing, and that a negative one is refused.
func TestEvalTimeoutNotReached(t *testing.T) {
	dir := writePolicy(t, map[string]string{"acme/named.rego": userPolicy})
	e, err := eval.New(context.Background(), eval.Options{PolicyDirs: []string{dir}, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	g := &graph.Graph{Resources: []*graph.Resource{{ID: "aws_s3_bucket.a", Type: "aws_s3_bucket", Name: "a",
		Provider: "aws", Format: graph.FormatTerraform, Range: rng("main.tf", 1, 2), Attributes: map[string]any{}}}}
	res, err := e.Eval(context.Background(), g)
	if err != nil || len(res.Findings) != 1 {
		t.Errorf("Eval() = %+v, %v; want one finding", res, err)
	}
	_, err = eval.New(context.Background(), eval.Options{PolicyDirs: []string{dir}, Timeout: -time.Second})
	if err == nil || !strings.Contains(err.Error(), "negative timeout") {
		t.Errorf("New(Timeout: -1s) error = %v; want a negative timeout error", err)
	}
}
