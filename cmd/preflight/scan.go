package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/fix"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/parser"
	"github.com/preflight-iac/preflight/policies"
	"github.com/preflight-iac/preflight/report"
)

// policyFlags choose the rules: the built-in catalogue and --policy dirs.
type policyFlags struct {
	dirs      []string
	noBuiltin bool
	// timeout bounds the policy evaluation of commands that scan; 0 is no
	// limit.
	timeout time.Duration
}

func (p *policyFlags) register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&p.dirs, "policy", nil, "also load the Rego policies in `DIR` (repeatable)")
	fs.BoolVar(&p.noBuiltin, "no-builtin", false, "do not load the built-in rule catalogue")
}

// registerTimeout adds --timeout, for the commands that evaluate policies.
func (p *policyFlags) registerTimeout(fs *pflag.FlagSet) {
	fs.DurationVar(&p.timeout, "timeout", 0, "stop evaluating policies after `DURATION` (e.g. 2m) with an error; 0 means no limit")
}

// engine compiles the chosen rules: the config's policy folders, then
// --policy ones, with the config's skip, severity overrides and unignorable
// rules. cfg may be nil. A rule id in the config that no policy defines is
// a *configError at its line.
func (a *app) engine(ctx context.Context, p *policyFlags, cfg *config) (*eval.Engine, error) {
	opts := eval.Options{PolicyDirs: p.dirs, Timeout: p.timeout}
	if !p.noBuiltin {
		opts.Builtin = policies.FS
	}
	if cfg != nil {
		opts.PolicyDirs = append(slices.Clone(cfg.Policies), p.dirs...)
		opts.Skip = cfg.Skip
		opts.SeverityOverrides = cfg.SeverityOverrides
		opts.Unignorable = cfg.Unignorable
	}
	eng, err := eval.New(ctx, opts)
	if err != nil {
		var ue *eval.UnknownRuleError
		if cfg != nil && errors.As(err, &ue) {
			return nil, cfg.unknownRule(ue.ID)
		}
		return nil, err
	}
	if cfg != nil {
		if err := cfg.checkRuleIDs(eng.Rules()); err != nil {
			return nil, err
		}
	}
	return eng, nil
}

// configFlag is --config, shared by the commands that read the config.
type configFlag struct {
	file string
}

func (f *configFlag) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.file, "config", "", "read the configuration from `FILE` instead of looking for .preflight.yaml from the first PATH up to the repository root")
}

// load returns the config named by --config, else the one found from the
// first scanned path (or the working directory) upward; nil when there is
// none.
func (f *configFlag) load(paths []string) (*config, error) {
	file := f.file
	if file == "" {
		start := "."
		if len(paths) > 0 {
			start = paths[0]
		}
		found, err := findConfig(start)
		if err != nil || found == "" {
			return nil, err
		}
		file = displayPath(found)
	}
	return loadConfig(file)
}

// failPolicy prints an error of eval and returns exitError. A
// *eval.PolicyError (a policy that does not compile, or a rule that returns
// a malformed result) is printed as its file:line diagnostics, one a line.
func (a *app) failPolicy(err error) int {
	a.progress.stop()
	var pe *eval.PolicyError
	if !errors.As(err, &pe) {
		return a.fail(err)
	}
	lines := report.DiagnosticLines(pe.Diagnostics, graph.Error)
	if len(lines) == 0 {
		lines = []string{err.Error()}
	}
	for _, line := range lines {
		fmt.Fprintf(a.stderr, "%s\n", line)
	}
	fmt.Fprintf(a.stderr, "preflight: %d policy %s\n", len(lines), pluralWord(len(lines), "error"))
	return exitError
}

type scanOptions struct {
	format             string
	outputs            []string
	severity           string
	failOnInconclusive bool
	noColor            bool
	varFlags
	policyFlags
	configFlag
	baseline     string
	changedSince string
	quiet        bool
	// changed reports whether a flag was given on the command line, where
	// it wins over the config.
	changed func(name string) bool
}

