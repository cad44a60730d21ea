variable "auto_subnets" {
  type = bool
}

resource "google_compute_network" "vpc" {
  name                    = "acme-vpc"
  auto_create_subnetworks = var.auto_subnets # want "GCP-NET-004"
}
