resource "google_compute_firewall" "everything" {
  name          = "allow-all"
  network       = "acme-vpc"
  source_ranges = ["0.0.0.0/0"] # want "GCP-NET-002"

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "all_tcp" {
  name          = "allow-all-tcp"
  network       = "acme-vpc"
  source_ranges = ["::/0"] # want "GCP-NET-002"

  allow {
    protocol = "tcp"
  }
}

resource "google_compute_firewall" "udp_range" {
  name          = "allow-all-udp"
  network       = "acme-vpc"
  source_ranges = ["0.0.0.0/0"] # want "GCP-NET-002"

  allow {
    protocol = "udp"
    ports    = ["0-65535"]
  }
}
