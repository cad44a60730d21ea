package main

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/spf13/cobra"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/internal/policytest"
	"github.com/preflight-iac/preflight/policies"
	"github.com/preflight-iac/preflight/report"
)

type testOptions struct {
	verbose bool
	run     string
	format  string
}

func (a *app) testCommand() *cobra.Command {
	o := &testOptions{}
	c := &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Run the unit tests and fixture cases of policies",
		Long: `Run the tests of policy folders: the Rego unit tests (*_test.rego, with
OPA's test runner) and the fixture cases, IaC files pushed through the real
parsers and rules. A fixture folder is named after the rule it tests and
holds cases bad*, good* and unknown* (a .tf or .json file, or a folder);
bad cases mark each expected finding's line with # want "RULE-ID".
See docs/writing-policies.md.

Without DIR, the built-in catalogue's unit tests run. Exit codes: 0 every
test passed, 1 a test failed, 2 a policy or test does not compile.`,
		Example: `  preflight test ./policies/acme
  preflight test -v --run 'ACME-S3' ./policies/acme
  preflight test`,
		RunE: func(c *cobra.Command, dirs []string) error {
			code, err := a.test(c.Context(), o, dirs)
			a.code = code
			return err
		},
	}
	c.Flags().BoolVarP(&o.verbose, "verbose", "v", false, "list passing tests too")
	c.Flags().StringVar(&o.run, "run", "", "run only tests and fixture cases whose name matches this regular expression")
	c.Flags().StringVar(&o.format, "format", report.FormatText, "output format: text or json")
	return c
}

func (a *app) test(ctx context.Context, o *testOptions, dirs []string) (int, error) {
	if o.format != report.FormatText && o.format != report.FormatJSON {
		return exitError, fmt.Errorf("invalid format %q (want text or json)", o.format)
	}
	filter, err := regexp.Compile(o.run)
	if err != nil {
		return exitError, fmt.Errorf("invalid --run pattern: %w", err)
	}
	modules, tested, err := policytest.Modules(len(dirs) == 0, dirs)
	if err != nil {
		return a.fail(err), nil
	}
	results, err := policytest.Rego(ctx, modules, tested, o.run)
	if err != nil {
		return a.fail(err), nil
	}
	if len(dirs) > 0 {
		eng, err := eval.New(ctx, eval.Options{Builtin: policies.FS, PolicyDirs: dirs})
		if err != nil {
			return a.failPolicy(err), nil
		}
		var ids []string
		for _, r := range eng.Rules() {
			ids = append(ids, r.ID)
		}
		var cases []policytest.Case
		for _, dir := range dirs {
			found, err := policytest.Cases(dir, ids)
			if err != nil {
				return a.fail(err), nil
			}
			for _, c := range found {
				if filter.MatchString(c.Name()) {
					cases = append(cases, c)
				}
			}
		}
		results = append(results, policytest.Fixtures(ctx, eng, cases)...)
	}
	failed := 0
	for _, r := range results {
		if !r.Passed() {
			failed++
		}
	}
	if o.format == report.FormatJSON {
		if results == nil {
			results = []policytest.Result{}
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{"results": results, "failed": failed}); err != nil {
			return a.fail(fmt.Errorf("write results: %w", err)), nil
		}
	} else {
		a.printTestResults(results, failed, o.verbose)
	}
	if failed > 0 {
		return exitFindings, nil
	}
	return exitOK, nil
}

// printTestResults lists failures (and passes with -v) the way go test
// does, then one summary line.
func (a *app) printTestResults(results []policytest.Result, failed int, verbose bool) {
	counts := map[string]int{}
	for _, r := range results {
		counts[r.Kind]++
		if r.Passed() && !verbose {
			continue
		}
		status := "PASS"
		if !r.Passed() {
			status = "FAIL"
		}
		fmt.Fprintf(a.stdout, "%s  %-7s  %s  (%s)\n", status, r.Kind, r.Name, r.Location)
		for _, line := range strings.Split(r.Failure, "\n") {
			if line != "" {
				fmt.Fprintf(a.stdout, "      %s\n", line)
			}
		}
	}
	summary := fmt.Sprintf("%d Rego %s, %d fixture %s", counts["rego"], pluralWord(counts["rego"], "test"), counts["fixture"], pluralWord(counts["fixture"], "case"))
	if failed > 0 {
		fmt.Fprintf(a.stdout, "FAIL: %s; %d failed\n", summary, failed)
		return
	}
	if len(results) == 0 {
		fmt.Fprintln(a.stdout, "ok: no tests found")
		return
	}
	fmt.Fprintf(a.stdout, "ok: %s passed\n", summary)
}
