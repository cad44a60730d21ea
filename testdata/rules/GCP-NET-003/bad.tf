resource "google_compute_subnetwork" "app" { # want "GCP-NET-003"
  name          = "app"
  region        = "europe-west1"
  network       = "acme-vpc"
  ip_cidr_range = "10.10.0.0/24"
}

locals {
  flow_logs = []
}

resource "google_compute_subnetwork" "data" { # want "GCP-NET-003"
  name          = "data"
  region        = "europe-west1"
  network       = "acme-vpc"
  ip_cidr_range = "10.20.0.0/24"

  dynamic "log_config" {
    for_each = local.flow_logs
    content {
      aggregation_interval = log_config.value
    }
  }
}
