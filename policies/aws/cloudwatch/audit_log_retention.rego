# METADATA
# title: Log groups holding audit logs must keep them for at least a year
# description: >-
#   CloudTrail events and VPC flow logs that expire after days or weeks are
#   gone when an intrusion is discovered months later, which is when they
#   are needed most.
# custom:
#   id: AWS-CW-001
#   severity: LOW
#   category: logging
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set retention_in_days to 365 or more (or leave it unset to keep the
#     events forever) on log groups that a CloudTrail trail or a VPC flow log
#     delivers to. Other log groups are not judged: application logs often
#     expire sooner on purpose.
#   equivalents:
#     checkov: [CKV_AWS_338]
#   defaults:
#     - attribute: retention_in_days
#       value: 0 (never expire)
#       source: hashicorp/aws v4+
#   fix: true
package aws.cloudwatch.audit_log_retention

import data.lib

_min_days := 365

# Resources whose reference to a log group means they deliver audit events
# to it.
_writers := ["aws_cloudtrail", "aws_flow_log"]

# _expires_early(x): a retention that deletes events before a year; 0 and
# absent mean never expire.
_expires_early(x) if {
	days := lib.number(x)
	days > 0
	days < _min_days
}

_expires_early(x) if {
	lib.is_unknown(x)
	lib.pessimistic
}

deny contains v if {
	some r in lib.resources("aws_cloudwatch_log_group")
	writers := [w.id | some t in _writers; some w in lib.referrers(r, t)]
	count(writers) > 0
	_expires_early(lib.get(r.attributes, "retention_in_days", 0))
	msg := sprintf("log group %q receives audit logs from %s but deletes them within a year; set retention_in_days = %d", [r.name, concat(", ", sort(writers)), _min_days])
	v := lib.violation_fix(r, ["retention_in_days"], msg, lib.fix_set(sprintf("Set retention_in_days = %d", [_min_days]), ["retention_in_days"], _min_days))
}
