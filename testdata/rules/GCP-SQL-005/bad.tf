resource "google_sql_database_instance" "mysql" {
  name             = "acme-mysql"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    database_flags {
      name  = "local_infile"
      value = "on" # want "GCP-SQL-005"
    }
  }
}

resource "google_sql_database_instance" "mssql" {
  name             = "acme-mssql"
  database_version = "SQLSERVER_2022_STANDARD"
  region           = "europe-west1"
  root_password    = "change-me-in-secret-manager"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "contained database authentication"
      value = "on" # want "GCP-SQL-005"
    }

    database_flags {
      name  = "cross db ownership chaining"
      value = "on" # want "GCP-SQL-005"
    }
  }
}
