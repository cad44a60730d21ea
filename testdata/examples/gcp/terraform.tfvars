project_id  = "acme-shop-prod"
environment = "prod"

subnets = {
  app = { index = 1 }
  # misconfiguration: the batch subnet does not log flows (caught on google_compute_subnetwork.this["batch"])
  batch = { index = 2, flow_logs = false }
}

# misconfiguration: 0.0.0.0/0 opens SSH on the bastion to the internet (caught on google_compute_firewall.bastion_ssh)
admin_ranges = ["198.51.100.0/24", "0.0.0.0/0"]

# misconfiguration: the assets bucket is readable by anyone (caught on google_storage_bucket_iam_member.assets_public[0])
public_assets = true

# misconfiguration: no automated backups of the orders database (caught on google_sql_database_instance.orders)
db_backups = false
