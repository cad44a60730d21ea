variable "vpc_cidr" {
  default = "10.0.0.0/16"
}

variable "zones" {
  default = ["a", "b", "c"]
}

variable "overrides" {
  type    = map(string)
  default = { env = "prod" }
}

locals {
  subnets = [for i, z in var.zones : cidrsubnet(var.vpc_cidr, 8, i)]
  tags    = merge({ Team = "platform", env = "dev" }, var.overrides)
  sizes   = { small = "t3.micro", large = "m5.large" }
}

resource "aws_subnet" "this" {
  count             = length(var.zones)
  cidr_block        = local.subnets[count.index]
  availability_zone = "eu-west-1${var.zones[count.index]}"
  host              = cidrhost(local.subnets[count.index], 10)
  tags              = local.tags
}

resource "aws_iam_policy" "p" {
  name = lower("Policy-${upper(var.overrides["env"])}")
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject"]
      Resource = "arn:aws:s3:::${lookup(var.overrides, "bucket", "default-bucket")}/*"
    }]
  })
  size     = lookup(local.sizes, "large", "t3.nano")
  fallback = try(var.overrides["missing"], "fallback")
  can_read = can(var.overrides["env"])
  coalesce = coalesce("", "first-non-empty")
  joined   = join(",", sort(keys(local.tags)))
}

resource "aws_instance" "web" {
  ami       = "ami-1"
  user_data = templatefile("${path.module}/templates/user_data.sh.tpl", { port = 8080, names = var.zones })
  readme    = file("${path.module}/templates/missing.txt")
  outside   = file("../../../../etc/passwd")
  checksum  = sha256("abc")
  created   = timestamp()
}
