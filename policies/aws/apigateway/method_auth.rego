# METADATA
# title: API Gateway methods and routes must require authorization
# description: >-
#   A method or route with no authorization lets anyone on the internet
#   call the backend behind it (a Lambda function, a service integration
#   with the API's role, an internal HTTP service), so every caller reaches
#   your code and data unauthenticated. CORS preflight (OPTIONS) methods and
#   private REST APIs are left out.
# custom:
#   id: AWS-APIGW-001
#   severity: LOW
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     REST APIs: set authorization to "AWS_IAM", "COGNITO_USER_POOLS" or
#     "CUSTOM" (with authorizer_id) on aws_api_gateway_method. HTTP and
#     WebSocket APIs: set authorization_type to "AWS_IAM", "JWT" or "CUSTOM"
#     (with authorizer_id) on aws_apigatewayv2_route ($connect for WebSocket
#     APIs). Leave a method open only when it is meant to be public.
#   equivalents:
#     checkov: [CKV_AWS_59, CKV_AWS_309]
#     tfsec: [aws-api-gateway-no-public-access]
#     trivy: [AVD-AWS-0004]
#   defaults:
#     - attribute: aws_apigatewayv2_route.authorization_type
#       value: NONE
#       source: hashicorp/aws (every version)
#     - attribute: api_key_required
#       value: false
#       source: hashicorp/aws (every version)
#   fix: false
package aws.apigateway.method_auth

import data.lib

# REST APIs (v1).
deny contains v if {
	some m in lib.resources("aws_api_gateway_method")
	lib.equals(lib.get(m.attributes, "authorization", null), "NONE")
	lib.is_false_or_absent(m.attributes, "api_key_required")
	lib.not_equals(lib.get(m.attributes, "http_method", null), "OPTIONS")
	_rest_api_public(m)
	msg := sprintf(`API Gateway method %q lets anyone call it without authorization; set authorization to "AWS_IAM", "COGNITO_USER_POOLS" or "CUSTOM"`, [m.name])
	v := lib.violation(m, ["authorization"], msg)
}

# _rest_api_public(m): the REST API of the method is not a PRIVATE API
# (reachable only from VPC endpoints). A method whose API is not in the
# configuration is judged as public, the usual case.
_rest_api_public(m) if count(lib.references(m, "aws_api_gateway_rest_api")) == 0

_rest_api_public(m) if {
	some api in lib.references(m, "aws_api_gateway_rest_api")
	every ec in lib.blocks(api.attributes, "endpoint_configuration") {
		_not_private(ec)
	}
}

_not_private(ec) if {
	every t in lib.as_array(lib.get(ec, "types", [])) {
		lib.not_equals(t, "PRIVATE")
	}
}

# HTTP and WebSocket APIs (v2).
deny contains v if {
	some r in lib.resources("aws_apigatewayv2_route")
	lib.equals(lib.get(r.attributes, "authorization_type", "NONE"), "NONE")
	lib.is_false_or_absent(r.attributes, "api_key_required")
	_judged_route(r)
	msg := sprintf(`API Gateway route %q lets anyone call it without authorization; set authorization_type to "AWS_IAM", "JWT" or "CUSTOM"`, [r.name])
	v := lib.violation(r, ["authorization_type"], msg)
}

# _judged_route(r): the route is one authorization applies to. In a
# WebSocket API only $connect can carry an authorizer; in an HTTP API every
# route but CORS preflight (OPTIONS). When the API is not in the
# configuration, only keys that tell the protocol apart are judged:
# "METHOD /path" (HTTP) and $connect (WebSocket).
_judged_route(r) if {
	some api in lib.references(r, "aws_apigatewayv2_api")
	lib.equals(lib.get(api.attributes, "protocol_type", null), "WEBSOCKET")
	lib.equals(lib.get(r.attributes, "route_key", null), "$connect")
}

_judged_route(r) if {
	some api in lib.references(r, "aws_apigatewayv2_api")
	lib.equals(lib.get(api.attributes, "protocol_type", null), "HTTP")
	_http_route_key(lib.get(r.attributes, "route_key", null), {"$default"})
}

_judged_route(r) if {
	count(lib.references(r, "aws_apigatewayv2_api")) == 0
	_http_route_key(lib.get(r.attributes, "route_key", null), {"$connect"})
}

# _http_route_key(k, extra): k is "METHOD /path" for a method other than
# OPTIONS, or one of extra.
_http_route_key(k, extra) if {
	is_string(k)
	regex.match(`^(ANY|GET|HEAD|POST|PUT|PATCH|DELETE) `, k)
}

_http_route_key(k, extra) if k in extra

_http_route_key(k, _) if {
	lib.is_unknown(k)
	lib.pessimistic
}
