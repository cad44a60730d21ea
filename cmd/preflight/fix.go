package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/fix"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/parser"
	"github.com/preflight-iac/preflight/report"
)

type fixOptions struct {
	apply        bool
	always       bool
	allowReplace bool
	rules        []string
	severity     string
	noColor      bool
	varFlags
	policyFlags
	configFlag
}

func (a *app) fixCommand() *cobra.Command {
	o := &fixOptions{}
	c := &cobra.Command{
		Use:   "fix [PATH...]",
		Short: "Show (or --apply) the automatic fixes of the findings",
		Long: `Fix the findings of a scan in the source, before deploy.

Without --apply (Request Fix), print a unified diff of every fix on stdout
and, on stderr, the findings that cannot be fixed automatically and why.
Nothing is changed; the exit code is 1 when there is something to fix.
The diff applies with git apply or patch -p1.

With --apply (Fix Now), write the fixes (each file atomically), then scan
again and report what remains, with scan's exit code.

A fix that makes the provider replace the resource (encryption of an
existing volume or database) is shown in the diff but applied only with
--allow-replace: existing data is not migrated. A fix that needs a value
only you know (a KMS key, a log bucket) is offered as a template to fill in.

--always (Always Fix, for the pre-commit hook preflight-fix) fixes only the
rules listed under fix.always in .preflight.yaml, applies them, and exits 1
when it changed a file, so that you review and stage the changes.`,
		Example: `  preflight fix infra
  preflight fix infra | git apply
  preflight fix --apply --rule AWS-S3-002 infra
  preflight fix --apply --allow-replace infra`,
		RunE: func(c *cobra.Command, paths []string) error {
			code, err := a.fix(c.Context(), o, paths)
			a.code = code
			return err
		},
	}
	fs := c.Flags()
	fs.BoolVar(&o.apply, "apply", false, "write the fixes to the files (Fix Now)")
	fs.BoolVar(&o.always, "always", false, "fix only the rules of the config's fix.always, apply, and exit 1 when a file changed (pre-commit)")
	fs.BoolVar(&o.allowReplace, "allow-replace", false, "also apply fixes that make the provider replace the resource")
	fs.StringArrayVar(&o.rules, "rule", nil, "fix only the findings of rule `ID` (repeatable)")
	fs.StringVar(&o.severity, "severity", "LOW", "fix only findings at or above `LEVEL`: CRITICAL, HIGH, MEDIUM or LOW")
	fs.BoolVar(&o.noColor, "no-color", false, "never colour the report printed after --apply")
	o.varFlags.register(fs)
	o.policyFlags.register(fs)
	o.policyFlags.registerTimeout(fs)
	o.configFlag.register(fs)
	return c
}

func (a *app) fix(ctx context.Context, o *fixOptions, paths []string) (int, error) {
	threshold := strings.ToUpper(o.severity)
	if report.SeverityRank(threshold) == 0 {
		return exitError, fmt.Errorf("invalid severity %q (want CRITICAL, HIGH, MEDIUM or LOW)", o.severity)
	}
	sr, code := a.evaluate(ctx, o.varFlags, &o.policyFlags, o.configFlag, paths)
	if code != exitOK {
		return code, nil
	}
	if errs := report.DiagnosticLines(sr.g.Diagnostics, graph.Error); len(errs) > 0 {
		// A file that does not parse is never rewritten, and fixes computed
		// around it could be wrong: say so and stop.
		for _, line := range errs {
			fmt.Fprintf(a.stderr, "%s\n", line)
		}
		fmt.Fprintln(a.stderr, "preflight: the files above do not parse; nothing was fixed")
		return exitError, nil
	}
	rules := o.rules
	if o.always {
		if sr.cfg == nil || len(sr.cfg.FixAlways) == 0 {
			return exitOK, nil
		}
		rules = sr.cfg.FixAlways
	}
	if err := checkRuleIDs(rules, sr.eng.Rules()); err != nil {
		return exitError, err
	}
	var candidates []eval.Finding
	for _, f := range sr.res.Findings {
		if f.Fix.Available && report.AtOrAbove(f.Severity, threshold) && (len(rules) == 0 || slices.Contains(rules, f.RuleID)) {
			candidates = append(candidates, f)
		}
	}
	apply := o.apply || o.always
	plan := fix.Plan(sr.g, candidates, fix.Options{AllowReplace: o.allowReplace || !apply})
	if !apply {
		if _, err := io.WriteString(a.stdout, plan.Diff()); err != nil {
			return a.fail(fmt.Errorf("write diff: %w", err)), nil
		}
		a.printFixSummary(plan, false)
		if len(plan.Fixed)+len(plan.Unfixed) > 0 {
			return exitFindings, nil
		}
		return exitOK, nil
	}
	if err := plan.Write(); err != nil {
		return a.fail(err), nil
	}
	a.printFixSummary(plan, true)
	if o.always {
		if len(plan.Changes) > 0 {
			fmt.Fprintln(a.stderr, "preflight: files were fixed (fix.always); review the changes, stage them and commit again")
			return exitFindings, nil
		}
		return exitOK, nil
	}
	return a.rescan(ctx, o, paths, sr, threshold)
}

