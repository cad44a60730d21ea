resource "google_container_cluster" "open" { # want "GCP-GKE-002"
  name               = "open"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "everyone" {
  name               = "everyone"
  location           = "europe-west1"
  initial_node_count = 1

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "0.0.0.0/0" # want "GCP-GKE-002"
      display_name = "anywhere"
    }
  }
}
