# Used by the README to show the three results of a rule: pass, fail and
# inconclusive when the deciding value is unknown before deploy.

variable "rotate" {
  description = "Rotate the key material every year."
  type        = bool
}

resource "aws_kms_key" "data" {
  description         = "Encrypts the order data at rest"
  enable_key_rotation = var.rotate
}
