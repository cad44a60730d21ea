# METADATA
# title: DynamoDB tables must have point-in-time recovery enabled
# description: >-
#   Without point-in-time recovery, items overwritten or deleted by a bug, a
#   bad script or an attacker cannot be restored to the state of a few
#   minutes before.
# custom:
#   id: AWS-DDB-001
#   severity: MEDIUM
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Add point_in_time_recovery { enabled = true } to the table (or set
#     enabled = true in the existing block), and set point_in_time_recovery =
#     true in each replica block and aws_dynamodb_table_replica of a global
#     table: replicas do not inherit it.
#   equivalents:
#     checkov: [CKV_AWS_28]
#     tfsec: [aws-dynamodb-enable-recovery]
#     trivy: [AVD-AWS-0024]
#   defaults:
#     - attribute: point_in_time_recovery (block)
#       value: absent means disabled
#       source: hashicorp/aws v4+
#     - attribute: point_in_time_recovery.enabled
#       value: false
#       source: hashicorp/aws v4+
#     - attribute: replica.point_in_time_recovery (and aws_dynamodb_table_replica.point_in_time_recovery)
#       value: false
#       source: hashicorp/aws v4+
#   fix: true
package aws.dynamodb.point_in_time_recovery

import data.lib

_type := "aws_dynamodb_table"

deny contains v if {
	some r in lib.resources(_type)
	count(lib.blocks(r.attributes, "point_in_time_recovery")) == 0
	msg := sprintf("DynamoDB table %q has no point-in-time recovery; add point_in_time_recovery { enabled = true }", [r.name])
	fix := lib.fix_add_block("Add point_in_time_recovery { enabled = true }", ["point_in_time_recovery"], {"enabled": true})
	v := lib.violation_fix(r, [], msg, fix)
}

deny contains v if {
	some r in lib.resources(_type)
	some i, block in lib.blocks(r.attributes, "point_in_time_recovery")
	lib.is_false_or_absent(block, "enabled")
	path := ["point_in_time_recovery", i, "enabled"]
	msg := sprintf("DynamoDB table %q has point-in-time recovery disabled; set point_in_time_recovery.enabled = true", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set enabled = true", path, true))
}

# Replicas of a global table (version 2019.11.21): inline replica blocks and
# aws_dynamodb_table_replica resources.
deny contains v if {
	some r in lib.resources(_type)
	some i, replica in lib.blocks(r.attributes, "replica")
	lib.is_false_or_absent(replica, "point_in_time_recovery")
	path := ["replica", i, "point_in_time_recovery"]
	msg := sprintf("DynamoDB table %q has a replica in %s without point-in-time recovery; set point_in_time_recovery = true in the replica block", [r.name, lib.show(lib.get(replica, "region_name", "(unknown region)"))])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set point_in_time_recovery = true", path, true))
}

deny contains v if {
	some r in lib.resources("aws_dynamodb_table_replica")
	lib.is_false_or_absent(r.attributes, "point_in_time_recovery")
	msg := sprintf("DynamoDB table replica %q has no point-in-time recovery; set point_in_time_recovery = true", [r.name])
	v := lib.violation_fix(r, ["point_in_time_recovery"], msg, lib.fix_set("Set point_in_time_recovery = true", ["point_in_time_recovery"], true))
}
