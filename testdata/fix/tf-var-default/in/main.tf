variable "rotation" {
  description = "Rotate the key every year."
  type        = bool
  default     = false # set by the platform team
}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = var.rotation
}
