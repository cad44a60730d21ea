package terraform

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// benchModule generates a module of about n resources that use variables,
// locals, count, for_each and references between resources.
func benchModule(n int) fstest.MapFS {
	var b strings.Builder
	b.WriteString(`
variable "env" {
  default = "prod"
}

variable "zones" {
  type    = list(string)
  default = ["a", "b", "c"]
}

locals {
  prefix = "corp-${var.env}"
  tags   = { Env = var.env, Team = "platform" }
}
`)
	for i := 0; i < n/5; i++ {
		fmt.Fprintf(&b, `
resource "aws_s3_bucket" "b%[1]d" {
  bucket = "${local.prefix}-%[1]d"
  tags   = merge(local.tags, { Index = "%[1]d" })

  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "b%[1]d" {
  bucket                  = aws_s3_bucket.b%[1]d.id
  block_public_acls       = true
  restrict_public_buckets = true
}

resource "aws_instance" "i%[1]d" {
  count         = 2
  ami           = "ami-%[1]d"
  instance_type = "t3.micro"
  subnet        = var.zones[count.index]
  tags          = local.tags
}

resource "aws_eip" "e%[1]d" {
  for_each = toset(var.zones)
  instance = aws_instance.i%[1]d[0].id
  zone     = each.key
}
`, i)
	}
	return fstest.MapFS{"main.tf": {Data: []byte(b.String())}}
}

func BenchmarkLoad(b *testing.B) {
	fsys := benchModule(500)
	g := Load(fsys, "", Options{})
	if len(g.Resources) < 500 || g.Diagnostics.HasErrors() {
		b.Fatalf("benchmark module: %d resources, diagnostics %v", len(g.Resources), g.Diagnostics)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Load(fsys, "", Options{})
	}
}
