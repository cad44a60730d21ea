resource "aws_kms_key" "k" {
  description         = "logs key"
  enable_key_rotation = true
}

data "aws_iam_policy_document" "bucket" {
  statement {
    sid       = "DenyInsecure"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["${aws_s3_bucket.logs.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.bucket
  rule {
    apply_server_side_encryption_by_default {
      kms_master_key_id = aws_kms_key.k.arn
      sse_algorithm     = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.bucket.json
}

resource "aws_instance" "app" {
  ami       = "ami-1"
  subnet_id = [for s in aws_subnet.all : s.id][0]
  key_name  = aws_kms_key.k.description
  depends_on = [aws_s3_bucket.logs]
}

resource "aws_subnet" "all" {
  count      = 2
  cidr_block = "10.0.${count.index}.0/24"
}

resource "aws_iam_user" "dev" {
  name = "dev-${timestamp()}"
}

# hcl drops marks when a for expression iterates a value of unknown type;
# the cause still reaches the attribute.
resource "aws_iam_group" "from_data" {
  name  = "readers"
  users = [for s in data.aws_iam_policy_document.bucket.statement : s.sid]
}
