package eval

import (
	"context"
	"errors"
	"testing"

	"github.com/preflight-iac/preflight/policies"
)

func TestSkipAndSeverityOverrides(t *testing.T) {
	tests := []struct {
		name      string
		opts      Options
		wantRule  string // a rule that must be present, with wantSev
		wantSev   string
		wantGone  string // a rule that must be absent
		wantError string // an UnknownRuleError id
	}{
		{name: "skip removes the rule", opts: Options{Skip: []string{"AWS-S3-004"}}, wantRule: "AWS-S3-003", wantSev: "MEDIUM", wantGone: "AWS-S3-004"},
		{name: "override changes the severity", opts: Options{SeverityOverrides: map[string]string{"AWS-S3-004": "HIGH"}}, wantRule: "AWS-S3-004", wantSev: "HIGH"},
		{name: "unknown id in skip", opts: Options{Skip: []string{"NOPE-1"}}, wantError: "NOPE-1"},
		{name: "unknown id in overrides", opts: Options{SeverityOverrides: map[string]string{"NOPE-2": "LOW"}}, wantError: "NOPE-2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Builtin = policies.FS
			e, err := New(context.Background(), tt.opts)
			if tt.wantError != "" {
				var ure *UnknownRuleError
				if !errors.As(err, &ure) || ure.ID != tt.wantError {
					t.Fatalf("New(%+v) error = %v; want UnknownRuleError{%s}", tt.opts, err, tt.wantError)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			sev := map[string]string{}
			for _, r := range e.Rules() {
				sev[r.ID] = r.Severity
			}
			if got := sev[tt.wantRule]; got != tt.wantSev {
				t.Errorf("Rules()[%s].Severity = %q; want %q", tt.wantRule, got, tt.wantSev)
			}
			if _, ok := sev[tt.wantGone]; tt.wantGone != "" && ok {
				t.Errorf("Rules() still has %s", tt.wantGone)
			}
		})
	}
}
