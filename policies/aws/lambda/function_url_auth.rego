# METADATA
# title: Lambda function URLs must require IAM authentication
# description: >-
#   A function URL with authorization_type "NONE" is an HTTPS endpoint that
#   anyone on the internet can call: the function runs, with its role's
#   permissions and at your cost, for every request, and must do all
#   authentication itself.
# custom:
#   id: AWS-LMB-002
#   severity: HIGH
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set authorization_type = "AWS_IAM" and grant lambda:InvokeFunctionUrl
#     to the callers. This stops anonymous callers, which is the point; a
#     public webhook should sit behind API Gateway or CloudFront with its
#     own authentication instead.
#   equivalents:
#     checkov: [CKV_AWS_258]
#   fix: true
package aws.lambda.function_url_auth

import data.lib

deny contains v if {
	some r in lib.resources("aws_lambda_function_url")
	lib.equals(lib.get(r.attributes, "authorization_type", null), "NONE")
	msg := sprintf(`Lambda function URL %q lets anyone call the function without authentication; set authorization_type = "AWS_IAM"`, [r.name])
	v := lib.violation_fix(r, ["authorization_type"], msg, lib.fix_set(`Set authorization_type = "AWS_IAM" (anonymous callers stop working)`, ["authorization_type"], "AWS_IAM"))
}
