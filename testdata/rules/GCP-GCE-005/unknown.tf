variable "service_account_email" {
  type = string
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
  }

  service_account {
    email  = var.service_account_email
    scopes = ["cloud-platform"] # want "GCP-GCE-005"
  }
}
