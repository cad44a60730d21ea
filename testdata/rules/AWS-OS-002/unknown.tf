variable "node_to_node_encryption" {
  type = bool
}

resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"

  node_to_node_encryption {
    enabled = var.node_to_node_encryption # want "AWS-OS-002"
  }
}
