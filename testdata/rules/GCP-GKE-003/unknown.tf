variable "datapath" {
  type = string
}

resource "google_container_cluster" "main" {
  name               = "main"
  location           = "europe-west1"
  initial_node_count = 1
  datapath_provider  = var.datapath # want "GCP-GKE-003"
}
