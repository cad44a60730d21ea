# METADATA
# title: Network security group flow logs must be kept for at least 90 days
# description: >-
#   Flow logs are the record of who talked to what on the network; a
#   retention policy that deletes them after less than 90 days removes the
#   evidence before most intrusions are even discovered.
# custom:
#   id: AZ-NET-003
#   severity: LOW
#   category: logging
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   frameworks: {cis-azure-6.0: ["7.5"]}
#   remediation: >-
#     Terraform: set retention_policy.days to 90 or more on
#     azurerm_network_watcher_flow_log (0 keeps the logs forever). ARM: set
#     properties.retentionPolicy.days to 90 or more on
#     Microsoft.Network/networkWatchers/flowLogs. A retention policy that is
#     not enabled deletes nothing, so it is not reported.
#   equivalents:
#     checkov: [CKV_AZURE_12]
#     tfsec: [azure-network-retention-policy-set]
#     trivy: [AVD-AZU-0049]
#   fix: true
package azure.network.flow_log_retention

import data.lib

# _short(days, enabled): the retention policy is enabled and deletes logs
# after 1 to 89 days. Days 0 means "keep forever", and a disabled policy
# deletes nothing.
_short(days, enabled) if {
	lib.is_true(enabled)
	n := lib.number(days)
	n > 0
	n < 90
}

_short(days, enabled) if {
	lib.is_true(enabled)
	lib.is_unknown(days)
	lib.less_than(days, 90)
}

deny contains v if {
	some r in lib.resources("azurerm_network_watcher_flow_log")
	some i, p in lib.blocks(r.attributes, "retention_policy")
	days := lib.get(p, "days", 0)
	_short(days, lib.get(p, "enabled", false))
	path := ["retention_policy", i, "days"]
	msg := sprintf("flow log %q deletes its logs after %s days; set retention_policy.days = 90 or more", [r.name, lib.show(days)])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set retention_policy.days = 90", path, 90))
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.Network/networkWatchers/flowLogs")
	policy := lib.arm_property(r, "retentionPolicy", {})
	days := lib.arm_get(policy, "days", 0)
	_short(days, lib.arm_get(policy, "enabled", false))
	path := ["properties", "retentionPolicy", "days"]
	msg := sprintf("flow log %q deletes its logs after %s days; set properties.retentionPolicy.days to 90 or more", [r.name, lib.show(days)])
	v := lib.violation_fix(r, path, msg, lib.fix_set("Set properties.retentionPolicy.days to 90", path, 90))
}
