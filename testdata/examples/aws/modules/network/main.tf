locals {
  # One /24 per zone and tier: public subnets from 10.x.0.0, private ones
  # from 10.x.100.0, so that adding a zone never renumbers existing subnets.
  public_subnets = {
    for i, az in var.availability_zones : az => cidrsubnet(var.cidr_block, 8, i)
  }
  private_subnets = {
    for i, az in var.availability_zones : az => cidrsubnet(var.cidr_block, 8, 100 + i)
  }

  web_ingress = [
    { description = "HTTPS from anywhere", port = 443, cidrs = ["0.0.0.0/0"], ipv6 = ["::/0"] },
    { description = "HTTP redirect to HTTPS", port = 80, cidrs = ["0.0.0.0/0"], ipv6 = ["::/0"] },
  ]
}

resource "aws_vpc" "this" {
  cidr_block           = var.cidr_block
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = var.name
  }
}

# Flow logs of the whole VPC (accepted and rejected traffic) go to a
# CloudWatch Logs group kept for a year, for incident investigation.
resource "aws_cloudwatch_log_group" "flow_logs" {
  name              = "/aws/vpc/${var.name}/flow-logs"
  retention_in_days = 365
}

data "aws_iam_policy_document" "flow_logs_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["vpc-flow-logs.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "flow_logs" {
  statement {
    sid       = "DeliverFlowLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
    resources = ["${aws_cloudwatch_log_group.flow_logs.arn}:*"]
  }
}

resource "aws_iam_role" "flow_logs" {
  name               = "${var.name}-vpc-flow-logs"
  assume_role_policy = data.aws_iam_policy_document.flow_logs_assume.json
}

resource "aws_iam_role_policy" "flow_logs" {
  name   = "deliver-flow-logs"
  role   = aws_iam_role.flow_logs.id
  policy = data.aws_iam_policy_document.flow_logs.json
}

resource "aws_flow_log" "this" {
  vpc_id               = aws_vpc.this.id
  traffic_type         = "ALL"
  log_destination_type = "cloud-watch-logs"
  log_destination      = aws_cloudwatch_log_group.flow_logs.arn
  iam_role_arn         = aws_iam_role.flow_logs.arn
}

resource "aws_subnet" "public" {
  for_each = local.public_subnets

  vpc_id                  = aws_vpc.this.id
  availability_zone       = each.key
  cidr_block              = each.value
  map_public_ip_on_launch = false

  tags = {
    Name = "${var.name}-public-${each.key}"
    Tier = "public"
  }
}

resource "aws_subnet" "private" {
  for_each = local.private_subnets

  vpc_id            = aws_vpc.this.id
  availability_zone = each.key
  cidr_block        = each.value

  tags = {
    Name = "${var.name}-private-${each.key}"
    Tier = "private"
  }
}

resource "aws_security_group" "web" {
  name        = "${var.name}-web"
  description = "Load balancer: HTTP and HTTPS from the Internet"
  vpc_id      = aws_vpc.this.id

  dynamic "ingress" {
    for_each = local.web_ingress
    content {
      description      = ingress.value.description
      from_port        = ingress.value.port
      to_port          = ingress.value.port
      protocol         = "tcp"
      cidr_blocks      = ingress.value.cidrs
      ipv6_cidr_blocks = ingress.value.ipv6
    }
  }

  egress {
    description = "To the application servers"
    from_port   = var.app_port
    to_port     = var.app_port
    protocol    = "tcp"
    cidr_blocks = [var.cidr_block]
  }
}

resource "aws_security_group" "app" {
  name        = "${var.name}-app"
  description = "Application servers: only from the load balancer"
  vpc_id      = aws_vpc.this.id

  ingress {
    description     = "Application port from the load balancer"
    from_port       = var.app_port
    to_port         = var.app_port
    protocol        = "tcp"
    security_groups = [aws_security_group.web.id]
  }

  egress {
    description = "HTTPS to AWS APIs and package mirrors"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "db" {
  name        = "${var.name}-db"
  description = "Database: PostgreSQL from the application servers"
  vpc_id      = aws_vpc.this.id

  ingress {
    description     = "PostgreSQL from the application servers"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }
}

resource "aws_security_group" "admin" {
  name        = "${var.name}-admin"
  description = "Administrative SSH access"
  vpc_id      = aws_vpc.this.id

  # misconfiguration: one rule per admin network, and terraform.tfvars lists 0.0.0.0/0 (caught on aws_security_group.admin)
  dynamic "ingress" {
    for_each = toset(var.admin_cidrs)
    content {
      description = "SSH from ${ingress.value}"
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = [ingress.value]
    }
  }
}
