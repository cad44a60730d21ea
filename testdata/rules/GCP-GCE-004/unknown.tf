variable "oslogin" {
  type = string
}

resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = var.oslogin # want "GCP-GCE-004"
}
