# METADATA
# title: AWS Config recorders must record all resource types and stay on
# description: >-
#   A Config recorder that is stopped, skips resource types or never records
#   global IAM resources leaves gaps in the configuration history, so
#   changes to those resources cannot be audited or investigated.
# custom:
#   id: AWS-CFG-001
#   severity: MEDIUM
#   category: logging
#   providers: [aws]
#   formats: [terraform]
#   frameworks: {cis-aws-6.0: ["4.3"]}
#   remediation: >-
#     In aws_config_configuration_recorder, use recording_group {
#     all_supported = true, include_global_resource_types = true } (global
#     types in at least one region of the account), and set is_enabled =
#     true on its aws_config_configuration_recorder_status. Global resource
#     types are reported only when no recorder of the configuration records
#     them.
#   equivalents:
#     checkov: [CKV2_AWS_45, CKV2_AWS_48]
#   defaults:
#     - attribute: recording_group.all_supported
#       value: true
#       source: hashicorp/aws v4+
#     - attribute: recording_group.include_global_resource_types
#       value: false
#       source: hashicorp/aws v4+
#   fix: true
package aws.config.recorder_all_resources

import data.lib

_type := "aws_config_configuration_recorder"

# _records_all(g): the recording group records every regional type
# (all_supported absent or true). Three-valued for the global check below:
# only a known true/absent counts in the pessimistic pass.
_records_all(g) if {
	lib.is_known(g)
	lib.is_absent(g, "all_supported")
}

_records_all(g) if lib.get(g, "all_supported", null) in {true, "true"}

_records_all(g) if {
	lib.is_unknown(lib.get(g, "all_supported", null))
	not lib.pessimistic
}

# _records_global: some recorder of the configuration records global
# resource types; the secure condition, stated like lib.has_companion so
# that its negation is correct in both passes.
_records_global if {
	some r in lib.resources(_type)
	_counts(r)
	some g in lib.blocks(r.attributes, "recording_group")
	_records_all(g)
	_global_on(lib.get(g, "include_global_resource_types", false))
}

_counts(r) if not lib.may_not_exist(r)

_counts(r) if {
	lib.may_not_exist(r)
	not lib.pessimistic
}

_global_on(x) if x in {true, "true"}

_global_on(x) if {
	lib.is_unknown(x)
	not lib.pessimistic
}

# Regional resource types left out (all_supported = false: an explicit list
# or exclusions). No fix: the list of types has to go too.
deny contains v if {
	some r in lib.resources(_type)
	some i, g in lib.blocks(r.attributes, "recording_group")
	lib.is_false(lib.get(g, "all_supported", true))
	msg := sprintf("Config recorder %q records only some resource types; set recording_group.all_supported = true", [r.name])
	v := lib.violation(r, ["recording_group", i, "all_supported"], msg)
}

# Global resource types (IAM users, roles, policies) recorded by no recorder.
deny contains v if {
	some r in lib.resources(_type)
	not _records_global
	count(lib.blocks(r.attributes, "recording_group")) == 0
	msg := sprintf("Config recorder %q does not record global resource types such as IAM; add recording_group with include_global_resource_types = true", [r.name])
	fix := lib.fix_add_block("Add recording_group recording all resource types, global ones included", ["recording_group"], {"all_supported": true, "include_global_resource_types": true})
	v := lib.violation_fix(r, [], msg, fix)
}

deny contains v if {
	some r in lib.resources(_type)
	not _records_global
	some i, g in lib.blocks(r.attributes, "recording_group")
	lib.is_true_or_absent(g, "all_supported")
	lib.is_false_or_absent(g, "include_global_resource_types")
	path := ["recording_group", i, "include_global_resource_types"]
	msg := sprintf("Config recorder %q does not record global resource types such as IAM; set recording_group.include_global_resource_types = true", [r.name])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set include_global_resource_types = true", path, true))
}

# A recorder switched off.
deny contains v if {
	some r in lib.resources("aws_config_configuration_recorder_status")
	lib.is_false(lib.get(r.attributes, "is_enabled", null))
	msg := sprintf("Config recorder status %q stops the recorder; set is_enabled = true", [r.name])
	v := lib.violation_fix(r, ["is_enabled"], msg, lib.fix_set("Set is_enabled = true", ["is_enabled"], true))
}
