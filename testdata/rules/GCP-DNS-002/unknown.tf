variable "algorithm" {
  type = string
}

resource "google_dns_managed_zone" "public" {
  name     = "acme-public"
  dns_name = "acme.example."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = var.algorithm # want "GCP-DNS-002"
      key_length = 2048
      key_type   = "keySigning"
    }
  }
}
