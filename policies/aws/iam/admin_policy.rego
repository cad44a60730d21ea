# METADATA
# title: IAM policies must not allow all actions on all resources
# description: >-
#   A policy statement that allows "*" actions on "*" resources grants full
#   administrator rights: whoever holds it, or steals its credentials, can
#   read every piece of data and take over the account. NotAction or
#   NotResource with Allow grant nearly as much: everything except a short
#   list.
# custom:
#   id: AWS-IAM-001
#   severity: HIGH
#   category: identity
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["2.15"]}
#   remediation: >-
#     Grant only the actions and resources the principal needs; keep full
#     administrator access for break-glass roles managed outside
#     application code.
#   equivalents:
#     checkov: [CKV_AWS_62, CKV_AWS_63, CKV2_AWS_40]
#     tfsec: [aws-iam-no-policy-wildcards]
#     trivy: [AVD-AWS-0057]
#   fix: false
package aws.iam.admin_policy

import data.lib

# Resources whose policy attribute is a policy attached to an identity or
# managed policy.
_policy_types := ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]

# "*" and "*:*" match every action; a service wildcard ("s3:*") does not,
# and is left to narrower rules.
_any_action := {"*", "*:*"}

# A Condition does not make a statement safe: conditions such as
# aws:SourceIp or aws:MultiFactorAuthPresent narrow who can use the grant,
# not what it grants, so statements are judged without looking at it.

# _json_grant(s) describes what the JSON policy statement s grants when it
# is an administrator grant: all actions on all resources, or nearly (Allow
# with NotAction on "*", or "*" with NotResource), and "" otherwise: not
# undefined, because OPA keeps the value of a call for the same arguments,
# not a failure, and configurations repeat the same few statements. An
# else chain so that an unknown statement gives one message, not three.
# Allow is checked once, before the chain; in each body the cheap,
# selective test (a NotAction / NotResource list, rare) comes first.
_json_grant(s) := grant if {
	lib.is_allow(s)
	grant := _json_admin_grant(s)
} else := ""

_json_admin_grant(s) := "all actions on all resources" if {
	_some_any_action(lib.statement_values(s, "Action"))
	_some_any_resource(lib.statement_values(s, "Resource"))
} else := "every action outside its NotAction list on all resources" if {
	count(lib.statement_values(s, "NotAction")) > 0
	_some_any_resource(lib.statement_values(s, "Resource"))
} else := "all actions on every resource outside its NotResource list" if {
	count(lib.statement_values(s, "NotResource")) > 0
	_some_any_action(lib.statement_values(s, "Action"))
}

# _block_grant(s) is _json_grant for a statement block of an
# aws_iam_policy_document data source, where effect defaults to Allow.
_block_grant(s) := grant if {
	_block_allows(s)
	grant := _block_admin_grant(s)
} else := ""

_block_admin_grant(s) := "all actions on all resources" if {
	_some_any_action(lib.as_array(lib.get(s, "actions", [])))
	_some_any_resource(lib.as_array(lib.get(s, "resources", [])))
} else := "every action outside its not_actions list on all resources" if {
	count(lib.as_array(lib.get(s, "not_actions", []))) > 0
	_some_any_resource(lib.as_array(lib.get(s, "resources", [])))
} else := "all actions on every resource outside its not_resources list" if {
	count(lib.as_array(lib.get(s, "not_resources", []))) > 0
	_some_any_action(lib.as_array(lib.get(s, "actions", [])))
}

_block_allows(s) if lib.equals(lib.get(s, "effect", "Allow"), "Allow")

_some_any_action(actions) if {
	some a in actions
	lib.is_in(a, _any_action)
}

_some_any_resource(resources) if {
	some r in resources
	lib.is_in(r, {"*"})
}

# A policy whose text is the json of an aws_iam_policy_document in the
# configuration is judged through that data source's statements (next
# rules), so it is not reported a second time as unknown.
_from_document(r, raw) if {
	startswith(lib.unknown_expr(raw), "data.aws_iam_policy_document.")
	lib.references_type(r, "aws_iam_policy_document")
}

# _policies lists every policy text attached to an identity: the policy
# attribute of the policy resources, and the inline_policy blocks of
# aws_iam_role.
_policies contains {"r": r, "raw": raw, "path": ["policy"], "what": "IAM policy"} if {
	some t in _policy_types
	some r in lib.resources(t)
	raw := lib.get(r.attributes, "policy", null)
}

_policies contains {"r": r, "raw": raw, "path": ["inline_policy", i, "policy"], "what": "Inline policy of IAM role"} if {
	some r in lib.resources("aws_iam_role")
	some i, b in lib.blocks(r.attributes, "inline_policy")
	raw := lib.get(b, "policy", null)
}

deny contains v if {
	some p in _policies
	not _from_document(p.r, p.raw)
	some s in lib.statements(lib.policy_document(p.raw))
	grant := _json_grant(s)
	grant != ""
	msg := sprintf(`%s %q allows %s; grant only the actions and resources needed`, [p.what, p.r.name, grant])
	v := lib.violation(p.r, p.path, msg)
}

