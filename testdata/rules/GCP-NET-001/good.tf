resource "google_compute_network" "vpc" {
  name                    = "acme-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "https" {
  name          = "allow-https"
  network       = google_compute_network.vpc.id
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

# SSH through Identity-Aware Proxy only.
resource "google_compute_firewall" "iap_ssh" {
  name          = "allow-iap-ssh"
  network       = google_compute_network.vpc.id
  source_ranges = ["35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "disabled" {
  name          = "allow-ssh-break-glass"
  network       = google_compute_network.vpc.id
  source_ranges = ["0.0.0.0/0"]
  disabled      = true

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "egress" {
  name               = "allow-egress-ssh"
  network            = google_compute_network.vpc.id
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
