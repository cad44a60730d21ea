package terraform

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestIterationOrigins checks origins through for_each, count, dynamic
// blocks and module outputs, and that the last step points at the element
// that supplied the value (its source text), not the whole variable.
func TestIterationOrigins(t *testing.T) {
	const buckets = `
variable "buckets" {
  type = map(object({ acl = string }))
}

resource "aws_s3_bucket" "b" {
  for_each = var.buckets
  acl      = each.value.acl
  bucket   = each.key
  whole    = each.value
}
`
	tests := []struct {
		name  string
		files map[string]string
		id    string
		path  string
		want  string
		// wantText is the source text of the last step's range.
		wantText string
	}{
		{
			name: "each.value.attr from a tfvars map of objects",
			files: map[string]string{"main.tf": buckets, "terraform.tfvars": `buckets = {
  data = { acl = "private" }
  logs = { acl = "log-delivery-write" }
}
`},
			id:       `aws_s3_bucket.b["logs"]`,
			path:     "acl",
			want:     `each.value.acl main.tf:8 ← var.buckets["logs"].acl main.tf:7 ← terraform.tfvars:3`,
			wantText: `"log-delivery-write"`,
		},
		{
			name:     "each.key points at the element",
			files:    map[string]string{"main.tf": buckets, "terraform.tfvars": "buckets = {\n  logs = { acl = \"private\" }\n}\n"},
			id:       `aws_s3_bucket.b["logs"]`,
			path:     "bucket",
			want:     `each.key main.tf:9 ← var.buckets["logs"] main.tf:7 ← terraform.tfvars:2`,
			wantText: `{ acl = "private" }`,
		},
		{
			name:     "each.value whole",
			files:    map[string]string{"main.tf": buckets, "terraform.tfvars": "buckets = {\n  logs = { acl = \"private\" }\n}\n"},
			id:       `aws_s3_bucket.b["logs"]`,
			path:     "whole",
			want:     `each.value main.tf:10 ← var.buckets["logs"] main.tf:7 ← terraform.tfvars:2`,
			wantText: `{ acl = "private" }`,
		},
		{
			name:     "element not written literally: the whole variable's origin",
			files:    map[string]string{"main.tf": buckets},
			id:       `aws_s3_bucket.b["x"]`,
			path:     "acl",
			want:     `each.value.acl main.tf:8 ← var.buckets["x"].acl main.tf:7 ← TF_VAR_buckets`,
			wantText: "",
		},
		{
			name: "count.index into a default tuple",
			files: map[string]string{"main.tf": `
variable "cidrs" {
  default = [
    "10.0.0.0/16",
    "10.1.0.0/16",
  ]
}

resource "aws_subnet" "s" {
  count      = 2
  cidr_block = var.cidrs[count.index]
}
`},
			id:       "aws_subnet.s[1]",
			path:     "cidr_block",
			want:     `var.cidrs[1] main.tf:11 ← default main.tf:5`,
			wantText: `"10.1.0.0/16"`,
		},
		{
			name: "literal for_each",
			files: map[string]string{"main.tf": `
resource "aws_s3_bucket" "b" {
  for_each = {
    logs = "private"
  }
  acl = each.value
}
`},
			id:       `aws_s3_bucket.b["logs"]`,
			path:     "acl",
			want:     `each.value main.tf:6 ← for_each["logs"] main.tf:4`,
			wantText: `"private"`,
		},
		{
			name: "for_each over a local that reads a variable",
			files: map[string]string{"main.tf": `
variable "acls" {
  default = { logs = "private" }
}

locals {
  acls = var.acls
}

resource "aws_s3_bucket" "b" {
  for_each = local.acls
  acl      = each.value
}
`},
			id:       `aws_s3_bucket.b["logs"]`,
			path:     "acl",
			want:     `each.value main.tf:12 ← local.acls["logs"] main.tf:7 ← var.acls["logs"] main.tf:7 ← default main.tf:3`,
			wantText: `"private"`,
		},
		{
			name: "for_each module call: each.value into an input, element of the caller's default",
			files: map[string]string{
				"main.tf": `
variable "nets" {
  default = {
    a = { cidr = "10.0.0.0/16" }
  }
}

module "net" {
  source   = "./net"
  for_each = var.nets
  cidr     = each.value.cidr
}
`,
				"net/main.tf": `
variable "cidr" {}

resource "aws_vpc" "v" {
  cidr_block = var.cidr
}
`,
			},
			id:       `module.net["a"].aws_vpc.v`,
			path:     "cidr_block",
			want:     `var.cidr net/main.tf:5 ← module.net input cidr main.tf:11 ← each.value.cidr main.tf:11 ← var.nets["a"].cidr main.tf:10 ← default main.tf:4`,
			wantText: `"10.0.0.0/16"`,
		},
		{
			name: "count.index into a module input written as a literal tuple",
			files: map[string]string{
				"main.tf": `
module "net" {
  source = "./net"
  cidrs  = ["10.0.0.0/16", "10.1.0.0/16"]
}
`,
				"net/main.tf": `
variable "cidrs" {}

resource "aws_subnet" "s" {
  count      = 2
  cidr_block = var.cidrs[count.index]
}
`,
			},
			id:       "module.net.aws_subnet.s[1]",
			path:     "cidr_block",
			want:     `var.cidrs[1] net/main.tf:6 ← module.net input cidrs main.tf:4`,
			wantText: `"10.1.0.0/16"`,
		},
		{
			name: "module output that is a variable",
			files: map[string]string{
				"main.tf": `
module "net" {
  source = "./net"
  cidr   = "10.0.0.0/16"
}

resource "aws_security_group" "g" {
  cidr = module.net.cidr
}
`,
				"net/main.tf": `
variable "cidr" {}

output "cidr" {
  value = var.cidr
}
`,
			},
			id:       "aws_security_group.g",
			path:     "cidr",
			want:     `module.net.cidr main.tf:8 ← output cidr net/main.tf:4 ← var.cidr net/main.tf:5 ← module.net input cidr main.tf:4`,
			wantText: `cidr   = "10.0.0.0/16"`,
		},
		{
			name: "module output of a counted call, by index",
			files: map[string]string{
				"main.tf": `
module "net" {
  source = "./net"
  count  = 2
  cidr   = "10.${count.index}.0.0/16"
}

resource "aws_security_group" "g" {
  cidr = module.net[1].cidr
}
`,
				"net/main.tf": `
variable "cidr" {}

output "cidr" {
  value = var.cidr
}
`,
			},
			id:       "aws_security_group.g",
			path:     "cidr",
			want:     `module.net[1].cidr main.tf:9 ← output cidr net/main.tf:4 ← var.cidr net/main.tf:5 ← module.net input cidr main.tf:5`,
			wantText: `cidr   = "10.${count.index}.0.0/16"`,
		},
		{
			name: "module output that is computed has no origin",
			files: map[string]string{
				"main.tf": `
module "net" {
  source = "./net"
}

resource "aws_security_group" "g" {
  cidr = module.net.cidr
}
`,
				"net/main.tf": `
output "cidr" {
  value = cidrsubnet("10.0.0.0/8", 8, 1)
}
`,
			},
			id:   "aws_security_group.g",
			path: "cidr",
			want: "",
		},
		{
			name: "dynamic block over a tfvars list",
			files: map[string]string{
				"main.tf": `
variable "rules" {
  type = list(object({ cidr = string }))
}

resource "aws_security_group" "g" {
  dynamic "ingress" {
    for_each = var.rules
    content {
      cidr = ingress.value.cidr
    }
  }
}
`,
				"terraform.tfvars": `rules = [
  { cidr = "10.0.0.0/8" },
  { cidr = "0.0.0.0/0" },
]
`,
			},
			id:       "aws_security_group.g",
			path:     "ingress.1.cidr",
			want:     `ingress.value.cidr main.tf:10 ← var.rules[1].cidr main.tf:8 ← terraform.tfvars:3`,
			wantText: `"0.0.0.0/0"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{}
			if tt.name == "element not written literally: the whole variable's origin" {
				opts.Env = map[string]string{"TF_VAR_buckets": `{ x = { acl = "private" } }`}
			}
			g := Load(mapFS(tt.files), "", opts)
			r := resource(t, g, tt.id)
			o := r.Origins[tt.path]
			if diff := cmp.Diff(tt.want, o.String()); diff != "" {
				t.Errorf("origin of %s (-want +got):\n%s", tt.path, diff)
			}
			if tt.wantText == "" || len(o) == 0 {
				return
			}
			last := o[len(o)-1].Range
			src := g.Files[last.Filename]
			if last.End.Byte > len(src) || last.Start.Byte > last.End.Byte {
				t.Fatalf("last step range %v is outside %s", last, last.Filename)
			}
			if got := string(src[last.Start.Byte:last.End.Byte]); got != tt.wantText {
				t.Errorf("last step covers %q; want %q", got, tt.wantText)
			}
		})
	}
}
