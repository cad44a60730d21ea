resource "google_dns_managed_zone" "public" {
  name     = "acme-public"
  dns_name = "acme.example."

  dnssec_config {
    state = "on"
  }
}

resource "google_dns_managed_zone" "internal" {
  name       = "acme-internal"
  dns_name   = "internal.acme.example."
  visibility = "private"

  private_visibility_config {
    networks {
      network_url = "projects/acme-prod/global/networks/acme-vpc"
    }
  }
}
