// Package report writes the result of a scan for people and for programs.
//
// Write is the one entry point: it takes the graph that was scanned, the
// evaluation result and a format name (Formats lists them), and writes a
// terminal report (text.go), the versioned JSON document described in
// DESIGN.md (json.go), SARIF 2.1.0 for code scanning (sarif.go), JUnit XML
// (junit.go), GitHub Actions annotations (github.go) or a markdown summary
// (markdown.go). docs/report-formats.md describes each.
// Each format lives in a file of its own; an unknown format is an error, never
// a silent default.
//
// The package also owns the severity ranking the CLI uses to decide its exit
// code (SeverityRank, AtOrAbove, Failing), so that the threshold the report
// shows and the threshold that fails the run can never disagree.
//
// report only formats. It does not evaluate rules, read files or decide exit
// codes, and it never prints anywhere but the writer it is given.
package report
