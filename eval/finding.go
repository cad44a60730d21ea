package eval

import "github.com/preflight-iac/preflight/graph"

// Severities, from most to least severe.
var Severities = []string{"CRITICAL", "HIGH", "MEDIUM", "LOW"}

// Categories are the customer's responsibilities a rule belongs to.
var Categories = []string{"data", "identity", "network", "encryption", "logging"}

// Rule is a rule's metadata, read from its OPA METADATA annotations.
type Rule struct {
	ID          string              `json:"id"`
	Title       string              `json:"title"`
	Description string              `json:"description,omitempty"`
	Severity    string              `json:"severity"`
	Category    string              `json:"category"`
	Remediation string              `json:"remediation,omitempty"`
	Frameworks  map[string][]string `json:"frameworks,omitempty"`
	// Providers and Formats the rule covers, e.g. ["azurerm", "azure"] and
	// ["terraform", "arm"].
	Providers []string `json:"providers"`
	Formats   []string `json:"formats"`
	// Fix reports whether the rule offers an automatic fix.
	Fix bool `json:"fix"`
	// Equivalents maps a peer tool (checkov, tfsec, trivy, kics) to its ids
	// for the same control.
	Equivalents map[string][]string `json:"equivalents,omitempty"`
	// Defaults documents what the rule assumes when a setting it reads is
	// absent: the provider's (or ARM apiVersion's) default.
	Defaults []Default `json:"defaults,omitempty"`
	// File is the policy file the rule was read from; Builtin is false for
	// rules loaded with --policy.
	File    string `json:"file"`
	Builtin bool   `json:"builtin"`
}

// Default is the value a provider gives an absent attribute, and where that
// holds ("hashicorp/aws v4+", "apiVersion 2019-04-01 and later").
type Default struct {
	Attribute string `json:"attribute"`
	Value     string `json:"value"`
	Source    string `json:"source,omitempty"`
}

// Finding is one result of one rule for one resource: an active finding, or,
// when Cause is set, an inconclusive one.
type Finding struct {
	RuleID       string `json:"rule_id"`
	Title        string `json:"title"`
	Severity     string `json:"severity"`
	Category     string `json:"category"`
	Resource     string `json:"resource"`
	ResourceType string `json:"resource_type"`
	Provider     string `json:"provider"`
	File         string `json:"file"`
	StartLine    int    `json:"start_line"`
	EndLine      int    `json:"end_line"`
	// Attribute is the dotted path of the attribute at fault; empty when the
	// resource as a whole is at fault (a companion resource is missing).
	Attribute string `json:"attribute"`
	Message   string `json:"message"`
	// Origin says where the offending value came from when it was not
	// written in the resource itself: "var.acl ← terraform.tfvars:3".
	Origin string `json:"origin,omitempty"`
	// Cause is set on inconclusive results only: why the value is unknown.
	Cause       string `json:"cause,omitempty"`
	Fix         Fix    `json:"fix"`
	Fingerprint string `json:"fingerprint"`
	// Suppression is set on suppressed findings only: what silenced it.
	Suppression *Suppression `json:"suppression,omitempty"`
	// Range is the precise source range of the attribute (or resource).
	Range graph.Range `json:"-"`
}

// Fix is a rule's automatic fix for a finding, as data.
type Fix struct {
	Available   bool   `json:"available"`
	Description string `json:"description,omitempty"`
	// Replaces is set when applying the fix makes the provider destroy and
	// recreate the resource (existing data is not migrated).
	Replaces bool `json:"replaces,omitempty"`
	// Template is set when the fix needs a value only the user knows (a
	// key, a log destination): it is offered as a commented template to
	// fill in, never applied as is.
	Template bool `json:"template,omitempty"`
	// Actions are the edits the rule proposes, as the rule wrote them:
	// objects with "op" (set, remove, add_block, add_resource), "path" and
	// "value". The fix package turns them into byte edits.
	Actions []map[string]any `json:"-"`
}

// Result is the outcome of evaluating every rule over a graph.
type Result struct {
	// Findings are definite violations, sorted by file, line, rule id, resource.
	Findings []Finding
	// Inconclusive results depend on values unknown before deploy; each
	// has a Cause. Same order as Findings.
	Inconclusive []Finding
	// Suppressed are findings and inconclusive results that an inline
	// comment or ARM metadata silenced, each with its Suppression. They
	// never fail a run. Same order as Findings.
	Suppressed []Finding
	// Diagnostics are about the suppressions: missing reasons, expired
	// dates, unknown rule ids, comments refused for unignorable rules.
	Diagnostics graph.Diagnostics
}
