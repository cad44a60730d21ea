package aws.ec2.imdsv2_test

import data.aws.ec2.imdsv2 as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_missing_metadata_options if {
	_deny([t.resource("aws_instance", "i", {"ami": "ami-1"})]) == {"aws_instance.i:metadata_options"}
	some v in rule.deny with input as t.input_of([t.resource("aws_launch_template", "lt", {})])
	v.fix.actions == [{"op": "add_block", "path": ["metadata_options"], "value": {"http_tokens": "required"}}]
}

test_tokens_optional if {
	_deny([t.resource("aws_instance", "i", {"metadata_options": [{"http_tokens": "optional"}]})]) == {"aws_instance.i:metadata_options.0.http_tokens"}
	_deny([t.resource("aws_launch_template", "lt", {"metadata_options": [{"http_endpoint": "enabled"}]})]) == {"aws_launch_template.lt:metadata_options.0.http_tokens"}
}

test_required_or_disabled_passes if {
	_deny([
		t.resource("aws_instance", "a", {"metadata_options": [{"http_tokens": "required"}]}),
		t.resource("aws_launch_template", "b", {"metadata_options": [{"http_endpoint": "disabled"}]}),
		t.resource("aws_launch_configuration", "c", {"metadata_options": [{"http_tokens": "required", "http_put_response_hop_limit": 1}]}),
	]) == set()
}

test_unknown_tokens_is_inconclusive if {
	rs := [t.resource("aws_instance", "i", {"metadata_options": [{"http_tokens": t.unknown("var.tokens")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_instance.i:metadata_options.0.http_tokens"}
}

test_unknown_endpoint_with_optional_tokens_is_inconclusive if {
	rs := [t.resource("aws_instance", "i", {"metadata_options": [{"http_endpoint": t.unknown("var.endpoint"), "http_tokens": "optional"}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_instance.i:metadata_options.0.http_tokens"}
}
