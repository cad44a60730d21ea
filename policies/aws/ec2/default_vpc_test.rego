package aws.ec2.default_vpc_test

import data.aws.ec2.default_vpc as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_vpc := t.resource("aws_default_vpc", "default", {})

test_used_default_vpc if {
	subnet := t.refs(t.resource("aws_subnet", "app", {"vpc_id": t.unknown("aws_default_vpc.default.id")}), ["aws_default_vpc.default"])
	sg := t.refs(t.resource("aws_security_group", "web", {"vpc_id": t.unknown("aws_default_vpc.default.id")}), ["aws_default_vpc.default"])
	_deny([_vpc, subnet, sg]) == {"aws_default_vpc.default:"}
	i := t.input_of([_vpc, subnet, sg])
	some v in rule.deny with input as i
	v.msg == `default VPC "default" is used by aws_security_group.web, aws_subnet.app; move workloads to a dedicated VPC`
	v.related == ["aws_security_group.web", "aws_subnet.app"]
}

test_declared_only_or_locked_down_passes if {
	_deny([_vpc]) == set()
	sg := t.refs(t.resource("aws_default_security_group", "default", {"vpc_id": t.unknown("aws_default_vpc.default.id")}), ["aws_default_vpc.default"])
	fl := t.refs(t.resource("aws_flow_log", "default", {"vpc_id": t.unknown("aws_default_vpc.default.id")}), ["aws_default_vpc.default"])
	_deny([_vpc, sg, fl]) == set()
}

test_long_user_list_is_shortened if {
	users := [t.refs(t.resource("aws_subnet", sprintf("s%d", [n]), {}), ["aws_default_vpc.default"]) | some n in numbers.range(1, 5)]
	i := t.input_of(array.concat([_vpc], users))
	some v in rule.deny with input as i
	contains(v.msg, "and 2 more")
}

test_used_default_subnet if {
	subnet := t.resource("aws_default_subnet", "az1", {"availability_zone": "eu-west-1a"})
	instance := t.refs(t.resource("aws_instance", "web", {"subnet_id": t.unknown("aws_default_subnet.az1.id")}), ["aws_default_subnet.az1"])
	_deny([subnet, instance]) == {"aws_default_subnet.az1:"}
	acl := t.refs(t.resource("aws_network_acl_association", "lock", {"subnet_id": t.unknown("aws_default_subnet.az1.id")}), ["aws_default_subnet.az1"])
	_deny([subnet, acl]) == set()
}
