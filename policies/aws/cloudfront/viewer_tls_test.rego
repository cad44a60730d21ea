package aws.cloudfront.viewer_tls_test

import data.aws.cloudfront.viewer_tls as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_cf(cert) := t.resource("aws_cloudfront_distribution", "cdn", {"viewer_certificate": [cert]})

_acm := "arn:aws:acm:us-east-1:111122223333:certificate/abc"

test_weak_versions if {
	_deny([_cf({"acm_certificate_arn": _acm, "ssl_support_method": "sni-only"})]) == {"aws_cloudfront_distribution.cdn:viewer_certificate.0.minimum_protocol_version"}
	_deny([_cf({"acm_certificate_arn": _acm, "minimum_protocol_version": "TLSv1.1_2016"})]) == {"aws_cloudfront_distribution.cdn:viewer_certificate.0.minimum_protocol_version"}
	_deny([_cf({"cloudfront_default_certificate": false, "iam_certificate_id": "x", "minimum_protocol_version": "TLSv1_2016"})]) == {"aws_cloudfront_distribution.cdn:viewer_certificate.0.minimum_protocol_version"}
}

test_strong_or_default_certificate_passes if {
	_deny([_cf({"acm_certificate_arn": _acm, "minimum_protocol_version": "TLSv1.2_2021"})]) == set()
	_deny([_cf({"acm_certificate_arn": _acm, "minimum_protocol_version": "TLSv1.2_2019"})]) == set()
	_deny([_cf({"cloudfront_default_certificate": true})]) == set()
	_deny([_cf({"cloudfront_default_certificate": true, "minimum_protocol_version": "TLSv1"})]) == set()
}

test_fix if {
	some v in rule.deny with input as t.input_of([_cf({"acm_certificate_arn": _acm})])
	v.fix.actions == [{"op": "set", "path": ["viewer_certificate", 0, "minimum_protocol_version"], "value": "TLSv1.2_2021"}]
}

test_no_fix_for_vip if {
	some v in rule.deny with input as t.input_of([_cf({"iam_certificate_id": "x", "ssl_support_method": "vip"})])
	not "fix" in object.keys(v)
}

test_unknown_is_inconclusive if {
	rs := [_cf({"acm_certificate_arn": _acm, "minimum_protocol_version": t.unknown("var.tls")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_cloudfront_distribution.cdn:viewer_certificate.0.minimum_protocol_version"}
	def := [_cf({"cloudfront_default_certificate": t.unknown("var.default_cert")})]
	_deny(def) == set()
	_deny_pessimistic(def) == {"aws_cloudfront_distribution.cdn:viewer_certificate.0.minimum_protocol_version"}
}
