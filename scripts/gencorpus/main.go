// Command gencorpus writes a synthetic but realistic Terraform corpus for
// benchmarking preflight: root modules that call many local modules, which
// use variables, locals, count, for_each and dynamic blocks, with a mix of
// secure and insecure S3, security group, RDS, EC2, IAM and KMS resources.
//
//	go run ./scripts/gencorpus -out /tmp/corpus -files 1000 -resources 10000 -modules 100 -roots 4
//	go run ./scripts/gencorpus -out /tmp/small -files 3 -resources 20 -modules 0 -roots 1
//	go run ./scripts/gencorpus -out /tmp/arm -resources 0 -arm 500
//
// With -modules 0 the resources go into the root modules themselves, which
// is the pre-commit case: one small module. The output is deterministic:
// the same flags always write the same bytes. Resource counts are resource
// blocks written; count and for_each expand some of them into more
// instances at scan time.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.out, "out", "", "output `dir` (created; must be empty or absent)")
	fs.IntVar(&c.files, "files", 1000, "number of .tf files to write")
	fs.IntVar(&c.resources, "resources", 10000, "number of resource blocks to write")
	fs.IntVar(&c.modules, "modules", 100, "number of local modules (0: resources in the roots)")
	fs.IntVar(&c.roots, "roots", 4, "number of root modules, each a directory to scan")
	fs.IntVar(&c.arm, "arm", 0, "number of ARM templates to write under arm/ (with -resources 0: ARM only)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	st, err := generate(c)
	if err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d files, %d resource blocks (%d insecure), %d modules, %d roots, %d ARM templates under %s\n",
		st.files, st.resources, st.insecure, c.modules, c.roots, c.arm, c.out)
	return 0
}

type config struct {
	out                                   string
	files, resources, modules, roots, arm int
}

// stats counts what generate wrote.
type stats struct {
	files, resources, insecure int
}

// unit is a directory of the corpus: a root or a module.
type unit struct {
	dir       string
	resources int // resource blocks to write in it
	files     int // resource files to spread them over
}

func generate(c config) (stats, error) {
	var st stats
	switch {
	case c.out == "":
		return st, errors.New("-out is required")
	case c.roots < 1:
		return st, errors.New("-roots must be at least 1")
	case c.modules < 0 || c.resources < 0 || c.arm < 0:
		return st, errors.New("-modules, -resources and -arm must be >= 0")
	case c.resources == 0 && c.arm == 0:
		return st, errors.New("nothing to write: -resources and -arm are both 0")
	}
	if entries, err := os.ReadDir(c.out); err == nil && len(entries) > 0 {
		return st, fmt.Errorf("output dir %s is not empty", c.out)
	}

	if err := writeARM(c, c.arm, &st); err != nil {
		return st, err
	}
	if c.resources == 0 {
		return st, nil
	}

	// Roots hold main.tf and variables.tf (+ resource files when there are
	// no modules); modules hold variables.tf, outputs.tf and resource files.
	var units []unit
	if c.modules == 0 {
		files := split(c.files, c.roots)
		for i, n := range split(c.resources, c.roots) {
			units = append(units, unit{dir: rootDir(i), resources: n, files: max(1, files[i]-1)})
		}
	} else {
		files := split(c.files-2*c.roots, c.modules)
		for i, n := range split(c.resources, c.modules) {
			units = append(units, unit{dir: moduleDir(i), resources: n, files: max(1, files[i]-2)})
		}
	}

	for _, u := range units {
		if err := writeUnit(c, u, &st); err != nil {
			return st, err
		}
	}
	for r := range c.roots {
		if err := writeRoot(c, r, &st); err != nil {
			return st, err
		}
	}
	return st, nil
}

func rootDir(i int) string   { return filepath.Join("roots", fmt.Sprintf("root-%02d", i)) }
func moduleDir(i int) string { return filepath.Join("modules", fmt.Sprintf("mod-%03d", i)) }

// split divides n into k near-equal parts.
func split(n, k int) []int {
	out := make([]int, k)
	for i := range out {
		out[i] = n / k
		if i < n%k {
			out[i]++
		}
	}
	return out
}

