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

    access_config { # want "GCP-GCE-001"
      network_tier = "PREMIUM"
    }
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
    stack_type = "IPV4_IPV6"

    ipv6_access_config { # want "GCP-GCE-001"
      network_tier = "PREMIUM"
    }
  }
}
