package terraform

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

var startsWithFunc = makeStringPredicate("startswith", "prefix", strings.HasPrefix,
	"Determines if the input string starts with the given prefix.")

var endsWithFunc = makeStringPredicate("endswith", "suffix", strings.HasSuffix,
	"Determines if the input string ends with the given suffix.")

var strContainsFunc = makeStringPredicate("strcontains", "substr", strings.Contains,
	"Determines if the input string contains the given substring.")

// makeStringPredicate builds a function of (str, other) returning test(str,
// other). When str is unknown but refined with a known prefix, startswith
// can still answer, as Terraform does.
func makeStringPredicate(name, other string, test func(string, string) bool, desc string) function.Function {
	return function.New(&function.Spec{
		Description: desc,
		Params: []function.Parameter{
			{Name: "str", Type: cty.String, AllowUnknown: true},
			{Name: other, Type: cty.String},
		},
		Type:         function.StaticReturnType(cty.Bool),
		RefineResult: func(b *cty.RefinementBuilder) *cty.RefinementBuilder { return b.NotNull() },
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			str, arg := args[0], args[1].AsString()
			if !str.IsKnown() {
				if name == "startswith" {
					if known := str.Range().StringPrefix(); known != "" {
						// The known prefix decides when it is at least as long as arg.
						n := min(len(known), len(arg))
						if known[:n] != arg[:n] {
							return cty.False, nil
						}
						if len(known) >= len(arg) {
							return cty.True, nil
						}
					}
				}
				return cty.UnknownVal(cty.Bool), nil
			}
			return cty.BoolVal(test(str.AsString(), arg)), nil
		},
	})
}

// replaceFunc is Terraform's replace: a substring wrapped in slashes is a
// regular expression (RE2, with $1 references in the replacement);
// otherwise every occurrence of the plain substring is replaced.
var replaceFunc = function.New(&function.Spec{
	Description: "Replaces all occurrences of a given substring in the given string; a substring wrapped in forward slashes is a regular expression.",
	Params: []function.Parameter{
		{Name: "str", Type: cty.String},
		{Name: "substr", Type: cty.String},
		{Name: "replace", Type: cty.String},
	},
	Type:         function.StaticReturnType(cty.String),
	RefineResult: func(b *cty.RefinementBuilder) *cty.RefinementBuilder { return b.NotNull() },
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		str, substr, repl := args[0].AsString(), args[1].AsString(), args[2].AsString()
		if pattern, ok := regexPattern(substr); ok {
			re, err := regexp.Compile(pattern)
			if err != nil {
				return cty.NilVal, function.NewArgErrorf(1, "invalid regular expression %q: %s", pattern, err)
			}
			return cty.StringVal(re.ReplaceAllString(str, repl)), nil
		}
		return cty.StringVal(strings.ReplaceAll(str, substr, repl)), nil
	},
})

// regexPattern returns the pattern inside /.../, if substr is one.
func regexPattern(substr string) (string, bool) {
	if len(substr) > 1 && substr[0] == '/' && substr[len(substr)-1] == '/' {
		return substr[1 : len(substr)-1], true
	}
	return "", false
}

// checkReplace bounds replace's result: every match adds the replacement,
// and every $ reference in it can add up to the whole input once more.
func checkReplace(args []cty.Value) error {
	str, ok1 := knownString(args[0])
	substr, ok2 := knownString(args[1])
	repl, ok3 := knownString(args[2])
	if !ok1 || !ok2 || !ok3 {
		return nil
	}
	if len(repl) <= len(substr) && !strings.Contains(repl, "$") {
		return nil // cannot grow
	}
	var matches, extra int
	if pattern, ok := regexPattern(substr); ok {
		// Cheap bound first: at most one match per byte plus one.
		if addCapped(mulCapped(len(str)+1, len(repl)), mulCapped(strings.Count(repl, "$"), len(str))) <= maxValueBytes-len(str) {
			return nil
		}
		re, err := regexp.Compile(pattern)
		if err != nil {
			return nil // replace reports it
		}
		matches = countMatches(re, str)
		extra = mulCapped(strings.Count(repl, "$"), len(str))
	} else if substr == "" {
		matches = utf8.RuneCountInString(str) + 1
	} else {
		matches = strings.Count(str, substr)
	}
	if n := addCapped(mulCapped(matches, len(repl)), extra); n > maxValueBytes-len(str) {
		return tooLarge("replace would build more than %d characters", n)
	}
	return nil
}
