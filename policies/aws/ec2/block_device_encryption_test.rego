package aws.ec2.block_device_encryption_test

import data.aws.ec2.block_device_encryption as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_instance := t.resource("aws_instance", "i", {
	"root_block_device": [{"volume_size": 20}],
	"ebs_block_device": [
		{"device_name": "/dev/sdh", "encrypted": true},
		{"device_name": "/dev/sdi", "encrypted": false},
		{"device_name": "/dev/sdj", "snapshot_id": "snap-1"},
	],
})

_template := t.resource("aws_launch_template", "lt", {"block_device_mappings": [
	{"device_name": "/dev/xvda", "ebs": [{"volume_size": 20}]},
	{"device_name": "/dev/xvdb", "ebs": [{"encrypted": "false"}]},
	{"device_name": "/dev/xvdc", "ebs": [{"encrypted": "true"}]},
	{"device_name": "/dev/xvdd", "virtual_name": "ephemeral0"},
]})

test_instance_block_devices if {
	_deny([_instance]) == {"aws_instance.i:root_block_device.0.encrypted", "aws_instance.i:ebs_block_device.1.encrypted"}
}

test_launch_template_mappings if {
	_deny([_template]) == {
		"aws_launch_template.lt:block_device_mappings.0.ebs.0.encrypted",
		"aws_launch_template.lt:block_device_mappings.1.ebs.0.encrypted",
	}
}

test_launch_configuration if {
	lc := t.resource("aws_launch_configuration", "lc", {
		"root_block_device": [{"encrypted": false}],
		"ebs_block_device": [{"device_name": "/dev/sdh", "encrypted": true}],
	})
	_deny([lc]) == {"aws_launch_configuration.lc:root_block_device.0.encrypted"}
}

test_spot_instance_request if {
	spot := t.resource("aws_spot_instance_request", "s", {"root_block_device": [{"encrypted": false}]})
	_deny([spot]) == {"aws_spot_instance_request.s:root_block_device.0.encrypted"}
}

test_no_block_no_finding if {
	_deny([t.resource("aws_instance", "i", {"ami": "ami-1"}), t.resource("aws_launch_template", "lt", {})]) == set()
}

test_fixes if {
	some v in rule.deny with input as t.input_of([_instance])
	v.path == ["root_block_device", 0, "encrypted"]
	v.fix.replaces == true
	v.fix.actions == [{"op": "set", "path": ["root_block_device", 0, "encrypted"], "value": true}]
	some w in rule.deny with input as t.input_of([_template])
	w.path == ["block_device_mappings", 1, "ebs", 0, "encrypted"]
	not "replaces" in object.keys(w.fix)
	w.fix.actions[0].value == "true"
}

test_default_encryption_covers_block_devices if {
	_deny([t.resource("aws_ebs_encryption_by_default", "d", {}), _instance, _template]) == set()
	off := t.resource("aws_ebs_encryption_by_default", "d", {"enabled": false})
	count(_deny([off, _instance])) == 2
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_instance", "i", {"root_block_device": [{"encrypted": t.unknown("var.encrypted")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_instance.i:root_block_device.0.encrypted"}
	lt := [t.resource("aws_launch_template", "lt", {"block_device_mappings": [{"ebs": [{"encrypted": t.unknown("var.enc")}]}]})]
	_deny(lt) == set()
	_deny_pessimistic(lt) == {"aws_launch_template.lt:block_device_mappings.0.ebs.0.encrypted"}
	d := [t.resource("aws_ebs_encryption_by_default", "d", {"enabled": t.unknown("var.on")}), _instance]
	_deny(d) == set()
	count(_deny_pessimistic(d)) == 2
}
