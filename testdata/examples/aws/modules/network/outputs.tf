output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "public_subnet_ids" {
  description = "IDs of the public subnets, in zone order."
  value       = [for az in var.availability_zones : aws_subnet.public[az].id]
}

output "private_subnet_ids" {
  description = "IDs of the private subnets, in zone order."
  value       = [for az in var.availability_zones : aws_subnet.private[az].id]
}

output "web_security_group_id" {
  description = "Security group of the load balancer."
  value       = aws_security_group.web.id
}

output "app_security_group_id" {
  description = "Security group of the application servers."
  value       = aws_security_group.app.id
}

output "db_security_group_id" {
  description = "Security group of the database."
  value       = aws_security_group.db.id
}

output "admin_security_group_id" {
  description = "Security group for administrative SSH access."
  value       = aws_security_group.admin.id
}
