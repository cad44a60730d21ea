resource "google_compute_instance" "web" { # want "GCP-GCE-006"
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

  shielded_instance_config {
    enable_secure_boot          = false # want "GCP-GCE-006"
    enable_integrity_monitoring = false # want "GCP-GCE-006"
  }
}
