resource "aws_opensearch_domain" "logs" { # want "AWS-OS-003"
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "http" {
  domain_name = "http"

  domain_endpoint_options {
    enforce_https       = false # want "AWS-OS-003"
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # want "AWS-OS-003"
  }
}
