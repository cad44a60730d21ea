resource "google_storage_bucket" "default" { # want "GCP-GCS-001"
  name     = "acme-default-acls"
  location = "EU"
}

resource "google_storage_bucket" "explicit" {
  name                        = "acme-explicit-acls"
  location                    = "EU"
  uniform_bucket_level_access = false # want "GCP-GCS-001"
}
