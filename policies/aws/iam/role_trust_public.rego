# METADATA
# title: IAM role trust policies must not let anyone assume the role
# description: >-
#   A role whose trust policy allows Principal "*" without a condition
#   restricting the caller can be assumed by any AWS account, and one that
#   trusts an OIDC provider (GitHub Actions, EKS, Cognito) without a
#   condition on the token's subject or audience can be assumed by any
#   identity of that provider, such as any GitHub repository in the world.
#   Either way, strangers get the role's permissions.
# custom:
#   id: AWS-IAM-002
#   severity: CRITICAL
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Name the accounts, roles or services that may assume the role instead
#     of "*", or keep "*" only with a condition such as aws:PrincipalOrgID.
#     For an OIDC provider, add a StringEquals or StringLike condition on
#     <provider>:sub naming the allowed subjects (for GitHub Actions
#     "repo:<org>/<repo>:ref:refs/heads/main" or "repo:<org>/<repo>:*"),
#     and for Cognito identity pools a condition on
#     cognito-identity.amazonaws.com:aud.
#   equivalents:
#     checkov: [CKV_AWS_60]
#   fix: false
package aws.iam.role_trust_public

import data.lib

_statements contains {"r": r, "e": e} if {
	some r in lib.resources("aws_iam_role")
	some e in lib.iam_policy_statements(r, ["assume_role_policy"])
}

# Any principal, no restricting condition.
deny contains v if {
	some x in _statements
	lib.iam_everyone(x.e.statement)
	msg := sprintf(`%s lets any AWS principal assume the role (%s) with no condition restricting the caller; name the accounts or roles that may assume it`, [lib.iam_subject(x.e, x.r, "IAM role"), lib.iam_wildcard_how(x.e.statement)])
	v := lib.violation(x.e.resource, x.e.path, msg)
}

# A web identity provider without a condition on the claim that names who
# the token belongs to.
deny contains v if {
	some x in _statements
	st := x.e.statement
	lib.iam_allows(st)
	some p in st.principals
	p.type == "Federated"
	host := _provider_host(x.e.resource, p.id)
	claim := _claim(host)
	_claim_open(st, claim)
	msg := sprintf(`%s trusts %s with no condition on %s, so any identity of that provider can assume the role; add a condition on %s naming the allowed subjects`, [lib.iam_subject(x.e, x.r, "IAM role"), host, claim, claim])
	v := lib.violation(x.e.resource, x.e.path, msg)
}

# A federated principal unknown before deploy, in a statement with no
# condition on any token claim: it may be an OIDC provider left open.
deny contains v if {
	some x in _statements
	st := x.e.statement
	lib.iam_allows(st)
	some p in st.principals
	lib.equals(p.type, "Federated")
	lib.is_unknown(p.id)
	not _provider_host(x.e.resource, p.id)
	count({k | some k in lib.iam_restricting_conditions(st); _token_claim(k)}) == 0
	lib.pessimistic
	msg := sprintf(`%s trusts a federated principal unknown before deploy with no condition on the token's subject or audience; add a condition on <provider>:sub`, [lib.iam_subject(x.e, x.r, "IAM role")])
	v := lib.violation(x.e.resource, x.e.path, msg)
}

_token_claim(k) if endswith(k, ":sub")

_token_claim(k) if endswith(k, ":aud")

# Identity providers trusted by name (not by an oidc-provider ARN), and
# the claim that names the caller's application.
_named_providers := {
	"cognito-identity.amazonaws.com": "cognito-identity.amazonaws.com:aud",
	"accounts.google.com": "accounts.google.com:aud",
	"graph.facebook.com": "graph.facebook.com:app_id",
	"www.amazon.com": "www.amazon.com:app_id",
}

_claim(host) := c if {
	c := _named_providers[host]
}

else := concat("", [host, ":sub"])

# _provider_host(res, id) is the host of the web identity provider the
# federated principal id stands for: from an oidc-provider ARN, a provider
# trusted by name, or the url of the aws_iam_openid_connect_provider of
# the configuration whose arn id is. SAML providers have none.
_provider_host(_, id) := lower(parts[1]) if {
	is_string(id)
	parts := split(id, ":oidc-provider/")
	count(parts) == 2
}

_provider_host(_, id) := id if {
	is_string(id)
	_named_providers[id]
}

_provider_host(res, id) := trim_prefix(lower(url), "https://") if {
	expr := lib.unknown_expr(id)
	some p in lib.references(res, "aws_iam_openid_connect_provider")
	expr == concat("", [_local_address(res, p), ".arn"])
	url := p.attributes.url
	is_string(url)
}

_local_address(res, p) := p.id if res.module == ""

else := substring(p.id, count(res.module) + 1, -1) if startswith(p.id, concat("", [res.module, "."]))

# _claim_restricted(st, claim): a positive condition on the claim with a
# value that is not a wildcard for every subject ("*", "repo:*").
_claim_restricted(st, claim) if {
	some c in st.conditions
	lib.iam_positive_operator(c.test)
	is_string(c.variable)
	lower(c.variable) == claim
	some v in c.values
	not _any_subject(v)
}

_any_subject(v) if {
	is_string(v)
	regex.match(`^(\*|repo:\*)`, v)
}

# _claim_open(st, claim), three-valued: no condition restricts the claim;
# when an unknown condition might, only in the pessimistic pass.
_claim_open(st, claim) if {
	not _claim_restricted(st, claim)
	count(lib.iam_condition_unknowns(st)) == 0
}

_claim_open(st, claim) if {
	not _claim_restricted(st, claim)
	count(lib.iam_condition_unknowns(st)) > 0
	lib.pessimistic
}
