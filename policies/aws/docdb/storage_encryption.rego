# METADATA
# title: DocumentDB and Neptune cluster storage must be encrypted
# description: >-
#   An unencrypted DocumentDB or Neptune cluster keeps its data, automated
#   backups, snapshots and replicas in clear on AWS storage.
# custom:
#   id: AWS-DOC-001
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set storage_encrypted = true (optionally with kms_key_id) on
#     aws_docdb_cluster and aws_neptune_cluster. Encryption can only be
#     chosen at creation: the change replaces the cluster, so restore an
#     encrypted copy of a snapshot to keep the data.
#   equivalents:
#     checkov: [CKV_AWS_74, CKV_AWS_44]
#     tfsec: [aws-documentdb-enable-storage-encryption, aws-neptune-enable-storage-encryption]
#     trivy: [AVD-AWS-0021, AVD-AWS-0076]
#   defaults:
#     - attribute: storage_encrypted
#       value: false
#       source: hashicorp/aws, the DocumentDB and Neptune API default
#   fix: true
package aws.docdb.storage_encryption

import data.lib

_labels := {"aws_docdb_cluster": "DocumentDB cluster", "aws_neptune_cluster": "Neptune cluster"}

# A restore from a snapshot keeps the snapshot's encryption.
deny contains v if {
	some t, label in _labels
	some r in lib.resources(t)
	lib.is_absent(r.attributes, "snapshot_identifier")
	lib.is_false_or_absent(r.attributes, "storage_encrypted")
	msg := sprintf("%s %q does not encrypt its storage; set storage_encrypted = true", [label, r.name])
	fix := lib.replacing(lib.fix_set(
		"Set storage_encrypted = true (replaces the cluster; existing data is not migrated)",
		["storage_encrypted"], true,
	))
	v := lib.violation_fix(r, ["storage_encrypted"], msg, fix)
}
