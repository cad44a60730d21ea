variable "buckets" {
  type = map(object({
    versioning = bool
  }))
  default = {
    logs   = { versioning = true }
    assets = { versioning = false }
  }
}

resource "aws_s3_bucket" "b" {
  for_each = var.buckets
  bucket   = "corp-${each.key}"
}

resource "aws_s3_bucket_versioning" "b" {
  for_each = aws_s3_bucket.b
  bucket   = each.value.bucket
  bucket_id = each.value.id
  versioning_configuration {
    status = var.buckets[each.key].versioning ? "Enabled" : "Suspended"
  }
}

resource "aws_iam_user" "u" {
  for_each = toset(["alice", "bob"])
  name     = each.value
  key      = each.key
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.b["logs"].bucket
  id_ref = aws_s3_bucket.b["logs"].id
}

resource "aws_iam_user" "empty" {
  for_each = {}
  name     = each.key
}
