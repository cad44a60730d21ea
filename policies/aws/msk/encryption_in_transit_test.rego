package aws.msk.encryption_in_transit_test

import data.aws.msk.encryption_in_transit as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_msk(transit) := t.resource("aws_msk_cluster", "k", {"encryption_info": [{"encryption_in_transit": [transit]}]})

test_plaintext if {
	_deny([_msk({"client_broker": "TLS_PLAINTEXT"})]) == {"aws_msk_cluster.k:encryption_info.0.encryption_in_transit.0.client_broker"}
	_deny([_msk({"client_broker": "PLAINTEXT", "in_cluster": false})]) == {
		"aws_msk_cluster.k:encryption_info.0.encryption_in_transit.0.client_broker",
		"aws_msk_cluster.k:encryption_info.0.encryption_in_transit.0.in_cluster",
	}
}

test_defaults_pass if {
	_deny([t.resource("aws_msk_cluster", "k", {"cluster_name": "events"})]) == set()
	_deny([t.resource("aws_msk_cluster", "k", {"encryption_info": [{"encryption_at_rest_kms_key_arn": "arn"}]})]) == set()
	_deny([_msk({})]) == set()
	_deny([_msk({"client_broker": "TLS", "in_cluster": true})]) == set()
}

test_fixes if {
	some v in rule.deny with input as t.input_of([_msk({"client_broker": "TLS_PLAINTEXT"})])
	v.fix.actions[0].value == "TLS"
	not "replaces" in object.keys(v.fix)
	some w in rule.deny with input as t.input_of([_msk({"in_cluster": false})])
	w.fix.replaces == true
}

test_unknown_is_inconclusive if {
	rs := [_msk({"client_broker": t.unknown("var.client_broker")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_msk_cluster.k:encryption_info.0.encryption_in_transit.0.client_broker"}
}
