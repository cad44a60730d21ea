# METADATA
# title: Cloud Audit Logs must not exempt principals
# description: >-
#   exempted_members in an audit log configuration switch data access
#   logging off for those users or service accounts, so what they read and
#   change leaves no trace, which is exactly what an attacker holding their
#   credentials wants.
# custom:
#   id: GCP-LOG-001
#   severity: MEDIUM
#   category: logging
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["2.1"]}
#   remediation: >-
#     Remove exempted_members from the audit_log_config blocks of
#     google_project_iam_audit_config (and the folder and organization
#     variants); reduce log volume with exclusion filters on a log sink
#     instead if needed.
#   fix: true
package gcp.logging.audit_exemptions

import data.lib

_types := {
	"google_project_iam_audit_config": "project",
	"google_folder_iam_audit_config": "folder",
	"google_organization_iam_audit_config": "organization",
}

# _exempted(m): m is an exempted principal; an unknown one (exempted_members
# = var.x) may be, so it counts in the pessimistic pass only (an unknown
# value is in no set).
_exempted(m) if is_string(m)

_exempted(m) if lib.is_in(m, set())

deny contains v if {
	some type, scope in _types
	some r in lib.resources(type)
	some i, c in lib.blocks(r.attributes, "audit_log_config")
	some member in lib.as_array(lib.get(c, "exempted_members", []))
	_exempted(member)
	path := ["audit_log_config", i, "exempted_members"]
	msg := sprintf("%s audit config %q exempts principals from %s audit logging; remove exempted_members", [scope, r.name, lib.show(lib.get(c, "log_type", "its"))])
	v := lib.violation_fix(r, path, msg, lib.fix_remove("Remove exempted_members", path))
}
