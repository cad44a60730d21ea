variable "exempted" {
  type = list(string)
}

resource "google_project_iam_audit_config" "all" {
  project = "acme-prod"
  service = "allServices"

  audit_log_config {
    log_type         = "DATA_READ"
    exempted_members = var.exempted # want "GCP-LOG-001"
  }
}
