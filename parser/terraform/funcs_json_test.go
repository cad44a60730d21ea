package terraform

import (
	"testing"

	"github.com/zclconf/go-cty/cty"
)

func TestJSONEncodePartlyKnown(t *testing.T) {
	arn := unknownVal(cty.String, cause{subject: "aws_s3_bucket.b.arn", reason: "is known only after apply"})
	tests := []struct {
		name string
		val  cty.Value
		want string
	}{
		{
			name: "wholly known encodes as Terraform does",
			val:  cty.ObjectVal(map[string]cty.Value{"Action": cty.StringVal("s3:<Get>"), "N": cty.NumberIntVal(3)}),
			want: `{"Action":"s3:\u003cGet\u003e","N":3}`,
		},
		{
			name: "unknown parts become markers named by their cause",
			val: cty.ObjectVal(map[string]cty.Value{
				"Action":   cty.StringVal("*"),
				"Resource": cty.TupleVal([]cty.Value{cty.StringVal("*"), arn}),
			}),
			want: `{"Action":"*","Resource":["*",{"__unknown__":"aws_s3_bucket.b.arn"}]}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := jsonEncodeFunc.Call([]cty.Value{tt.val})
			if err != nil {
				t.Fatalf("jsonencode(%#v) error: %v", tt.val, err)
			}
			plain, _ := got.Unmark()
			if !plain.IsKnown() || plain.AsString() != tt.want {
				t.Errorf("jsonencode(%#v) = %#v; want %q", tt.val, plain, tt.want)
			}
		})
	}

	// A wholly unknown value stays unknown, with its cause.
	got, err := jsonEncodeFunc.Call([]cty.Value{arn})
	if err != nil || got.IsKnown() || len(causesOf(got.Marks())) != 1 {
		t.Errorf("jsonencode(unknown) = %#v, %v; want an unknown string carrying the cause", got, err)
	}
}
