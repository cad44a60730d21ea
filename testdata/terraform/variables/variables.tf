variable "from_default" {
  default = "default"
}

variable "from_env" {
  default = "default"
}

variable "from_tfvars" {
  default = "default"
}

variable "from_tfvars_json" {
  default = "default"
}

variable "from_auto" {
  default = "default"
}

variable "from_auto_json" {
  default = "default"
}

variable "from_var_file" {
  default = "default"
}

variable "from_var" {
  default = "default"
}

variable "var_file_after_var" {
  default = "default"
}

variable "list_env" {
  type = list(string)
}

variable "map_env" {
  type = map(number)
}

variable "num_env" {
  type = number
}

variable "bool_var" {
  type    = bool
  default = false
}

# A string variable takes TF_VAR_ values literally, brackets and all.
variable "literal_string" {
  type = string
}

variable "object_env_invalid" {
  type    = object({ a = string })
  default = { a = "kept" }
}

variable "acl" {
  type        = string
  description = "Set by nobody: unknown."
}

variable "not_nullable" {
  type     = string
  default  = "fallback"
  nullable = false
}

variable "settings" {
  type = object({
    name       = string
    versioning = optional(bool, true)
    tags       = optional(map(string), {})
    lifecycle = optional(object({
      days    = optional(number, 30)
      enabled = optional(bool, false)
    }), {})
  })
}

variable "rules" {
  type = list(object({
    port = number
    cidr = optional(string, "10.0.0.0/8")
  }))
  default = [{ port = 443 }, { port = 80, cidr = "0.0.0.0/0" }]
}
