resource "google_service_account" "app" {
  account_id   = "app-vm"
  display_name = "App VMs"
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
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }
}

# The default account with narrow scopes only.
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

  service_account {
    scopes = ["logging-write", "monitoring-write"]
  }
}
