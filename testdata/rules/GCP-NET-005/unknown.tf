variable "min_tls_version" {
  type = string
}

resource "google_compute_ssl_policy" "modern" {
  name            = "modern"
  profile         = "MODERN"
  min_tls_version = var.min_tls_version # want "GCP-NET-005"
}
