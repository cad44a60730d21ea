package main

import (
	"encoding/json"
	"fmt"
	"maps"

	"github.com/spf13/cobra"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/parser"
)

type inspectOptions struct {
	varFlags
}

func (a *app) inspectCommand() *cobra.Command {
	o := &inspectOptions{}
	c := &cobra.Command{
		Use:   "inspect [PATH...]",
		Short: "Print the normalized resource graph that policies are evaluated against",
		Long: `Print, as JSON, the normalized resource graph of the modules at PATH (default:
the current directory): the exact input document Rego policies see, plus,
for each resource, where values came from ("origins"), why values are
unknown before deploy ("unknowns"), why its existence is unknown
("existence"), and the diagnostics of the scan. Write policies against it.`,
		Example: `  preflight inspect infra
  preflight inspect infra --var-file prod.tfvars`,
		RunE: func(c *cobra.Command, args []string) error {
			a.code = a.inspect(o, args)
			return nil
		},
	}
	o.varFlags.register(c.Flags())
	return c
}

func (a *app) inspect(o *inspectOptions, paths []string) int {
	popts, err := o.parserOptions(a.env)
	if err != nil {
		return a.fail(err)
	}
	g, err := parser.Load(paths, popts)
	if err != nil {
		return a.fail(err)
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(inspectDocument(g)); err != nil {
		return a.fail(fmt.Errorf("write graph: %w", err))
	}
	if g.Diagnostics.HasErrors() {
		return exitError
	}
	return exitOK
}

// inspectDocument is eval.Input(g) with, on each entry of "resources", the
// provenance the Rego input leaves out (it is for people, not policies),
// and the scan's diagnostics. Entries are copied, never modified, because
// "by_type" shares them.
func inspectDocument(g *graph.Graph) map[string]any {
	doc := maps.Clone(eval.Input(g))
	if resources, ok := doc["resources"].(map[string]any); ok {
		byID := make(map[string]*graph.Resource, len(g.Resources))
		for _, r := range g.Resources {
			byID[r.ID] = r
		}
		out := make(map[string]any, len(resources))
		for id, v := range resources {
			entry, isMap := v.(map[string]any)
			r := byID[id]
			if !isMap || r == nil {
				out[id] = v
				continue
			}
			entry = maps.Clone(entry)
			if len(r.Origins) > 0 {
				origins := make(map[string]string, len(r.Origins))
				for path, o := range r.Origins {
					origins[path] = o.String()
				}
				entry["origins"] = origins
			}
			if len(r.Unknowns) > 0 {
				entry["unknowns"] = r.Unknowns
			}
			if r.Existence != "" {
				entry["existence"] = r.Existence
			}
			out[id] = entry
		}
		doc["resources"] = out
	}
	diags := g.Diagnostics
	if diags == nil {
		diags = graph.Diagnostics{}
	}
	doc["diagnostics"] = diags
	return doc
}
