output "network" {
  description = "Self link of the VPC network."
  value       = google_compute_network.vpc.self_link
}

output "orders_db_connection" {
  description = "Connection name of the orders database."
  value       = google_sql_database_instance.orders.connection_name
}
