package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/report"
)

type rulesOptions struct {
	format string
	policyFlags
}

func (a *app) rulesCommand() *cobra.Command {
	o := &rulesOptions{}
	c := &cobra.Command{
		Use:   "rules",
		Short: "List the rules a scan would apply",
		Long: `List the rules a scan would apply: the built-in catalogue plus any --policy
directories, with id, severity, responsibility category, providers and
whether the rule offers an automatic fix.`,
		Example: `  preflight rules
  preflight rules --format json
  preflight rules --no-builtin --policy ./policies`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			code, err := a.rules(c.Context(), o)
			a.code = code
			return err
		},
	}
	c.Flags().StringVar(&o.format, "format", report.FormatText, "output format: text or json")
	o.policyFlags.register(c.Flags())
	return c
}

// ruleJSON is one entry of `rules --format json`: the catalogue fields a
// user or tool needs to choose and configure rules. Slices and maps are
// never null.
type ruleJSON struct {
	ID         string              `json:"id"`
	Title      string              `json:"title"`
	Severity   string              `json:"severity"`
	Category   string              `json:"category"`
	Providers  []string            `json:"providers"`
	Formats    []string            `json:"formats"`
	Frameworks map[string][]string `json:"frameworks"`
	Fix        bool                `json:"fix"`
}

func (a *app) rules(ctx context.Context, o *rulesOptions) (int, error) {
	if err := checkFormat(o.format); err != nil {
		return exitError, err
	}
	eng, err := a.engine(ctx, &o.policyFlags)
	if err != nil {
		return a.failPolicy(err), nil
	}
	rules := slices.Clone(eng.Rules())
	slices.SortFunc(rules, func(x, y eval.Rule) int { return strings.Compare(x.ID, y.ID) })

	if o.format == report.FormatJSON {
		out := make([]ruleJSON, 0, len(rules))
		for _, r := range rules {
			j := ruleJSON{
				ID: r.ID, Title: r.Title, Severity: r.Severity, Category: r.Category,
				Providers: r.Providers, Formats: r.Formats, Frameworks: r.Frameworks, Fix: r.Fix,
			}
			if j.Providers == nil {
				j.Providers = []string{}
			}
			if j.Formats == nil {
				j.Formats = []string{}
			}
			if j.Frameworks == nil {
				j.Frameworks = map[string][]string{}
			}
			out = append(out, j)
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return a.fail(fmt.Errorf("write rules: %w", err)), nil
		}
		return exitOK, nil
	}

	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tCATEGORY\tPROVIDERS\tFIX\tSOURCE\tTITLE")
	for _, r := range rules {
		fix := "-"
		if r.Fix {
			fix = "yes"
		}
		source := "builtin"
		if !r.Builtin {
			source = r.File
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Category, strings.Join(r.Providers, ","), fix, source, r.Title)
	}
	if err := tw.Flush(); err != nil {
		return a.fail(fmt.Errorf("write rules: %w", err)), nil
	}
	return exitOK, nil
}
