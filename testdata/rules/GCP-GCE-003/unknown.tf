variable "block_project_keys" {
  type = string
}

resource "google_compute_instance" "web" {
  name         = "web-1"
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
    block-project-ssh-keys = var.block_project_keys # want "GCP-GCE-003"
  }
}
