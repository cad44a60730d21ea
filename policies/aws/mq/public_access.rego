# METADATA
# title: Managed brokers and instances must not be reachable from the internet
# description: >-
#   An Amazon MQ broker or DMS replication instance with a public address, or
#   a SageMaker notebook with direct internet access, puts message queues,
#   database replication or notebook data one weak password or permissive
#   security group away from the whole internet.
# custom:
#   id: AWS-MQ-001
#   severity: HIGH
#   category: network
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set publicly_accessible = false on aws_mq_broker and
#     aws_dms_replication_instance, and direct_internet_access = "Disabled"
#     (with subnet_id and security_groups) on aws_sagemaker_notebook_instance;
#     reach them from inside the VPC. Each change replaces the resource (a
#     new broker, instance or notebook), so plan the migration: no automatic
#     fix is offered.
#   equivalents:
#     checkov: [CKV_AWS_69, CKV_AWS_89, CKV_AWS_122]
#     trivy: [AVD-AWS-0072]
#   defaults:
#     - attribute: aws_mq_broker.publicly_accessible
#       value: false
#       source: hashicorp/aws v4+
#     - attribute: aws_dms_replication_instance.publicly_accessible
#       value: false
#       source: hashicorp/aws v4+
#     - attribute: aws_sagemaker_notebook_instance.direct_internet_access
#       value: Enabled
#       source: hashicorp/aws v4+
#   fix: false
package aws.mq.public_access

import data.lib

_nouns := {
	"aws_mq_broker": "MQ broker",
	"aws_dms_replication_instance": "DMS replication instance",
}

deny contains v if {
	some t, noun in _nouns
	some r in lib.resources(t)
	lib.is_true(lib.get(r.attributes, "publicly_accessible", false))
	msg := sprintf("%s %q is publicly accessible; set publicly_accessible = false", [noun, r.name])
	v := lib.violation(r, ["publicly_accessible"], msg)
}

deny contains v if {
	some r in lib.resources("aws_sagemaker_notebook_instance")
	lib.not_equals(lib.get(r.attributes, "direct_internet_access", "Enabled"), "Disabled")
	msg := sprintf(`SageMaker notebook instance %q has direct internet access; set direct_internet_access = "Disabled" and place it in a subnet`, [r.name])
	v := lib.violation(r, ["direct_internet_access"], msg)
}
