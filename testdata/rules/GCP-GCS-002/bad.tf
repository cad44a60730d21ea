resource "google_storage_bucket" "site" {
  name                        = "acme-site"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_member" "public" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers" # want "GCP-GCS-002"
}

resource "google_storage_bucket_iam_binding" "readers" {
  bucket  = google_storage_bucket.site.name
  role    = "roles/storage.objectViewer"
  members = ["group:web@example.com", "allAuthenticatedUsers"] # want "GCP-GCS-002"
}

data "google_iam_policy" "public" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["allUsers"]
  }
}

resource "google_storage_bucket_iam_policy" "policy" {
  bucket      = google_storage_bucket.site.name
  policy_data = data.google_iam_policy.public.policy_data # want "GCP-GCS-002"
}

resource "google_storage_bucket" "legacy" {
  name     = "acme-legacy"
  location = "EU"
}

resource "google_storage_bucket_access_control" "public" {
  bucket = google_storage_bucket.legacy.name
  role   = "READER"
  entity = "allUsers" # want "GCP-GCS-002"
}

resource "google_storage_default_object_access_control" "public" {
  bucket = google_storage_bucket.legacy.name
  role   = "READER"
  entity = "allUsers" # want "GCP-GCS-002"
}

resource "google_storage_bucket_acl" "legacy" {
  bucket      = google_storage_bucket.legacy.name
  role_entity = ["OWNER:project-owners-123456", "READER:allAuthenticatedUsers"] # want "GCP-GCS-002"
}

resource "google_storage_bucket_acl" "canned" {
  bucket         = google_storage_bucket.legacy.name
  predefined_acl = "publicRead" # want "GCP-GCS-002"
}