func (a *app) scanCommand() *cobra.Command {
	o := &scanOptions{}
	c := &cobra.Command{
		Use:   "scan [PATH...]",
		Short: "Scan Terraform files and ARM templates and report misconfigurations",
		Long: `Scan the Terraform modules at PATH (default: the current directory) and
report what breaks the customer's side of the shared-responsibility model.

Findings at or above --severity fail the run (exit 1); findings below it are
shown but do not fail. A result that depends on a value unknown before
deploy is reported as inconclusive and does not fail the run unless
--fail-on-inconclusive is given.

Settings come from .preflight.yaml, found from the first PATH up to the
repository root, or from --config FILE; flags win over it. --baseline FILE
(or the config's baseline) suppresses the findings recorded by
preflight baseline.

--format chooses the report on stdout (text, json, sarif, junit, github,
markdown); --output FORMAT=FILE writes more reports to files in the same run.

Exit codes: 0 nothing at or above the threshold, 1 findings, 2 an error
(bad flag, unreadable or unparsable file, bad policy). A file that does not
parse is reported and the others are still scanned.`,
		Example: `  preflight scan
  preflight scan infra --severity HIGH
  preflight scan infra --var-file prod.tfvars --var env=prod
  preflight scan infra --format json > findings.json
  preflight scan infra --output sarif=preflight.sarif --output markdown=summary.md`,
		RunE: func(c *cobra.Command, args []string) error {
			o.changed = c.Flags().Changed
			code, err := a.scan(c.Context(), o, args)
			a.code = code
			return err
		},
	}
	fs := c.Flags()
	fs.StringVar(&o.format, "format", report.FormatText, "stdout's format: "+strings.Join(report.Formats(), ", "))
	fs.StringArrayVar(&o.outputs, "output", nil, "also write the report in `FORMAT=FILE` (repeatable), e.g. sarif=preflight.sarif")
	fs.StringVar(&o.severity, "severity", "LOW", "fail on findings at or above `LEVEL`: CRITICAL, HIGH, MEDIUM or LOW")
	fs.BoolVar(&o.failOnInconclusive, "fail-on-inconclusive", false, "also fail when a result at or above --severity is inconclusive")
	fs.BoolVar(&o.noColor, "no-color", false, "never colour the output (colour is on only on a terminal without NO_COLOR)")
	o.varFlags.register(fs)
	o.policyFlags.register(fs)
	o.policyFlags.registerTimeout(fs)
	o.configFlag.register(fs)
	fs.StringVar(&o.baseline, "baseline", "", "suppress the findings recorded in the baseline `FILE` (written by preflight baseline)")
	fs.StringVar(&o.changedSince, "changed-since", "", "report only findings on lines changed since the git `REF` (its merge base with HEAD), for pull requests")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "print only findings and errors: no summary, inconclusive results or warnings, nothing on a clean scan")
	return c
}

// evaluate is what scan and baseline share: it loads the config, compiles
// the rules, parses paths, evaluates and drops the findings in excluded
// files. On failure it has printed the problem and returns its exit code.
func (a *app) evaluate(ctx context.Context, vf varFlags, pf *policyFlags, cf configFlag, paths []string) (*scanRun, int) {
	cfg, err := cf.load(paths)
	if err != nil {
		return nil, a.fail(err)
	}
	if cfg != nil {
		vf = cfg.withVars(vf)
	}
	popts, err := vf.parserOptions(a.env)
	if err != nil {
		return nil, a.fail(err)
	}
	popts.Exclude = cfg.excludeFunc()
	a.progress.set("compiling policies")
	eng, err := a.engine(ctx, pf, cfg)
	if err != nil {
		return nil, a.failPolicy(err)
	}
	a.progress.set("parsing")
	g, err := parser.Load(paths, popts)
	if err != nil {
		return nil, a.fail(err)
	}
	a.progress.set("evaluating %d rules on %d resources", len(eng.Rules()), len(g.Resources))
	res, err := eng.Eval(ctx, g)
	if err != nil {
		return nil, a.failPolicy(err)
	}
	if cfg != nil {
		res.Findings = cfg.dropExcluded(res.Findings)
		res.Inconclusive = cfg.dropExcluded(res.Inconclusive)
		res.Suppressed = cfg.dropExcluded(res.Suppressed)
	}
	if keep := namedModules(paths); keep != nil {
		res.Findings = keep(g, res.Findings)
		res.Inconclusive = keep(g, res.Inconclusive)
		res.Suppressed = keep(g, res.Suppressed)
	}
	return &scanRun{cfg: cfg, eng: eng, g: g, res: res}, exitOK
}

