environment        = "prod"
app_instance_count = 2
app_instance_type  = "t3.medium"

# misconfiguration: SSH open to the whole Internet (caught on module.network.aws_security_group.admin)
admin_cidrs = ["10.0.0.0/8", "0.0.0.0/0"]

# misconfiguration: the assets bucket is made world-readable (caught on module.storage.aws_s3_bucket_acl.this["assets"])
public_assets_acl = "public-read"
