// Package fix turns the fixes that rules attach to findings into byte edits
// of the scanned HCL and JSON source.
//
// A fix is data (eval.Fix): set an attribute, remove one, add a nested
// block, add a companion resource. Plan works out where each edit belongs —
// the literal in the resource, the variable default, the tfvars or
// parameter-file entry the value came from — and refuses, with a reason,
// every fix it cannot make safely: a value shared with other resources,
// supplied on the command line, computed by an expression, or inside a
// module instantiated more than once.
//
// Edits change only the bytes they must. New HCL is generated with hclwrite
// and formatted as terraform fmt would; JSON (ARM templates, parameter
// files, .tf.json) is edited at the byte ranges of a JSONC scan that keeps
// comments. Every changed file is parsed again before it is offered, and a
// file that would not parse is left alone. Plan never touches the disk;
// Result.Write writes each changed file atomically.
package fix
