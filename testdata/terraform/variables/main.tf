resource "aws_s3_bucket" "precedence" {
  bucket             = "precedence-${terraform.workspace}"
  from_default       = var.from_default
  from_env           = var.from_env
  from_tfvars        = var.from_tfvars
  from_tfvars_json   = var.from_tfvars_json
  from_auto          = var.from_auto
  from_auto_json     = var.from_auto_json
  from_var_file      = var.from_var_file
  from_var           = var.from_var
  var_file_after_var = var.var_file_after_var
}

resource "aws_s3_bucket" "typed" {
  bucket         = "typed"
  list_env       = var.list_env
  map_env        = var.map_env
  num_env        = var.num_env
  bool_var       = var.bool_var
  literal_string = var.literal_string
  object_env     = var.object_env_invalid
  not_nullable   = var.not_nullable
}

resource "aws_s3_bucket" "unknown" {
  bucket = "unknown-${var.acl}"
  acl    = var.acl
  tags = {
    Name = "logs"
    Acl  = var.acl
  }
}

resource "aws_s3_bucket" "optional" {
  bucket     = var.settings.name
  versioning = var.settings.versioning
  tags       = var.settings.tags
  lifecycle_days = var.settings.lifecycle.days
  settings   = var.settings
  rules      = var.rules
}
