package aws.iam.role_trust_public_test

import data.aws.iam.role_trust_public as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_role(statement) := t.resource("aws_iam_role", "r", {"assume_role_policy": json.marshal({"Version": "2012-10-17", "Statement": [statement]})})

_gh := "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"

_web(federated, condition) := {
	"Effect": "Allow",
	"Action": "sts:AssumeRoleWithWebIdentity",
	"Principal": {"Federated": federated},
	"Condition": condition,
}

test_any_principal if {
	_deny([_role({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}})]) == {"aws_iam_role.r:assume_role_policy"}
	_deny([_role({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": "*", "Condition": {"StringEquals": {"sts:ExternalId": "x"}}})]) == {"aws_iam_role.r:assume_role_policy"}
}

test_specific_or_restricted_principals_pass if {
	_deny([_role({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "ec2.amazonaws.com"}})]) == set()
	_deny([_role({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}})]) == set()
	_deny([_role({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}, "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-1"}}})]) == set()
	_deny([_role({"Effect": "Allow", "Action": "sts:AssumeRoleWithSAML", "Principal": {"Federated": "arn:aws:iam::1:saml-provider/okta"}})]) == set()
}

test_github_oidc_without_sub if {
	_deny([_role(_web(_gh, {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}))]) == {"aws_iam_role.r:assume_role_policy"}
	_deny([_role(object.remove(_web(_gh, {}), ["Condition"]))]) == {"aws_iam_role.r:assume_role_policy"}
	_deny([_role(_web(_gh, {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:*"}}))]) == {"aws_iam_role.r:assume_role_policy"}
	_deny([_role(_web(_gh, {"StringNotLike": {"token.actions.githubusercontent.com:sub": "repo:evil/*"}}))]) == {"aws_iam_role.r:assume_role_policy"}
	i := t.input_of([_role(_web(_gh, {}))])
	[v.msg | some v in rule.deny] == [`IAM role "r" trusts token.actions.githubusercontent.com with no condition on token.actions.githubusercontent.com:sub, so any identity of that provider can assume the role; add a condition on token.actions.githubusercontent.com:sub naming the allowed subjects`] with input as i
}

test_github_oidc_with_sub_passes if {
	_deny([_role(_web(_gh, {
		"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
		"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:*"},
	}))]) == set()
}

test_cognito_needs_aud if {
	_deny([_role(_web("cognito-identity.amazonaws.com", {"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}}))]) == {"aws_iam_role.r:assume_role_policy"}
	_deny([_role(_web("cognito-identity.amazonaws.com", {"StringEquals": {"cognito-identity.amazonaws.com:aud": "eu-west-1:pool"}}))]) == set()
}

test_provider_resolved_through_the_graph if {
	provider := t.resource("aws_iam_openid_connect_provider", "eks", {"url": "https://oidc.eks.eu-west-1.amazonaws.com/id/ABC"})
	role := t.refs(_role(_web(t.unknown("aws_iam_openid_connect_provider.eks.arn"), {"StringEquals": {"oidc.eks.eu-west-1.amazonaws.com/id/abc:aud": "sts.amazonaws.com"}})), ["aws_iam_openid_connect_provider.eks"])
	_deny([provider, role]) == {"aws_iam_role.r:assume_role_policy"}
	ok := t.refs(_role(_web(t.unknown("aws_iam_openid_connect_provider.eks.arn"), {"StringEquals": {"oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub": "system:serviceaccount:app:app"}})), ["aws_iam_openid_connect_provider.eks"])
	_deny_pessimistic([provider, ok]) == set()
}

test_document_data_source if {
	doc := t.data_source("aws_iam_policy_document", "trust", {"statement": [{
		"actions": ["sts:AssumeRoleWithWebIdentity"],
		"principals": [{"type": "Federated", "identifiers": [_gh]}],
		"condition": [{"test": "StringEquals", "variable": "token.actions.githubusercontent.com:aud", "values": ["sts.amazonaws.com"]}],
	}]})
	role := t.refs(t.resource("aws_iam_role", "ci", {"assume_role_policy": t.unknown("data.aws_iam_policy_document.trust.json")}), ["data.aws_iam_policy_document.trust"])
	_deny([doc, role]) == {"data.aws_iam_policy_document.trust:statement.0"}
}

test_unknowns_are_inconclusive if {
	rs := [
		t.resource("aws_iam_role", "whole", {"assume_role_policy": t.unknown("var.trust")}),
		t.resource("aws_iam_role", "fed", {"assume_role_policy": json.marshal({"Statement": [_web(t.unknown("var.provider_arn"), {"StringEquals": {"x:amr": "y"}})]})}),
		t.resource("aws_iam_role", "cond", {"assume_role_policy": json.marshal({"Statement": [_web(_gh, {"StringLike": t.unknown("var.conditions")})]})}),
	]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_iam_role.whole:assume_role_policy", "aws_iam_role.fed:assume_role_policy", "aws_iam_role.cond:assume_role_policy"}
	known := t.resource("aws_iam_role", "known", {"assume_role_policy": json.marshal({"Statement": [_web(t.unknown("var.provider_arn"), {"StringLike": {"x:sub": "repo:acme/*"}})]})})
	_deny_pessimistic([known]) == set()
}
