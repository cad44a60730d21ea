package aws.opensearch.https_tls_test

import data.aws.opensearch.https_tls as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_d(opts) := t.resource("aws_opensearch_domain", "d", {"domain_endpoint_options": [opts]})

test_no_block if {
	_deny([t.resource("aws_opensearch_domain", "d", {})]) == {"aws_opensearch_domain.d:domain_endpoint_options"}
	some v in rule.deny with input as t.input_of([t.resource("aws_elasticsearch_domain", "d", {})])
	v.fix.actions == [{
		"op": "add_block", "path": ["domain_endpoint_options"],
		"value": {"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"},
	}]
}

test_http_and_weak_tls if {
	_deny([_d({"enforce_https": false, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"})]) == {"aws_opensearch_domain.d:domain_endpoint_options.0.enforce_https"}
	_deny([_d({"tls_security_policy": "Policy-Min-TLS-1-0-2019-07"})]) == {"aws_opensearch_domain.d:domain_endpoint_options.0.tls_security_policy"}
	_deny([_d({"enforce_https": true})]) == {"aws_opensearch_domain.d:domain_endpoint_options.0.tls_security_policy"}
}

test_secure_passes if {
	_deny([_d({"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"})]) == set()
	_deny([_d({"tls_security_policy": "Policy-Min-TLS-1-2-PFS-2023-10"})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_d({"enforce_https": t.unknown("var.https"), "tls_security_policy": t.unknown("var.policy")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {
		"aws_opensearch_domain.d:domain_endpoint_options.0.enforce_https",
		"aws_opensearch_domain.d:domain_endpoint_options.0.tls_security_policy",
	}
}
