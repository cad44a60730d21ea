resource "google_compute_firewall" "web" {
  name          = "allow-web"
  network       = "acme-vpc"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["80", "443"]
  }
}

resource "google_compute_firewall" "internal" {
  name          = "allow-internal"
  network       = "acme-vpc"
  source_ranges = ["10.128.0.0/9"]

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "health_checks" {
  name          = "allow-health-checks"
  network       = "acme-vpc"
  source_ranges = ["35.191.0.0/16", "130.211.0.0/22"]

  allow {
    protocol = "tcp"
  }
}
