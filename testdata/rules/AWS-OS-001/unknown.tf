variable "encrypt_at_rest" {
  type = bool
}

resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"

  encrypt_at_rest {
    enabled = var.encrypt_at_rest # want "AWS-OS-001"
  }
}
