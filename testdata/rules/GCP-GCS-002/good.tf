resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_member" "reader" {
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.objectViewer"
  member = "group:analysts@example.com"
}

resource "google_storage_bucket_iam_binding" "admins" {
  bucket  = google_storage_bucket.data.name
  role    = "roles/storage.admin"
  members = ["user:alice@example.com", "serviceAccount:etl@acme-prod.iam.gserviceaccount.com"]
}

data "google_iam_policy" "private" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["group:analysts@example.com"]
  }
}

resource "google_storage_bucket_iam_policy" "policy" {
  bucket      = google_storage_bucket.data.name
  policy_data = data.google_iam_policy.private.policy_data
}

resource "google_storage_bucket_acl" "private" {
  bucket         = google_storage_bucket.data.name
  predefined_acl = "projectPrivate"
}