// scanRun is what evaluate produced; cfg is nil without a config.
type scanRun struct {
	cfg *config
	eng *eval.Engine
	g   *graph.Graph
	res *eval.Result
}

// scan returns the exit code, or an error for a bad flag value, which run
// reports as a usage error.
func (a *app) scan(ctx context.Context, o *scanOptions, paths []string) (int, error) {
	if err := checkScanFormat(o.format); err != nil {
		return exitError, err
	}
	outputs, err := parseOutputs(o.outputs)
	if err != nil {
		return exitError, err
	}
	threshold := strings.ToUpper(o.severity)
	if report.SeverityRank(threshold) == 0 {
		return exitError, fmt.Errorf("invalid severity %q (want CRITICAL, HIGH, MEDIUM or LOW)", o.severity)
	}
	var changes *changes
	if o.changedSince != "" {
		dir := "."
		if len(paths) > 0 {
			dir = existingDir(paths[0])
		}
		if changes, err = changedSince(ctx, dir, o.changedSince); err != nil {
			return a.fail(err), nil
		}
	}
	if !o.quiet {
		a.progress = a.startProgress(a.stderr)
	}
	sr, code := a.evaluate(ctx, o.varFlags, &o.policyFlags, o.configFlag, paths)
	a.progress.stop()
	a.progress = nil
	if code != exitOK {
		return code, nil
	}
	cfg, eng, g, res := sr.cfg, sr.eng, sr.g, sr.res
	if changes != nil {
		res.Findings = changes.keep(g, res.Findings)
		res.Inconclusive = changes.keep(g, res.Inconclusive)
		res.Suppressed = changes.keep(g, res.Suppressed)
	}
	failOnInconclusive := o.failOnInconclusive
	if cfg != nil {
		if cfg.Severity != "" && !o.flagChanged("severity") {
			threshold = cfg.Severity
		}
		if cfg.FailOnInconclusive != nil && !o.flagChanged("fail-on-inconclusive") {
			failOnInconclusive = *cfg.FailOnInconclusive
		}
	}
	baselineFile := o.baseline
	if baselineFile == "" && cfg != nil && cfg.Baseline != "" {
		baselineFile = displayPath(cfg.Baseline)
	}
	var warnings graph.Diagnostics
	if baselineFile != "" {
		b, err := readBaseline(baselineFile)
		if err != nil {
			return a.fail(err), nil
		}
		if d, ok := b.apply(baselineFile, res); ok {
			res.Diagnostics = append(res.Diagnostics, d)
			warnings = append(warnings, d)
		}
	}

	ropts := report.Options{
		Color:     o.format == report.FormatText && a.useColor(o.noColor),
		Threshold: threshold,
		Rules:     eng.Rules(),
		Version:   version(),
		Quiet:     o.quiet,
	}
	if o.format == report.FormatSARIF || slices.ContainsFunc(outputs, func(out output) bool { return out.format == report.FormatSARIF }) {
		ropts.Fixes = sarifFixes(g, res.Findings)
	}
	if err := report.Write(a.stdout, o.format, g, res, ropts); err != nil {
		return a.fail(err), nil
	}
	for _, out := range outputs {
		if err := writeOutput(out, g, res, ropts); err != nil {
			return a.fail(err), nil
		}
	}

	if !o.quiet && (o.format != report.FormatText || !a.isTerminal(a.stdout)) {
		// The text report lists warnings itself; when it is on the
		// terminal, a copy on stderr would say everything twice. Otherwise
		// stdout goes to a file, a pager or a program, and stderr is where
		// a person sees them.
		for _, line := range report.DiagnosticLines(append(slices.Clip(g.Diagnostics), warnings...), graph.Warning) {
			fmt.Fprintf(a.stderr, "warning: %s\n", line)
		}
	}
	if errs := report.DiagnosticLines(g.Diagnostics, graph.Error); len(errs) > 0 {
		switch o.format {
		case report.FormatText:
			// The text report lists them itself.
		case report.FormatJSON:
			fmt.Fprintf(a.stderr, "preflight: %d %s in the scanned files; see \"errors\" in the report\n", len(errs), pluralWord(len(errs), "error"))
		default:
			fmt.Fprintf(a.stderr, "preflight: %d %s in the scanned files; see the report\n", len(errs), pluralWord(len(errs), "error"))
		}
		return exitError, nil
	}
	if report.Failing(res, threshold) > 0 {
		return exitFindings, nil
	}
	if failOnInconclusive {
		for _, f := range res.Inconclusive {
			if report.AtOrAbove(f.Severity, threshold) {
				return exitFindings, nil
			}
		}
	}
	return exitOK, nil
}

