variable "router" {
  type = bool
}

resource "google_compute_instance" "gw" {
  name           = "gw-1"
  machine_type   = "e2-small"
  zone           = "europe-west1-b"
  can_ip_forward = var.router # want "GCP-GCE-007"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "app"
  }
}
