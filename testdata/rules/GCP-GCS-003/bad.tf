resource "google_storage_bucket" "default" { # want "GCP-GCS-003"
  name                        = "acme-reports"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket" "inherited" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "inherited" # want "GCP-GCS-003"
}
