resource "google_project" "app" { # want "GCP-NET-004"
  name       = "acme-app"
  project_id = "acme-app-prod"
  org_id     = "123456789012"
}

resource "google_compute_network" "auto" { # want "GCP-NET-004"
  name    = "acme-auto"
  project = google_project.app.project_id
}

resource "google_compute_network" "explicit" {
  name                    = "acme-explicit"
  project                 = google_project.app.project_id
  auto_create_subnetworks = true # want "GCP-NET-004"
}
