resource "google_service_account" "ci" {
  account_id   = "ci-deployer"
  display_name = "CI deployer"
}

resource "google_service_account_key" "ci" { # want "GCP-IAM-002"
  service_account_id = google_service_account.ci.name
}
