locals {
  name_prefix = "${var.project}-${var.environment}"

  common_tags = {
    Project     = var.project
    Environment = var.environment
    ManagedBy   = "terraform"
  }

  # Buckets of the stack. Every bucket gets encryption, a public access
  # block, versioning and access logging unless its entry says otherwise.
  buckets = {
    data = {
      versioning = true
      public     = false
      acl        = null
    }
    reports = {
      # misconfiguration: versioning switched off on the reports bucket (caught on module.storage.aws_s3_bucket_versioning.this["reports"])
      versioning = false
      public     = false
      acl        = null
    }
    assets = {
      versioning = true
      # misconfiguration: the assets bucket opts out of S3 Block Public Access (caught on module.storage.aws_s3_bucket_public_access_block.this["assets"])
      public = true
      acl    = var.public_assets_acl
    }
  }
}

data "aws_caller_identity" "current" {}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-x86_64"]
  }
}

module "network" {
  source = "./modules/network"

  name               = local.name_prefix
  cidr_block         = var.vpc_cidr
  availability_zones = var.availability_zones
  admin_cidrs        = var.admin_cidrs
  app_port           = 8080
}

module "storage" {
  source = "./modules/storage"

  name_prefix = local.name_prefix
  buckets     = local.buckets
  kms_key_arn = aws_kms_key.main.arn
}

resource "aws_kms_key" "main" {
  description             = "Encrypts the ${local.name_prefix} data at rest"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_kms_alias" "main" {
  name          = "alias/${local.name_prefix}"
  target_key_id = aws_kms_key.main.key_id
}

# --- Compute --------------------------------------------------------------

resource "aws_instance" "app" {
  count = var.app_instance_count

  ami                         = data.aws_ami.al2023.id
  instance_type               = var.app_instance_type
  subnet_id                   = module.network.private_subnet_ids[count.index % length(module.network.private_subnet_ids)]
  vpc_security_group_ids      = [module.network.app_security_group_id]
  iam_instance_profile        = aws_iam_instance_profile.app.name
  associate_public_ip_address = false

  metadata_options {
    # misconfiguration: IMDSv1 still allowed on the app servers (caught on aws_instance.app[0] and aws_instance.app[1])
    http_tokens   = "optional"
    http_endpoint = "enabled"
  }

  root_block_device {
    volume_size = 20
    volume_type = "gp3"
    encrypted   = true
    kms_key_id  = aws_kms_key.main.arn
  }

  tags = {
    Name = "${local.name_prefix}-app-${count.index}"
  }
}

resource "aws_ebs_volume" "app_data" {
  count = var.app_instance_count

  availability_zone = var.availability_zones[count.index % length(var.availability_zones)]
  size              = 100
  type              = "gp3"
  encrypted         = true
  kms_key_id        = aws_kms_key.main.arn
}

# --- Database -------------------------------------------------------------

resource "aws_db_subnet_group" "main" {
  name       = "${local.name_prefix}-db"
  subnet_ids = module.network.private_subnet_ids
}

resource "aws_db_instance" "orders" {
  identifier                  = "${local.name_prefix}-orders"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = var.db_instance_class
  allocated_storage           = 50
  db_name                     = "orders"
  username                    = var.db_username
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.main.name
  vpc_security_group_ids      = [module.network.db_security_group_id]
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.main.arn
  backup_retention_period     = 14
  deletion_protection         = true
  skip_final_snapshot         = false
  final_snapshot_identifier   = "${local.name_prefix}-orders-final"

  # The application connects with a short-lived IAM token
  # (rds-db:connect), not with a stored password.
  iam_database_authentication_enabled = true

  # misconfiguration: the orders database gets a public endpoint (caught on aws_db_instance.orders)
  publicly_accessible = true
}

# --- Identity -------------------------------------------------------------

data "aws_iam_policy_document" "app_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "app" {
  statement {
    sid       = "ReadOrderData"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [module.storage.bucket_arns["data"], "${module.storage.bucket_arns["data"]}/*"]
  }

  statement {
    sid       = "UseDataKey"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.main.arn]
  }

  statement {
    sid       = "ConnectToOrdersDatabase"
    actions   = ["rds-db:connect"]
    resources = ["arn:aws:rds-db:${var.region}:${data.aws_caller_identity.current.account_id}:dbuser:${aws_db_instance.orders.resource_id}/orders_app"]
  }
}

resource "aws_iam_role" "app" {
  name               = "${local.name_prefix}-app"
  assume_role_policy = data.aws_iam_policy_document.app_assume.json
}

resource "aws_iam_role_policy" "app" {
  name   = "app-data-access"
  role   = aws_iam_role.app.id
  policy = data.aws_iam_policy_document.app.json
}

resource "aws_iam_instance_profile" "app" {
  name = "${local.name_prefix}-app"
  role = aws_iam_role.app.name
}

resource "aws_iam_policy" "ci_deploy" {
  name        = "${local.name_prefix}-ci-deploy"
  description = "Used by the CI pipeline to deploy the stack"

  # misconfiguration: the CI policy allows every action on every resource (caught on aws_iam_policy.ci_deploy)
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Deploy"
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_policy" "read_reports" {
  name = "${local.name_prefix}-read-reports"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = ["arn:aws:s3:::${local.name_prefix}-reports/*"]
      },
    ]
  })
}

# --- Audit logging --------------------------------------------------------

# The trail also delivers to CloudWatch Logs, so that metric filters and
# alarms see root logins or policy changes within minutes; the S3 copy is
# the long-term record.
resource "aws_cloudwatch_log_group" "cloudtrail" {
  name              = "/aws/cloudtrail/${local.name_prefix}"
  retention_in_days = 365
}

data "aws_iam_policy_document" "cloudtrail_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "cloudtrail_logs" {
  statement {
    sid       = "DeliverTrailEvents"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.cloudtrail.arn}:log-stream:*"]
  }
}

resource "aws_iam_role" "cloudtrail_logs" {
  name               = "${local.name_prefix}-cloudtrail-logs"
  assume_role_policy = data.aws_iam_policy_document.cloudtrail_assume.json
}

resource "aws_iam_role_policy" "cloudtrail_logs" {
  name   = "deliver-to-cloudwatch-logs"
  role   = aws_iam_role.cloudtrail_logs.id
  policy = data.aws_iam_policy_document.cloudtrail_logs.json
}

resource "aws_cloudtrail" "main" {
  name                          = "${local.name_prefix}-trail"
  s3_bucket_name                = module.storage.audit_bucket_id
  include_global_service_events = true
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.main.arn
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.cloudtrail.arn}:*"
  cloud_watch_logs_role_arn     = aws_iam_role.cloudtrail_logs.arn
}
