variable "admin_cidr" {
  type = string
}

resource "google_container_cluster" "main" {
  name               = "main"
  location           = "europe-west1"
  initial_node_count = 1

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = var.admin_cidr # want "GCP-GKE-002"
      display_name = "admins"
    }
  }
}
