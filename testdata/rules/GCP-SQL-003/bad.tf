resource "google_sql_database_instance" "none" {
  name             = "acme-none"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings { # want "GCP-SQL-003"
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "off" {
  name             = "acme-off"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    backup_configuration {
      enabled    = false # want "GCP-SQL-003"
      start_time = "03:00"
    }
  }
}
