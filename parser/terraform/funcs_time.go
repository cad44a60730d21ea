package terraform

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// timeCmpFunc compares two RFC 3339 timestamps as instants: -1, 0 or 1.
var timeCmpFunc = function.New(&function.Spec{
	Description: "Compares two timestamps and returns a number that represents the ordering of the instants those timestamps represent.",
	Params: []function.Parameter{
		{Name: "timestamp_a", Type: cty.String},
		{Name: "timestamp_b", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.Number),
	RefineResult: func(b *cty.RefinementBuilder) *cty.RefinementBuilder {
		return b.NotNull().NumberRangeInclusive(cty.NumberIntVal(-1), cty.NumberIntVal(1))
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		var ts [2]time.Time
		for i := range ts {
			t, err := parseRFC3339(args[i].AsString())
			if err != nil {
				return cty.NilVal, function.NewArgError(i, err)
			}
			ts[i] = t
		}
		return cty.NumberIntVal(int64(ts[0].Compare(ts[1]))), nil
	},
})

// rfc3339 is the timestamp syntax of RFC 3339 section 5.6, which Terraform
// requires exactly; Go's parser alone would also take one-digit hours.
var rfc3339 = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$`)

func parseRFC3339(s string) (time.Time, error) {
	if !rfc3339.MatchString(s) {
		return time.Time{}, fmt.Errorf("not a valid RFC3339 timestamp: %q", s)
	}
	t, err := time.Parse(time.RFC3339, strings.ToUpper(s))
	if err != nil {
		return time.Time{}, fmt.Errorf("not a valid RFC3339 timestamp: %w", err)
	}
	return t, nil
}

// unknownStringFunc builds a function whose string result is decided only
// at apply time or plan time (timestamp, plantimestamp, uuid, bcrypt): it
// checks its arguments and always returns an unknown string.
func unknownStringFunc(params []function.Parameter, varParam *function.Parameter) function.Function {
	return function.New(&function.Spec{
		Description: "Returns a string known only when Terraform applies the configuration.",
		Params:      params,
		VarParam:    varParam,
		Type:        function.StaticReturnType(cty.String),
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.UnknownVal(cty.String), nil
		},
	})
}
