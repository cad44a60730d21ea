variable "ci_role" {
  type = string
}

resource "google_project_iam_member" "ci" {
  project = "acme-prod"
  role    = var.ci_role # want "GCP-IAM-004"
  member  = "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"
}
