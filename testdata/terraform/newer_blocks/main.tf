terraform {
  required_version = ">= 1.10"
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

import {
  to = aws_s3_bucket.imported
  id = "imported-bucket"
}

moved {
  from = aws_s3_bucket.old
  to   = aws_s3_bucket.imported
}

removed {
  from = aws_s3_bucket.gone
  lifecycle {
    destroy = false
  }
}

check "health" {
  data "http" "site" {
    url = "https://example.com"
  }
  assert {
    condition     = data.http.site.status_code == 200
    error_message = "down"
  }
}

ephemeral "random_password" "db" {
  length = 16
}

action "aws_lambda_invoke" "notify" {
  config {
    function_name = "notify"
  }
}

something_new "x" {
  a = 1
}

resource "aws_s3_bucket" "imported" {
  bucket   = "imported-bucket"
  provider = aws.west
  arn_info = provider::aws::arn_parse("arn:aws:s3:::imported-bucket")
}

resource "aws_db_instance" "db" {
  password = ephemeral.random_password.db.result
  engine   = "postgres"
}

resource "terraform_data" "marker" {
  input = "marker"
}
