package graph

import (
	"path"
	"sort"
	"strings"
)

// Formats of Resource.Format.
const (
	FormatTerraform = "terraform"
	FormatARM       = "arm"
)

// Graph is the normalized resource graph of one scan.
type Graph struct {
	// Resources in a stable order: by file, then start line, then ID.
	Resources []*Resource `json:"resources"`
	// Files holds the original bytes of every file read, keyed by the
	// reported path (Range.Filename). report needs them for snippets and
	// fix for edits. The graph owns these slices; do not modify them.
	Files map[string][]byte `json:"-"`
	// Diagnostics about the input: syntax errors, modules not followed,
	// unsupported functions. A file with errors still contributes whatever
	// could be evaluated.
	Diagnostics Diagnostics `json:"diagnostics,omitempty"`
}

// Resource is one resource (or data source) instance, whatever its format.
type Resource struct {
	// ID is the address: Terraform's canonical address
	// (module.net.aws_security_group.web[0], data.aws_iam_policy_document.x)
	// or, for ARM, type + "/" + evaluated full name.
	ID string `json:"id"`
	// Type and Name: aws_s3_bucket / logs; Microsoft.Storage/storageAccounts / mystore.
	Type string `json:"type"`
	Name string `json:"name"`
	// Provider: aws, azurerm, google, … for Terraform; azure for ARM.
	Provider string `json:"provider"`
	// Format is FormatTerraform or FormatARM.
	Format string `json:"format"`
	// Module is the module address (module.net, module.a["k"].module.b); empty at the root.
	Module string `json:"module"`
	// Scope is the deployment unit the resource belongs to: for Terraform the
	// reported directory of its root module (infra/envs/prod, "." for the
	// current directory), for ARM its template file. Addresses are unique
	// only within a scope; see Graph.Qualify.
	Scope string `json:"scope"`
	// Range is the whole resource block or object.
	Range Range `json:"range"`
	// Attributes is the evaluated configuration. Terraform: arguments as
	// values and nested blocks as arrays of objects (always arrays). ARM: the
	// resource object with every template expression evaluated. Values are
	// JSON-compatible; unknown values are markers made by Unknown.
	Attributes map[string]any `json:"attributes"`
	// References are the IDs of the resources this one refers to, sorted and
	// without duplicates.
	References []string `json:"references"`

	// Ranges maps a dotted attribute path ("versioning.0.enabled") to the
	// source range of the expression or block that sets it.
	Ranges map[string]Range `json:"-"`
	// Origins maps a dotted attribute path to where its value came from
	// when that is not simply the expression at Ranges[path]: a variable,
	// a tfvars file, a module input.
	Origins map[string]Origin `json:"-"`
	// Unknowns maps the expression of each unknown marker in Attributes to a
	// cause a user can act on ("var.acl has no value; pass -var or -var-file").
	Unknowns map[string]string `json:"-"`
	// Existence, when not empty, says why it is unknown whether or how many
	// instances of this resource exist (count or for_each not known before
	// deploy). Every result for such a resource is inconclusive.
	Existence string `json:"-"`
}

// Origin is the chain of places a value passed through, from the expression
// written in the resource back to the place that supplied it:
// var.acl ← terraform.tfvars:3.
type Origin []Step

// Step is one link of an Origin.
type Step struct {
	// Expr names the step: "var.acl", "local.name", "module.b input acl",
	// "default", "terraform.tfvars", "-var", "TF_VAR_acl".
	Expr  string `json:"expr"`
	Range Range  `json:"range"`
}

// String formats the origin as "var.acl ← terraform.tfvars:3".
func (o Origin) String() string {
	var b strings.Builder
	for i, s := range o {
		if i > 0 {
			b.WriteString(" ← ")
		}
		// A step that is a file (terraform.tfvars) is named by its location alone.
		expr := s.Expr
		if expr == path.Base(s.Range.Filename) {
			expr = ""
		}
		b.WriteString(expr)
		if l := s.Range.Line(); l != "" {
			if expr != "" {
				b.WriteString(" ")
			}
			b.WriteString(l)
		}
	}
	return b.String()
}

// RangeOf returns the source range of the attribute at path (dotted), falling
// back to the nearest ancestor that has one, then to the whole resource.
func (r *Resource) RangeOf(path string) Range {
	for p := path; p != ""; {
		if rg, ok := r.Ranges[p]; ok {
			return rg
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return r.Range
}

// Sort orders resources by file, start line, then ID, so output never depends
// on map order or file-system order.
func (g *Graph) Sort() {
	sort.SliceStable(g.Resources, func(i, j int) bool {
		a, b := g.Resources[i], g.Resources[j]
		if a.Range.Filename != b.Range.Filename {
			return a.Range.Filename < b.Range.Filename
		}
		if a.Range.Start.Line != b.Range.Start.Line {
			return a.Range.Start.Line < b.Range.Start.Line
		}
		return a.ID < b.ID
	})
}

// Qualify makes IDs unique across scopes. When the graph holds resources of
// more than one scope (two Terraform root modules each with an
// aws_s3_bucket.logs), every ID and reference is prefixed with its scope and
// a colon: envs/prod:aws_s3_bucket.logs. With a single scope, IDs stay the
// plain addresses users know. References never cross scopes, so each is
// prefixed with the scope of the resource that holds it.
func (g *Graph) Qualify() {
	scopes := map[string]bool{}
	for _, r := range g.Resources {
		scopes[r.Scope] = true
	}
	if len(scopes) < 2 {
		return
	}
	for _, r := range g.Resources {
		p := r.Scope + ":"
		r.ID = p + r.ID
		for i, ref := range r.References {
			r.References[i] = p + ref
		}
	}
}

// Merge appends the resources, files and diagnostics of other to g.
func (g *Graph) Merge(other *Graph) {
	if other == nil {
		return
	}
	g.Resources = append(g.Resources, other.Resources...)
	if g.Files == nil {
		g.Files = map[string][]byte{}
	}
	for k, v := range other.Files {
		g.Files[k] = v
	}
	g.Diagnostics = append(g.Diagnostics, other.Diagnostics...)
}