// sarifFixes computes each finding's automatic fix as edits for SARIF, as
// if it were the only one; fixes that replace the resource are included
// (SARIF says so in the fix's description), templates are not.
func sarifFixes(g *graph.Graph, findings []eval.Finding) map[string][]report.FixEdit {
	plan := fix.Plan(g, findings, fix.Options{AllowReplace: true})
	out := map[string][]report.FixEdit{}
	for _, f := range plan.Fixed {
		for _, e := range f.Edits {
			out[f.Finding.Fingerprint] = append(out[f.Finding.Fingerprint], report.FixEdit{File: e.Path, Start: e.Start, End: e.End, Text: e.Text})
		}
	}
	return out
}

// namedModules is file-name mode (the pre-commit hook passes the staged
// files): when every path is a file, the parser scans each file's folder,
// and only the results of the modules and templates those files belong to
// are kept, not those of other root modules or templates found below the
// folder. A Terraform resource belongs to the root module it was evaluated
// in (its scope), an ARM resource to its template file. nil when a path is
// a folder, which reports everything below it.
func namedModules(paths []string) func(*graph.Graph, []eval.Finding) []eval.Finding {
	if len(paths) == 0 {
		return nil
	}
	dirs := map[string]bool{}
	for _, p := range paths {
		if info, err := os.Stat(p); err != nil || info.IsDir() {
			return nil
		}
		dirs[filepath.ToSlash(filepath.Clean(filepath.Dir(p)))] = true
	}
	return func(g *graph.Graph, fs []eval.Finding) []eval.Finding {
		scopes := make(map[string]string, len(g.Resources))
		for _, r := range g.Resources {
			scope := r.Scope
			if r.Format == graph.FormatARM {
				scope = path.Dir(scope)
			}
			scopes[r.ID] = path.Clean(scope)
		}
		var out []eval.Finding
		for _, f := range fs {
			if dirs[scopes[f.Resource]] {
				out = append(out, f)
			}
		}
		return out
	}
}

// existingDir is path's folder when path is a file, else path.
func existingDir(path string) string {
	if info, err := os.Stat(path); err == nil && !info.IsDir() {
		return filepath.Dir(path)
	}
	return path
}

func (o *scanOptions) flagChanged(name string) bool {
	return o.changed != nil && o.changed(name)
}

// checkFormat accepts the formats of commands that print a catalogue or a
// graph (rules): text and json.
func checkFormat(format string) error {
	if format != report.FormatText && format != report.FormatJSON {
		return fmt.Errorf("invalid format %q (want text or json)", format)
	}
	return nil
}

// checkScanFormat accepts every report format.
func checkScanFormat(format string) error {
	if !slices.Contains(report.Formats(), format) {
		return fmt.Errorf("invalid format %q (want %s)", format, strings.Join(report.Formats(), ", "))
	}
	return nil
}

func pluralWord(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
