package eval

import (
	"context"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/types"
)

// A rule's pessimistic pass evaluates the same policies on the same input
// as its normal pass; only data.preflight.pessimistic differs. OPA's
// evaluation is a deterministic search, so the two passes take the same
// steps up to the first step that reads the switch. When the normal pass
// never read it, the pessimistic pass would repeat it step for step and
// find the same results: Eval skips it.
//
// The switch is a rule of an internal module (package preflight is
// reserved, so no policy defines it). Its body calls switchRead, which
// notes the read in the evaluation's context and is false, so the switch
// is undefined in the normal pass as before; the pessimistic query
// replaces the rule with `with data.preflight.pessimistic as true`. Any
// way of reading the switch evaluates the rule: lib.pessimistic,
// data.preflight.pessimistic, data.preflight, data[x] (reading the whole
// data document does not compile); TestSwitchReads tries each.
// The library reads the switch only after finding an unknown value (see
// lib._maybe), so a configuration without unknowns where a rule looks
// needs one pass of it.

// switchModule is the name of the internal module defining the switch.
const switchModule = "preflight:switch"

const switchSource = `package preflight

pessimistic if preflight.switch_read()
`

// switchRead is the built-in the switch calls.
var switchRead = &ast.Builtin{
	Name:             "preflight.switch_read",
	Decl:             types.NewFunction(nil, types.B),
	Nondeterministic: true,
}

// switchReadFunc is its implementation, for rego.New.
var switchReadFunc = rego.FunctionDyn(
	&rego.Function{Name: switchRead.Name, Decl: switchRead.Decl, Nondeterministic: true},
	func(bctx rego.BuiltinContext, _ []*ast.Term) (*ast.Term, error) {
		if read, ok := bctx.Context.Value(switchKey{}).(*atomic.Bool); ok {
			read.Store(true)
		}
		return ast.BooleanTerm(false), nil
	},
)

type switchKey struct{}

// watchSwitch returns a context in which reads of the switch set read.
func watchSwitch(ctx context.Context, read *atomic.Bool) context.Context {
	return context.WithValue(ctx, switchKey{}, read)
}

// parseSwitchModule parses the internal module.
func parseSwitchModule(name string, popts ast.ParserOptions) *ast.Module {
	m, err := ast.ParseModuleWithOpts(name, switchSource, popts)
	if err != nil {
		panic(err) // a constant: the tests parse it
	}
	return m
}
