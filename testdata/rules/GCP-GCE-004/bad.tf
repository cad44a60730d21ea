resource "google_compute_instance" "legacy" {
  name         = "legacy-1"
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

  metadata = {
    enable-oslogin = "FALSE" # want "GCP-GCE-004"
  }
}

resource "google_compute_project_metadata" "project" {
  metadata = { # want "GCP-GCE-004"
    ssh-keys = "deploy:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample deploy"
  }
}
