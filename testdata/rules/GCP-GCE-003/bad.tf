resource "google_compute_instance" "web" { # want "GCP-GCE-003"
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
}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = "app"
  }

  metadata = {
    block-project-ssh-keys = "false" # want "GCP-GCE-003"
  }
}
