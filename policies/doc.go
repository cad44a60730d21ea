// Package policies is preflight's embedded catalogue of Rego rules and the
// policy library they (and user policies) build on.
//
// It holds only .rego files and FS. Each rule is one module
// <provider>/<service>/<rule>.rego whose package mirrors its path, with its
// unit tests in <rule>_test.rego next to it; the library is package lib under
// lib/. README.md documents the input document, the library and the
// three-valued contract every rule follows. Package eval compiles FS; the
// rules' fixtures live in testdata/rules at the repository root.
package policies