# Documents listed in source_policy_documents or override_policy_documents
# are merged into the rendered document (statements with the same sid are
# replaced, see _replacing_sids).
_merge_keys := ["source_policy_documents", "override_policy_documents"]

# _included(d, key, j) is the aws_iam_policy_document data source in the
# graph that entry j of d's key list is the json of, when d references it.
_included(d, key, j) := s if {
	some s in lib.references(d, "aws_iam_policy_document")
	entry := lib.as_array(lib.get(d.attributes, key, []))[j]
	lib.unknown_expr(entry) == sprintf("%s.json", [_local_address(d, s)])
}

# _local_address(d, s) is the address of s as written inside d's module.
_local_address(d, s) := s.id if d.module == ""

else := substring(s.id, count(d.module) + 1, -1) if startswith(s.id, concat("", [d.module, "."]))

# _includes maps each document id to the ids of the documents in the graph
# it merges, for graph.reachable (documents may merge documents that merge
# others).
_includes[d.id] := {s.id |
	some key in _merge_keys
	some j, _ in lib.as_array(lib.get(d.attributes, key, []))
	s := _included(d, key, j)
} if {
	some d in lib.data_sources("aws_iam_policy_document")
}

# _own_grants(d) are the administrator grants in a document's own content:
# its statement blocks, and the merged entries that are not documents of
# the graph (a known JSON string, or an unknown from elsewhere, which the
# predicates make inconclusive). Each carries the statement's sid, for
# replacement.
_own_grants(d) := {{"path": ["statement", i], "grant": grant, "sid": lib.get(s, "sid", "")} |
	some i, s in lib.blocks(d.attributes, "statement")
	grant := _block_grant(s)
	grant != ""
} | {{"path": [key, j], "grant": grant, "sid": lib.get(s, "Sid", "")} |
	some key in _merge_keys
	some j, entry in lib.as_array(lib.get(d.attributes, key, []))
	not _included(d, key, j)
	some s in lib.statements(lib.policy_document(entry))
	grant := _json_grant(s)
	grant != ""
}

# When documents merge, a statement whose sid is also the sid of a
# statement in a later layer is replaced by it: source documents are
# overridden by the document's own statements, which are overridden by the
# override documents. _replacing_sids(d, layer) are the known sids of the
# layers after layer ("source_policy_documents" or "statement") in d.
_replacing_sids(d, "source_policy_documents") := _block_sids(d) | _override_sids(d)

_replacing_sids(d, "statement") := _override_sids(d)

_replacing_sids(d, "override_policy_documents") := set()

_block_sids(d) := {sid |
	some s in lib.blocks(d.attributes, "statement")
	sid := _sid(lib.get(s, "sid", ""))
}

_override_sids(d) := {sid |
	some j, _ in lib.as_array(lib.get(d.attributes, "override_policy_documents", []))
	s := _included(d, "override_policy_documents", j)
	some sid in _block_sids(s)
} | {sid |
	some j, entry in lib.as_array(lib.get(d.attributes, "override_policy_documents", []))
	not _included(d, "override_policy_documents", j)
	some s in lib.statements(lib.policy_document(entry))
	sid := _sid(lib.get(s, "Sid", ""))
}

# _sid(x) is x when it is a known, non-empty sid: only those replace or
# are replaced.
_sid(x) := x if {
	is_string(x)
	x != ""
}

_replaced(d, layer, sid) if _sid(sid) in _replacing_sids(d, layer)

deny contains v if {
	some d in lib.data_sources("aws_iam_policy_document")
	some g in _own_grants(d)
	not _replaced(d, g.path[0], g.sid)
	msg := sprintf(`IAM policy document %q allows %s; grant only the actions and resources needed`, [d.name, g.grant])
	v := lib.violation(d, g.path, msg)
}

# A merged document of the graph is reported where it is merged too: the
# rendered document holds its statements, and it may be attached only
# through this one. One message per entry, whichever grant it holds.
deny contains v if {
	some d in lib.data_sources("aws_iam_policy_document")
	some key in _merge_keys
	some j, _ in lib.as_array(lib.get(d.attributes, key, []))
	s := _included(d, key, j)
	_merges_grant(d, key, s)
	msg := sprintf(`IAM policy document %q merges %q, which allows all or nearly all actions on all resources; grant only the actions and resources needed`, [d.name, s.name])
	v := lib.violation(d, [key, j], msg)
}

# _merges_grant(d, key, s): s, or a document it merges, holds a grant
# that neither its own document nor d replaces. A document in between
# (d merges s merges x) does not replace x's statements here: rare, and it
# errs towards a finding.
_merges_grant(d, key, s) if {
	some id in graph.reachable(_includes, {s.id})
	x := input.resources[id]
	some g in _own_grants(x)
	not _replaced(x, g.path[0], g.sid)
	not _replaced(d, key, g.sid)
}
