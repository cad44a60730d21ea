from_tfvars      = "terraform.tfvars"
from_tfvars_json = "terraform.tfvars"
from_auto        = "terraform.tfvars"
from_auto_json   = "terraform.tfvars"
from_var_file    = "terraform.tfvars"
from_var         = "terraform.tfvars"
not_nullable     = null
undeclared       = "warned"

settings = {
  name = "settings-bucket"
  lifecycle = {
    enabled = true
  }
}
