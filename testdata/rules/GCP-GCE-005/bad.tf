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

  service_account {
    scopes = ["cloud-platform"] # want "GCP-GCE-005"
  }
}

data "google_compute_default_service_account" "default" {}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = "app"
  }

  service_account {
    email  = data.google_compute_default_service_account.default.email
    scopes = ["https://www.googleapis.com/auth/cloud-platform"] # want "GCP-GCE-005"
  }
}
