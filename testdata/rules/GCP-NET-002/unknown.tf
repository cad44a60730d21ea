variable "protocol" {
  type = string
}

resource "google_compute_firewall" "open" {
  name          = "allow-open"
  network       = "acme-vpc"
  source_ranges = ["0.0.0.0/0"] # want "GCP-NET-002"

  allow {
    protocol = var.protocol
  }
}
