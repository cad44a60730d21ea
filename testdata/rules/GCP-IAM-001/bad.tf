resource "google_project_iam_member" "owner" {
  project = "acme-prod"
  role    = "roles/owner" # want "GCP-IAM-001"
  member  = "user:alice@example.com"
}

resource "google_project_iam_binding" "editors" {
  project = "acme-prod"
  role    = "roles/editor" # want "GCP-IAM-001"
  members = ["group:developers@example.com", "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"]
}

data "google_iam_policy" "folder" {
  binding {
    role    = "roles/owner"
    members = ["group:platform@example.com"]
  }
}

resource "google_folder_iam_policy" "folder" {
  folder      = "folders/123456789"
  policy_data = data.google_iam_policy.folder.policy_data # want "GCP-IAM-001"
}
