// Package arm evaluates Azure Resource Manager (ARM) templates statically,
// the way Azure Resource Manager itself would before deploying them, and
// turns every resource they deploy into a graph.Resource. Start with Load.
//
// # Files
//
// Load walks an fs.FS (hidden directories and node_modules are skipped).
// A .json or .jsonc file is a template when its top-level $schema names a
// deploymentTemplate schema (any scope), and a parameter file when it names
// deploymentParameters; every other JSON file is ignored without a word,
// even when it does not parse. The JSON reader (parseJSONC) is our own
// because encoding/json neither keeps the position of every value nor
// accepts what ARM accepts: // and /* */ comments, trailing commas and a
// leading UTF-8 byte order mark. A duplicate key keeps its last value, as
// Azure does, with a Warning naming both lines.
//
// # Evaluation
//
// Parameters take their value by this precedence: defaultValue (itself
// possibly an expression) < the parameter file that pairs with the
// template by name (main.json ↔ main.parameters.json) < Options.ParamFiles
// in order < Options.Params in order, converted to the declared type (a
// value of the wrong type is an Error and becomes unknown) and checked
// against allowedValues, minValue/maxValue and minLength/maxLength (an
// Error, as Azure would refuse the deployment; so is a name the paired
// parameter file sets but the template does not declare). A parameter without a
// value, or read from Key Vault, is an explicit unknown whose cause says
// what to pass. Variables are evaluated lazily,
// on first use, so their order in the file does not matter; a cycle is an
// Error. Variables copy loops, property copy loops, resource copy loops
// (at most 800 instances, Azure's own limit), conditions, child resources
// (nested in a parent's resources array or named parent/child),
// languageVersion 2.0 symbolic names and existing resources, and nested
// deployments (inline templates with inner or outer expression scope, and
// templateLink.relativePath and parametersLink.relativePath inside the
// scanned tree; at most 8 levels; their resources reference the deployment)
// are all evaluated. The expression language itself lives in expr*.go and
// funcs*.go; this part of the package fills its evalContext.
//
// A copy count or condition unknown before deploy keeps one instance with
// Resource.Existence set. Expressions that fail are Error diagnostics at
// the string that holds them, and their value becomes an unknown; the
// rest of the template is still evaluated.
//
// # Limits
//
// Hostile input is bounded (limits.go has every limit, docs/limits.md
// explains them): files over 10 MiB and JSON nested over 256 levels are
// skipped, copy loops stop at Azure's 800, deployments nest at most 8
// deep, an expression nests at most 64 levels and takes at most a million
// steps, a function builds at most 1 MiB of text or 100,000 elements, and
// the expressions of a scan build at most 256 MiB together. Each limit is
// an Error diagnostic.
//
// # What it does not do
//
// It does not validate templates against resource schemas, follow
// templateLink or parametersLink URIs, or
// evaluate scope changes of nested deployments (subscriptionId,
// resourceGroup): resourceGroup() and subscription() return the
// placeholders of defaultScope.
package arm
