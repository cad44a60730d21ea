package aws.redshift.encryption_test

import data.aws.redshift.encryption as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_explicitly_unencrypted if {
	_deny([t.resource("aws_redshift_cluster", "c", {"encrypted": false})]) == {"aws_redshift_cluster.c:encrypted"}
	some v in rule.deny with input as t.input_of([t.resource("aws_redshift_cluster", "c", {"encrypted": "false"})])
	v.fix.actions == [{"op": "set", "path": ["encrypted"], "value": true}]
	not "replaces" in object.keys(v.fix)
}

test_default_encrypted_and_restores_pass if {
	_deny([
		t.resource("aws_redshift_cluster", "default", {"node_type": "ra3.xlplus"}),
		t.resource("aws_redshift_cluster", "on", {"encrypted": true}),
		t.resource("aws_redshift_cluster", "restored", {"snapshot_identifier": "snap", "encrypted": false}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_redshift_cluster", "c", {"encrypted": t.unknown("var.encrypted")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_redshift_cluster.c:encrypted"}
}
