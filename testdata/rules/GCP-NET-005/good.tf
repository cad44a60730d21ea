resource "google_compute_ssl_policy" "modern" {
  name            = "modern"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_target_https_proxy" "web" {
  name             = "web"
  url_map          = "projects/acme-prod/global/urlMaps/web"
  ssl_certificates = ["projects/acme-prod/global/sslCertificates/web"]
  ssl_policy       = google_compute_ssl_policy.modern.id
}
