package policies

import "embed"

// FS is the catalogue: lib/ and one folder per provider. It includes the
// *_test.rego files, which eval skips when it compiles rules and runs as
// unit tests.
//
//go:embed */*.rego */*/*.rego
var FS embed.FS
