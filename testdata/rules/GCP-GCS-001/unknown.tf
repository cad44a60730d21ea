variable "uniform_access" {
  type = bool
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = var.uniform_access # want "GCP-GCS-001"
}
