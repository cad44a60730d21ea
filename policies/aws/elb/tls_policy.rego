# METADATA
# title: Load balancer listeners must not accept TLS 1.0 or 1.1
# description: >-
#   An HTTPS or TLS listener whose security policy still accepts TLS 1.0 or
#   1.1 lets clients negotiate protocol versions with known weaknesses, so
#   traffic can be downgraded and read on the network path.
# custom:
#   id: AWS-ELB-002
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06" (or another
#     TLS 1.2+ policy) on HTTPS and TLS listeners. Without ssl_policy the API
#     applies ELBSecurityPolicy-2016-08, which accepts TLS 1.0. The change
#     applies in place; clients limited to TLS 1.0 or 1.1 can no longer
#     connect.
#   equivalents:
#     checkov: [CKV_AWS_103]
#     tfsec: [aws-elb-use-secure-tls-policy]
#     trivy: [AVD-AWS-0047]
#   defaults:
#     - attribute: ssl_policy
#       value: ELBSecurityPolicy-2016-08
#       source: Elastic Load Balancing API default for listeners not created in the console
#   fix: true
package aws.elb.tls_policy

import data.lib

_policy := "ELBSecurityPolicy-TLS13-1-2-2021-06"

deny contains v if {
	some t in ["aws_lb_listener", "aws_alb_listener"]
	some r in lib.resources(t)
	lib.is_in_ignore_case(lib.get(r.attributes, "protocol", "HTTP"), {"https", "tls"})
	policy := lib.get(r.attributes, "ssl_policy", "ELBSecurityPolicy-2016-08")
	_weak(policy)
	msg := sprintf("listener %q accepts TLS 1.0 or 1.1 (%s); set ssl_policy = %q", [r.name, lib.show(policy), _policy])
	v := lib.violation_fix(r, ["ssl_policy"], msg, lib.fix_set(sprintf("Set ssl_policy = %q", [_policy]), ["ssl_policy"], _policy))
}

# _weak(p): a predefined policy that accepts TLS 1.0 or 1.1: the dated
# legacy policies (ELBSecurityPolicy-2016-08, -2015-05, ...), FS-2018-06,
# and the TLS-1-0, TLS-1-1, TLS13-1-0, TLS13-1-1, FS-1-1 families. Other
# names, custom or newer, are not judged.
_weak(p) if regex.match(`^ELBSecurityPolicy-[0-9]{4}-[0-9]{2}$`, p)

_weak(p) if p == "ELBSecurityPolicy-FS-2018-06"

_weak(p) if regex.match(`^ELBSecurityPolicy-(TLS|TLS13|FS)-1-[01]-`, p)

_weak(p) if {
	lib.is_unknown(p)
	lib.pessimistic
}
