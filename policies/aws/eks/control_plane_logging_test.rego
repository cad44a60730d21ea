package aws.eks.control_plane_logging_test

import data.aws.eks.control_plane_logging as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_cluster(attrs) := t.resource("aws_eks_cluster", "k8s", attrs)

test_no_logging if {
	_deny([_cluster({})]) == {"aws_eks_cluster.k8s:enabled_cluster_log_types"}
	_deny([_cluster({"enabled_cluster_log_types": []})]) == {"aws_eks_cluster.k8s:enabled_cluster_log_types"}
}

test_partial_logging if {
	i := t.input_of([_cluster({"enabled_cluster_log_types": ["api", "scheduler"]})])
	some v in rule.deny with input as i
	contains(v.msg, "audit, authenticator")
	v.fix.actions[0].value == ["api", "audit", "authenticator", "controllerManager", "scheduler"]
}

test_required_types_pass if {
	_deny([_cluster({"enabled_cluster_log_types": ["api", "audit", "authenticator"]})]) == set()
	_deny([_cluster({"enabled_cluster_log_types": ["api", "audit", "authenticator", "controllerManager", "scheduler"]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [_cluster({"enabled_cluster_log_types": t.unknown("var.log_types")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_eks_cluster.k8s:enabled_cluster_log_types"}
	elem := [_cluster({"enabled_cluster_log_types": ["api", t.unknown("var.extra")]})]
	_deny(elem) == set()
	_deny_pessimistic(elem) == {"aws_eks_cluster.k8s:enabled_cluster_log_types"}
}

test_unknown_element_with_all_required_passes if {
	_deny_pessimistic([_cluster({"enabled_cluster_log_types": ["api", "audit", "authenticator", t.unknown("var.extra")]})]) == set()
}
