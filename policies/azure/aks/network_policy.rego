# METADATA
# title: AKS clusters must enforce Kubernetes network policies
# description: >-
#   Without a network policy engine every pod can reach every other pod in
#   the cluster, so one compromised container can probe and attack all the
#   others, databases and internal APIs included; NetworkPolicy objects
#   are silently ignored.
# custom:
#   id: AZ-AKS-004
#   severity: MEDIUM
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set network_profile { network_policy = "calico" } ("azure"
#     or "cilium" with the Azure CNI plugin). ARM: set
#     properties.networkProfile.networkPolicy to "calico", "azure" or
#     "cilium". A cluster on the Cilium data plane (network_data_plane or
#     networkDataplane "cilium") enforces policies already. Enabling a
#     policy engine on an existing cluster may recreate it, so the fix is
#     marked as replacing; then add NetworkPolicy objects that isolate the
#     namespaces.
#   equivalents:
#     checkov: [CKV_AZURE_7]
#     tfsec: [azure-container-configured-network-policy]
#     trivy: [AVD-AZU-0043]
#     psrule: [Azure.AKS.NetworkPolicy]
#   defaults:
#     - attribute: network_profile.network_policy
#       value: none (no network policy engine)
#       source: azurerm v3 and v4; ARM networkProfile.networkPolicy absent
#   fix: true
package azure.aks.network_policy

import data.lib

# The automatic fix sets "calico", which works with both the kubenet and
# the Azure CNI plugins; without a network_profile block the plugin is not
# known and the fix stays a template.
_fix(path) := lib.replacing(lib.fix_set(`Set network_policy = "calico"`, path, "calico"))

_template(path) := lib.template(lib.fix_set("Enable a network policy engine", path, "<calico, azure or cilium>"))

# _no_cilium(profile): the cluster is not on the Cilium data plane, which
# enforces network policies by itself (network_data_plane in azurerm v4,
# ebpf_data_plane in v3). Stated positively so that an unknown data plane
# counts only in the pessimistic pass.
_no_cilium(profile) if {
	_not_cilium(lib.get(profile, "network_data_plane", null))
	_not_cilium(lib.get(profile, "ebpf_data_plane", null))
}

_not_cilium(x) if x == null

_not_cilium(x) if {
	is_string(x)
	lower(x) != "cilium"
}

_not_cilium(x) if {
	lib.is_unknown(x)
	lib.pessimistic
}

# No network_profile block at all: kubenet without a policy engine.
deny contains v if {
	some r in lib.resources("azurerm_kubernetes_cluster")
	lib.is_absent(r.attributes, "network_profile")
	msg := sprintf("AKS cluster %q enforces no network policy; set network_profile.network_policy", [r.name])
	v := lib.violation_fix(r, ["network_profile"], msg, _template(["network_profile", 0, "network_policy"]))
}

deny contains v if {
	some r in lib.resources("azurerm_kubernetes_cluster")
	some i, p in lib.blocks(r.attributes, "network_profile")
	lib.equals_ignore_case(lib.get(p, "network_policy", "none"), "none")
	_no_cilium(p)
	path := ["network_profile", i, "network_policy"]
	msg := sprintf("AKS cluster %q enforces no network policy; set network_profile.network_policy", [r.name])
	fixes := [f | lib.is_in(lib.get(p, "network_plugin", null), {"azure", "kubenet"}); f := _fix(path)]
	v := lib.violation_with_fixes(r, path, msg, fixes)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.ContainerService/managedClusters")
	profile := lib.arm_property(r, "networkProfile", {})
	lib.equals_ignore_case(lib.arm_get(profile, "networkPolicy", "none"), "none")
	_not_cilium(lib.arm_get(profile, "networkDataplane", null))
	path := ["properties", "networkProfile", "networkPolicy"]
	msg := sprintf("AKS cluster %q enforces no network policy; set properties.networkProfile.networkPolicy", [r.name])
	fixes := [f | lib.is_in_ignore_case(lib.arm_get(profile, "networkPlugin", null), {"azure", "kubenet"}); f := _fix(path)]
	v := lib.violation_with_fixes(r, path, msg, fixes)
}
