# Keys for the data tier.
resource "aws_kms_key" "data" {
  description             = "data"   # inline comment
  deletion_window_in_days = 30
  enable_key_rotation     =    false    // odd spacing, kept
}

/* A block comment, kept. */
resource   "aws_kms_key"   "logs"   {
  description = "logs"
}

resource "aws_kms_key" "tiny" {}

resource "aws_kms_key" "one" { description = "one" }
