# METADATA
# title: EKS API endpoint must not be open to the whole internet
# description: >-
#   An EKS cluster's Kubernetes API endpoint is public and open to every
#   address unless told otherwise; anyone can then probe it and try stolen
#   or leaked credentials against the control plane.
# custom:
#   id: AWS-EKS-002
#   severity: HIGH
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     In vpc_config, set endpoint_private_access = true and
#     endpoint_public_access = false, or keep the public endpoint and limit
#     public_access_cidrs to the address ranges of your offices, VPN or CI.
#   equivalents:
#     checkov: [CKV_AWS_38, CKV_AWS_39]
#     tfsec: [aws-eks-no-public-cluster-access, aws-eks-no-public-cluster-access-to-cidr]
#     trivy: [AVD-AWS-0040, AVD-AWS-0041]
#   defaults:
#     - attribute: vpc_config.endpoint_public_access
#       value: true
#       source: hashicorp/aws v4+
#     - attribute: vpc_config.public_access_cidrs
#       value: '["0.0.0.0/0"]'
#       source: hashicorp/aws v4+
#   fix: false
package aws.eks.public_endpoint

import data.lib

# _path points at the CIDR list when it is written, else at the block.
_path(vc, i) := ["vpc_config", i, "public_access_cidrs"] if {
	not lib.is_absent(vc, "public_access_cidrs")
} else := ["vpc_config", i]

deny contains v if {
	some r in lib.resources("aws_eks_cluster")
	some i, vc in lib.blocks(r.attributes, "vpc_config")
	lib.is_true_or_absent(vc, "endpoint_public_access")
	lib.any_public_cidr(lib.get(vc, "public_access_cidrs", ["0.0.0.0/0"]))
	path := _path(vc, i)
	msg := sprintf("EKS cluster %q exposes its API endpoint to the whole internet; set endpoint_public_access = false or restrict public_access_cidrs", [r.name])
	fix := lib.template(lib.fix_set("Restrict public_access_cidrs to known address ranges", ["vpc_config", i, "public_access_cidrs"], ["<admin CIDR>"]))
	v := lib.violation_fix(r, path, msg, fix)
}
