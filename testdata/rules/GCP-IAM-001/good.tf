resource "google_project_iam_member" "compute" {
  project = "acme-prod"
  role    = "roles/compute.admin"
  member  = "group:platform@example.com"
}

resource "google_project_iam_binding" "viewers" {
  project = "acme-prod"
  role    = "roles/viewer"
  members = ["group:developers@example.com"]
}
