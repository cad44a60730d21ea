# METADATA
# title: EC2 instance metadata service must require IMDSv2 session tokens
# description: >-
#   With IMDSv1 allowed, a server-side request forgery in any application on
#   the instance can read the instance role's temporary credentials from the
#   metadata service and use them from anywhere.
# custom:
#   id: AWS-EC2-002
#   severity: HIGH
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["6.7"]}
#   remediation: >-
#     Set metadata_options { http_tokens = "required" } on instances, launch
#     templates and launch configurations (keep http_put_response_hop_limit
#     at 1, or 2 for containers).
#   equivalents:
#     checkov: [CKV_AWS_79]
#     tfsec: [aws-ec2-enforce-http-token-imds, aws-ec2-enforce-launch-config-http-token-imds]
#     trivy: [AVD-AWS-0028, AVD-AWS-0130]
#   fix: true
package aws.ec2.imdsv2

import data.lib

_types := ["aws_instance", "aws_launch_template", "aws_launch_configuration"]

_msg(r) := sprintf(`%s %q does not require IMDSv2; set metadata_options.http_tokens = "required"`, [r.type, r.name])

# No metadata_options block: the provider leaves http_tokens "optional"
# unless the AMI says otherwise.
deny contains v if {
	some t in _types
	some r in lib.resources(t)
	count(lib.blocks(r.attributes, "metadata_options")) == 0
	fix := lib.fix_add_block(`Add metadata_options { http_tokens = "required" }`, ["metadata_options"], {"http_tokens": "required"})
	v := lib.violation_fix(r, ["metadata_options"], _msg(r), fix)
}

# _tokens_optional(block): the endpoint is on and tokens are not required.
# False rather than undefined otherwise: OPA keeps the value of a call for
# the same arguments, not a failure, and resources repeat the same few
# blocks.
_tokens_optional(block) := true if {
	lib.not_equals(lib.get(block, "http_endpoint", "enabled"), "disabled")
	lib.not_equals(lib.get(block, "http_tokens", "optional"), "required")
} else := false

# A metadata_options block with the endpoint on and tokens not required.
deny contains v if {
	some t in _types
	some r in lib.resources(t)
	some i, block in lib.blocks(r.attributes, "metadata_options")
	_tokens_optional(block)
	path := ["metadata_options", i, "http_tokens"]
	v := lib.violation_fix(r, path, _msg(r), lib.fix_set(`Set http_tokens = "required"`, path, "required"))
}
