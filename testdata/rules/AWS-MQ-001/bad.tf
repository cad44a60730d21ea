resource "aws_mq_broker" "events" {
  broker_name         = "events"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = true # want "AWS-MQ-001"

  user {
    username = "app"
    password = "change-me-please"
  }
}

resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = true # want "AWS-MQ-001"
}

resource "aws_sagemaker_notebook_instance" "research" { # want "AWS-MQ-001"
  name          = "research"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}
