resource "google_sql_database_instance" "defaults" {
  name             = "acme-defaults"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings { # want "GCP-SQL-002"
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "legacy" {
  name             = "acme-legacy"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      require_ssl = false # want "GCP-SQL-002"
    }
  }
}

resource "google_sql_database_instance" "explicit" {
  name             = "acme-explicit"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED" # want "GCP-SQL-002"
    }
  }
}
