// Command preflight checks the customer's side of the cloud
// shared-responsibility model — data, identity and access, network,
// encryption and logging — in infrastructure-as-code files before anything is
// deployed.
//
// Usage:
//
//	preflight scan [PATH...]      scan Terraform files and report findings
//	preflight baseline [PATH...]  record current findings so scans report only new ones
//	preflight rules               list the rule catalogue
//	preflight inspect [PATH...]   print the normalized graph policies see
//	preflight version             print the version
//
// scan, baseline and rules read .preflight.yaml (config.go), found from the
// first scanned path up to the repository root, or --config FILE.
//
// Exit codes: 0 nothing at or above the failure threshold, 1 findings, 2 an
// error (bad flag, unreadable or unparsable file, bad policy).
//
// The command is wiring only: main calls run with the process's arguments,
// environment and streams, and run builds the cobra command tree, calls
// parser, eval and report, and turns the outcome into an exit code. Nothing
// here is package-level state, so tests call run in-process.
package main
