variable "public" {
  type = bool
}

resource "google_compute_instance" "app" {
  name         = "app-1"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "app"

    dynamic "access_config" { # want "GCP-GCE-001"
      for_each = var.public ? [1] : []
      content {
        network_tier = "PREMIUM"
      }
    }
  }
}
