// Package parser finds the infrastructure-as-code files under the paths a user
// names, dispatches them to the format parsers (parser/terraform, parser/arm) and
// returns one graph.Graph.
//
// Problems in the user's files are graph.Diagnostics on the returned graph;
// an error is returned only when a named path cannot be read at all.
package parser
