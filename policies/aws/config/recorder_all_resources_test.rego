package aws.config.recorder_all_resources_test

import data.aws.config.recorder_all_resources as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_recorder(name, attrs) := t.resource("aws_config_configuration_recorder", name, object.union({"role_arn": "arn:aws:iam::123456789012:role/config"}, attrs))

_all := {"all_supported": true, "include_global_resource_types": true}

test_no_recording_group if {
	_deny([_recorder("main", {})]) == {"aws_config_configuration_recorder.main:"}
	i := t.input_of([_recorder("main", {})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "add_block", "path": ["recording_group"], "value": _all}]
}

test_global_types_left_out if {
	_deny([_recorder("main", {"recording_group": [{"all_supported": true}]})]) == {"aws_config_configuration_recorder.main:recording_group.0.include_global_resource_types"}
	_deny([_recorder("main", {"recording_group": [{"include_global_resource_types": false}]})]) == {"aws_config_configuration_recorder.main:recording_group.0.include_global_resource_types"}
}

test_some_types_only if {
	rs := [_recorder("main", {"recording_group": [{"all_supported": false, "resource_types": ["AWS::EC2::Instance"]}]})]
	_deny(rs) == {"aws_config_configuration_recorder.main:recording_group.0.all_supported"}
}

test_complete_recording_passes if {
	_deny([_recorder("main", {"recording_group": [_all]})]) == set()
	_deny([_recorder("main", {"recording_group": [{"include_global_resource_types": "true"}]})]) == set()
}

test_global_types_recorded_in_another_region_pass if {
	home := _recorder("home", {"recording_group": [_all]})
	other := _recorder("other", {"recording_group": [{"all_supported": true}]})
	_deny([home, other]) == set()
	_deny_pessimistic([home, other]) == set()
}

test_recorder_status if {
	_deny([t.resource("aws_config_configuration_recorder_status", "main", {"is_enabled": false, "name": "main"})]) == {"aws_config_configuration_recorder_status.main:is_enabled"}
	_deny([t.resource("aws_config_configuration_recorder_status", "main", {"is_enabled": true, "name": "main"})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_recorder("main", {"recording_group": [{"all_supported": true, "include_global_resource_types": t.unknown("var.global")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_config_configuration_recorder.main:recording_group.0.include_global_resource_types"}
	status := [t.resource("aws_config_configuration_recorder_status", "main", {"is_enabled": t.unknown("var.on")})]
	_deny(status) == set()
	_deny_pessimistic(status) == {"aws_config_configuration_recorder_status.main:is_enabled"}
}

test_other_recorder_that_may_not_exist_is_inconclusive if {
	home := t.may_not_exist(_recorder("home", {"recording_group": [_all]}))
	other := _recorder("other", {"recording_group": [{"all_supported": true}]})
	_deny([home, other]) == set()
	_deny_pessimistic([home, other]) == {"aws_config_configuration_recorder.other:recording_group.0.include_global_resource_types"}
}
