resource "google_compute_ssl_policy" "legacy" { # want "GCP-NET-005"
  name = "legacy"
}

resource "google_compute_ssl_policy" "tls11" {
  name            = "tls11"
  profile         = "MODERN"
  min_tls_version = "TLS_1_1" # want "GCP-NET-005"
}

resource "google_compute_target_https_proxy" "web" { # want "GCP-NET-005"
  name             = "web"
  url_map          = "projects/acme-prod/global/urlMaps/web"
  ssl_certificates = ["projects/acme-prod/global/sslCertificates/web"]
}
