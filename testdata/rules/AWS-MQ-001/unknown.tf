variable "broker_public" {
  type = bool
}

resource "aws_mq_broker" "events" {
  broker_name         = "events"
  engine_type         = "ActiveMQ"
  engine_version      = "5.18"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = var.broker_public # want "AWS-MQ-001"

  user {
    username = "app"
    password = "change-me-please"
  }
}
