variable "client_range" {
  type = string
}

resource "google_sql_database_instance" "main" {
  name             = "acme-main"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      authorized_networks {
        name  = "clients"
        value = var.client_range # want "GCP-SQL-001"
      }
    }
  }
}
