variable "role" {
  type = string
}

resource "google_project_iam_member" "ci" {
  project = "acme-prod"
  role    = var.role # want "GCP-IAM-001"
  member  = "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"
}
