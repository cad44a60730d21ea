variable "dnssec_state" {
  type = string
}

resource "google_dns_managed_zone" "public" {
  name     = "acme-public"
  dns_name = "acme.example."

  dnssec_config {
    state = var.dnssec_state # want "GCP-DNS-001"
  }
}
