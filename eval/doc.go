// Package eval compiles Rego policies (the built-in catalogue and user
// policy folders) and evaluates them over a graph.Graph, returning findings
// and inconclusive results.
//
// Start with New, then Engine.Eval. Input shows the document rules see.
//
// New reads the policies and reports every problem in them, but compiles
// only user policies; Eval compiles, once per engine, the policy library
// and the rules that can match the resource types of its graph (lazy.go),
// so a scan of a small module does not pay for the whole catalogue.
//
// # Rules
//
// A rule is a Rego v1 module whose package METADATA has custom.id (and a
// valid custom.severity and custom.category), and which defines deny: a set
// of objects
//
//	{"resource": "<resource id>", "path": ["ingress", 0, "cidr_blocks"],
//	 "msg": "<one sentence, no trailing period>",
//	 "fix": {"description": "...", "actions": [{"op": "set", "path": ["acl"], "value": "private"}]},
//	 "related": ["<ids of other resources the result depends on>"]}
//
// fix and related are optional. Files named *_test.rego are never compiled
// as rules. The package may have any name; the built-in rules mirror their
// path (policies/aws/s3/public_acl.rego is package aws.s3.public_acl).
//
// # Input
//
// Every rule sees the same input document:
//
//	input.resources     {<id>: resource}
//	input.by_type       {<type>: [resource, ...]}   sorted by id
//	input.referenced_by {<id>: [ids of resources whose references include id]}
//
//	resource = {id, type, name, provider, format, module, file, start_line,
//	            end_line, attributes, references, existence_unknown}
//
// file and the lines come from Resource.Range. attributes is the evaluated
// configuration (nested blocks are arrays of objects); a value unknown before
// deploy is the marker {"__unknown__": "<source expression>"}.
// existence_unknown is true when count or for_each is not known.
//
// # Three-valued results
//
// A value unknown before deploy must give neither a silent pass nor a false
// alarm. Rules state the insecure condition positively with the predicates
// of the policy library (package lib: is_true, is_false_or_absent, equals,
// is_in, any_public_cidr, ...). Each predicate is true for a known insecure
// value and, for an unknown one, true only when data.preflight.pessimistic is
// true. Eval runs every rule twice: normally, giving definite findings, and
// with data.preflight.pessimistic set, giving possible findings. Possible
// minus definite (matched by rule, resource and attribute) are inconclusive
// results; their Cause comes from the unknown markers at the finding's path,
// looked up in Resource.Unknowns. A definite finding on a resource whose
// Existence is set is inconclusive too, with Existence as its cause. The
// second pass of a rule runs only when its normal pass read the switch
// (switch.go): the passes differ in nothing else, so a pass that never read
// it would be repeated step for step. The library reads it only for an
// unknown value or a resource of unknown existence, so fully known
// configurations, and rules that meet no unknown, pay nothing for it.
//
// A rule author must never negate a predicate over a value that may be
// unknown (`not lib.is_true(x)` is true for an unknown x in the normal pass,
// a false alarm), and reads lib.pessimistic last in a body, after
// lib.is_unknown(x) or lib.may_not_exist(r); policies/README.md shows the
// right way.
//
// After the rules ran, Eval applies inline suppressions (suppress.go):
// `preflight:ignore RULE-ID reason` comments read from Graph.Files next to a
// finding's attribute, its resource, or the module call it came through,
// file-level `preflight:ignore-file` comments, ARM metadata.preflight.ignore,
// and other scanners' comments for the rules whose equivalents name them.
// Suppressed results move to Result.Suppressed; problems with the comments
// themselves (no reason, expired, unknown rule) go to Result.Diagnostics.
//
// eval does not parse IaC (see package parser), format results (report) or
// edit files (fix); it never prints, and it refuses policies that call
// http.send or other network built-ins.
package eval
