variable "admin_range" {
  type = string
}

resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh"
  network       = "acme-vpc"
  source_ranges = [var.admin_range] # want "GCP-NET-001"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
