variable "legacy_abac" {
  type = bool
}

resource "google_container_cluster" "main" {
  name               = "main"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = var.legacy_abac # want "GCP-GKE-001"
}
