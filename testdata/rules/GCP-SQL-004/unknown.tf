variable "public_ip" {
  type = bool
}

resource "google_sql_database_instance" "main" {
  name             = "acme-main"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      ipv4_enabled    = var.public_ip # want "GCP-SQL-004"
      private_network = "projects/acme-prod/global/networks/acme-vpc"
    }
  }
}
