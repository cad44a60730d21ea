variable "public_access_prevention" {
  type = string
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = var.public_access_prevention # want "GCP-GCS-003"
}
