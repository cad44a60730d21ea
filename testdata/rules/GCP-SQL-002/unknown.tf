variable "ssl_mode" {
  type = string
}

resource "google_sql_database_instance" "main" {
  name             = "acme-main"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      ssl_mode = var.ssl_mode # want "GCP-SQL-002"
    }
  }
}
