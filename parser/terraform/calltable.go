package terraform

import (
	"fmt"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// baseFunctions is the function table for the modules of the root module in
// dir: Terraform's functions (funcs.go), with the impure ones marking their
// unknown results with a cause, and every one charging its result to one
// budget for the whole root module (see budgeted).
func (l *loader) baseFunctions(dir string) map[string]function.Function {
	t := funcScope{fsys: l.fsys, baseDir: dir}.functions()
	spent := new(atomic.Int64)
	for name, f := range t {
		if impureFunctionNames[name] {
			f = markUnknownResult(f, impureCause(name))
		}
		t[name] = budgeted(f, spent)
	}
	addLimitFuncs(t, spent)
	return t
}

// budgeted wraps f so that its results are charged to spent, and a call
// fails once the calls have together built more than maxRootBytes. Each
// call is bounded by guard; this bounds what many such calls build
// together: [for i in range(1000) : format("%9999999s", i)] builds 10 GB,
// 10 MB at a time. A root module is evaluated on one goroutine, so
// where the budget runs out does not depend on scheduling.
//
// f is a guarded function (guard), possibly wrapped by markUnknownResult:
// its parameters are the ones given here and its return type is always
// cty.DynamicPseudoType, so the type check cty runs on this wrapper is the
// whole of f's, and asking f again would only walk every argument again.
func budgeted(f function.Function, spent *atomic.Int64) function.Function {
	return function.New(&function.Spec{
		Description: f.Description(),
		Params:      f.Params(),
		VarParam:    f.VarParam(),
		Type:        function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if spent.Load() > maxRootBytes {
				return cty.NilVal, tooLarge("the function calls of this root module built more than %d MiB of values; later calls are not evaluated", maxRootBytes>>20)
			}
			v, err := f.Call(args)
			if err != nil {
				return v, err
			}
			spent.Add(int64(valueCost(v)))
			return v, nil
		},
	})
}

// impureCause says why the result of an impure function is unknown.
func impureCause(name string) cause {
	base := strings.TrimPrefix(name, coreNamespace)
	switch base {
	case "plantimestamp":
		return cause{name + "()", "is known only when Terraform plans"}
	case "abspath", "pathexpand":
		return cause{name + "()", "depends on the machine that runs Terraform"}
	case "type":
		return cause{name + "()", "is available only in the Terraform console"}
	}
	return cause{name + "()", "is known only at apply"}
}

// markUnknownResult wraps f so that an unknown result gets cause c.
func markUnknownResult(f function.Function, c cause) function.Function {
	return function.New(&function.Spec{
		Description: f.Description(),
		Params:      f.Params(),
		VarParam:    f.VarParam(),
		Type: func(args []cty.Value) (cty.Type, error) {
			return f.ReturnTypeForValues(args)
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			v, err := f.Call(args)
			if err != nil {
				return v, err
			}
			if !v.IsWhollyKnown() {
				v = v.Mark(c)
			}
			return v, nil
		},
	})
}

// unsupportedFunction stands in for a function preflight does not have
// (provider-defined functions, functions of newer Terraform versions): it
// accepts anything and returns an unknown value saying so.
func unsupportedFunction(name string) function.Function {
	c := cause{"function " + name, "is not supported"}
	return function.New(&function.Spec{
		VarParam: &function.Parameter{Name: "args", Type: cty.DynamicPseudoType,
			AllowUnknown: true, AllowNull: true, AllowMarked: true, AllowDynamicType: true},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) { return dynamicVal(c), nil },
	})
}

// functionsFor is the function table a module of the root rc sees: the
// root's table plus stand-ins for every unsupported function the module
// calls, each reported once as a Note.
func (l *loader) functionsFor(rc *rootCtx, c *moduleConfig) map[string]function.Function {
	c.fnMu.Lock()
	defer c.fnMu.Unlock()
	if t, ok := c.fnTabs[rc]; ok {
		return t
	}
	if c.fnTabs == nil {
		c.fnTabs = map[*rootCtx]map[string]function.Function{}
	}
	var missing []string
	for name := range c.funcs {
		if _, ok := rc.funcs[name]; !ok {
			missing = append(missing, name)
		}
	}
	t := rc.funcs
	if len(missing) > 0 {
		sort.Strings(missing)
		t = make(map[string]function.Function, len(rc.funcs)+len(missing))
		for k, v := range rc.funcs {
			t[k] = v
		}
		for _, name := range missing {
			t[name] = unsupportedFunction(name)
			r := c.funcs[name]
			l.diags.add(newDiag(graph.Note, &r, "Unsupported function", unsupportedDetail(name)))
		}
	}
	c.fnTabs[rc] = t
	return t
}

func unsupportedDetail(name string) string {
	return fmt.Sprintf("preflight does not evaluate the function %q, so values computed with it are treated as unknown.", name)
}