func write(c config, rel, content string, st *stats) error {
	p := filepath.Join(c.out, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	if strings.HasSuffix(rel, ".tf") || strings.HasSuffix(rel, ".json") {
		st.files++
	}
	return os.WriteFile(p, []byte(content), 0o644)
}

// writeUnit writes the variables, outputs and resource files of one
// directory.
func writeUnit(c config, u unit, st *stats) error {
	if err := write(c, filepath.Join(u.dir, "variables.tf"), moduleVariables, st); err != nil {
		return err
	}
	if c.modules > 0 {
		if err := write(c, filepath.Join(u.dir, "outputs.tf"), moduleOutputs, st); err != nil {
			return err
		}
	}
	// Templates are chosen round-robin; each writes one or more blocks.
	files := make([]strings.Builder, u.files)
	written, seq := 0, 0
	for written < u.resources {
		t := templates[seq%len(templates)]
		if t.blocks > u.resources-written {
			t = templates[0] // one block: fills the remainder exactly
		}
		b := &files[seq%len(files)]
		b.WriteString(t.render(fmt.Sprintf("r%04d", seq)))
		b.WriteString("\n")
		written += t.blocks
		if t.insecure {
			st.insecure += t.blocks
		}
		seq++
	}
	st.resources += written
	for i := range files {
		name := fmt.Sprintf("res-%03d.tf", i)
		content := files[i].String()
		if content == "" {
			content = "# Intentionally empty: the corpus keeps its file count.\n"
		}
		if i == 0 {
			content = moduleLocals + "\n" + content
		}
		if err := write(c, filepath.Join(u.dir, name), content, st); err != nil {
			return err
		}
	}
	return nil
}

// writeRoot writes a root module: its variables, tfvars and, when the
// corpus has modules, the calls to its share of them.
func writeRoot(c config, r int, st *stats) error {
	dir := rootDir(r)
	if c.modules == 0 {
		// The resources and variables.tf are already there; add the values.
		return os.WriteFile(filepath.Join(c.out, dir, "terraform.tfvars"), []byte(rootTfvars), 0o644)
	}
	var b strings.Builder
	b.WriteString(rootHeader)
	for m := r; m < c.modules; m += c.roots {
		// Every fourth call is instantiated twice with for_each, as platform
		// teams do for per-environment copies.
		if m%4 == 3 {
			fmt.Fprintf(&b, moduleCallForEach, m, filepath.ToSlash(filepath.Join("..", "..", moduleDir(m))))
		} else {
			fmt.Fprintf(&b, moduleCall, m, filepath.ToSlash(filepath.Join("..", "..", moduleDir(m))))
		}
	}
	if err := write(c, filepath.Join(dir, "main.tf"), b.String(), st); err != nil {
		return err
	}
	if err := write(c, filepath.Join(dir, "variables.tf"), moduleVariables, st); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(c.out, dir, "terraform.tfvars"), []byte(rootTfvars), 0o644)
}

// template is one resource pattern. render gets a name unique in its module.
type template struct {
	blocks   int
	insecure bool
	render   func(name string) string
}

// templates rotate so that about 30% of the blocks are insecure, the
// rest a mix of what a platform team writes. The first must be a single
// block: it fills remainders.
var templates = []template{
	{blocks: 1, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_kms_key" "%[1]s" {
  description         = "${local.name}-%[1]s"
  enable_key_rotation = true
  tags                = local.tags
}
`, n)
	}},
	{blocks: 5, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_s3_bucket" "%[1]s" {
  bucket = "${local.name}-%[1]s"
  tags   = local.tags
}

resource "aws_s3_bucket_public_access_block" "%[1]s" {
  bucket                  = aws_s3_bucket.%[1]s.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "%[1]s" {
  bucket = aws_s3_bucket.%[1]s.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "%[1]s" {
  bucket = aws_s3_bucket.%[1]s.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_logging" "%[1]s" {
  bucket        = aws_s3_bucket.%[1]s.id
  target_bucket = var.log_bucket
  target_prefix = "%[1]s/"
}
`, n)
	}},
	{blocks: 1, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_security_group" "%[1]s" {
  name   = "${local.name}-%[1]s"
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = local.web_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }

  dynamic "ingress" {
    for_each = toset(var.admin_cidrs)
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = [ingress.value]
    }
  }
}
`, n)
	}},
	{blocks: 1, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_instance" "%[1]s" {
  count                       = var.instance_count
  ami                         = var.ami
  instance_type               = "t3.small"
  subnet_id                   = element(var.subnet_ids, count.index)
  associate_public_ip_address = false

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    encrypted   = true
    volume_size = 20
  }

  tags = merge(local.tags, { Name = "${local.name}-%[1]s-${count.index}" })
}
`, n)
	}},
	{blocks: 2, insecure: true, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_s3_bucket" "%[1]s" {
  bucket = "${local.name}-%[1]s-public"
}

