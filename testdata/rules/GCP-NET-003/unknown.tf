variable "flow_logs" {
  type = list(string)
}

resource "google_compute_subnetwork" "app" {
  name          = "app"
  region        = "europe-west1"
  network       = "acme-vpc"
  ip_cidr_range = "10.10.0.0/24"

  dynamic "log_config" { # want "GCP-NET-003"
    for_each = var.flow_logs
    content {
      aggregation_interval = log_config.value
    }
  }
}
