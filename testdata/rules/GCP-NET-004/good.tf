resource "google_project" "app" {
  name                = "acme-app"
  project_id          = "acme-app-prod"
  org_id              = "123456789012"
  auto_create_network = false
}

resource "google_compute_network" "vpc" {
  name                    = "acme-vpc"
  project                 = google_project.app.project_id
  auto_create_subnetworks = false
}
