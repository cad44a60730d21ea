resource "google_sql_database_instance" "defaults" {
  name             = "acme-defaults"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings { # want "GCP-SQL-004"
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "both" {
  name             = "acme-both"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      ipv4_enabled    = true # want "GCP-SQL-004"
      private_network = "projects/acme-prod/global/networks/acme-vpc"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}
