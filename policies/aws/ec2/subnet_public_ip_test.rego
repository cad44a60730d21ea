package aws.ec2.subnet_public_ip_test

import data.aws.ec2.subnet_public_ip as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_public_on_launch if {
	_deny([t.resource("aws_subnet", "pub", {"map_public_ip_on_launch": true})]) == {"aws_subnet.pub:map_public_ip_on_launch"}
	_deny([t.resource("aws_default_subnet", "az1", {"map_public_ip_on_launch": "true"})]) == {"aws_default_subnet.az1:map_public_ip_on_launch"}
	i := t.input_of([t.resource("aws_subnet", "pub", {"map_public_ip_on_launch": true})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "set", "path": ["map_public_ip_on_launch"], "value": false}]
}

test_private_passes if {
	_deny([t.resource("aws_subnet", "a", {}), t.resource("aws_subnet", "b", {"map_public_ip_on_launch": false})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_subnet", "s", {"map_public_ip_on_launch": t.unknown("var.public")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_subnet.s:map_public_ip_on_launch"}
}