// rescan evaluates the fixed files again and prints what remains, as scan
// would, returning scan's exit code.
func (a *app) rescan(ctx context.Context, o *fixOptions, paths []string, before *scanRun, threshold string) (int, error) {
	vf := o.varFlags
	if before.cfg != nil {
		vf = before.cfg.withVars(vf)
	}
	popts, err := vf.parserOptions(a.env)
	if err != nil {
		return a.fail(err), nil
	}
	popts.Exclude = before.cfg.excludeFunc()
	g, err := parser.Load(paths, popts)
	if err != nil {
		return a.fail(err), nil
	}
	res, err := before.eng.Eval(ctx, g)
	if err != nil {
		return a.failPolicy(err), nil
	}
	if before.cfg != nil {
		res.Findings = before.cfg.dropExcluded(res.Findings)
		res.Inconclusive = before.cfg.dropExcluded(res.Inconclusive)
		res.Suppressed = before.cfg.dropExcluded(res.Suppressed)
	}
	ropts := report.Options{Color: a.useColor(o.noColor), Threshold: threshold, Rules: before.eng.Rules(), Version: version()}
	if err := report.Write(a.stdout, report.FormatText, g, res, ropts); err != nil {
		return a.fail(err), nil
	}
	if g.Diagnostics.HasErrors() {
		return exitError, nil
	}
	if report.Failing(res, threshold) > 0 {
		return exitFindings, nil
	}
	return exitOK, nil
}

// printFixSummary tells on stderr what the fixes do and what is left to the
// user, one finding a line, so that stdout stays a clean diff.
func (a *app) printFixSummary(plan *fix.Result, applied bool) {
	verb := "would fix"
	if applied {
		verb = "fixed"
	}
	files := len(plan.Changes)
	if len(plan.Fixed) > 0 {
		fmt.Fprintf(a.stderr, "preflight: %s %d %s in %d %s\n", verb, len(plan.Fixed), pluralWord(len(plan.Fixed), "finding"), files, pluralWord(files, "file"))
	}
	for _, f := range plan.Fixed {
		note := ""
		if f.Finding.Fix.Replaces {
			note = " — replaces the resource; existing data is not migrated"
			if !applied {
				note += " (apply with --allow-replace)"
			}
		}
		fmt.Fprintf(a.stderr, "  %s %s (%s:%d): %s%s\n", f.Finding.RuleID, f.Finding.Resource, f.Finding.File, f.Finding.StartLine, fixDescription(f.Finding), note)
	}
	if len(plan.Unfixed) > 0 {
		fmt.Fprintf(a.stderr, "preflight: %d %s not fixed automatically\n", len(plan.Unfixed), pluralWord(len(plan.Unfixed), "finding"))
	}
	for _, u := range plan.Unfixed {
		fmt.Fprintf(a.stderr, "  %s %s (%s:%d): %s\n", u.Finding.RuleID, u.Finding.Resource, u.Finding.File, u.Finding.StartLine, u.Reason)
		for _, line := range strings.Split(strings.TrimRight(u.Template, "\n"), "\n") {
			if line != "" {
				fmt.Fprintf(a.stderr, "      %s\n", line)
			}
		}
	}
	if len(plan.Fixed)+len(plan.Unfixed) == 0 {
		fmt.Fprintln(a.stderr, "preflight: nothing to fix")
	}
}

func fixDescription(f eval.Finding) string {
	if f.Fix.Description != "" {
		return f.Fix.Description
	}
	return f.Message
}

// checkRuleIDs rejects --rule ids that no loaded rule has.
func checkRuleIDs(ids []string, rules []eval.Rule) error {
	for _, id := range ids {
		if !slices.ContainsFunc(rules, func(r eval.Rule) bool { return r.ID == id }) {
			return fmt.Errorf("unknown rule %q (see preflight rules)", id)
		}
	}
	return nil
}
