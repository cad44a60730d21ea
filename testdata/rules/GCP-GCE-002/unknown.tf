variable "serial_console" {
  type = string
}

resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = var.serial_console # want "GCP-GCE-002"
}
