variable "port" {
  type    = number
  default = "not-a-number"
}

resource "aws_instance" "a" {
  ami     = var.undeclared
  port    = var.port
  subnet  = local.nope
  other   = aws_vpc.nothere.id
  missing = file("no-such-file.txt")
}

resource "aws_instance" "list_each" {
  for_each = ["a", "b"]
  ami      = each.key
}

resource "aws_instance" "negative" {
  count = -1
  ami   = "x"
}

module "m" {
  source    = "./child"
  not_a_var = 1
}

module "missing_dir" {
  source = "./nowhere"
}

module "outside" {
  source = "../../elsewhere"
}
