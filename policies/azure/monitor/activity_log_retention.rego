# METADATA
# title: Activity log profiles must keep the activity log for at least a year
# description: >-
#   The activity log records who changed what in the subscription; a log
#   profile whose retention policy deletes it after less than 365 days
#   erases the trail of a slow intrusion or an insider's changes before
#   anyone looks for it.
# custom:
#   id: AZ-MON-001
#   severity: MEDIUM
#   category: logging
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set retention_policy.days to 365 or more on
#     azurerm_monitor_log_profile (0 keeps the events forever). ARM: set
#     properties.retentionPolicy.days to 365 or more on
#     Microsoft.Insights/logprofiles. Log profiles are a legacy mechanism:
#     consider a subscription diagnostic setting that exports the activity
#     log to a Log Analytics workspace or storage account with an
#     immutability policy instead. Only declared log profiles are judged.
#   equivalents:
#     checkov: [CKV_AZURE_37]
#   fix: true
package azure.monitor.activity_log_retention

import data.lib

# _short(days, enabled): an enabled retention policy that deletes events
# after 1 to 364 days (0 keeps them forever; a disabled policy deletes
# nothing).
_short(days, enabled) if {
	lib.is_true(enabled)
	n := lib.number(days)
	n > 0
	n < 365
}

_short(days, enabled) if {
	lib.is_true(enabled)
	lib.is_unknown(days)
	lib.less_than(days, 365)
}

deny contains v if {
	some r in lib.resources("azurerm_monitor_log_profile")
	some i, p in lib.blocks(r.attributes, "retention_policy")
	days := lib.get(p, "days", 0)
	_short(days, lib.get(p, "enabled", false))
	path := ["retention_policy", i, "days"]
	msg := sprintf("log profile %q deletes the activity log after %s days; set retention_policy.days = 365 or more", [r.name, lib.show(days)])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set retention_policy.days = 365", path, 365))
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Insights/logprofiles")
	policy := lib.arm_property(r, "retentionPolicy", {})
	days := lib.arm_get(policy, "days", 0)
	_short(days, lib.arm_get(policy, "enabled", false))
	path := ["properties", "retentionPolicy", "days"]
	msg := sprintf("log profile %q deletes the activity log after %s days; set properties.retentionPolicy.days to 365 or more", [r.name, lib.show(days)])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set properties.retentionPolicy.days to 365", path, 365))
}
