package terraform

// Limits on what the scanned files may cost. The files are untrusted: a
// few bytes of configuration can ask for gigabytes (format("%999999999d",
// 1), a chain of locals each doubling the one before) or for a recursion
// deeper than the Go stack. Real configurations stay far below every one
// of these. Reaching a limit is an Error diagnostic at the offending file
// and line, and the rest of the scan goes on; docs/limits.md lists them
// for users.

// Files.
const (
	maxFileSize  = 10 << 20 // bytes of one .tf, .tf.json or .tfvars file; larger files are skipped
	maxFileBytes = 10 << 20 // bytes of a file read by file(), templatefile() and friends
)

// Parsing. hcl's parsers recurse once per level of nesting (brackets,
// parentheses, blocks, templates, unary operators, chained conditionals),
// and a Go stack overflow cannot be recovered from, so files nested deeper
// are refused before they are parsed.
const (
	maxNesting = 256  // brackets, blocks, templates and unary operators
	maxChain   = 1000 // conditionals within one argument
	// Past these counts in the raw bytes a file is refused without a
	// closer look: no real configuration comes near them, and lexing a
	// hostile file only to learn that would cost seconds.
	hardNesting = 4096
	hardChain   = 100000
	// maxRecordDepth bounds how deep literal objects and tuples are walked
	// to record the ranges of their parts (deeper parts share the range of
	// their ancestor).
	maxRecordDepth = 16
)

// Expansion.
const (
	maxInstances       = 10000  // instances of one resource or module block (count, for_each)
	maxModuleDepth     = 32     // nesting of module calls
	maxModuleInstances = 10000  // module instances in one scan
	maxResources       = 200000 // resource instances in one scan
	// maxBlocks bounds the nested blocks (dynamic blocks expanded) of the
	// resources of one root module: nested dynamic blocks multiply.
	maxBlocks = 100000
)

// Values. Every function call is bounded (guard) and so is every
// evaluated expression (evalExpr), since string templates and for
// expressions build values without calling a function.
const (
	maxValueBytes  = 16 << 20  // text in one argument list, result or evaluated value, summed
	maxValueElems  = 1_000_000 // values in one argument list, result or evaluated value, summed
	maxDecodeDepth = 1000      // nesting of jsondecode / yamldecode input
	// maxNumberChars bounds number text given to parseint and tonumber:
	// parsing decimal text into a big number is quadratic in its length,
	// and cty numbers keep 512 bits anyway.
	maxNumberChars = 4096
	// maxRootBytes bounds what all the function calls of one root module
	// (its module calls included) build together, counted by valueCost:
	// each call is under maxValueBytes, but a for expression can make a
	// thousand of them.
	maxRootBytes = 256 << 20
	// maxIterations bounds the elements all the for expressions of one
	// root module (or one templatefile call) iterate over: nested for
	// expressions multiply. See iterations.go.
	maxIterations = 2_000_000
)
