# METADATA
# title: Load balancer access logs must be enabled
# description: >-
#   Without access logs there is no record of which clients sent which
#   requests through the load balancer, so an attack or a data leak through
#   the application cannot be traced.
# custom:
#   id: AWS-ELB-004
#   severity: LOW
#   category: logging
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Add access_logs { bucket = "<log bucket>", enabled = true } to the load
#     balancer; the bucket policy must let Elastic Load Balancing write to
#     it. Application load balancers (aws_lb, aws_alb) and Classic load
#     balancers (aws_elb) are judged; network load balancers log TLS
#     listeners only and gateway load balancers have no access logs.
#   equivalents:
#     checkov: [CKV_AWS_91, CKV_AWS_92]
#   defaults:
#     - attribute: aws_lb.access_logs.enabled
#       value: false, even when bucket is set
#       source: hashicorp/aws v4+
#     - attribute: aws_elb.access_logs.enabled
#       value: true
#       source: hashicorp/aws v4+
#   fix: false
package aws.elb.access_logs

import data.lib

_template := lib.template(lib.fix_add_block(
	"Add access_logs with a log bucket",
	["access_logs"],
	{"bucket": "<log bucket name>", "enabled": true},
))

_msg(r, noun) := sprintf("%s %q writes no access logs; add access_logs { bucket = ..., enabled = true }", [noun, r.name])

# _application(r): an application load balancer (the default type).
_application(r) if r.type == "aws_elb"

_application(r) if {
	r.type != "aws_elb"
	lib.equals(lib.get(r.attributes, "load_balancer_type", "application"), "application")
}

# _enabled_default: access_logs.enabled when absent, per resource type.
_enabled_default(r) := r.type == "aws_elb"

deny contains v if {
	some t in ["aws_lb", "aws_alb", "aws_elb"]
	some r in lib.resources(t)
	_application(r)
	count(lib.blocks(r.attributes, "access_logs")) == 0
	v := lib.violation_fix(r, [], _msg(r, "load balancer"), _template)
}

deny contains v if {
	some t in ["aws_lb", "aws_alb", "aws_elb"]
	some r in lib.resources(t)
	_application(r)
	some i, block in lib.blocks(r.attributes, "access_logs")
	lib.is_false(lib.get(block, "enabled", _enabled_default(r)))
	path := ["access_logs", i, "enabled"]
	v := lib.violation_fix(r, path, _msg(r, "load balancer"), lib.fix_set("Set access_logs.enabled = true", path, true))
}
