package aws.ec2.public_ip_test

import data.aws.ec2.public_ip as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_instance_public_ip if {
	_deny([t.resource("aws_instance", "i", {"associate_public_ip_address": true})]) == {"aws_instance.i:associate_public_ip_address"}
	some v in rule.deny with input as t.input_of([t.resource("aws_instance", "i", {"associate_public_ip_address": true})])
	not "fix" in object.keys(v)
}

test_launch_template_public_ip if {
	lt := t.resource("aws_launch_template", "lt", {"network_interfaces": [{"associate_public_ip_address": "true"}]})
	_deny([lt]) == {"aws_launch_template.lt:network_interfaces.0.associate_public_ip_address"}
	some v in rule.deny with input as t.input_of([lt])
	v.fix.actions[0].value == false
}

test_no_public_ip_passes if {
	_deny([
		t.resource("aws_instance", "a", {}),
		t.resource("aws_instance", "b", {"associate_public_ip_address": false}),
		t.resource("aws_launch_template", "c", {"network_interfaces": [{"associate_public_ip_address": false}]}),
		t.resource("aws_launch_configuration", "d", {"associate_public_ip_address": false}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_instance", "i", {"associate_public_ip_address": t.unknown("var.public")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_instance.i:associate_public_ip_address"}
}
