package aws.eks.public_endpoint_test

import data.aws.eks.public_endpoint as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_cluster(vc) := t.resource("aws_eks_cluster", "k8s", {"name": "k8s", "vpc_config": [vc]})

test_defaults_are_open if {
	_deny([_cluster({"subnet_ids": ["subnet-1"]})]) == {"aws_eks_cluster.k8s:vpc_config.0"}
	i := t.input_of([_cluster({})])
	some v in rule.deny with input as i
	v.fix.template == true
}

test_explicit_open if {
	_deny([_cluster({"endpoint_public_access": true, "public_access_cidrs": ["0.0.0.0/0"]})]) == {"aws_eks_cluster.k8s:vpc_config.0.public_access_cidrs"}
	_deny([_cluster({"public_access_cidrs": ["203.0.113.0/24", "::/0"]})]) == {"aws_eks_cluster.k8s:vpc_config.0.public_access_cidrs"}
}

test_private_or_restricted_pass if {
	_deny([_cluster({"endpoint_public_access": false, "endpoint_private_access": true})]) == set()
	_deny([_cluster({"public_access_cidrs": ["203.0.113.0/24"]})]) == set()
	_deny([_cluster({"endpoint_public_access": "false"})]) == set()
}

test_unknown_is_inconclusive if {
	cidrs := [_cluster({"public_access_cidrs": t.unknown("var.admin_cidrs")})]
	_deny(cidrs) == set()
	_deny_pessimistic(cidrs) == {"aws_eks_cluster.k8s:vpc_config.0.public_access_cidrs"}
	public := [_cluster({"endpoint_public_access": t.unknown("var.public")})]
	_deny(public) == set()
	_deny_pessimistic(public) == {"aws_eks_cluster.k8s:vpc_config.0"}
}

test_unknown_cidrs_of_private_endpoint_pass if {
	_deny_pessimistic([_cluster({"endpoint_public_access": false, "public_access_cidrs": t.unknown("var.cidrs")})]) == set()
}
