# METADATA
# title: EKS control-plane audit logging must be enabled
# description: >-
#   Without the API server, audit and authenticator logs nobody can tell who
#   read secrets, changed role bindings or ran workloads in the cluster, and
#   an intrusion cannot be investigated.
# custom:
#   id: AWS-EKS-003
#   severity: MEDIUM
#   category: logging
#   providers: [aws]
#   formats: [terraform]
#   remediation: >-
#     Set enabled_cluster_log_types to include at least "api", "audit" and
#     "authenticator" (the fix enables all five types, adding
#     "controllerManager" and "scheduler"); the logs go to CloudWatch Logs.
#   equivalents:
#     checkov: [CKV_AWS_37]
#     tfsec: [aws-eks-enable-control-plane-logging]
#     trivy: [AVD-AWS-0038]
#   defaults:
#     - attribute: enabled_cluster_log_types
#       value: '[] (no control-plane logs)'
#       source: hashicorp/aws v4+
#   fix: true
package aws.eks.control_plane_logging

import data.lib

# The log types an investigation needs: API calls, the audit trail and who
# authenticated. controllerManager and scheduler are useful but optional.
_required := {"api", "audit", "authenticator"}

_all := ["api", "audit", "authenticator", "controllerManager", "scheduler"]

_known_types(types) := {x | some x in lib.as_array(types); is_string(x)}

_has_unknown(types) if {
	some x in lib.as_array(types)
	lib.is_unknown(x)
}

# _missing(types) is the set of required types a known list lacks; with an
# unknown list or an unknown element, only in the pessimistic pass.
_missing(types) := m if {
	not _has_unknown(types)
	m := _required - _known_types(types)
	count(m) > 0
} else := m if {
	m := _required - _known_types(types)
	count(m) > 0
	lib.pessimistic
}

deny contains v if {
	some r in lib.resources("aws_eks_cluster")
	missing := _missing(lib.get(r.attributes, "enabled_cluster_log_types", []))
	msg := sprintf("EKS cluster %q does not log %s control-plane events; add them to enabled_cluster_log_types", [r.name, concat(", ", sort(missing))])
	fix := lib.fix_set("Enable every control-plane log type", ["enabled_cluster_log_types"], _all)
	v := lib.violation_fix(r, ["enabled_cluster_log_types"], msg, fix)
}
