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

  metadata = {
    serial-port-enable     = "false"
    block-project-ssh-keys = "true"
  }
}

resource "google_compute_project_metadata" "defaults" {
  metadata = {
    enable-oslogin = "TRUE"
  }
}
