package aws.eks.secrets_encryption_test

import data.aws.eks.secrets_encryption as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_no_encryption_config if {
	_deny([t.resource("aws_eks_cluster", "c", {"name": "prod"})]) == {"aws_eks_cluster.c:encryption_config"}
	some v in rule.deny with input as t.input_of([t.resource("aws_eks_cluster", "c", {})])
	v.fix.template == true
	v.fix.actions[0].op == "add_block"
	v.fix.actions[0].value.provider == [{"key_arn": "<KMS key ARN>"}]
}

test_config_without_secrets if {
	_deny([t.resource("aws_eks_cluster", "c", {"encryption_config": [{"resources": []}]})]) == {"aws_eks_cluster.c:encryption_config.0.resources"}
}

test_secrets_encrypted_passes if {
	_deny([t.resource("aws_eks_cluster", "c", {"encryption_config": [{
		"resources": ["secrets"],
		"provider": [{"key_arn": t.unknown("aws_kms_key.eks.arn")}],
	}]})]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_eks_cluster", "c", {"encryption_config": [{"resources": t.unknown("var.resources")}]})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_eks_cluster.c:encryption_config.0.resources"}
	el := [t.resource("aws_eks_cluster", "c", {"encryption_config": [{"resources": [t.unknown("var.kind")]}]})]
	_deny(el) == set()
	_deny_pessimistic(el) == {"aws_eks_cluster.c:encryption_config.0.resources"}
}
