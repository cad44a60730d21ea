resource "google_sql_database_instance" "main" {
  name             = "acme-main"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-prod/global/networks/acme-vpc"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}
