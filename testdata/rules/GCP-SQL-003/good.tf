resource "google_sql_database_instance" "main" {
  name             = "acme-main"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    backup_configuration {
      enabled                        = true
      start_time                     = "03:00"
      point_in_time_recovery_enabled = true
    }
  }
}

# Replicas cannot have backups of their own.
resource "google_sql_database_instance" "replica" {
  name                 = "acme-main-replica"
  database_version     = "POSTGRES_16"
  region               = "europe-west4"
  master_instance_name = google_sql_database_instance.main.name

  replica_configuration {
    failover_target = false
  }

  settings {
    tier = "db-f1-micro"
  }
}
