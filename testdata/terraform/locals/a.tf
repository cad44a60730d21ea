# "full" is declared before the locals it depends on, in another file.
locals {
  full = "${local.prefix}-${local.env}"
  tags = merge(local.base_tags, { Name = local.full })
}

resource "aws_s3_bucket" "logs" {
  bucket = local.full
  tags   = local.tags
  path   = path.module
  root   = path.root
  cycled = local.ping
  alias  = local.alias
}
