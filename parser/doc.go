// Package parser finds the infrastructure-as-code files under the paths a user
// names, dispatches them to the format parsers (parser/terraform, parser/arm) and
// returns one graph.Graph.
//
// Problems in the user's files are graph.Diagnostics on the returned graph;
// an error is returned only when a named path cannot be read at all.
//
// Each scanned folder is opened as an os.Root, so that no read (a file,
// file() in Terraform, a module source, an ARM linked template) can leave
// it through a symbolic link. Nothing is executed and nothing is written.
package parser
