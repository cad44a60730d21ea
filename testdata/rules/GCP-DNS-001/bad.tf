resource "google_dns_managed_zone" "public" { # want "GCP-DNS-001"
  name     = "acme-public"
  dns_name = "acme.example."
}

resource "google_dns_managed_zone" "off" {
  name     = "acme-shop"
  dns_name = "shop.acme.example."

  dnssec_config {
    state = "off" # want "GCP-DNS-001"
  }
}
