package aws.redshift.public_access_test

import data.aws.redshift.public_access as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_public if {
	_deny([t.resource("aws_redshift_cluster", "dw", {"publicly_accessible": true})]) == {"aws_redshift_cluster.dw:publicly_accessible"}
	_deny([t.resource("aws_redshiftserverless_workgroup", "wg", {"publicly_accessible": true})]) == {"aws_redshiftserverless_workgroup.wg:publicly_accessible"}
	i := t.input_of([t.resource("aws_redshift_cluster", "dw", {"publicly_accessible": "true"})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "set", "path": ["publicly_accessible"], "value": false}]
}

test_private_and_absent_pass if {
	_deny([
		t.resource("aws_redshift_cluster", "a", {"publicly_accessible": false}),
		t.resource("aws_redshift_cluster", "b", {}),
		t.resource("aws_redshiftserverless_workgroup", "wg", {}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_redshift_cluster", "dw", {"publicly_accessible": t.unknown("var.public")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_redshift_cluster.dw:publicly_accessible"}
}
