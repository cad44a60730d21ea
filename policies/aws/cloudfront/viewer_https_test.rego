package aws.cloudfront.viewer_https_test

import data.aws.cloudfront.viewer_https as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_cf(main, ordered) := t.resource("aws_cloudfront_distribution", "cdn", {
	"default_cache_behavior": [{"viewer_protocol_policy": main}],
	"ordered_cache_behavior": [{"path_pattern": "/api/*", "viewer_protocol_policy": p} | some p in ordered],
})

test_allow_all if {
	_deny([_cf("allow-all", ["https-only", "allow-all"])]) == {
		"aws_cloudfront_distribution.cdn:default_cache_behavior.0.viewer_protocol_policy",
		"aws_cloudfront_distribution.cdn:ordered_cache_behavior.1.viewer_protocol_policy",
	}
}

test_https_passes if {
	_deny([_cf("redirect-to-https", ["https-only"])]) == set()
}

test_fix if {
	some v in rule.deny with input as t.input_of([_cf("allow-all", [])])
	v.fix.actions == [{"op": "set", "path": ["default_cache_behavior", 0, "viewer_protocol_policy"], "value": "redirect-to-https"}]
}

test_unknown_is_inconclusive if {
	rs := [_cf(t.unknown("var.policy"), [])]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_cloudfront_distribution.cdn:default_cache_behavior.0.viewer_protocol_policy"}
}
