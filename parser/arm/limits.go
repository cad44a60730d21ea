package arm

// Limits on what the scanned templates may cost. The files are untrusted:
// a few bytes of expression can ask for gigabytes or for a recursion
// deeper than the Go stack. Where Azure documents a limit of its own
// (copy count, range) it is used; the others sit far above what real
// templates need. Reaching a limit is an Error diagnostic at the offending
// file and line, and the rest of the scan goes on; docs/limits.md lists
// them for users.

// Files and JSON.
const (
	maxFileSize  = 10 << 20 // bytes of one template or parameter file; larger files are skipped
	maxJSONDepth = 256      // nesting of arrays and objects in one file
)

// Expansion.
const (
	maxCopyCount     = 800     // Azure's own limit on the count of one copy loop
	maxTemplateDepth = 8       // nesting of deployments inside deployments
	maxResources     = 200000  // resource instances in one scan
	maxWork          = 2000000 // JSON values evaluated in one scan, copies included
)

// Expressions.
const (
	maxNesting      = 64        // calls, indexes and user functions nested in one expression
	maxSteps        = 1_000_000 // nodes evaluated by one expression, lambdas and user functions included
	maxStringLength = 1 << 20   // bytes of one string a function builds
	maxArrayLength  = 100_000   // elements of one array a function builds
	maxRange        = 10000     // Azure's documented limit on range()'s count
	maxPadLength    = 16 * 1024 // total width padLeft (and format alignment) may ask for
	// maxBuilt bounds the sum of what functions return in one scan (see
	// chargeBuilt): 1 MiB strings are cheap to ask for, thousands of them
	// are not.
	maxBuilt = 256 << 20
)
