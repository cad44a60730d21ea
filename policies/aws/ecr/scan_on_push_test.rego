package aws.ecr.scan_on_push_test

import data.aws.ecr.scan_on_push as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_repo(attrs) := t.resource("aws_ecr_repository", "app", attrs)

test_no_scanning if {
	_deny([_repo({})]) == {"aws_ecr_repository.app:"}
	_deny([_repo({"image_scanning_configuration": [{"scan_on_push": false}]})]) == {"aws_ecr_repository.app:image_scanning_configuration.0.scan_on_push"}
	i := t.input_of([_repo({})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "add_block", "path": ["image_scanning_configuration"], "value": {"scan_on_push": true}}]
}

test_scan_on_push_passes if {
	_deny([_repo({"image_scanning_configuration": [{"scan_on_push": true}]})]) == set()
}

test_registry_scanning_passes if {
	enhanced := t.resource("aws_ecr_registry_scanning_configuration", "r", {"scan_type": "ENHANCED"})
	_deny([_repo({}), enhanced]) == set()
	_deny_pessimistic([_repo({}), enhanced]) == set()
	basic := t.resource("aws_ecr_registry_scanning_configuration", "r", {"scan_type": "BASIC", "rule": [{"scan_frequency": "SCAN_ON_PUSH", "repository_filter": [{"filter": "*", "filter_type": "WILDCARD"}]}]})
	_deny([_repo({}), basic]) == set()
}

test_partial_registry_scanning_does_not_count if {
	basic := t.resource("aws_ecr_registry_scanning_configuration", "r", {"scan_type": "BASIC", "rule": [{"scan_frequency": "SCAN_ON_PUSH", "repository_filter": [{"filter": "prod-*", "filter_type": "WILDCARD"}]}]})
	_deny([_repo({}), basic]) == {"aws_ecr_repository.app:"}
}

test_unknown_is_inconclusive if {
	rs := [_repo({"image_scanning_configuration": [{"scan_on_push": t.unknown("var.scan")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_ecr_repository.app:image_scanning_configuration.0.scan_on_push"}
	reg := [_repo({}), t.resource("aws_ecr_registry_scanning_configuration", "r", {"scan_type": t.unknown("var.scan_type")})]
	_deny(reg) == set()
	_deny_pessimistic(reg) == {"aws_ecr_repository.app:"}
	maybe := [_repo({}), t.may_not_exist(t.resource("aws_ecr_registry_scanning_configuration", "r", {"scan_type": "ENHANCED"}))]
	_deny(maybe) == set()
	_deny_pessimistic(maybe) == {"aws_ecr_repository.app:"}
}
