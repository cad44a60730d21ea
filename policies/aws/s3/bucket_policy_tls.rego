# METADATA
# title: S3 bucket policies must deny requests over plain HTTP
# description: >-
#   S3 accepts HTTP as well as HTTPS unless the bucket policy denies
#   requests where aws:SecureTransport is false; data and credentials sent
#   over plain HTTP can be read or altered on the way. Only buckets with a
#   bucket policy in the configuration are judged: a bucket without one
#   may get its policy from elsewhere, and is left to the public access
#   rules.
# custom:
#   id: AWS-S3-006
#   severity: MEDIUM
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["3.1.1"]}
#   remediation: >-
#     Add to the bucket policy a statement with Effect "Deny", Principal "*",
#     Action "s3:*", Resource the bucket and its objects
#     (arn:aws:s3:::bucket and arn:aws:s3:::bucket/*), and Condition
#     {"Bool": {"aws:SecureTransport": "false"}}.
#   equivalents:
#     kics: [4bc4dd4c-7d8d-405e-a0fb-57fa4c31b4d9]
#   fix: false
package aws.s3.bucket_policy_tls

import data.lib

# Policies of a bucket: the split resource (AWS provider v4+) and the
# inline policy argument of the bucket (v3), when it is set.
_policies contains {"r": r, "what": "S3 bucket policy"} if {
	some r in lib.resources("aws_s3_bucket_policy")
}

_policies contains {"r": r, "what": "Policy of S3 bucket"} if {
	some r in lib.resources("aws_s3_bucket")
	not lib.is_absent(r.attributes, "policy")
}

_deny_all_s3 := {"*", "s3:*"}

# _denies_http(st): the statement certainly denies every S3 request over
# plain HTTP, from everyone.
_denies_http(st) if {
	st.effect == "Deny"
	some p in st.principals
	p.id == "*"
	some a in st.actions
	_lower(a) in _deny_all_s3
	some c in st.conditions
	_lower(c.test) in {"bool", "boolifexists"}
	_lower(c.variable) == "aws:securetransport"
	some x in c.values
	x in {false, "false"}
}

_lower(x) := lower(x) if is_string(x)

# _may_deny_http(st): the statement would deny plain HTTP if its unknown
# parts turned out right: each element is the expected value or unknown,
# and at least one is unknown.
_may_deny_http(st) if {
	not _denies_http(st)
	_fits(st.effect, {"Deny"})
	some p in st.principals
	_fits(p.id, {"*"})
	some a in st.actions
	_fits(_lower_or_marker(a), _deny_all_s3)
	some c in st.conditions
	_fits(_lower_or_marker(c.test), {"bool", "boolifexists"})
	_fits(_lower_or_marker(c.variable), {"aws:securetransport"})
	some x in c.values
	_fits(x, {false, "false"})
}

_fits(x, values) if x in values

_fits(x, _) if lib.is_unknown(x)

_lower_or_marker(x) := lower(x) if is_string(x)

else := x

# A policy with no statement denying HTTP, and none that might.
deny contains v if {
	some p in _policies
	es := lib.iam_policy_statements(p.r, ["policy"])
	not _some_denies(es)
	not _some_may_deny(es)
	v := _violation(p)
}

# A policy whose only candidates depend on unknown values: inconclusive.
deny contains v if {
	some p in _policies
	es := lib.iam_policy_statements(p.r, ["policy"])
	not _some_denies(es)
	_some_may_deny(es)
	lib.pessimistic
	v := _violation(p)
}

_some_denies(es) if {
	some e in es
	_denies_http(e.statement)
}

_some_may_deny(es) if {
	some e in es
	_may_deny_http(e.statement)
}

_violation(p) := lib.violation(p.r, ["policy"], sprintf(`%s %q does not deny requests over plain HTTP; add a Deny statement for s3:* from Principal "*" with Condition Bool aws:SecureTransport = "false"`, [p.what, p.r.name]))
