variable "region" {
  type    = string
  default =
}
