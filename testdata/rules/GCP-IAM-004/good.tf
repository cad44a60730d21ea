resource "google_service_account" "runtime" {
  account_id   = "app-runtime"
  display_name = "App runtime"
}

resource "google_service_account_iam_member" "deployer" {
  service_account_id = google_service_account.runtime.name
  role               = "roles/iam.serviceAccountUser"
  member             = "group:deployers@example.com"
}
