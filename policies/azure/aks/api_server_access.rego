# METADATA
# title: AKS API servers must not be reachable from the whole internet
# description: >-
#   A public AKS API server without authorized IP ranges accepts
#   connections from anywhere, so stolen kubeconfigs, leaked tokens and
#   Kubernetes vulnerabilities can be used against the cluster from any
#   address.
# custom:
#   id: AZ-AKS-003
#   severity: HIGH
#   category: network
#   providers: [azurerm, azure]
#   formats: [terraform, arm]
#   remediation: >-
#     Terraform: set api_server_access_profile { authorized_ip_ranges = [...] }
#     (api_server_authorized_ip_ranges before azurerm v4) to the networks
#     administrators and pipelines connect from, or make the cluster private
#     with private_cluster_enabled = true (which recreates it). ARM: set
#     properties.apiServerAccessProfile.authorizedIPRanges, or
#     properties.apiServerAccessProfile.enablePrivateCluster to true.
#   equivalents:
#     checkov: [CKV_AZURE_6, CKV_AZURE_115]
#     tfsec: [azure-container-limit-authorized-ips]
#     trivy: [AVD-AZU-0041]
#     psrule: [Azure.AKS.AuthorizedIPs]
#   defaults:
#     - attribute: private_cluster_enabled
#       value: false
#       source: azurerm v3 and v4
#     - attribute: api_server_access_profile.authorized_ip_ranges
#       value: none (the API server accepts every address)
#       source: azurerm v3 and v4; ARM apiServerAccessProfile absent
#   fix: false
package azure.aks.api_server_access

import data.lib

# A cluster is private with private_cluster_enabled (private_link_enabled
# in azurerm v2).
#
# _open(list): the authorized IP ranges leave the API server open: none
# at all, or one that matches every address. An unknown list counts in the
# pessimistic pass (any_public_cidr on the marker).
_open(list) if count(list) == 0

_open(list) if lib.any_public_cidr(list)

# _tf_ranges(attrs): the authorized ranges of a Terraform cluster, from the
# azurerm v4 block and the v3 argument (markers kept).
_tf_ranges(attrs) := array.concat(
	lib.as_array(lib.get(attrs, "api_server_authorized_ip_ranges", null)),
	[x | some b in lib.blocks(attrs, "api_server_access_profile"); some x in lib.as_array(lib.get(b, "authorized_ip_ranges", null))],
)

_tf_path(attrs) := ["api_server_access_profile", 0, "authorized_ip_ranges"] if {
	count(lib.blocks(attrs, "api_server_access_profile")) > 0
} else := ["api_server_authorized_ip_ranges"] if {
	not lib.is_absent(attrs, "api_server_authorized_ip_ranges")
} else := ["api_server_access_profile"]

deny contains v if {
	some r in lib.resources("azurerm_kubernetes_cluster")
	lib.is_false_or_absent(r.attributes, "private_cluster_enabled")
	lib.is_false_or_absent(r.attributes, "private_link_enabled")
	_open(_tf_ranges(r.attributes))
	msg := sprintf("AKS cluster %q has a public API server open to every address; set api_server_access_profile.authorized_ip_ranges or private_cluster_enabled = true", [r.name])
	path := _tf_path(r.attributes)
	fix := lib.template(lib.fix_set("Restrict the API server to known networks", ["api_server_access_profile", 0, "authorized_ip_ranges"], ["<admin network CIDR>"]))
	v := lib.violation_fix(r, path, msg, fix)
}

deny contains v if {
	some r in lib.arm_resources("Microsoft.ContainerService/managedClusters")
	profile := lib.arm_property(r, "apiServerAccessProfile", {})
	lib.is_false(lib.arm_get(profile, "enablePrivateCluster", false))
	_open(lib.as_array(lib.arm_get(profile, "authorizedIPRanges", null)))
	path := ["properties", "apiServerAccessProfile", "authorizedIPRanges"]
	msg := sprintf("AKS cluster %q has a public API server open to every address; set properties.apiServerAccessProfile.authorizedIPRanges or enablePrivateCluster", [r.name])
	fix := lib.template(lib.fix_set("Restrict the API server to known networks", path, ["<admin network CIDR>"]))
	v := lib.violation_fix(r, path, msg, fix)
}
