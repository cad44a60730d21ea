# METADATA
# title: OpenSearch domains must encrypt traffic between nodes
# description: >-
#   Without node-to-node encryption, documents, queries and cluster state
#   travel in clear between the nodes of an OpenSearch or Elasticsearch
#   domain inside the VPC, readable by anyone who can capture that traffic.
# custom:
#   id: AWS-OS-002
#   severity: HIGH
#   category: encryption
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Add node_to_node_encryption { enabled = true } to aws_opensearch_domain
#     and aws_elasticsearch_domain. OpenSearch and Elasticsearch 6.7 or later
#     enable it in place; older Elasticsearch domains are replaced, so
#     snapshot the indices first.
#   equivalents:
#     checkov: [CKV_AWS_6]
#     tfsec: [aws-elastic-search-enable-in-transit-encryption]
#     trivy: [AVD-AWS-0043]
#   defaults:
#     - attribute: node_to_node_encryption.enabled
#       value: false
#       source: hashicorp/aws, also when the block is absent
#   fix: true
package aws.opensearch.node_to_node_encryption

import data.lib

_types := ["aws_opensearch_domain", "aws_elasticsearch_domain"]

_labels := {"aws_opensearch_domain": "OpenSearch domain", "aws_elasticsearch_domain": "Elasticsearch domain"}

_msg(r) := sprintf("%s %q does not encrypt traffic between its nodes; set node_to_node_encryption.enabled = true", [_labels[r.type], r.name])

deny contains v if {
	some t in _types
	some r in lib.resources(t)
	count(lib.blocks(r.attributes, "node_to_node_encryption")) == 0
	fix := _fix(r, lib.fix_add_block("Add node_to_node_encryption { enabled = true }", ["node_to_node_encryption"], {"enabled": true}))
	v := lib.violation_fix(r, ["node_to_node_encryption"], _msg(r), fix)
}

deny contains v if {
	some t in _types
	some r in lib.resources(t)
	some i, block in lib.blocks(r.attributes, "node_to_node_encryption")
	lib.is_false_or_absent(block, "enabled")
	path := ["node_to_node_encryption", i, "enabled"]
	v := lib.violation_fix(r, path, _msg(r), _fix(r, lib.fix_set("Set enabled = true", path, true)))
}

# OpenSearch and Elasticsearch 6.7+ switch it on in place; older
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
