variable "backups" {
  type = bool
}

resource "google_sql_database_instance" "main" {
  name             = "acme-main"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    backup_configuration {
      enabled = var.backups # want "GCP-SQL-003"
    }
  }
}
