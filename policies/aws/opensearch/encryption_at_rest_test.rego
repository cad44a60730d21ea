package aws.opensearch.encryption_at_rest_test

import data.aws.opensearch.encryption_at_rest as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_unencrypted if {
	_deny([t.resource("aws_opensearch_domain", "d", {"domain_name": "logs"})]) == {"aws_opensearch_domain.d:encrypt_at_rest"}
	_deny([t.resource("aws_elasticsearch_domain", "d", {"encrypt_at_rest": [{"enabled": false}]})]) == {"aws_elasticsearch_domain.d:encrypt_at_rest.0.enabled"}
}

test_encrypted_passes if {
	_deny([
		t.resource("aws_opensearch_domain", "a", {"encrypt_at_rest": [{"enabled": true}]}),
		t.resource("aws_elasticsearch_domain", "b", {"encrypt_at_rest": [{"enabled": true, "kms_key_id": t.unknown("aws_kms_key.k.arn")}]}),
	]) == set()
}

test_fix_replaces_old_elasticsearch_only if {
	some a in rule.deny with input as t.input_of([t.resource("aws_opensearch_domain", "d", {})])
	a.fix.actions == [{"op": "add_block", "path": ["encrypt_at_rest"], "value": {"enabled": true}}]
	not "replaces" in object.keys(a.fix)
	some b in rule.deny with input as t.input_of([t.resource("aws_opensearch_domain", "d", {"engine_version": "Elasticsearch_7.10"})])
	not "replaces" in object.keys(b.fix)
	some c in rule.deny with input as t.input_of([t.resource("aws_elasticsearch_domain", "d", {"elasticsearch_version": "6.3"})])
	c.fix.replaces == true
	some d in rule.deny with input as t.input_of([t.resource("aws_elasticsearch_domain", "d", {})])
	d.fix.replaces == true
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_opensearch_domain", "d", {"encrypt_at_rest": [{"enabled": t.unknown("var.encrypt")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_opensearch_domain.d:encrypt_at_rest.0.enabled"}
	dyn := [t.resource("aws_opensearch_domain", "d", {"encrypt_at_rest": t.unknown("var.blocks")})]
	_deny(dyn) == set()
	_deny_pessimistic(dyn) == {"aws_opensearch_domain.d:encrypt_at_rest.0.enabled"}
}
