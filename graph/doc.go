// Package graph is the normalized resource graph: the one data type that flows
// from the format parsers (Terraform, ARM) to policy evaluation, reports and
// fixes.
//
// It is plain data. Parsers fill a Graph; everything after them reads it.
// Values in Resource.Attributes are JSON-compatible (nil, bool, float64 or
// int, string, []any, map[string]any); a value that cannot be known before
// deploy is an explicit marker made by Unknown, never a guess.
//
// The package imports nothing of preflight's, so every other package may
// depend on it without cycles. Start with Graph and Resource.
package graph
