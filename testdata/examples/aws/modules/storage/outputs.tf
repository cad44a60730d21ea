output "bucket_ids" {
  description = "Names of the buckets of var.buckets, by purpose."
  value       = { for name, b in aws_s3_bucket.this : name => b.id }
}

output "bucket_arns" {
  description = "ARNs of the buckets of var.buckets, by purpose."
  value       = { for name, b in aws_s3_bucket.this : name => b.arn }
}

output "audit_bucket_id" {
  description = "Name of the bucket CloudTrail delivers to."
  value       = aws_s3_bucket.audit.id
}

output "access_logs_bucket_id" {
  description = "Name of the bucket that receives S3 server access logs."
  value       = aws_s3_bucket.access_logs.id
}
