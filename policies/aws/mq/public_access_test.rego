package aws.mq.public_access_test

import data.aws.mq.public_access as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_public_broker_and_instance if {
	_deny([t.resource("aws_mq_broker", "events", {"publicly_accessible": true})]) == {"aws_mq_broker.events:publicly_accessible"}
	_deny([t.resource("aws_dms_replication_instance", "dms", {"publicly_accessible": "true"})]) == {"aws_dms_replication_instance.dms:publicly_accessible"}
}

test_notebook_internet_access if {
	_deny([t.resource("aws_sagemaker_notebook_instance", "nb", {})]) == {"aws_sagemaker_notebook_instance.nb:direct_internet_access"}
	_deny([t.resource("aws_sagemaker_notebook_instance", "nb", {"direct_internet_access": "Enabled"})]) == {"aws_sagemaker_notebook_instance.nb:direct_internet_access"}
}

test_private_passes if {
	_deny([
		t.resource("aws_mq_broker", "a", {}),
		t.resource("aws_mq_broker", "b", {"publicly_accessible": false}),
		t.resource("aws_dms_replication_instance", "c", {}),
		t.resource("aws_sagemaker_notebook_instance", "nb", {"direct_internet_access": "Disabled", "subnet_id": "subnet-1"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [
		t.resource("aws_mq_broker", "events", {"publicly_accessible": t.unknown("var.public")}),
		t.resource("aws_sagemaker_notebook_instance", "nb", {"direct_internet_access": t.unknown("var.internet")}),
	]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_mq_broker.events:publicly_accessible", "aws_sagemaker_notebook_instance.nb:direct_internet_access"}
}
