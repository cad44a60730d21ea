package eval_test

import (
	"context"
	"fmt"
	"io/fs"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/policies"
)

func builtinFS() fs.FS { return policies.FS }

func ExampleNew() {
	ctx := context.Background()
	// Compile the built-in catalogue once...
	engine, err := eval.New(ctx, eval.Options{Builtin: policies.FS})
	if err != nil {
		fmt.Println(err)
		return
	}
	// ...and evaluate it over as many graphs as needed (parser.Load makes
	// them from files; this one is written by hand).
	g := &graph.Graph{Resources: []*graph.Resource{
		{
			ID: "aws_kms_key.data", Type: "aws_kms_key", Name: "data", Provider: "aws", Format: graph.FormatTerraform,
			Range:      graph.Range{Filename: "main.tf", Start: graph.Pos{Line: 1}, End: graph.Pos{Line: 3}},
			Attributes: map[string]any{"description": "data key"},
		},
		{
			ID: "aws_cloudtrail.main", Type: "aws_cloudtrail", Name: "main", Provider: "aws", Format: graph.FormatTerraform,
			Range: graph.Range{Filename: "main.tf", Start: graph.Pos{Line: 5}, End: graph.Pos{Line: 10}},
			Attributes: map[string]any{
				"is_multi_region_trail":      true,
				"kms_key_id":                 "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
				"enable_log_file_validation": graph.Unknown("var.validate"),
			},
			Ranges:   map[string]graph.Range{"enable_log_file_validation": {Filename: "main.tf", Start: graph.Pos{Line: 8}, End: graph.Pos{Line: 8}}},
			Unknowns: map[string]string{"var.validate": "var.validate has no value; pass -var or -var-file"},
		},
	}}
	res, err := engine.Eval(ctx, g)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range res.Findings {
		fmt.Printf("%s:%d: %s: %s\n", f.File, f.StartLine, f.RuleID, f.Message)
	}
	for _, f := range res.Inconclusive {
		fmt.Printf("%s:%d: %s inconclusive: %s\n", f.File, f.StartLine, f.RuleID, f.Cause)
	}
	// Output:
	// main.tf:1: AWS-KMS-001: KMS key "data" does not rotate its key material; set enable_key_rotation = true
	// main.tf:5: AWS-CT-004: CloudTrail trail "main" does not deliver events to CloudWatch Logs; set cloud_watch_logs_group_arn and cloud_watch_logs_role_arn
	// main.tf:8: AWS-CT-002 inconclusive: var.validate has no value; pass -var or -var-file
}
