resource "google_compute_network" "vpc" {
  name                    = "acme-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh"
  network       = google_compute_network.vpc.id
  source_ranges = ["0.0.0.0/0"] # want "GCP-NET-001"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "rdp_range" {
  name          = "allow-rdp"
  network       = google_compute_network.vpc.id
  direction     = "INGRESS"
  source_ranges = ["10.0.0.0/8", "::/0"] # want "GCP-NET-001"

  allow {
    protocol = "icmp"
  }

  allow {
    protocol = "tcp"
    ports    = ["3000-4000"]
  }
}
