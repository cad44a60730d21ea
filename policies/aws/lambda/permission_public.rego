# METADATA
# title: Lambda permissions must not let anyone invoke the function
# description: >-
#   A Lambda permission for principal "*" lets any AWS account call the
#   function. One for a service principal (s3.amazonaws.com,
#   sns.amazonaws.com, events.amazonaws.com...) without source_arn or
#   source_account lets that service invoke it on behalf of any account's
#   bucket, topic or rule, so strangers can trigger it with data of their
#   choosing (the confused deputy problem).
# custom:
#   id: AWS-LMB-001
#   severity: HIGH
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Grant the permission to the account or service that calls the
#     function, and for a service principal set source_arn to the calling
#     resource (the bucket, topic, rule or API) or at least source_account
#     to your account. For principal "*", restrict with principal_org_id.
#   equivalents:
#     checkov: [CKV_AWS_301]
#     tfsec: [aws-lambda-restrict-source-arn]
#     trivy: [AVD-AWS-0067]
#   fix: false
package aws.lambda.permission_public

import data.lib

deny contains v if {
	some r in lib.resources("aws_lambda_permission")
	principal := lib.get(r.attributes, "principal", null)
	lib.equals(principal, "*")
	_unscoped(r, ["source_arn", "source_account", "principal_org_id"])
	msg := sprintf(`Lambda permission %q lets any AWS account invoke the function (principal "*"); name the calling account or service, or set principal_org_id`, [r.name])
	v := lib.violation(r, ["principal"], msg)
}

deny contains v if {
	some r in lib.resources("aws_lambda_permission")
	principal := lib.get(r.attributes, "principal", null)
	_service(principal)
	_unscoped(r, ["source_arn", "source_account"])
	msg := sprintf(`Lambda permission %q lets %s invoke the function for any AWS account's resources; set source_arn to the resource that calls it (or source_account)`, [r.name, lib.show(principal)])
	fix := lib.template(lib.fix_set("Set source_arn to the resource that invokes the function", ["source_arn"], "<ARN of the calling resource>"))
	v := lib.violation_fix(r, ["principal"], msg, fix)
}

# _service(p): p is an AWS service principal; an unknown principal may be
# one (pessimistic pass only).
_service(p) if {
	is_string(p)
	endswith(p, ".amazonaws.com")
}

_service(p) if {
	lib.is_unknown(p)
	lib.pessimistic
}

# _unscoped(r, keys): none of the arguments that tie the permission to a
# caller is set. An unknown one is set: whatever its value, it scopes.
_unscoped(r, keys) if {
	every k in keys {
		lib.is_absent(r.attributes, k)
	}
}
