resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted  = true
    kms_key_id = aws_kms_key.ebs.arn
  }

  # Restored from a snapshot: the snapshot's encryption carries over.
  ebs_block_device {
    device_name = "/dev/sdh"
    snapshot_id = "snap-0123456789abcdef0"
  }
}

resource "aws_kms_key" "ebs" {
  enable_key_rotation = true
}

resource "aws_launch_template" "web" {
  name_prefix = "web-"
  image_id    = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 30
      encrypted   = true
    }
  }

  # An instance store mapping has no EBS settings.
  block_device_mappings {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}

# No block device blocks: the AMI's mappings apply.
resource "aws_instance" "plain" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
