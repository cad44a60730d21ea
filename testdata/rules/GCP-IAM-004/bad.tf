resource "google_project_iam_member" "deployer" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser" # want "GCP-IAM-004"
  member  = "group:deployers@example.com"
}

resource "google_project_iam_binding" "token_creators" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountTokenCreator" # want "GCP-IAM-004"
  members = ["serviceAccount:ci@acme-prod.iam.gserviceaccount.com"]
}