resource "aws_s3_bucket_acl" "%[1]s" {
  bucket = aws_s3_bucket.%[1]s.id
  acl    = var.public_acl
}
`, n)
	}},
	{blocks: 1, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_db_instance" "%[1]s" {
  identifier          = "${local.name}-%[1]s"
  engine              = "postgres"
  instance_class      = var.environment == "prod" ? "db.r6g.large" : "db.t3.medium"
  allocated_storage   = 50
  username            = "app"
  storage_encrypted   = true
  publicly_accessible = false
  skip_final_snapshot = true
}
`, n)
	}},
	{blocks: 2, render: func(n string) string {
		return fmt.Sprintf(`data "aws_iam_policy_document" "%[1]s" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::${local.name}-%[1]s/*"]
  }
}

resource "aws_iam_policy" "%[1]s" {
  name   = "${local.name}-%[1]s"
  policy = data.aws_iam_policy_document.%[1]s.json
}
`, n)
	}},
	{blocks: 1, insecure: true, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_security_group" "%[1]s" {
  name   = "${local.name}-%[1]s-ssh"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`, n)
	}},
	{blocks: 1, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_s3_bucket" "%[1]s" {
  for_each = local.buckets
  bucket   = "${local.name}-%[1]s-${each.key}"
  tags     = merge(local.tags, { Purpose = each.value })
}
`, n)
	}},
	{blocks: 1, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_iam_policy" "%[1]s" {
  name = "${local.name}-%[1]s"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource = "arn:aws:logs:*:*:log-group:/app/${local.name}:*"
    }]
  })
}
`, n)
	}},
	{blocks: 1, insecure: true, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_instance" "%[1]s" {
  ami           = var.ami
  instance_type = "t3.micro"
  subnet_id     = var.subnet_ids[0]

  metadata_options {
    http_tokens = "optional"
  }

  root_block_device {
    encrypted = false
  }
}
`, n)
	}},
	{blocks: 1, insecure: true, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_iam_policy" "%[1]s" {
  name = "${local.name}-%[1]s-admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}
`, n)
	}},
	{blocks: 1, insecure: true, render: func(n string) string {
		return fmt.Sprintf(`resource "aws_db_instance" "%[1]s" {
  identifier          = "${local.name}-%[1]s"
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "admin"
  publicly_accessible = true
  skip_final_snapshot = true
}
`, n)
	}},
}

const moduleLocals = `locals {
  name = "${var.name_prefix}-${var.environment}"
  tags = merge(var.tags, {
    Environment = var.environment
    ManagedBy   = "terraform"
  })
  web_ports = [80, 443]
  buckets = {
    raw     = "landing"
    curated = "analytics"
    export  = "partners"
  }
}
`

const moduleVariables = `variable "name_prefix" {
  type    = string
  default = "bench"
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "vpc_id" {
  type    = string
  default = "vpc-0123456789abcdef0"
}

variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-0aaa", "subnet-0bbb", "subnet-0ccc"]
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}

variable "ami" {
  type    = string
  default = "ami-0123456789abcdef0"
}

variable "instance_count" {
  type    = number
  default = 2
}

variable "log_bucket" {
  type    = string
  default = "bench-access-logs"
}

variable "public_acl" {
  type    = string
  default = "private"
}
`

const moduleOutputs = `output "name" {
  value = local.name
}

output "tags" {
  value = local.tags
}
`

const rootHeader = `locals {
  environments = toset(["staging", "prod"])
}
`

const moduleCall = `
module "m%03[1]d" {
  source         = "%[2]s"
  name_prefix    = var.name_prefix
  environment    = var.environment
  tags           = var.tags
  instance_count = var.instance_count
  admin_cidrs    = var.admin_cidrs
  public_acl     = var.public_acl
}
`

const moduleCallForEach = `
module "m%03[1]d" {
  source      = "%[2]s"
  for_each    = local.environments
  name_prefix = var.name_prefix
  environment = each.key
  tags        = merge(var.tags, { Copy = each.key })
  public_acl  = var.public_acl
}
`

const rootTfvars = `environment    = "prod"
instance_count = 3
admin_cidrs    = ["10.20.0.0/16", "192.168.10.0/24"]
public_acl     = "public-read"
tags = {
  CostCenter = "platform"
}
`
