output "vpc_id" {
  description = "ID of the stack's VPC."
  value       = module.network.vpc_id
}

output "app_private_ips" {
  description = "Private IP addresses of the application servers."
  value       = aws_instance.app[*].private_ip
}

output "db_endpoint" {
  description = "Connection endpoint of the orders database."
  value       = aws_db_instance.orders.endpoint
}

output "bucket_names" {
  description = "Names of the stack's S3 buckets, by purpose."
  value       = module.storage.bucket_ids
}
