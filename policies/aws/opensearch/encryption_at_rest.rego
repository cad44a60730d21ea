# METADATA
# title: OpenSearch domains must be encrypted at rest
# description: >-
#   Without encryption at rest, an OpenSearch or Elasticsearch domain keeps
#   its indices, logs, swap files and automated snapshots in clear on AWS
#   storage.
# custom:
#   id: AWS-OS-001
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Add encrypt_at_rest { enabled = true } (optionally with kms_key_id) to
#     aws_opensearch_domain and aws_elasticsearch_domain. OpenSearch and
#     Elasticsearch 6.7 or later enable it in place; older Elasticsearch
#     domains are replaced, so snapshot the indices first.
#   equivalents:
#     checkov: [CKV_AWS_5]
#     tfsec: [aws-elastic-search-enable-domain-encryption]
#     trivy: [AVD-AWS-0048]
#   defaults:
#     - attribute: encrypt_at_rest.enabled
#       value: false
#       source: hashicorp/aws, also when the block is absent
#   fix: true
package aws.opensearch.encryption_at_rest

import data.lib

_types := ["aws_opensearch_domain", "aws_elasticsearch_domain"]

_labels := {"aws_opensearch_domain": "OpenSearch domain", "aws_elasticsearch_domain": "Elasticsearch domain"}

_msg(r) := sprintf("%s %q is not encrypted at rest; set encrypt_at_rest.enabled = true", [_labels[r.type], r.name])

deny contains v if {
	some t in _types
	some r in lib.resources(t)
	count(lib.blocks(r.attributes, "encrypt_at_rest")) == 0
	fix := _fix(r, lib.fix_add_block("Add encrypt_at_rest { enabled = true }", ["encrypt_at_rest"], {"enabled": true}))
	v := lib.violation_fix(r, ["encrypt_at_rest"], _msg(r), fix)
}

deny contains v if {
	some t in _types
	some r in lib.resources(t)
	some i, block in lib.blocks(r.attributes, "encrypt_at_rest")
	lib.is_false_or_absent(block, "enabled")
	path := ["encrypt_at_rest", i, "enabled"]
	v := lib.violation_fix(r, path, _msg(r), _fix(r, lib.fix_set("Set enabled = true", path, true)))
}

# OpenSearch and Elasticsearch 6.7+ switch encryption on in place; older
# Elasticsearch domains are replaced by the provider.
_fix(r, fix) := fix if _in_place(r)

else := lib.replacing(fix)

_in_place(r) if {
	r.type == "aws_opensearch_domain"
	lib.is_absent(r.attributes, "engine_version") # the latest OpenSearch
}

_in_place(r) if _modern(lib.get(r.attributes, "engine_version", null))

_in_place(r) if _modern(lib.get(r.attributes, "elasticsearch_version", null))

_modern(v) if startswith(v, "OpenSearch_")

_modern(v) if _version(trim_prefix(v, "Elasticsearch_")) >= [6, 7]

_version(v) := [to_number(p) |
	some p in split(v, ".")
	regex.match(`^[0-9]+$`, p)
] if is_string(v)
