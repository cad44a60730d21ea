package eval_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/parser"
)

// generateGraph builds n resources of the types the built-in rules read,
// some insecure, some secure, some with unknown values or existence, as a
// large configuration would have.
func generateGraph(n int) *graph.Graph {
	return generate(n, true)
}

// generate is generateGraph, with or without unknown values and unknown
// existence (without them Eval skips the pessimistic pass).
func generate(n int, unknowns bool) *graph.Graph {
	g := &graph.Graph{}
	for i := 0; len(g.Resources) < n; i++ {
		file := fmt.Sprintf("mod%d/main.tf", i%50)
		line := (i / 50) * 20
		add := func(typ, name string, attrs map[string]any, refs ...string) *graph.Resource {
			r := &graph.Resource{
				ID: typ + "." + name, Type: typ, Name: name, Provider: "aws", Format: graph.FormatTerraform,
				Range:      graph.Range{Filename: file, Start: graph.Pos{Line: line + len(g.Resources)%20 + 1}, End: graph.Pos{Line: line + len(g.Resources)%20 + 2}},
				Attributes: attrs, References: refs,
			}
			if unknowns {
				r.Unknowns = map[string]string{"var.acl": "var.acl has no value"}
			}
			g.Resources = append(g.Resources, r)
			return r
		}
		b := fmt.Sprintf("b%d", i)
		acl := any("private")
		switch i % 7 {
		case 0:
			acl = "public-read"
		case 1:
			if unknowns {
				acl = graph.Unknown("var.acl")
			}
		}
		add("aws_s3_bucket", b, map[string]any{"bucket": b, "acl": acl, "tags": map[string]any{"team": "x", "env": "prod"}})
		if i%2 == 0 {
			add("aws_s3_bucket_public_access_block", b, map[string]any{
				"bucket": b, "block_public_acls": true, "block_public_policy": i%4 == 0,
				"ignore_public_acls": true, "restrict_public_buckets": true,
			}, "aws_s3_bucket."+b)
			add("aws_s3_bucket_versioning", b, map[string]any{
				"bucket": b, "versioning_configuration": []any{map[string]any{"status": "Enabled"}},
			}, "aws_s3_bucket."+b)
		}
		add("aws_security_group", fmt.Sprintf("sg%d", i), map[string]any{
			"name": fmt.Sprintf("sg%d", i),
			"ingress": []any{
				map[string]any{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": []any{"0.0.0.0/0"}},
				map[string]any{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": []any{map[bool]string{true: "0.0.0.0/0", false: "10.0.0.0/8"}[i%5 == 0]}},
			},
			"egress": []any{map[string]any{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": []any{"0.0.0.0/0"}}},
		})
		inst := add("aws_instance", fmt.Sprintf("i%d", i), map[string]any{
			"ami": "ami-123", "instance_type": "t3.micro", "associate_public_ip_address": i%3 == 0,
			"metadata_options":  []any{map[string]any{"http_tokens": map[bool]string{true: "required", false: "optional"}[i%2 == 0]}},
			"root_block_device": []any{map[string]any{"encrypted": true, "volume_size": 20}},
		}, "aws_security_group."+fmt.Sprintf("sg%d", i))
		if unknowns {
			inst.Attributes["user_data"] = graph.Unknown("local.user_data")
		}
		if unknowns && i%11 == 0 {
			inst.Existence = "count depends on var.enabled"
		}
		add("aws_db_instance", fmt.Sprintf("db%d", i), map[string]any{"engine": "postgres", "publicly_accessible": false, "storage_encrypted": i%2 == 0})
		add("aws_iam_policy", fmt.Sprintf("p%d", i), map[string]any{
			"policy": `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"*"}]}`,
		})
		add("aws_kms_key", fmt.Sprintf("k%d", i), map[string]any{"enable_key_rotation": i%2 == 0})
		add("azurerm_storage_account", fmt.Sprintf("sa%d", i), map[string]any{"min_tls_version": "TLS1_2", "https_traffic_only_enabled": i%9 != 0})
	}
	g.Resources = g.Resources[:n]
	g.Sort()
	return g
}

// BenchmarkEval evaluates the built-in rules over 10,000 resources with
// unknown values, so both passes run.
func BenchmarkEval(b *testing.B) {
	benchmarkEval(b, generate(10000, true))
}

// BenchmarkEvalKnown is BenchmarkEval over a graph without unknowns: only
// the normal pass runs. The difference is the cost of the pessimistic pass.
func BenchmarkEvalKnown(b *testing.B) {
	benchmarkEval(b, generate(10000, false))
}

func benchmarkEval(b *testing.B, g *graph.Graph) {
	e, err := eval.New(context.Background(), eval.Options{Builtin: builtinFS()})
	if err != nil {
		b.Fatal(err)
	}
	// The first Eval compiles the rules g needs; the loop measures
	// evaluation alone, as BenchmarkNew measures New alone.
	if _, err := e.Eval(context.Background(), g); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.Eval(context.Background(), g); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInput(b *testing.B) {
	g := generateGraph(10000)
	b.ReportAllocs()
	for b.Loop() {
		_ = eval.Input(g)
	}
}

// BenchmarkNew is New on the built-in catalogue: reading and checking the
// policies, which no longer compiles the built-in rules (Eval compiles what
// a graph needs; BenchmarkSmallModule includes that).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := eval.New(context.Background(), eval.Options{Builtin: builtinFS()}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSmallModule is the pre-commit case end to end in process:
// compile the policies (New), parse one small module and evaluate it. A
// fresh engine each time, as each run of the CLI has.
func BenchmarkSmallModule(b *testing.B) {
	dir := filepath.Join("..", "testdata", "examples", "aws")
	b.ReportAllocs()
	for b.Loop() {
		ctx := context.Background()
		e, err := eval.New(ctx, eval.Options{Builtin: builtinFS()})
		if err != nil {
			b.Fatal(err)
		}
		g, err := parser.Load([]string{dir}, parser.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.Eval(ctx, g); err != nil {
			b.Fatal(err)
		}
	}
}
