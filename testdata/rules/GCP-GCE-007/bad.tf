resource "google_compute_instance" "nat" {
  name           = "nat-1"
  machine_type   = "e2-small"
  zone           = "europe-west1-b"
  can_ip_forward = true # want "GCP-GCE-007"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "app"
  }
}
