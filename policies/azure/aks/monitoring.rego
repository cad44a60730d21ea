# METADATA
# title: AKS clusters must send container logs to Azure Monitor
# description: >-
#   Without the Container insights (OMS) agent, container and node logs stay
#   on the nodes and vanish with them, leaving no record to detect or
#   investigate an intrusion into the cluster.
# custom:
#   id: AZ-AKS-005
#   severity: MEDIUM
#   category: logging
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: add oms_agent { log_analytics_workspace_id = ... } to
#     azurerm_kubernetes_cluster (addon_profile { oms_agent { enabled = true } }
#     before azurerm v3). ARM: set properties.addonProfiles.omsagent to
#     { "enabled": true, "config": { "logAnalyticsWorkspaceResourceID": ... } }.
#   equivalents:
#     checkov: [CKV_AZURE_4]
#     tfsec: [azure-container-logging]
#     trivy: [AVD-AZU-0040]
#     psrule: [Azure.AKS.ContainerInsights]
#   defaults:
#     - attribute: oms_agent
#       value: none (no Container insights agent)
#       source: azurerm v3 and v4; ARM addonProfiles.omsagent absent
#   fix: false
package azure.aks.monitoring

import data.lib

# _no_agent(attrs): no oms_agent block (azurerm v3/v4) and no enabled
# addon_profile.oms_agent (azurerm v2). An unknown oms_agent (a dynamic
# block) counts in the pessimistic pass.
_no_agent(attrs) if {
	lib.is_absent(attrs, "oms_agent")
	every p in lib.blocks(attrs, "addon_profile") {
		every a in lib.blocks(p, "oms_agent") {
			lib.is_false_or_absent(a, "enabled")
		}
	}
}

_no_agent(attrs) if {
	lib.is_unknown(attrs.oms_agent)
	lib.pessimistic
}

deny contains v if {
	some r in lib.resources("azurerm_kubernetes_cluster")
	_no_agent(r.attributes)
	msg := sprintf("AKS cluster %q sends no container logs to Azure Monitor; add an oms_agent block", [r.name])
	fix := lib.template(lib.fix_add_block("Add the Container insights agent", ["oms_agent"], {"log_analytics_workspace_id": "<Log Analytics workspace ID>"}))
	v := lib.violation_fix(r, ["oms_agent"], msg, fix)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.ContainerService/managedClusters")
	addons := lib.arm_property(r, "addonProfiles", {})
	agent := lib.arm_get(addons, "omsagent", {})
	lib.is_false(lib.arm_get(agent, "enabled", false))
	path := ["properties", "addonProfiles", "omsagent"]
	msg := sprintf("AKS cluster %q sends no container logs to Azure Monitor; enable properties.addonProfiles.omsagent", [r.name])
	fix := lib.template(lib.fix_set("Enable the Container insights agent", path, {"enabled": true, "config": {"logAnalyticsWorkspaceResourceID": "<Log Analytics workspace resource ID>"}}))
	v := lib.violation_fix(r, path, msg, fix)
}
