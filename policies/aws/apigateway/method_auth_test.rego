package aws.apigateway.method_auth_test

import data.aws.apigateway.method_auth as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_method(name, attrs) := t.resource("aws_api_gateway_method", name, object.union({"rest_api_id": "a", "resource_id": "r", "http_method": "GET"}, attrs))

test_rest_methods if {
	_deny([
		_method("open", {"authorization": "NONE"}),
		_method("key_false", {"authorization": "NONE", "api_key_required": false}),
	]) == {"aws_api_gateway_method.open:authorization", "aws_api_gateway_method.key_false:authorization"}
}

test_rest_methods_pass if {
	_deny_pessimistic([
		_method("iam", {"authorization": "AWS_IAM"}),
		_method("key", {"authorization": "NONE", "api_key_required": true}),
		_method("cors", {"authorization": "NONE", "http_method": "OPTIONS"}),
	]) == set()
}

test_private_rest_api if {
	private := t.resource("aws_api_gateway_rest_api", "private", {"endpoint_configuration": [{"types": ["PRIVATE"]}]})
	regional := t.resource("aws_api_gateway_rest_api", "regional", {"endpoint_configuration": [{"types": ["REGIONAL"]}]})
	a := t.refs(_method("a", {"authorization": "NONE"}), ["aws_api_gateway_rest_api.private"])
	b := t.refs(_method("b", {"authorization": "NONE"}), ["aws_api_gateway_rest_api.regional"])
	_deny([private, regional, a, b]) == {"aws_api_gateway_method.b:authorization"}
	unknown := t.resource("aws_api_gateway_rest_api", "unknown", {"endpoint_configuration": [{"types": t.unknown("var.types")}]})
	c := t.refs(_method("c", {"authorization": "NONE"}), ["aws_api_gateway_rest_api.unknown"])
	_deny([unknown, c]) == set()
	_deny_pessimistic([unknown, c]) == {"aws_api_gateway_method.c:authorization"}
}

test_v2_routes_without_api_in_graph if {
	_deny([
		t.resource("aws_apigatewayv2_route", "get", {"api_id": "x", "route_key": "GET /items"}),
		t.resource("aws_apigatewayv2_route", "none", {"api_id": "x", "route_key": "POST /items", "authorization_type": "NONE"}),
		t.resource("aws_apigatewayv2_route", "connect", {"api_id": "x", "route_key": "$connect"}),
		t.resource("aws_apigatewayv2_route", "options", {"api_id": "x", "route_key": "OPTIONS /items"}),
		t.resource("aws_apigatewayv2_route", "default", {"api_id": "x", "route_key": "$default"}),
		t.resource("aws_apigatewayv2_route", "message", {"api_id": "x", "route_key": "sendmessage"}),
		t.resource("aws_apigatewayv2_route", "jwt", {"api_id": "x", "route_key": "GET /me", "authorization_type": "JWT"}),
	]) == {"aws_apigatewayv2_route.get:authorization_type", "aws_apigatewayv2_route.none:authorization_type", "aws_apigatewayv2_route.connect:authorization_type"}
}

test_v2_routes_by_protocol if {
	http := t.resource("aws_apigatewayv2_api", "http", {"protocol_type": "HTTP"})
	ws := t.resource("aws_apigatewayv2_api", "ws", {"protocol_type": "WEBSOCKET"})
	hd := t.refs(t.resource("aws_apigatewayv2_route", "hd", {"route_key": "$default"}), ["aws_apigatewayv2_api.http"])
	wd := t.refs(t.resource("aws_apigatewayv2_route", "wd", {"route_key": "$default"}), ["aws_apigatewayv2_api.ws"])
	wc := t.refs(t.resource("aws_apigatewayv2_route", "wc", {"route_key": "$connect"}), ["aws_apigatewayv2_api.ws"])
	wk := t.refs(t.resource("aws_apigatewayv2_route", "wk", {"route_key": "$connect", "api_key_required": true}), ["aws_apigatewayv2_api.ws"])
	_deny([http, ws, hd, wd, wc, wk]) == {"aws_apigatewayv2_route.hd:authorization_type", "aws_apigatewayv2_route.wc:authorization_type"}
}

test_unknowns_are_inconclusive if {
	rs := [
		_method("m", {"authorization": t.unknown("var.auth")}),
		t.resource("aws_apigatewayv2_route", "r", {"route_key": "GET /x", "authorization_type": t.unknown("var.auth")}),
		t.resource("aws_apigatewayv2_route", "k", {"route_key": t.unknown("var.key")}),
	]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_api_gateway_method.m:authorization", "aws_apigatewayv2_route.r:authorization_type", "aws_apigatewayv2_route.k:authorization_type"}
}
