locals {
  policy = <<EOF
{"Version": "2012-10-17"}
}
